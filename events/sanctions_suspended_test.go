package events_test

import "testing"

// TestSanctionsSuspended: sanctions suspended or paused are eased (085),
// not relations cut (160); a deal suspended stays 160
// (events/data/verbs.txt, 08).
func TestSanctionsSuspended(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"The European Union suspended most of its sanctions against Belarus on Monday for six months.", []string{"IGOEUREEC 085 BLR"}},
		{"Washington paused sanctions on Venezuela's oil sector on Friday.", []string{"USA 085 VEN"}},
		{"Russia suspended a grain deal with Ukraine on Monday.", []string{"RUS 160 UKR"}},
	})
}
