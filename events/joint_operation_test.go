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

// TestJointOperationStaged: a joint operation or raid staged by two
// states' police, told by the verb ("launched a joint operation",
// "carried out joint raids"), is 060 both ways (gold README 2026-12-05
// item 17); troops keep 062; one state's forces together give none (joint_ops.go
// jointPolice and jointOwnForces, "{$STAGE} out {joint,combined}
// {$JOINT_ACTION}" of events/data/verbs.txt).
func TestJointOperationStaged(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mexican and Guatemalan police carried out their first joint raids on people-smuggling gangs on both sides of the Suchiate river on Thursday.",
			[]string{"MEXCOP 060 GTMCOP asserted", "GTMCOP 060 MEXCOP asserted"}},
		{"Turkish gendarmes and Iranian border police launched a joint operation against fuel smugglers along their frontier on Thursday.",
			[]string{"TURCOP 060 IRNCOP asserted", "IRNCOP 060 TURCOP asserted"}},
		{"Zambian and Malawian police carried out joint raids on car thieves near Chipata on Monday.",
			[]string{"ZMBCOP 060 MWICOP asserted", "MWICOP 060 ZMBCOP asserted"}},
		{"Nigerien and Malian troops carried out joint raids on smugglers' camps near the border on Monday.",
			[]string{"NERMIL 062 MLIMIL asserted", "MLIMIL 062 NERMIL asserted"}},
		// near miss: one state's police and soldiers cooperate with no other state
		{"Zambian police and soldiers carried out joint raids on car thieves near Chipata on Monday.", nil},
		// every word of $JOINT_ACTION, not only operations and raids
		{"Zambian police and soldiers launched a joint offensive against poachers in the Luangwa valley on Monday.", nil},
		{"Kenyan and Ugandan police launched a joint campaign against cattle rustlers on Monday.",
			[]string{"KENCOP 060 UGACOP asserted", "UGACOP 060 KENCOP asserted"}},
	}, false)
}

// TestJointPolicePatrols: joint patrols told by a verb are 060 both ways
// when police patrol, the parties all police or the patrols named police
// patrols (gold README "Conventions fixed here" item 62); troops' and
// states' joint patrols keep 062 (joint_ops.go jointPolice).
func TestJointPolicePatrols(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Polish and Czech police began joint patrols along their shared border on Monday to catch car thieves.",
			[]string{"POLCOP 060 CZECOP asserted", "CZECOP 060 POLCOP asserted"}},
		{"Poland and the Czech Republic started joint police patrols on trains on Monday.",
			[]string{"POL 060 CZE asserted", "CZE 060 POL asserted"}},
		// near misses: troops, and states with no police named
		{"Polish and Czech troops began joint patrols along the border on Monday.",
			[]string{"POLMIL 062 CZEMIL asserted", "CZEMIL 062 POLMIL asserted"}},
		{"Poland and Lithuania began joint patrols along their border on Monday.",
			[]string{"POL 062 LTU asserted", "LTU 062 POL asserted"}},
	}, false)
}
