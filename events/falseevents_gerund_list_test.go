package events_test

import "testing"

// TestGerundListNoun: an -s form coordinated with a gerund used as a noun
// ("with looting and murders") is a plural noun, no act of the clause's
// subject (falseevents_gerund_list.go); a finite verb after a subject
// stays an event.
func TestGerundListNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya was in chaos last week, with most of the looting and murders taking place in Nairobi.", nil},
		{"On July 9, \"Kenya was a country in chaos\" with the majority of burning, looting and murders taking place in Nairobi.", nil},
		// near miss: a finite verb with its own subject
		{"A Kenyan gang murders two police officers in Nairobi.", []string{"KENCRM 180 KENCOP asserted"}},
	}, false)
}
