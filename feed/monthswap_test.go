package feed

import (
	"slices"
	"testing"
	"time"
)

// TestMonthThirteenItemDates (fresh72 F3): an item dated with month 13
// written year first ("2024-13-01"), which gofeed cannot read and the
// date parser read as January 13 without a word, is undated with a
// warning naming the feed and the item, in RSS and JSON Feed alike; a
// good year-first date and a day-first one keep theirs.
func TestMonthThirteenItemDates(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Chile thanks Peru</title><link>https://example.org/a</link><pubDate>2024-13-01</pubDate><description>Chile thanked Peru on Monday.</description></item>
<item><title>Iran talks</title><link>https://example.org/b</link><pubDate>2024-13-01T10:00:00Z</pubDate><description>Iran held talks with France on Monday.</description></item>
<item><title>Leap</title><link>https://example.org/c</link><pubDate>2024-01-13</pubDate><description>Chile thanked Peru on Saturday.</description></item>
</channel></rss>`
	jf := `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
{"id":"1","url":"https://example.org/d","title":"Chile thanks Peru","content_text":"Chile thanked Peru on Monday.","date_published":"2024-13-01"},
{"id":"2","url":"https://example.org/e","title":"Iran talks","content_text":"Iran held talks with France on Monday.","date_published":"2024-01-13"}]}`
	for _, c := range []struct {
		name, doc string
		want      []string
		warns     []string
	}{
		{"m.rss", rss,
			[]string{"Chile thanks Peru=", "Iran talks=", "Leap=2024-01-13"},
			[]string{
				`m.rss item 1 (https://example.org/a): date "2024-13-01" cannot be read; the item is undated`,
				`m.rss item 2 (https://example.org/b): date "2024-13-01T10:00:00Z" cannot be read; the item is undated`,
			}},
		{"m.json", jf,
			[]string{"Chile thanks Peru=", "Iran talks=2024-01-13"},
			[]string{`m.json item 1 (https://example.org/d): date "2024-13-01" cannot be read; the item is undated`}},
	} {
		var warns []string
		arts, err := ReadWarn(c.name, []byte(c.doc), func(w string) { warns = append(warns, w) })
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range arts {
			got = append(got, a.Title+"="+a.Published)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: dates %q, want %q", c.name, got, c.want)
		}
		if !slices.Equal(warns, c.warns) {
			t.Errorf("%s: warnings %q, want %q", c.name, warns, c.warns)
		}
	}
	jan13 := time.Date(2024, 1, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		s    string
		want bool
	}{{"2024-13-01", false}, {"2024/13/01 10:00", false}, {"2024-01-13", true}, {"2024.1.13", true}, {"13 janvier 2024", true}, {"12024-13-01", true}} {
		if got := ymdAsRead(c.s, jan13); got != c.want {
			t.Errorf("ymdAsRead(%q, 2024-01-13) = %v, want %v", c.s, got, c.want)
		}
	}
}
