package actors

import "testing"

// TestForceCode: forceCode answers as forceRole(splitRoles(code)) did,
// for the codes of force nouns, other roles, longer codes and short ones.
func TestForceCode(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"MIL", "MIL"},
		{"COP", "COP"},
		{"MILx", "MIL"}, // (a trailing partial group is no role)
		{"GOV", ""},
		{"SPY", ""},
		{"MILGOV", ""},
		{"COPMIL", ""},
		{"MI", ""},
		{"", ""},
	} {
		if got := forceCode(c.code); got != c.want {
			t.Errorf("forceCode(%q) = %q, want %q", c.code, got, c.want)
		}
		if old := forceRole(splitRoles(c.code)); old != c.want {
			t.Errorf("forceRole(splitRoles(%q)) = %q, want %q", c.code, old, c.want)
		}
	}
}
