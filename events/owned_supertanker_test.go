package events_test

import "testing"

// TestOwnedSupertanker: a supertanker named by its owners' state is that
// state's business, as a tanker is (targets.go ownedShip).
func TestOwnedSupertanker(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2009-11-30", "Somali pirates hijacked a Greek-owned supertanker in the Indian Ocean on Sunday.",
			[]string{"SOMCRM 181 GRCBUS asserted"}},
	})
}
