package events_test

import "testing"

// TestAppositiveNameAside codes the subject of a verb after an appositive
// that names the noun before it ("Nurses at Liberia's largest hospital,
// the John F. Kennedy Medical Center in Monrovia, walked off the job"):
// the appositive is skipped as an aside, and the subject is the phrase
// before it, as without the appositive. A description in lower case
// ("the country's main opposition party") stays with the apposition
// rules; an appositive after no actor gives nothing.
func TestAppositiveNameAside(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nurses at Liberia's largest hospital, the John F. Kennedy Medical Center in Monrovia, walked off the job on Tuesday.",
			[]string{"LBRHLH 143 LBRGOV asserted 2024-07-09"}},
		{"Doctors at Ghana's main teaching hospital, the Korle Bu Teaching Hospital, went on strike on Monday over unpaid allowances.",
			[]string{"GHAHLH 143 GHAGOV asserted 2024-07-08"}},
		// near miss: an appositive after no actor
		{"The main stadium, the Estadio Nacional, was closed on Monday.",
			nil},
	}, true)
}
