package events_test

import "testing"

// generic13Cases exercise generic groups as actors (generic13.go): the
// exact events of the team's own wire sentences ("SOURCE CAMEO TARGET
// status"; nil: none), with sentences of the same shapes that must stay
// as they are beside them.
var generic13Cases = []familyCase{
	// a mutual verb's other party is the group after "with", behind a
	// count or lower-case modifiers; a clash is fighting each way (190),
	// not repression, which stays for police firing on protesters (175)
	{"with-group", "Serbian police clashed with anti-government protesters in Belgrade late on Saturday.", []string{"SRBCOP 190 SRBCVL asserted", "SRBCVL 190 SRBCOP asserted"}},
	{"with-group", "Police clashed with thousands of protesters in Nairobi on Tuesday.", []string{"KENCOP 190 KENCVL asserted", "KENCVL 190 KENCOP asserted"}},
	{"with-group", "Indonesian troops clashed with hundreds of angry villagers in Papua on Sunday.", []string{"IDNMIL 190 IDNCVL asserted", "IDNCVL 190 IDNMIL asserted"}},
	{"with-group", "Riot police clashed with dozens of student protesters outside parliament in Dhaka.", []string{"BGDCOP 190 BGDEDU asserted", "BGDEDU 190 BGDCOP asserted"}},
	{"with-group", "Riot police clashed with pro-democracy demonstrators in Tbilisi on Sunday.", []string{"GEOCOP 190 GEOCVL asserted", "GEOCVL 190 GEOCOP asserted"}},
	{"with-group", "Police clashed with protesters in Nairobi on Tuesday.", []string{"KENCOP 190 KENCVL asserted", "KENCVL 190 KENCOP asserted"}},
	{"with-group", "Police clashed with other protesters in Nairobi on Tuesday.", []string{"KENCOP 190 - asserted"}},
	{"with-group", "Protesters clashed with rival protesters in Nairobi on Tuesday.", []string{"KENCVL 190 - asserted"}},
	{"with-group", "Police opened fire on protesters in Nairobi on Tuesday.", []string{"KENCOP 175 KENCVL asserted"}},
	// a place named right before the group is where its people are from
	{"place-group", "Gaza residents accused Israel of cutting off their water.", []string{"PSECVL 112 ISR asserted", "ISR 191 PSECVL alleged"}},
	{"place-group", "Mosul residents accused Iraqi troops of looting their shops.", []string{"IRQCVL 112 IRQMIL asserted"}},
	{"place-group", "Aleppo residents accused government forces of shelling their homes.", []string{"SYRCVL 112 SYRMIL asserted", "SYRMIL 194 - alleged"}},
	{"place-group", "Kano traders accused police of extortion.", []string{"NGABUS 112 NGACOP asserted"}},
	{"place-group", "Minsk students marched against President Lukashenko on Sunday.", []string{"BLREDU 141 BLRGOV asserted"}},
	{"place-group", "Khartoum residents accused the RSF of looting homes.", []string{"SDNCVL 112 SDNREB asserted"}},
	// one family is kin as families are: of the state it turns to
	// (actors/data/agents.txt "family"); a family with no state named
	// stays no actor
	{"family", "The family of a jailed journalist appealed to President Erdogan for his release.", []string{"TURCVL 020 TURGOV asserted"}},
	{"family", "The family of the dead teenager accused French police of a cover-up.", []string{"FRACVL 112 FRACOP asserted"}},
	{"family", "The family said it would appeal.", nil},
	{"family", "The royal family welcomed the Emir of Qatar on Monday.", nil},
}

func TestGeneric13(t *testing.T) { checkFamilies(t, "", generic13Cases, false) }
