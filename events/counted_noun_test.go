package events_test

import "testing"

// TestCountedNoun: a verb form inside a noun phrase that a count opens is
// the phrase's plural head or a compound's modifier, no verb of the count
// (sentences/counted.go): "two United Nations ships carrying fuel" makes
// no 073 of "ships" (dev42 W42016), "two Thai insurgent suspects"
// no verb "suspects". Where the word is a verb it keeps its event.
func TestCountedNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Saudi Arabia let two United Nations ships carrying fuel and food enter the port of Hodeidah.", nil},
		{"Malaysia handed two Thai insurgent suspects to Thai police on Friday.", []string{"MYS 063 THACOP asserted"}},
		{"Russia arms the rebels in eastern Ukraine.", []string{"RUS 072 UKRREB asserted"}},
	}, false)
}
