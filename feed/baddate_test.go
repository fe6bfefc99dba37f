package feed

import (
	"slices"
	"testing"
)

// TestImpossibleItemDates (fresh64 N3): an item dated a day that does
// not exist ("Mon, 31 Feb 2024", which the date parser moved to
// 2024-02-29 without a word) or a year before 1800 (the floor of --date
// and DATE:) is undated, with a warning naming the feed and the item;
// the items with good dates keep theirs.
func TestImpossibleItemDates(t *testing.T) {
	doc := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>China warns Japan</title><pubDate>Mon, 31 Feb 2024 10:00:00 GMT</pubDate><description>China warned Japan on Monday.</description></item>
<item><title>Old</title><pubDate>Tue, 09 Jul 1700 10:00:00 GMT</pubDate><description>Iran held talks with France in Paris on Tuesday.</description></item>
<item><title>Iran talks</title><pubDate>Tue, 09 Jul 2024 10:00:00 GMT</pubDate><description>Iran held talks with France in Paris on Tuesday.</description></item>
<item><title>Leap</title><pubDate>Thu, 29 Feb 2024 10:00:00 +0100</pubDate><description>Chile thanked Peru on Thursday.</description></item>
</channel></rss>`
	var warns []string
	arts, err := ReadWarn("f1.rss", []byte(doc), func(w string) { warns = append(warns, w) })
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Title+"="+a.Published)
	}
	want := []string{"China warns Japan=", "Old=", "Iran talks=2024-07-09T10:00:00Z", "Leap=2024-02-29T09:00:00Z"}
	if !slices.Equal(got, want) {
		t.Errorf("dates %q, want %q", got, want)
	}
	wantWarns := []string{
		`f1.rss item 1 (China warns Japan): date "Mon, 31 Feb 2024 10:00:00 GMT" cannot be read; the item is undated`,
		`f1.rss item 2 (Old): date "Tue, 09 Jul 1700 10:00:00 GMT" is before 1800; the item is undated`,
	}
	if !slices.Equal(warns, wantWarns) {
		t.Errorf("warnings %q, want %q", warns, wantWarns)
	}
	for _, c := range []struct {
		s    string
		day  int
		want bool
	}{{"Mon, 31 Feb 2024 10:00:00 GMT", 29, false}, {"Mon, 31 Feb 2024 10:02:00 GMT", 2, false}, {"31 février 2024", 31, true}, {"20240709", 9, true}} {
		if got := dayWritten(c.s, c.day); got != c.want {
			t.Errorf("dayWritten(%q, %d) = %v, want %v", c.s, c.day, got, c.want)
		}
	}
}
