package events_test

import "testing"

// TestAtTheTimeDate: an act told as done "at the time" in a sentence
// with no date of its own takes the date written earlier in its
// paragraph, and one two or more years back is history
// (dates_at_the_time.go); "at the time of …" and a sentence with its own
// date keep theirs, and with no earlier date the publication day stands.
func TestAtTheTimeDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"In December, the European Union pledged to lift its arms embargo on China. The move was welcomed at the time by Beijing, which says the ban is outdated.",
			[]string{"IGOEUREEC 0354 CHN future 2023-12", "CHN 013 - asserted 2023-12"}},
		{"In 1989, the European Union imposed an arms embargo on China. The move was condemned at the time by Beijing, which says the ban is outdated.", nil},
		{"The European Union pledged to lift its arms embargo on China. The move was welcomed at the time by Beijing, which says the ban is outdated.",
			[]string{"IGOEUREEC 0354 CHN future 2024-07-13", "CHN 013 - asserted 2024-07-13"}},
		{"In December, the European Union pledged to lift its arms embargo on China. China's foreign ministry, which had no comment at the time of writing, welcomed the move on Monday.",
			[]string{"IGOEUREEC 0354 CHN future 2023-12", "CHNGOV 011 - asserted 2024-07-13", "CHNGOV 013 - asserted 2024-07-08"}},
		{"Since 2015, the European Union has kept an arms embargo on China. The ban was condemned at the time by Beijing, which says it is outdated.",
			[]string{"CHN 111 - asserted 2024-07-13"}},
	}, true)
}
