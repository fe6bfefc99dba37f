package events_test

import "testing"

// TestRoleTitle: a bare title after "when", "as" or "become" is the role
// someone holds or will hold, no one named (actors/roletitle.go); a title
// before a name still names its holder.
func TestRoleTitle(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2023-11-25", "Javier Milei brought his sister Karina, whom he will make his chief of staff when President, into a meeting with Chilean President Gabriel Boric.", nil},
		{"2023-11-25", "Javier Milei, who will become President next month, met Chilean President Gabriel Boric on Monday.",
			[]string{"ARG 040 CHLGOV asserted", "CHLGOV 040 ARG asserted"}},
		{"2024-11-29", "When President Lula visited Argentina on Monday, the two sides discussed trade.",
			[]string{"BRAGOV 042 ARG asserted", "ARG 043 BRAGOV asserted"}},
	})
}
