package events_test

import "testing"

// namedAtrocityCases: a past atrocity named by its common name ("the
// Armenian genocide", "the Srebrenica massacre") is history, and its
// adjective names the victims (falseevents_named_atrocity.go
// namedAtrocity): no event. A massacre told as done is coded. The exact
// events each sentence gives.
var namedAtrocityCases = []familyCase{
	{"named-atrocity", "Turkey recalled its ambassador to France on Thursday over a French parliamentary vote to make denying the Armenian genocide a crime.", []string{"TUR 161 FRA asserted"}},
	// near miss: a massacre told as done
	{"named-atrocity", "Myanmar's army carried out a massacre of Rohingya villagers in Rakhine state, the UN said on Tuesday.", []string{"MMRMIL 202 MMRCVL asserted"}},
}

// TestNamedAtrocity codes each case of namedAtrocityCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestNamedAtrocity(t *testing.T) { checkFamilies(t, "", namedAtrocityCases, false) }
