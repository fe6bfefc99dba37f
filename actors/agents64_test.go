package actors_test

import "testing"

// TestOccupations64 checks, on sentences written for this test, the
// occupations added in session 64: schoolteachers are education (EDU), as
// teachers are; tea pickers are labour (LAB), as miners are. A bare
// "pickers" stays no actor (the adjective a modifier, ~). Every mention as text=CODE.
func TestOccupations64(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "Nepalese schoolteachers began a hunger strike.", "Nepalese schoolteachers=NPLEDU"},
		{"2024-05-20", "Sri Lankan tea pickers stopped work.", "Sri Lankan tea pickers=LKALAB"},
		{"2024-05-20", "Sri Lankan pickers stopped work.", "Sri Lankan=~LKA"},
	}, showCode)
}
