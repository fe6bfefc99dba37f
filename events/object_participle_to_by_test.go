package events_test

import "testing"

// objectParticipleToByCases: a gerund right after an actor that is the
// object of "to" ("to French prosecutors investigating the bombing") or
// the agent of a nominal ("the occupation of oil wells by villagers
// demanding jobs") describes that actor, no event of its own (scope.go
// objectParticiple); the clause's own act is coded. The same acts told
// as a clause's verb or a participle clause stay. The exact events each
// sentence gives.
var objectParticipleToByCases = []familyCase{
	{"object-participle", "Police handed the files to French prosecutors investigating the bombing on Monday.", []string{"FRACOP 064 FRAJUD asserted"}},
	{"object-participle", "Italy handed over two suspects to Tunisian police investigating the attack.", []string{"ITA 063 TUNCOP asserted"}},
	{"object-participle", "Ecuador declared a state of emergency in Orellana on Friday after the occupation of oil wells by villagers demanding jobs.", []string{"ECU 1724 - asserted"}},
	{"object-participle", "Kenya imposed a curfew in Lamu after the seizure of a ferry by gunmen demanding a ransom.", []string{"KEN 1723 - asserted"}},
	// near misses: the act is the clause's own
	{"object-participle", "French prosecutors are investigating the bombing in Lyon.", []string{"FRAJUD 093 - asserted"}},
	{"object-participle", "Villagers occupied oil wells in Orellana on Friday, demanding jobs.", []string{"ECUCVL 100 - asserted"}},
	{"object-participle", "Gunmen seized a ferry off Lamu on Monday and demanded a ransom.", []string{"KENUAF 100 - asserted"}},
}

// TestObjectParticipleToBy codes each case of objectParticipleToByCases
// as a one-sentence article published on 2024-03-14 and compares its
// events exactly.
func TestObjectParticipleToBy(t *testing.T) {
	checkFamilies(t, "", objectParticipleToByCases, false)
}
