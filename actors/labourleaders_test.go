package actors_test

import "testing"

// TestLabourLeaders checks, on sentences written for this test, "Labour
// leaders" as the British Labour party's, dated as the party
// (institutions.txt: OPP out of government, PTY in it), never a country
// named nearby; another country's word before it leaves it to that
// country (guards.go foreignLabour).
func TestLabourLeaders(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2019-03-04", "Labour leaders criticised the budget.", "Labour leaders=GBROPP"},
		{"2025-03-04", "Labour leaders defended the budget.", "Labour leaders=GBRPTY"},
		// near miss: another country's Labour party
		{"2019-03-04", "Israeli Labour leaders criticised the budget.", "Israeli=~ISR | leaders=?GOV"},
	}, showCode)
}
