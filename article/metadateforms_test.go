package article

import (
	"strings"
	"testing"
)

// TestParseDateMetaForms: date forms pages' <meta> tags give that were
// refused (the page left undated with a warning) are read: the month
// named without a comma, the year first with slashes and a time, a
// 12-hour time with a zone's name after it (a generic United States zone
// by its offset on that day). A day and month in an order no form tells
// ("05/03/2024") and an ambiguous zone name ("IST") stay unread.
func TestParseDateMetaForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mar 5 2024", "2024-03-05"},
		{"March 5 2024", "2024-03-05"},
		{"2024/03/05 10:00", "2024-03-05T10:00:00-00:00"},
		{"2024/03/05 10:00:30", "2024-03-05T10:00:30-00:00"},
		{"March 5, 2024 10:00 AM", "2024-03-05T10:00:00-00:00"},
		{"March 5, 2024 10:00 AM ET", "2024-03-05T10:00:00-05:00"},
		{"July 5, 2024 10:00 PM ET", "2024-07-05T22:00:00-04:00"},
		{"Jan 9, 2024, 4:15 PM PT", "2024-01-09T16:15:00-08:00"},
		{"Mar 5 2024 10:00 EST", "2024-03-05T10:00:00-05:00"},
		// (review74a) a clock reading the spring change skips keeps its
		// hour, with the offset before the change (it was moved to 01:30)
		{"March 10, 2024 2:30 AM ET", "2024-03-10T02:30:00-05:00"},
		{"November 3, 2024 1:30 AM ET", "2024-11-03T01:30:00-04:00"},
		{"05/03/2024 10:00", ""},
		{"March 5, 2024 10:00 AM IST", ""},
		{"Mar 5 2024 ET", ""}, // (a zone with no time)
	} {
		got, ok := parseDate(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

// TestHTMLMetaDateForms: a page whose <meta> article:published_time is
// "Mar 5 2024" is dated by it, with no warning; one that says
// "05/03/2024 10:00" keeps the warning.
func TestHTMLMetaDateForms(t *testing.T) {
	page := func(d string) []byte {
		return []byte(`<html><head><meta property="article:published_time" content="` + d + `"><title>Arrests</title></head>` +
			`<body><article><p>Greek police arrested two men in Athens on Tuesday, a spokesman said.</p></article></body></html>`)
	}
	for _, c := range []struct{ date, want, warn string }{
		{"Mar 5 2024", "2024-03-05", ""},
		{"March 5, 2024 10:00 AM ET", "2024-03-05T10:00:00-05:00", ""},
		{"05/03/2024 10:00", "", `p.html: publication date "05/03/2024 10:00" (<meta> article:published_time) cannot be read as a date`},
	} {
		var warned []string
		arts, err := Read("p.html", page(c.date), Options{Input: "html", Warn: func(w string) { warned = append(warned, w) }})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %v, %d articles", c.date, err, len(arts))
		}
		if arts[0].Published != c.want {
			t.Errorf("%s: published %q, want %q", c.date, arts[0].Published, c.want)
		}
		w := strings.Join(warned, "\n")
		if (c.warn == "") != (w == "") || !strings.HasPrefix(w, c.warn) {
			t.Errorf("%s: warned %q, want %q", c.date, w, c.warn)
		}
	}
}
