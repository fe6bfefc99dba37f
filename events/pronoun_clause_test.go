package events_test

import "testing"

// TestPronounClause codes team-written sentences (and dev W40018) for
// sources_structure.go pronounClause: a later verb with its own subject
// pronoun ("decrees they said would …", a contact relative clause) is no
// main verb that makes the protest verb before it a reduced participle;
// the marchers still march. A true reduced participle whose clause has a
// main verb after the pronoun's ("farmers evicted … over a law they said
// was unjust occupied …") stays passive: the farmers evict no one.
func TestPronounClause(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Doctors and teachers marched in Tegucigalpa on Monday against decrees they said would open public hospitals and schools to privatisation.",
			[]string{"HNDHLH 1412 HNDGOV asserted", "HNDEDU 1412 HNDGOV asserted"}},
		{"Farmers marched in Nairobi on Monday against a land law they said would strip them of their plots.",
			[]string{"KENAGR 1412 KENGOV asserted"}},
		{"Teachers and students rallied in Santiago on Thursday against reforms they say will raise fees.",
			[]string{"CHLEDU 1412 CHLGOV asserted"}},
		// the pronoun's clause is an aside: unchanged
		{"Hundreds of Kenyan doctors marched in Nairobi on Monday against a law, they said.",
			[]string{"KENHLH 1412 KENGOV asserted"}},
		// a reduced participle with its clause's own main verb later: no eviction by the farmers
		{"Kenyan farmers evicted from a forest near Nakuru last year over a law they said was unjust occupied a ministry in Nairobi on Monday.",
			nil},
	}, false)
}
