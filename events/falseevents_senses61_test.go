package events_test

import "testing"

// TestSenses61 checks three verbs read in a sense that is no event: a
// "called" that names a document, a "demonstrate" with an object, a
// "withdraw" of medical care; near misses keep their events.
func TestSenses61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"In Finland, the government also issued fresh advice online today called 'Preparing for incidents and crises.'", nil},
		{"The Finnish government issued a call for calm on Monday.", []string{"FINGOV 0256 - asserted"}},
		{"Finland's president issued renewed calls for talks with Russia on Monday.", []string{"FINGOV 026 RUS asserted"}},
		{"The Australian government would demonstrate its commitment with spending cuts, he said.", nil},
		{"Thousands of Australians demonstrated in Sydney against the government on Monday.", []string{"AUSCVL 141 AUSGOV asserted"}},
		{"British doctors withdrew treatment from the patient on Monday.", nil},
		{"British doctors could withdraw artificial feeding and hydration from the patient, a court ruled.", nil},
		{"Russia withdrew its troops from Syria on Monday.", []string{"RUS 0874 SYR asserted"}},
	}, false)
}
