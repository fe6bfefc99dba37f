package events_test

import "testing"

// coder9Cases exercise the 2026-11-30 fixes of a fresh user's real-news
// sample with the team's own sentences: the exact events each must give
// ("SOURCE CAMEO TARGET status"; nil: none), with true events of the same
// shapes beside.
var coder9Cases = []familyCase{
	// a missile fired toward a state, into the sea off it or into its
	// waters is a launch (150), not a strike on its territory
	{"missile-launch", "North Korea fired two ballistic missiles toward Japan on Tuesday.", []string{"PRK 150 JPN asserted"}},
	{"missile-launch", "North Korea fired a ballistic missile in the direction of Japan on Tuesday.", []string{"PRK 150 JPN asserted"}},
	{"missile-launch", "North Korea fired a ballistic missile into the sea off Japan on Tuesday.", []string{"PRK 150 JPN asserted"}},
	{"missile-launch", "North Korea launched a missile into Japan's exclusive economic zone on Tuesday.", []string{"PRK 150 JPN asserted"}},
	// threatened, it is a threat of force; rockets toward a state, missiles
	// into it or at it, and casualties stay an attack
	{"missile-launch", "North Korea threatened to fire four missiles into the sea near Guam.", []string{"PRK 138 GUM asserted"}},
	{"missile-launch", "Hamas fired rockets toward southern Israel on Tuesday.", []string{"PSEREB 194 ISR asserted"}},
	{"missile-launch", "Russia fired cruise missiles into Ukraine on Tuesday.", []string{"RUS 195 UKR asserted"}},
	{"missile-launch", "Iran launched ballistic missiles at Israel on Tuesday.", []string{"IRN 195 ISR asserted"}},
	// a participle after a plural noun with a date is a reduced passive:
	// its noun is the patient, and the date is the participle's, not the
	// release's; a count of a whole before the people is passed over
	{"reduced-passive", "Boko Haram has freed 21 of the more than 200 schoolgirls kidnapped more than two years ago.", []string{"NGAREB 0841 NGAEDU asserted"}},
	{"reduced-passive", "Boko Haram released 20 Nigerian soldiers captured last month.", []string{"NGAREB 0841 NGAMIL asserted"}},
	{"reduced-passive", "Boko Haram has freed 21 of the 276 schoolgirls kidnapped in 2014.", []string{"NGAREB 0841 NGAEDU asserted"}},
	// an active verb with a date stays the clause's own
	{"reduced-passive", "Boko Haram fighters kidnapped 40 schoolgirls two weeks ago.", []string{"NGAREB 181 NGAEDU asserted"}},
}

// TestCoder9Families codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestCoder9Families(t *testing.T) { checkFamilies(t, "", coder9Cases, false) }
