package actors_test

import "testing"

// TestSingularPersonNouns checks that one person named by a nationality
// and a person noun whose plural is an agent line takes that sector too:
// a villager or a tourist is a civilian, a monk religion, a smuggler or a
// trafficker crime, a truck driver labour. A force noun's singular used
// as a modifier ("a commando raid") names no actor's sector.
func TestSingularPersonNouns(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Gunmen kidnapped a Nigerian villager.", "Gunmen=?UAF | Nigerian villager=NGACVL"},
		{"2024-07-13", "Police detained a Thai monk in Bihar.", "Police=?COP | Thai monk=THAREL"},
		{"2024-07-13", "Police arrested a Chinese smuggler at the port.", "Police=?COP | Chinese smuggler=CHNCRM"},
		{"2024-07-13", "Troops killed a Ukrainian truck driver near the town.", "Troops=?MIL | Ukrainian truck driver=UKRLAB"},
		{"2024-07-13", "An Israeli settler shot a Palestinian.", "Israeli settler=ISRCVL | Palestinian=PSECVL"},
		// a force noun's singular is no person
		{"2024-07-13", "A British commando raid freed the hostages.", "British=GBR | the hostages=?CVL"},
	}, showCode)
}
