package actors_test

import "testing"

// TestShortNameVariants checks that a leader's name written without its
// middle part ("Gloria Arroyo") is the person of the full entry, with the
// role of the day, and no role once out of office.
func TestShortNameVariants(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2006-03-05", "President Gloria Arroyo toured Mindanao.", "President Gloria Arroyo=PHLGOV"},
		{"2015-03-05", "Gloria Arroyo toured Mindanao.", "Gloria Arroyo=PHL"},
	}, showCode)
}
