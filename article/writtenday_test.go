package article

import "testing"

// TestHeaderWrittenDayWithTime: a text DATE header written as a date in
// words followed by a time and a zone is read with them ("13 July 2024
// 09:30 BST", "July 13, 2024 9:30 AM EDT": they kept their day alone
// before dyad read such times), and one with a zone dyad cannot read
// keeps its day ("2024-03-01 10:00 KST"): the input failed ("not a date
// dyad reads"). A date whose day and month order is ambiguous stays an
// error.
func TestHeaderWrittenDayWithTime(t *testing.T) {
	for in, want := range map[string]string{
		"13 July 2024 09:30 BST":      "2024-07-13T09:30:00+01:00",
		"July 13, 2024 9:30 AM EDT":   "2024-07-13T09:30:00-04:00",
		"Saturday 13 July 2024 09:30": "2024-07-13",
		"13 July 2024":                "2024-07-13",
		"2024-03-01 10:00 KST":        "2024-03-01",
		"03/01/2024 10:00":            `story.txt:1: DATE "03/01/2024 10:00": not a date dyad reads; write it as YYYY-MM-DD (or YYYYMMDD, or RFC 3339 with a time)`,
		"July 2024 at noon":           `story.txt:1: DATE "July 2024 at noon": not a date dyad reads; write it as YYYY-MM-DD (or YYYYMMDD, or RFC 3339 with a time)`,
	} {
		arts, err := Read("story.txt", []byte("DATE: "+in+"\n\nJapan and Australia signed a fisheries pact in Canberra.\n"), Options{Input: "text"})
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = arts[0].Published
		}
		if got != want {
			t.Errorf("DATE: %s\n got %s\nwant %s", in, got, want)
		}
	}
}
