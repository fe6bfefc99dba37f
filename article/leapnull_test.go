package article

import (
	"strings"
	"testing"
)

// TestLeapSecondDate: a leap second (23:59:60) is read as 23:59:59, in a
// JSON Lines record (it was refused: bad date … write it as YYYY-MM-DD)
// and a page's meta date (it was left undated); other seconds are not
// touched.
func TestLeapSecondDate(t *testing.T) {
	for in, want := range map[string]string{
		"2016-12-31T23:59:60Z":      "2016-12-31T23:59:59Z",
		"2015-06-30T23:59:60+00:00": "2015-06-30T23:59:59Z",
		"2016-12-31 23:59:60":       "2016-12-31T23:59:59" + "-00:00",
		"2016-12-31T23:59:59Z":      "2016-12-31T23:59:59Z",
	} {
		if got, ok := parseDate(in); !ok || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got := NoLeapSecond("12:34:601"); got != "12:34:601" {
		t.Errorf("NoLeapSecond(12:34:601) = %q; want it untouched", got)
	}
	arts, err := Read("leap.jsonl", []byte(`{"id":"l1","date":"2016-12-31T23:59:60Z","text":"Kenya thanked Japan on Monday."}`+"\n"), Options{})
	if err != nil || len(arts) != 1 || arts[0].Published != "2016-12-31T23:59:59Z" {
		t.Fatalf("jsonl: %v, %v; want published 2016-12-31T23:59:59Z", arts, err)
	}
	page := `<html><head><meta property="article:published_time" content="2016-12-31T23:59:60Z"></head><body><p>Kenya thanked Japan on Monday for the aid it sent to the region last week.</p></body></html>`
	arts, err = Read("leap.html", []byte(page), Options{})
	if err != nil || len(arts) != 1 || arts[0].Published != "2016-12-31T23:59:59Z" {
		t.Fatalf("html: %+v, %v; want published 2016-12-31T23:59:59Z", arts, err)
	}
}

// TestJSONScalarFile: a .json file holding one JSON null (or true, a
// string, a number) is refused as JSON, not coded as a one-word text; a
// text file reading "null" is too, and one holding a quoted sentence or a
// number is still text.
func TestJSONScalarFile(t *testing.T) {
	const tail = ", not an article, feed or JSON Lines records (a JSON Lines file has one article object per line; --input text to read it as text anyway)"
	for _, c := range []struct{ name, data, want string }{
		{"n.json", "null\n", "n.json: JSON null" + tail},
		{"b.json", " true", "b.json: JSON true" + tail},
		{"s.json", `"Kenya thanked Japan."`, "s.json: JSON string" + tail},
		{"x.json", "42\n", "x.json: JSON number" + tail},
		{"n.txt", "null\n", "n.txt: JSON null" + tail},
	} {
		arts, err := Read(c.name, []byte(c.data), Options{})
		if err == nil || err.Error() != c.want || len(arts) != 0 {
			t.Errorf("%s: %v, %v; want %q", c.name, arts, err, c.want)
		}
	}
	arts, err := Read("q.txt", []byte(`"Kenya thanked Japan on Monday."`), Options{})
	if err != nil || len(arts) != 1 || !strings.Contains(arts[0].Body[0], "Kenya thanked Japan") {
		t.Errorf("q.txt: %v, %v; want it read as text", arts, err)
	}
	if _, err := Read("n.json", []byte("null"), Options{Input: "text"}); err != nil {
		t.Errorf("--input text: %v; want it read as text", err)
	}
}
