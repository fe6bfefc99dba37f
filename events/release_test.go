package events_test

import "testing"

// TestOrderedRelease: a court or leader ordering someone freed releases
// them (0841); a ruling that orders it is its content, no release. An
// official jailed "pending trial" stays the target ("pending" is a
// preposition, not a noun after "mayor").
func TestOrderedRelease(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A court in Tunis ordered the release of three opposition activists.",
			[]string{"TUNJUD 0841 TUNOPP asserted"}},
		{"Putin ordered the release of 20 Ukrainian prisoners of war.",
			[]string{"RUSGOV 0841 UKRMIL asserted"}},
		{"The judge ordered the release of the documents.", nil},
		{"Niger's junta has defied a ruling by the ECOWAS court ordering the release of deposed president Mohamed Bazoum.",
			[]string{"NERGOV 128 IGOWAFECO asserted"}},
		{"A court in Istanbul jailed the city's mayor pending trial on corruption charges.",
			[]string{"TURJUD 173 TURGOV asserted"}},
	}, false)
}
