package events_test

import "testing"

// TestSubjunctive47: a demand that an official body with an adjective
// before it do something ("that the electoral commission recount votes")
// reads the base form as the subjunctive verb, so the body is the demand's
// target; "recount" was no verb, and "commission recount votes" was read
// as one noun phrase. Invented sentences.
func TestSubjunctive47(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's opposition demanded on Monday that the electoral commission recount ballots in Nairobi.", []string{"KENOPP 100 KENGOV asserted"}},
		{"Kenya's opposition demanded that the electoral commission recount the votes.", []string{"KENOPP 100 KENGOV asserted"}},
		{"Kenya's opposition called for a recount on Monday.", []string{"KENOPP 020 - asserted"}},
	}, false)
}
