package events_test

import "testing"

// TestAttractsAudience checks, on sentences written for this test, that
// "will appeal to anyone wishing to …" (a thing pleasing a public) is no
// appeal (020). Near misses: an appeal to the public with a request
// ("to come forward", "for calm") and an appeal to residents keep their
// events.
func TestAttractsAudience(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Women in Australia welcome the feature, though it will appeal to anyone wishing to avoid quiet streets.",
			nil},
		// near misses
		{"Police in Sydney appealed to anyone with information to come forward.",
			[]string{"AUSCOP 020 - asserted 2024-07-13"}},
		{"The Australian government appealed to everyone for calm.",
			[]string{"AUSGOV 0256 - asserted 2024-07-13"}},
		{"The Australian government appealed to residents to stay indoors.",
			[]string{"AUSGOV 020 AUSCVL asserted 2024-07-13"}},
	}, true)
}
