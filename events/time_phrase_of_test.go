package events_test

import "testing"

// TestTimePhraseOf: an event noun in the "of" phrase of a time phrase
// ("since the escalation of Israeli strikes") is background, no event;
// the same phrase as a verb's object is coded as before.
func TestTimePhraseOf(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Hezbollah said it would respond since the escalation of Israeli strikes on Lebanon.",
			nil},
		{"2024-05-01", "Thousands fled amid the intensification of Russian shelling in Kharkiv.",
			nil},
		// near miss: the main predicate's object
		{"2024-05-01", "France condemned the escalation of Israeli strikes on Lebanon.",
			[]string{"FRA 111 ISR asserted", "ISR 190 LBN asserted"}},
	}, false)
}
