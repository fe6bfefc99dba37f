package events_test

import "testing"

// TestCountedNoun: a verb form inside a noun phrase that a count opens is
// the phrase's plural head or a compound's modifier, no verb of the count
// (sentences/counted.go): "two United Nations ships carrying fuel" makes
// no 073 of "ships" (dev42 W42016), "two Thai insurgent suspects"
// no verb "suspects". Where the word is a verb it keeps its event, and so
// after a clock time ("At 3 pm Israel strikes") or a house number ("10
// Downing Street says").
func TestCountedNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Saudi Arabia let two United Nations ships carrying fuel and food enter the port of Hodeidah.", nil},
		{"Malaysia handed two Thai insurgent suspects to Thai police on Friday.", []string{"MYS 063 THACOP asserted"}},
		{"Russia arms the rebels in eastern Ukraine.", []string{"RUS 072 UKRREB asserted"}},
		// a clock time and a house number count nothing
		{"At 3 pm Israel strikes Hamas positions in Gaza.", []string{"ISR 190 PSEREB asserted"}},
		{"At 3pm Israel strikes Hamas positions in Gaza.", []string{"ISR 190 PSEREB asserted"}},
		{"A spokesman for 10 Downing Street says Britain will expel Russian diplomats.", []string{"GBR 1313 RUSGOV future"}},
	}, false)
}
