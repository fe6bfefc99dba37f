package events_test

import "testing"

// TestRealNews5 codes team-written sentences shaped like misses of the
// real-news gold set (testdata/gold/realnews.jsonl): an office that "had
// no comment" declines comment (011) like one that "declined to comment",
// an unnamed shooter is a gunman (UAF of the place's country), and
// missiles fired into a state's territory are an attack. Each
// case is a short article published on 2024-07-13 (a Saturday).
func TestRealNews5(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"The State Department said it had no comment."},
			[]string{"USAGOV 011 - asserted 2024-07-13"}},
		{[]string{"Asked about the talks, a Kremlin spokesman said he had no comment."},
			[]string{"RUSGOV 011 - asserted 2024-07-13"}},
		{[]string{"The company had no comment on the merger."}, nil}, // no political actor
		{[]string{"A shooter killed three students at a school in Texas on Monday."},
			[]string{"USAUAF 180 USAEDU asserted 2024-07-08"}},
		{[]string{"A lone shooter killed two police officers in Dallas on Friday."},
			[]string{"USAUAF 180 USACOP asserted 2024-07-12"}},
		// missiles fired into a state's territory, or with casualties in the
		// clause's participle however far, are an attack, not a show of force
		{[]string{"India fired missiles into Pakistani territory on Wednesday."},
			[]string{"IND 195 PAK asserted 2024-07-10"}},
		{[]string{"India fired missiles into Pakistani-controlled territory in the early hours of Wednesday, killing at least 26 people."},
			[]string{"IND 195 PAK asserted 2024-07-10"}}, // unnamed dead of a foreign strike: the place's state (casualtyState)
		{[]string{"North Korea fired two missiles into the sea on Wednesday."},
			[]string{"PRK 150 - asserted 2024-07-10"}},
	})
}
