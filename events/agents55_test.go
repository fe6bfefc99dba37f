package events_test

import "testing"

// TestAgentsInvestigatorsBailiffs: detectives are police (COP); bailiffs,
// who seize assets for a court or the tax service, are the state (GOV).
func TestAgentsInvestigatorsBailiffs(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Polish detectives questioned the mayor of Gdansk on Thursday.", []string{"POLCOP 091 POLGOV asserted"}},
		{"Kazakh bailiffs seized the newspaper's printing press on Monday.", []string{"KAZGOV 171 KAZMED asserted"}},
	}, false)
}
