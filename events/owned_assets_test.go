package events_test

import "testing"

// TestOwnedAssets: a business's property named by its owners' state ("a
// Canadian-owned gold mine") makes the target that state's business, as
// a "Greek-owned tanker" does (targets.go ownedShip, [owned assets]).
func TestOwnedAssets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali's junta nationalised an Australian-owned gold mine on Tuesday.",
			[]string{"MLIGOV 1711 AUSBUS asserted"}},
	}, false)
}
