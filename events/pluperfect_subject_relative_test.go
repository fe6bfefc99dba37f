package events_test

import "testing"

// pluperfectSubjectRelativeCases: an act in the past perfect inside a
// relative clause whose subject is "that" ("gangs that had attacked their
// boats") recalls its antecedent's past, as with "who" and "which"
// (falseevents_history.go pluperfectRelative); the main clause is coded.
// A passive ("that had been seized by"), a complement clause ("a charge
// that its troops had attacked") and a reported act ("said that gangs
// had attacked") stay. The exact events each sentence gives.
var pluperfectSubjectRelativeCases = []familyCase{
	{"that-had", "Nigeria freed 40 fishermen on Tuesday, a week after it arrested gangs that had attacked their boats.", []string{"NGA 0841 NGACVL asserted", "NGA 173 NGACRM asserted"}},
	{"that-had", "Kenya reopened its border with Somalia on Monday, weeks after militants that had kidnapped two aid workers crossed it.", []string{"KEN 081 SOM asserted"}},
	// near misses: a complement clause and a reported act
	{"that-had", "Niger denied on Monday a Malian charge that its troops had attacked a village near Menaka.", []string{"NER 016 MLI asserted", "NERMIL 190 MLI denied", "MLI 112 NERMIL asserted"}},
	{"that-had", "Nigeria said on Tuesday that gangs had attacked two fishing boats off Bonny.", []string{"NGACRM 190 - asserted"}},
}

// TestPluperfectSubjectRelative codes each case of
// pluperfectSubjectRelativeCases as a one-sentence article published on
// 2024-03-14 and compares its events exactly.
func TestPluperfectSubjectRelative(t *testing.T) {
	checkFamilies(t, "", pluperfectSubjectRelativeCases, false)
}
