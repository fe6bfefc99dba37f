package events_test

import "testing"

// TestOwnedAssets: a business's property named by its owners' state ("a
// Canadian-owned gold mine") makes the target that state's business, as
// a "Greek-owned tanker" does (targets.go ownedShip, [owned assets]).
func TestOwnedAssets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali's junta nationalised an Australian-owned gold mine on Tuesday.",
			[]string{"MLIGOV 1711 AUSBUS asserted"}},
		// a business named by what it runs (coder70a)
		{"Bolivia nationalised the Spanish-owned operator of its power grid on Tuesday.",
			[]string{"BOL 1711 ESPBUS asserted"}},
		{"Argentina seized a French-owned water utility on Monday.",
			[]string{"ARG 171 FRABUS asserted"}},
		// no business after the adjective: the state alone
		{"Bolivia nationalised the Spanish-owned land of its northern province on Tuesday.",
			[]string{"BOL 1711 ESP asserted"}},
	}, false)
}
