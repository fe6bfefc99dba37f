package events_test

import "testing"

// TestPeople8Events checks events of 1987 wire copy naming office holders
// of the time by full name, by title and surname and by a lone surname:
// the person is their state's government on the article's date
// (actors/data/people.txt, people8 section), and a namesake of another
// state whose roles begin later does not make a lone surname ambiguous
// (Gerhard Stoltenberg in 1987, not Jens).
func TestPeople8Events(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "1987-03-03", []coverageCase{
		{"President Reagan criticised Japan on Tuesday.",
			[]string{"USAGOV 111 JPN asserted"}},
		{"West German Finance Minister Gerhard Stoltenberg met Japanese Prime Minister Yasuhiro Nakasone in Tokyo on Tuesday.",
			[]string{"DEUGOV 040 JPNGOV asserted", "JPNGOV 040 DEUGOV asserted"}},
		{"Stoltenberg criticised Japan on Tuesday.",
			[]string{"DEUGOV 111 JPN asserted"}},
		{"Brazilian Finance Minister Dilson Funaro met Treasury Secretary James Baker on Tuesday.",
			[]string{"BRAGOV 040 USAGOV asserted", "USAGOV 040 BRAGOV asserted"}},
		{"Yeutter accused Japan of unfair trade practices on Tuesday.",
			[]string{"USAGOV 112 JPN asserted"}},
	})
	checkDated(t, c, "2016-03-03", []coverageCase{
		{"Stoltenberg criticised Russia on Tuesday.",
			[]string{"IGOWSTNAT 111 RUS asserted"}},
	})
}

// TestTitledMet checks a person met behind a title in capitals that no
// actor covers: the title is the person's own and the person is met
// (titledMet); a person the dictionary does not know leaves no target.
func TestTitledMet(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "1987-03-03", []coverageCase{
		{"Brazil's finance minister met Chairman Paul Volcker on Monday.",
			[]string{"BRAGOV 040 USAGOV asserted", "USAGOV 040 BRAGOV asserted"}},
		{"Japanese Prime Minister Yasuhiro Nakasone met Federal Reserve Board Chairman Paul Volcker in Tokyo on Friday.",
			[]string{"JPNGOV 040 USAGOV asserted", "USAGOV 040 JPNGOV asserted"}},
		{"Brazil's foreign minister met GATT Director-General Arthur Dunkel in Geneva on Monday.",
			[]string{"BRAGOV 044 IGOWTO asserted", "IGOWTO 044 BRAGOV asserted"}},
		{"President Reagan met Acme Corporation Chairman John Smith on Monday.",
			[]string{"USAGOV 040 - asserted"}},
	})
}
