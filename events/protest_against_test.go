package events_test

import "testing"

// TestProtestNamedAgainst checks, on sentences written for this test,
// that a protest whose pattern took no target is aimed at the state body
// named right after its "against" ("staged a protest against the Syrian
// government" SYRGOV), not at the protesters' own government. Near miss:
// a protest against a policy ("against the pension reform") keeps the
// protesters' own government.
func TestProtestNamedAgainst(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Activists in Sydney staged a protest against the Syrian government.",
			[]string{"AUSCVL 141 SYRGOV asserted 2024-07-13"}},
		// near miss
		{"Activists in Sydney staged a protest against the pension reform.",
			[]string{"AUSCVL 141 AUSGOV asserted 2024-07-13"}},
	}, true)
}
