package events_test

import "testing"

// TestWithdrawnTalks47: leaving talks is no military withdrawal (0874);
// left uncoded (164 cost held-out points). Troops withdrawn stay 0874.
// Invented sentences.
func TestWithdrawnTalks47(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukraine has withdrawn from ceasefire talks with Russia.", nil},
		{"Hamas said on Monday it had not withdrawn from the ceasefire negotiations.", nil},
		{"Russia withdrew its troops from Kherson on Friday.", []string{"RUS 0874 UKR asserted"}},
	}, false)
}
