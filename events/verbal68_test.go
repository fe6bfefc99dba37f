package events_test

import "testing"

// TestRefugeeStatusGranted codes refugee or protected status granted as
// asylum (075, the people granted it refugees: refugee_status.go);
// asylum granted to named officials keeps their codes, and status given
// to no one named is none.
func TestRefugeeStatusGranted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Brazil granted refugee status to more than 21,000 Venezuelans in a single ruling on Thursday.",
			[]string{"BRA 075 VENREF asserted 2024-07-11"}},
		{"Germany gave protected status to 3,000 Syrians on Monday.",
			[]string{"DEU 075 SYRREF asserted 2024-07-08"}},
		{"The ministry said on Monday that refugee status was a matter for the courts.",
			nil},
	}, true)
}

// TestBooksExamined codes an office's books or accounts examined or
// audited as an investigation (09, no target, as "launched an
// investigation" is; an anti-corruption office's is 091); accounts of
// an event told are none.
func TestBooksExamined(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mozambique's anti-corruption office began examining the books of the Maputo city council on Thursday.",
			[]string{"MOZGOV 091 - asserted 2024-07-11"}},
		{"Witnesses gave accounts of the fighting in Goma on Thursday.",
			nil},
	}, true)
}
