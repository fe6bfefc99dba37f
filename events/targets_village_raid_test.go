package events_test

import "testing"

// TestVillageRaid codes sentences written by the dyad team for
// villageRaid (events/targets_village_raid.go): an armed group's or
// gunmen's attack on a village of their own country targets its
// civilians; a seizure of a village, a village of another state and a
// village that is only where the attack happened keep their target. Each
// sentence is published on 2024-07-13 (a Saturday); each want lists every
// event as "SOURCE CAMEO TARGET status date", in any order.
func TestVillageRaid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen raided an Ivorian border village on Tuesday.",
			[]string{"CIVUAF 190 CIVCVL asserted 2024-07-09"}},
		{"Boko Haram fighters burned villages in Borno state on Tuesday.",
			[]string{"NGAREB 1712 NGACVL asserted 2024-07-09"}},
		{"Islamist militants attacked a village in northern Burkina Faso on Tuesday.",
			[]string{"BFAREB 190 BFACVL asserted 2024-07-09"}},
		// near misses: a seizure, another state's villages, a village as
		// the place of an attack on police
		{"Rebels seized a village in eastern Congo on Tuesday.",
			[]string{"CODREB 192 COD asserted 2024-07-09"}},
		{"Turkish warplanes bombed Kurdish villages in northern Iraq on Tuesday.",
			[]string{"TURMIL 195 IRQ asserted 2024-07-09"}},
		{"Gunmen attacked police in a village in Nigeria's Zamfara state on Tuesday.",
			[]string{"NGAUAF 190 NGACOP asserted 2024-07-09"}},
	}, true)
}
