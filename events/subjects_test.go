package events_test

import "testing"

// TestHeadedSubjects: a subject whose actor follows "X of" or carries a
// reduced relative, and an act named first with its claimant.
func TestHeadedSubjects(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The head of Ukraine's military intelligence accused Russia of planning attacks.",
			[]string{"UKRSPY 112 RUS asserted"}},
		{"Members of the Wagner group killed dozens of civilians in central Mali.", []string{"RUSMIL 190 MLICVL asserted"}},
		{"The attack, claimed by the Islamic State group, killed 12 soldiers in Niger.", []string{"IMGMOSISL 180 NERMIL asserted"}},
		{"An armed group linked to Islamic State abducted 20 people in Mozambique.", []string{"MOZREB 181 MOZCVL asserted"}},
		{"Police in the southern city of Karachi arrested 12 suspected militants on Monday.", []string{"PAKCOP 173 PAKREB asserted"}},
		{"Gunmen on motorcycles killed 15 villagers in northwestern Nigeria on Sunday.", []string{"NGAUAF 180 NGACVL asserted"}},
		{"Demonstrators carrying Palestinian flags marched to the US embassy in London.", []string{"GBRCVL 141 USAGOV asserted"}},
		{"Police officers wearing riot gear detained dozens of protesters in Tbilisi.", []string{"GEOCOP 173 GEOCVL asserted"}},
		{"Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement.",
			[]string{"CHNGOV 057 RUSGOV asserted", "RUSGOV 057 CHNGOV asserted"}},
		{"Japan protested to China over the detention of a Japanese businessman.", []string{"JPN 114 CHN asserted"}},
		// a simple past is no participle: "spoke by phone" is the
		// minister's own clause, not a reduced relative with an agent
		{"Germany's foreign minister spoke by phone with his Chinese counterpart on Tuesday.",
			[]string{"DEUGOV 041 CHNGOV asserted", "CHNGOV 041 DEUGOV asserted"}},
		// a role noun with the organisation's name in apposition: the name
		{"The Kurdish militia, the YPG, withdrew from Afrin on Monday.", []string{"SYRREB 0874 SYR asserted"}},
		// a plain prepositional phrase is the plain search's: none here
		{"A spokesman for the Ukrainian air force said Russia launched 40 drones overnight.", nil},
	}, false)
}
