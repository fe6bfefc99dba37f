package events_test

import "testing"

// TestButVerb: a verb joined to the clause before by "but" and an
// auxiliary or negation shares that clause's subject (sources_but.go);
// a "but" opening a clause with a subject of its own, and a "but" after a
// speech verb, give it none.
func TestButVerb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Thai prime minister toured the flooded border towns on Tuesday but did not meet Cambodian officials.",
			[]string{"THAGOV 040 KHMGOV negated", "KHMGOV 040 THAGOV negated"}},
		{"Peru's foreign ministry has not commented, but has condemned Chile's border fence as a provocation.",
			[]string{"PERGOV 111 CHL asserted"}},
		{"A spokesman for the Peruvian embassy in Madrid said it knew nothing of the plan, but did not rule out talks with Chile.", nil},
		{"Peru recalled its ambassador from Santiago, but Chile did not respond.",
			[]string{"PER 161 CHL asserted"}},
	}, false)
}
