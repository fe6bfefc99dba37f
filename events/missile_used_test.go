package events_test

import "testing"

// TestMissileUsedInAttack: a missile "used during/in" an attack named
// right after it is the attack, aimed where the attack was ("on Kyiv"
// UKR); a missile used with no attack named is no event.
func TestMissileUsedInAttack(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-05-24", "Russia used a new hypersonic ballistic missile during a massive drone and missile attack on Kyiv on Sunday.",
			[]string{"RUS 195 UKR asserted"}},
		{"2026-05-24", "Russia used a hypersonic missile in an overnight attack on Odesa, Ukraine's air force said.",
			[]string{"RUS 195 UKR asserted"}},
		// near misses: no attack named after the missile
		{"2026-05-24", "Russia has used hypersonic missiles in the war in Ukraine.",
			nil},
		{"2026-05-24", "Russia used cruise missiles during the winter.",
			nil},
	}, false)
}
