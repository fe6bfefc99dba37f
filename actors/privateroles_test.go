package actors_test

import "testing"

// TestPrivateTitledNames checks, on sentences written for this test, a
// private person's or an opponent's lower-case title before a name the
// dictionary lacks, with no state said: the mention takes the name too,
// unresolved, for the context to give its state (privateroles.go). An
// office of a state keeps its old reading, and "activist" is left out.
func TestPrivateTitledNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Opposition leader Rahul Mehta accused the government of fraud.", "Opposition leader Rahul Mehta=?OPP | the government=?GOV"},
		{"2025-03-04", "Veteran journalist Rahul Mehta accused the government of fraud.", "journalist Rahul Mehta=?MED | the government=?GOV"},
		// near misses: an office holder, and an activist
		{"2025-03-04", "Deputy minister Rahul Mehta accused the opposition of fraud.", "Deputy minister=?GOV | the opposition=?OPP"},
		{"2025-03-04", "Veteran activist Rahul Mehta accused the government of fraud.", "activist=?CVL | the government=?GOV"},
	}, showCode)
}
