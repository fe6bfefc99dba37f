package events_test

import "testing"

// TestReasonPhrasePlaces checks that a reason phrase after the act ("in
// retaliation for …", "in response to …", "after …") lends the act
// neither its place nor, for retaliation and response, its date.
func TestReasonPhrasePlaces(t *testing.T) {
	tests := []struct{ text, want string }{
		// (an attack with no one attacked is no event: unaimed.go)
		{"The Taliban said it carried out the attack in retaliation for air strikes last week in Kunduz province.", ""},
		{"The Taliban said it attacked Pakistani soldiers in retaliation for air strikes last week in Kunduz province.", "AFGGOV 190 PAKMIL asserted @ - 2024-07-10"},
		{"Hamas said it attacked Israeli troops in revenge for raids on Sunday in Jenin.", "PSEREB 190 ISRMIL asserted @ - 2024-07-10"},
		{"Police arrested ten protesters after clashes last week in Lahore.", "PAKCOP 173 PAKCVL asserted @ - 2024-07-10"},
		// near misses: the act's own place and date before the phrase
		{"Israel struck Gaza on Monday in response to rocket fire.", "ISR 190 PSE asserted @ Gaza PSE 2024-07-08"},
		{"Hamas said it attacked Israeli troops in Jenin on Sunday in revenge for raids.", "PSEREB 190 ISRMIL asserted @ Jenin PSE 2024-07-07"},
	}
	checkPlaced(t, tests)
}
