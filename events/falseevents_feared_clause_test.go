package events_test

import "testing"

// fearedClauseCases: what a subject fears, worries or is concerned that
// another party would, could or might do ("fearing that Hezbollah would
// try to avenge …") is its belief, not the other party's threat
// (falseevents_opinion.go believedAct, [belief verbs] of
// events/data/words.txt): no event of the feared act; the act that
// carries the worry is coded. A warning stays a threat.
var fearedClauseCases = []familyCase{
	{"feared-clause", "Israel put its troops along the Lebanese border on high alert on Thursday, fearing that Hezbollah would try to avenge the killing of its commander.",
		[]string{"ISRMIL 152 LBN asserted"}},
	{"feared-clause", "Thailand closed its border crossings on Monday, fearing that Cambodian troops would shell border villages.", nil},
	{"feared-clause", "Japan evacuated its embassy staff on Friday, concerned that militants might storm the compound.", nil},
	{"feared-clause", "Kenya evacuated its nationals from Juba on Tuesday, afraid that rebels could seize the airport.",
		[]string{"KEN 073 SSD asserted"}},
	{"feared-clause", "Seoul raised its alert level on Monday, worried that Pyongyang might seek to launch another satellite.",
		[]string{"KOR 152 - asserted"}},
	// near misses: a warning that the speaker would try to act is a threat;
	// the same act told as a plan by a third party stays a future threat
	{"feared-clause", "Iran warned on Monday that it would try to block any U.S. warship in the Gulf.",
		[]string{"IRN 133 USAMIL asserted"}},
	{"feared-clause", "Thailand said on Monday that Cambodian troops would shell border villages if talks failed.",
		[]string{"KHMMIL 138 - future"}},
}

// TestFearedClause codes each case of fearedClauseCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestFearedClause(t *testing.T) { checkFamilies(t, "", fearedClauseCases, false) }
