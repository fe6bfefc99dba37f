package events_test

import (
	"testing"
)

// pluralPossessiveCases: a plural's possessive apostrophe written alone
// ("the militants' attack") makes the next word the possessed noun, as
// "'s" does (sentences.pluralPossessed), not a finite verb with the
// plural as its subject. So a nominal act after it in a time phrase is
// background and not coded (CODING.md: background nominals in time or
// cause phrases are not coded; gold W49028, "a week after the militants'
// attack on an Ethiopian base"), while the same nominal as the argument
// of the main predicate keeps its possessor as source ("the rebels'
// attack … was condemned"), and a finite clause in the time phrase is
// coded. The exact events each sentence gives ("SOURCE CAMEO TARGET
// status"; nil: none).
var pluralPossessiveCases = []familyCase{
	// a nominal in a time phrase: background
	{"time-phrase", "Kenya closed its border with Somalia on Tuesday after the militants' attack on a Kenyan army base.", []string{"KEN 191 SOM asserted"}},
	{"time-phrase", "Police arrested 12 people on Friday following the protesters' attack on the governor's office.", nil},
	// the nominal as the main predicate's argument: coded, the possessor its source
	{"argument", "The rebels' attack on a Kenyan army base was condemned by the United Nations on Tuesday.", []string{"KENREB 190 KENMIL asserted", "IGOUNO 111 KENREB asserted"}},
	// a finite clause in the time phrase (no apostrophe): coded
	{"finite", "Kenya closed its border with Somalia on Tuesday after the militants attacked a Kenyan army base.", []string{"KEN 191 SOM asserted", "KENREB 190 KENMIL asserted"}},
}

// TestPluralPossessiveNominal codes each case as a one-sentence article
// published on 2024-03-14 and compares its events exactly.
func TestPluralPossessiveNominal(t *testing.T) {
	checkFamilies(t, "", pluralPossessiveCases, false)
}
