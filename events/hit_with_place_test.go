package events_test

import "testing"

// TestHitWithPlace: a place attacked told between "hit" and the weapon
// its pattern names ("hit … with drones", refine_places.go
// weaponAfterObject) gives the target, as "struck" does.
func TestHitWithPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russian forces hit fuel depots in Ukraine's Poltava region with drones overnight.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Russian forces hit the port of Odesa with cruise missiles overnight.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Israeli jets hit weapons stores in Syria's Hama province with missiles on Monday.",
			[]string{"ISRMIL 195 SYR asserted"}},
	}, false)
}
