package events_test

import "testing"

// TestArmedWithListSource codes the actor before a participle phrase whose
// object is a list with commas ("Gunmen armed with rifles, grenades and
// machetes killed"): the tagger read the participle as the clause's verb,
// and the later verb found no subject (no source found). Near misses: the
// same phrase with "and" alone (coded before too), and a finite "clashed
// with" a list of actors, which stays the clause's verb.
func TestArmedWithListSource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen armed with rifles, grenades and machetes killed 12 villagers in Ituri on Tuesday.",
			[]string{"CODUAF 180 CODCVL asserted 2024-07-09"}},
		{"Militiamen equipped with machetes, spears and clubs attacked a village in Ituri on Sunday.",
			[]string{"CODUAF 190 CODCVL asserted 2024-07-07"}}, // the villagers (targets_village_raid.go)
		{"Gang members armed with guns, knives and explosives kidnapped two engineers in Guayaquil on Tuesday.",
			[]string{"ECUCRM 181 ECUCVL asserted 2024-07-09"}},
		// near misses
		{"Gunmen armed with rifles and machetes killed 12 villagers in Ituri on Tuesday.",
			[]string{"CODUAF 180 CODCVL asserted 2024-07-09"}},
		{"Israeli troops clashed with stone-throwing youths in Hebron on Friday.",
			[]string{"ISRMIL 190 PSECVL asserted 2024-07-12", "PSECVL 190 ISRMIL asserted 2024-07-12"}},
	}, true)
}
