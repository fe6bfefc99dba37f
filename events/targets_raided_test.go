package events_test

import (
	"testing"
)

// TestRaidedCivilians codes targets_raided.go's raidedCivilians: the
// unnamed people an attacker seizes or abducts in a participle after its
// attack on another state are that state's (civilians, soldiers), not
// the attacker's own; people named by a state keep it, and an attack at
// home keeps its own people.
func TestRaidedCivilians(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas gunmen stormed into southern Israel from Gaza on Saturday, killing hundreds of people and seizing dozens of hostages.",
			[]string{"PSEREB 190 ISR asserted", "PSEREB 181 ISRCVL asserted"}},
		{"Hamas militants attacked Israeli villages near Gaza on Saturday, killing dozens and taking several residents hostage.",
			[]string{"PSEREB 190 ISR asserted", "PSEREB 181 ISRCVL asserted"}},
		{"Taliban fighters attacked a Pakistani border post from Afghanistan on Monday, capturing four soldiers.",
			[]string{"AFGGOV 190 PAKMIL asserted", "AFGGOV 173 PAKMIL asserted"}},
		{"Islamic Jihad militants raided an Israeli kibbutz from Gaza overnight, seizing three residents.",
			[]string{"PSEREB 190 ISR asserted", "PSEREB 181 ISRCVL asserted"}},
		{"Hezbollah fighters stormed into northern Israel on Sunday, seizing two soldiers.",
			[]string{"LBNREB 190 ISR asserted", "LBNREB 181 ISRMIL asserted"}},
		// already the place's: unchanged
		{"Al-Shabaab fighters raided a Kenyan border town on Tuesday, abducting 12 people.",
			[]string{"SOMREB 190 KEN asserted", "SOMREB 181 KENCVL asserted"}},
		// people named by their state keep it
		{"Hamas gunmen stormed into southern Israel from Gaza on Saturday, seizing two Thai farm workers.",
			[]string{"PSEREB 190 ISR asserted", "PSEREB 181 THAAGR asserted"}}, // (farm workers AGR: agents.txt, gold W10282)
	}, false)
}
