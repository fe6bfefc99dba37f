package events_test

import "testing"

// TestArmedGroupHome codes coref_armed.go: an unnamed armed group takes
// the country of a place name right before it, or of the state or armed
// group it is listed with, before the place the sentence is set in (a
// venue, or the state its fire reaches).
func TestArmedGroupHome(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a place name before the group noun, not the state it fires into
		{"Gaza militants fired dozens of rockets into Israel on Sunday.",
			[]string{"PSEREB 194 ISR asserted"}},
		{"Darfur rebels shelled a town in Chad on Friday.",
			[]string{"SDNREB 194 TCD asserted"}},
		// listed with a government at a third country's venue
		{"South Sudan's government and rebels signed a peace deal in Addis Ababa on Thursday.",
			[]string{"SSDGOV 057 SSDREB asserted", "SSDREB 057 SSDGOV asserted"}},
		{"Indonesia and Aceh rebels agreed to a ceasefire in Helsinki on Monday.",
			[]string{"IDN 0871 IDNREB asserted", "IDNREB 0871 IDN asserted"}},
		{"Mali's junta and Tuareg rebels held talks in Algiers on Tuesday.",
			[]string{"MLIGOV 046 MLIREB asserted", "MLIREB 046 MLIGOV asserted"}},
		// near miss: no list, the place where they fight
		{"Rebels attacked an army post in northern Mali on Friday.",
			[]string{"MLIREB 190 MLIMIL asserted"}},
	}, false)
}

// TestArmedGroupOwnPlace codes coref_armed.go: the place in an unnamed
// armed group's own phrase ("rebels in eastern Congo") is where it fights
// and its home, over the state it is listed with.
func TestArmedGroupOwnPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russia and separatists in eastern Ukraine signed a deal on prisoner exchanges.",
			[]string{"RUS 057 UKRREB asserted", "UKRREB 057 RUS asserted"}},
		{"Uganda and rebels in eastern Congo signed a ceasefire on Friday.",
			[]string{"UGA 0871 CODREB asserted", "CODREB 0871 UGA asserted"}},
		{"Ethiopia and militias in Somalia agreed to hold talks on Tuesday.",
			[]string{"ETH 036 SOMUAF future", "SOMUAF 036 ETH future"}},
		{"Rwanda and rebels in eastern Congo denied attacking civilians.",
			[]string{"RWA 016 - asserted", "CODREB 016 - asserted", "RWA 190 CODCVL denied", "CODREB 190 CODCVL denied"}},
		// (the rebels in Syria attack their own country's Kurds: no event
		// of a group against itself, and none of a Turkish group)
		{"Turkey and rebels in northern Syria launched an offensive against Kurdish forces.",
			[]string{"TUR 190 SYRREB asserted"}},
		// near miss: no place of its own, the list's state
		{"Somalia and Islamist militants clashed near Mogadishu.",
			[]string{"SOM 190 SOMREB asserted", "SOMREB 190 SOM asserted"}},
	}, false)
}

// TestArmedGroupBacker codes coref_armed.go: a backer's compound before
// an unnamed armed group ("Turkish-backed rebels") is never the group's
// home, and the state listed before it keeps its own code (no share of
// the group's sector); the group takes the listed state's, not the
// venue's.
func TestArmedGroupBacker(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Syria and Turkish-backed rebels agreed to a truce in Astana.",
			[]string{"SYR 0871 SYRREB asserted", "SYRREB 0871 SYR asserted"}},
		{"Yemen's government and UAE-backed separatists signed a deal in Riyadh.",
			[]string{"YEMGOV 057 YEMREB asserted", "YEMREB 057 YEMGOV asserted"}},
		{"Somalia and Kenyan-backed militias signed a deal in Nairobi.",
			[]string{"SOM 057 SOMUAF asserted", "SOMUAF 057 SOM asserted"}},
		{"Sudan's army and Egyptian-backed militias signed a deal in Cairo.",
			[]string{"SDNMIL 057 SDNUAF asserted", "SDNUAF 057 SDNMIL asserted"}},
		{"Libya's government and Russian-backed fighters held talks in Rome on Monday.",
			[]string{"LBYGOV 046 LBYREB asserted", "LBYREB 046 LBYGOV asserted"}},
		// near misses: a list ending at a new clause; two nationalities
		// sharing a head
		{"Israel struck Lebanon and Iran-backed militias fired rockets at Haifa on Sunday.",
			[]string{"ISR 190 LBN asserted", "ISRUAF 194 ISR asserted"}},
		{"South Korean and US troops held a joint drill on Monday.",
			[]string{"KORMIL 150 - asserted", "USAMIL 150 - asserted"}},
	}, false)
}

// TestMilitantsOfOwnSentence checks, on two-sentence stories written for
// this test, that unnamed militants a state's force acts on take the
// place their sentence names, else that force's state, when the sentence
// names no state the story is about (coref_armed.go
// ownSentenceMilitants): never the previous sentence's country. Near
// miss: a sentence that names the story's state keeps it.
func TestMilitantsOfOwnSentence(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Police in Atlanta, Georgia, arrested two men on Saturday. The Pakistani army said it killed five militants in North Waziristan on Sunday.",
			[]string{"USACOP 173 USACVL asserted", "PAKMIL 190 PAKREB asserted"}},
		{"Georgian police arrested two men on Saturday. The Pakistani army killed five militants on Sunday.",
			[]string{"GEOCOP 173 GEOCVL asserted", "PAKMIL 190 PAKREB asserted"}},
		{"Georgian police arrested two men on Saturday. US drones killed 12 militants in Somalia on Sunday.",
			[]string{"GEOCOP 173 GEOCVL asserted", "USAMIL 195 SOMREB asserted"}},
		// near miss: the story's state named in the sentence
		{"Georgian police arrested two men on Saturday. Georgian troops and Pakistani troops killed five militants on Sunday.",
			[]string{"GEOCOP 173 GEOCVL asserted", "GEOMIL 190 GEOREB asserted", "PAKMIL 190 GEOREB asserted"}},
	}, false)
}

// TestArmedGroupForeignArmy codes coref_armed.go: unnamed insurgents
// listed with a foreign army that fights them take the country of the
// place of the fight, not the army's; at a venue of a signing they keep
// the army's state.
func TestArmedGroupForeignArmy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan troops and Islamist militants clashed in the streets of Kismayo on Sunday.",
			[]string{"KENMIL 190 SOMREB asserted", "SOMREB 190 KENMIL asserted"}},
		{"French and Malian troops launched an offensive against Islamist fighters in the mountains of northern Mali on Friday.",
			[]string{"FRAMIL 190 MLIREB asserted", "MLIMIL 190 MLIREB asserted"}},
		// near miss: no fight, the venue of a meeting
		{"Kenyan troops and Islamist militants held talks in Kismayo on Sunday.",
			[]string{"KENMIL 046 KENREB asserted", "KENREB 046 KENMIL asserted"}},
	}, false)
}

// TestArmedGroupBesideGovernmentForces checks, on a story written for this
// test, that unnamed rebels listed with "government forces" this sentence
// has told (Kinshasa named) are that state's, never the country of the
// story's earlier part (Afghanistan): coref_armed.go armedHome.
func TestArmedGroupBesideGovernmentForces(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"The Taliban is active in most districts of Afghanistan.", "Pakistan has backed the Taliban as a proxy for years.",
			"The government used force against protesters in Kinshasa.",
			"Fighting between government forces and Rwanda-backed rebels continued this week, with Kinshasa accusing Kigali of sending troops."},
			[]string{"CODMIL 190 CODREB asserted 2024-07-13", "CODREB 190 CODMIL asserted 2024-07-13",
				"COD 112 RWA asserted 2024-07-13", "RWA 154 COD alleged 2024-07-13"}},
	})
}
