package events_test

import "testing"

// TestAttemptedProtest codes team-written sentences for
// attempted_protest.go: protesters who tried to storm a building rioted
// (145 asserted, dated by the sentence); other attempts stay aims
// (hypothetical).
func TestAttemptedProtest(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Hundreds of opposition supporters tried to storm the electoral commission's offices in Kinshasa on Friday, witnesses said.",
			[]string{"CODOPP 145 CODGOV asserted"}},
		{"Bangladeshi students attempted to storm the Indian High Commission in Dhaka on Sunday.",
			[]string{"BGDEDU 145 IND asserted"}},
		// near miss: an armed group's attempt is still only an aim
		{"M23 rebels tried to seize the airport in Goma on Friday.",
			[]string{"CODREB 192 COD hypothetical"}},
	}, false)
}
