package events_test

import "testing"

// TestModalNoLonger codes "would no longer accept" as the negated stand
// "would not accept" is (acceptance.go): the tagger reads "no longer"
// after a modal as an adverb (sentences/no_longer.go), not a determiner
// and a noun that made the verb after it a noun, and verbStatus reads it
// as a negation. An acceptance that still holds, a comparison ("no longer
// than") and a forecast by others give nothing.
func TestModalNoLonger(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indonesia said on Wednesday it would no longer accept aid from the Netherlands, angered by Dutch criticism.", []string{"IDN 120 NLD asserted"}},
		{"Palestinian President Mahmoud Abbas said on Wednesday he would no longer accept the United States as a mediator in peace talks with Israel.", []string{"PSEGOV 120 USA asserted"}},
		{"Iran said it would no longer cooperate with the IAEA.", []string{"IRN 121 IGOUNOIAE asserted"}},
		// not a refusal: an acceptance, a comparison, a forecast
		{"Indonesia said on Wednesday it would accept aid from the Netherlands.", nil},
		{"Indonesia said the talks with the Netherlands would last no longer than a week.", nil},
		{"Analysts said Indonesia would no longer accept aid from the Netherlands.", nil},
	}, false)
}
