package events_test

import "testing"

// TestUSPartiesInStory: US party members named with no country ("Republican
// leaders", "Democratic senators") are the United States' (institutions.txt:
// the president's party PTY, the other OPP, members of Congress LEG), not
// the country the story is about; in 2024 a Democrat sat in the White
// House. A bare "leaders" keeps the story's country.
func TestUSPartiesInStory(t *testing.T) {
	iran := "Iran's foreign minister warned on Monday that Tehran would respond to any new sanctions."
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{iran, "Republican leaders criticized the nuclear talks on Tuesday."},
			[]string{"USAOPP 111 - asserted 2024-07-09"}},
		{[]string{iran, "Democratic senators condemned the Iranian government on Tuesday."},
			[]string{"USALEG 111 IRNGOV asserted 2024-07-09"}},
		{[]string{iran, "Democrats criticized the nuclear talks on Tuesday."},
			[]string{"USAPTY 111 - asserted 2024-07-09"}},
		// near miss: leaders of no party are the story's
		{[]string{iran, "Religious leaders criticized the nuclear talks on Tuesday."},
			[]string{"IRNREL 111 - asserted 2024-07-09"}},
	})
}
