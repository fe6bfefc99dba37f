package events_test

import "testing"

// attributiveAccusedCases: "accused" before a noun phrase, after a
// determiner, a preposition or a main verb, is an adjective
// (falseevents_accused.go attributiveAccused): no 112. The verb after its
// subject, an adverb or an auxiliary stays an accusation. The exact
// events each sentence gives.
var attributiveAccusedCases = []familyCase{
	{"accused-adjective", "Colombia extradited accused Venezuelan drug kingpin Walid Makled to Venezuela on Monday.", []string{"COL 063 VEN asserted"}},
	{"accused-adjective", "Norway released accused Russian spy Mikhail Mikushin to Russia on Thursday.", nil},
	// near misses: the verb
	{"accused-adjective", "Russia on Monday accused Ukraine of shelling the Zaporizhzhia nuclear plant.", []string{"RUS 112 UKR asserted", "UKR 194 RUS alleged"}},
	{"accused-adjective", "Iran has accused Israel of sabotage at the Natanz site.", []string{"IRN 112 ISR asserted"}},
}

// TestAttributiveAccused codes each case of attributiveAccusedCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestAttributiveAccused(t *testing.T) { checkFamilies(t, "", attributiveAccusedCases, false) }
