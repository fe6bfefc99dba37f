package article

import "testing"

// TestTextHeaderNoSpace: a header key written without a space before its
// value ("DATE:2024-07-13", "Title:Talks resume") is a header line as
// with the space: the line was the article's title, and the story coded
// undated (office holders their country's code alone). A key that is no
// article field stays text.
func TestTextHeaderNoSpace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DATE:2024-07-13\n\nKenya and Chile resumed talks.",
			"|2024-07-13 header|Kenya and Chile resumed talks."},
		{"TITLE:Talks resume\nDATE:2024-07-13\nURL:https://example.org/a\n\nKenya and Chile resumed talks.",
			"Talks resume|2024-07-13 header|Kenya and Chile resumed talks."},
		{"Title:Talks resume\ndate:20240713\n\nKenya and Chile resumed talks.",
			"Talks resume|2024-07-13 header|Kenya and Chile resumed talks."},
		{"DATE:13/07/2024\n\nKenya and Chile resumed talks.",
			`story.txt:1: DATE "13/07/2024": day and month order is ambiguous; write the date as YYYY-MM-DD`},
		{"Update:Kenya and Chile resumed talks.\n\nThey met in Nairobi.",
			"| |Update:Kenya and Chile resumed talks.|They met in Nairobi."},
	} {
		if got := readTextSummary(c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}
