package events_test

import "testing"

// TestJointOperation: two states' forces acting "in a joint operation"
// cooperate (police 060, troops 062, both ways) besides the act, also
// when a relative clause stands between the verb and the phrase, or when
// ", part of a joint operation with" follows the clause; a joint police
// unit launched by two states is 060 both ways. One state's forces alone,
// and a unit launched by one force, give none (joint_ops.go, "@ joint
// operation" of events/data/verbs.txt).
func TestJointOperation(t *testing.T) {
	checkFamilies(t, "", []familyCase{
		{"joint operation", "Zambian and Malawian police seized 40 stolen motorbikes in a joint operation near Chipata on Monday.",
			[]string{"ZMBCOP 060 MWICOP asserted", "MWICOP 060 ZMBCOP asserted"}},
		{"joint operation", "Chilean and Peruvian police broke up a smuggling ring that carried stolen cars across the border near Arica in a joint operation on Monday.",
			[]string{"CHLCOP 060 PERCOP asserted", "PERCOP 060 CHLCOP asserted"}},
		{"joint operation", "Kenyan troops killed 12 militants near Mandera on Monday, part of a joint operation with the Somali army.",
			[]string{"KENMIL 190 KENREB asserted", "KENMIL 062 SOMMIL asserted", "SOMMIL 062 KENMIL asserted"}},
		{"joint police unit", "Spain and Portugal launched a joint police unit in Badajoz on Monday to fight cross-border car theft.",
			[]string{"ESP 060 PRT asserted", "PRT 060 ESP asserted"}},
		// near misses: one state's forces, no joint act, a unit of one force
		{"joint operation", "Zambian police and soldiers seized 40 stolen motorbikes in a joint operation near Chipata on Monday.", nil},
		{"joint operation", "Zambian and Malawian police seized 40 stolen motorbikes near Chipata on Monday.", nil},
		{"joint police unit", "The Spanish police launched a joint police unit with the Civil Guard on Monday.", nil},
	}, false)
}
