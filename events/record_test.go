package events_test

import "testing"

// reducedPassiveCases: a participle after a plural noun with a date is a
// reduced passive (record.go): its noun is the patient and the date is
// the participle's, not the release's; a count of a whole before the
// people is passed over. The exact events each sentence gives ("SOURCE
// CAMEO TARGET status"), with an active verb and its date beside.
var reducedPassiveCases = []familyCase{
	// a participle after a plural noun with a date is a reduced passive:
	// its noun is the patient, and the date is the participle's, not the
	// release's; a count of a whole before the people is passed over
	{"reduced-passive", "Boko Haram has freed 21 of the more than 200 schoolgirls kidnapped more than two years ago.", []string{"NGAREB 0841 NGAEDU asserted"}},
	{"reduced-passive", "Boko Haram released 20 Nigerian soldiers captured last month.", []string{"NGAREB 0841 NGAMIL asserted"}},
	{"reduced-passive", "Boko Haram has freed 21 of the 276 schoolgirls kidnapped in 2014.", []string{"NGAREB 0841 NGAEDU asserted"}},
	// an active verb with a date stays the clause's own
	{"reduced-passive", "Boko Haram fighters kidnapped 40 schoolgirls two weeks ago.", []string{"NGAREB 181 NGAEDU asserted"}},
}

// TestReducedPassiveDate codes each case as a one-sentence article
// published on 2024-03-14 and compares its events exactly.
func TestReducedPassiveDate(t *testing.T) { checkFamilies(t, "", reducedPassiveCases, false) }

// TestCaptivesReducedPassive checks, on sentences written for this test,
// captives named by a reduced passive after a perfect tense: they are its
// target, never the captors. Each want lists every event of the sentence
// as "SOURCE CAMEO TARGET status".
func TestCaptivesReducedPassive(t *testing.T) {
	c := newCoder(t)
	// captives are the target of a reduced passive after a perfect
	// tense, never the captors (they were IMGMOSISL 192 SYR, SYRCVL 192)
	checkDated(t, c, "2019-02-18", []coverageCase{
		{"Germany has repatriated 12 women captured in Syria by Kurdish forces.",
			[]string{"SYRREB 181 SYRCVL asserted"}},
		{"Trump has told the EU it must take back its 800 Isis fighters captured in Syria by US-backed forces.", nil},
	})
}
