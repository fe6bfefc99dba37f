package events_test

// Session 55's precision rules on real news: constructions whose events
// the judged real-news file found wrong, with wordings invented here.

import "testing"

// TestWestGermanyList: "West Germany" is a country name (the Federal
// Republic, as 1980s wire copy names it), so it joins a list of states
// after "ministers of" and each state's ministers are its government; it
// was the bare state, the others no source.
func TestWestGermanyList(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"1987-03-02", "Finance ministers of Italy, Spain and West Germany reached the accord in Geneva on Monday.",
			[]string{"ITAGOV 057 - asserted", "ESPGOV 057 - asserted", "DEUGOV 057 - asserted"}},
		{"1987-03-02", "Finance ministers of Italy, the U.S. And West Germany agreed on Monday to cooperate on exchange rates.",
			[]string{"ITAGOV 031 - future", "USAGOV 031 - future", "DEUGOV 031 - future"}},
		{"1987-03-02", "West Germany expelled two Libyan diplomats on Monday.",
			[]string{"DEU 161 LBYGOV asserted"}},
	})
}
