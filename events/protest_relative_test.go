package events_test

import "testing"

// TestAnsweredProtest: a "who had protested/marched" relative after an
// arrest or a use of force is the day's protest the force answered, coded
// though past perfect; a barricade or a protest with no act of force
// before stays background. Invented sentences.
func TestAnsweredProtest(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbian police detained students on Friday who had marched in Novi Sad against a rise in fuel prices.", []string{
			"SRBCOP 173 SRBEDU asserted", "SRBEDU 141 SRBGOV asserted"}},
		{"Togolese police arrested opposition supporters on Tuesday who had protested against a constitutional change.", []string{
			"TGOCOP 173 TGOOPP asserted", "TGOOPP 141 TGOGOV asserted"}},
		{"Chilean police fired tear gas on Monday at students who had barricaded themselves inside a school in Santiago.", []string{
			"CHLCOP 175 CHLEDU asserted"}},
	}, false)
}
