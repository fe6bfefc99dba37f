package actors_test

import "testing"

// TestChurchClergy: a church's name before its priests or bishops belongs
// to the religious role, so a nationality before it gives that state's
// clergy (REL), not its people.
func TestChurchClergy(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2018-01-01", "Kenyan Catholic priests marched in Nairobi.", "Kenyan Catholic priests=KENREL | Nairobi=KEN"},
		{"2018-01-01", "Police detained two Orthodox priests.", "Police=?COP | Orthodox priests=?REL"},
	}, showCode)
}
