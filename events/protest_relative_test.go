package events_test

import "testing"

// TestAnsweredProtest: a "who had protested/marched" relative after an
// arrest or a use of force is the day's protest the force answered, coded
// though past perfect; a barricade or a protest with no act of force
// before stays background. A relative whose protest is named by a noun
// ("had been on hunger strike", "had staged a sit-in", "had gone on
// strike") is the same protest; one dated in the past is not. Invented
// sentences.
func TestAnsweredProtest(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Serbian police detained students on Friday who had marched in Novi Sad against a rise in fuel prices.", []string{
			"SRBCOP 173 SRBEDU asserted", "SRBEDU 141 SRBGOV asserted"}},
		{"Togolese police arrested opposition supporters on Tuesday who had protested against a constitutional change.", []string{
			"TGOCOP 173 TGOOPP asserted", "TGOOPP 141 TGOGOV asserted"}},
		{"Chilean police fired tear gas on Monday at students who had barricaded themselves inside a school in Santiago.", []string{
			"CHLCOP 175 CHLEDU asserted"}},
		{"Egyptian police arrested 12 textile workers on Monday who had gone on strike over unpaid bonuses.", []string{
			"EGYCOP 173 EGYLAB asserted", "EGYLAB 143 EGYGOV asserted"}},
		{"Moroccan police detained 15 teachers on Sunday who had staged a sit-in outside the education ministry in Rabat over pay.", []string{
			"MARCOP 173 MAREDU asserted", "MAREDU 141 MARGOV asserted"}},
		{"Bahraini police arrested eight detainees' relatives on Thursday who had been on hunger strike for a week over the detentions.", []string{
			"BHRCOP 173 BHRCVL asserted", "BHRCVL 142 BHRGOV asserted"}},
		{"Egyptian police arrested 12 textile workers on Monday who had been on strike last year.", []string{
			"EGYCOP 173 EGYLAB asserted"}},
	}, false)
}
