package events_test

import "testing"

// TestArmedActPlace codes sentences for coref_armed_act.go and
// bareGroupBefore (coref_agents_group_before.go): an unnamed armed group
// acting in a later clause takes the country of the place it acted at,
// or the armed group the sentence names before it, not the first state
// the sentence names (dev42 W42029, W42054). Near misses: gunmen acted
// on (not acting) keep the state before them; premodified "Islamist
// militants" are no bare mention of the group named before.
func TestArmedActPlace(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// the place of the act: a people's adjective before a kind of place
		{"Liberia reinforced its frontier with Cote d'Ivoire on Tuesday, moving 150 soldiers and armoured trucks into Grand Gedeh county after gunmen raided an Ivorian border village the previous night.",
			[]string{"LBR 154 CIV asserted", "CIVUAF 190 CIVCVL asserted"}}, // the villagers (targets_village_raid.go; gold W42054)
		{"Chad sent troops to the frontier after gunmen attacked a Cameroonian town on Friday.",
			[]string{"TCD 154 - asserted", "CMRUAF 190 CMR asserted"}},
		{"Nigeria closed its border with Niger after bandits killed 12 villagers in a Nigerien village on Sunday.",
			[]string{"NGA 191 NER asserted", "NERCRM 180 NERCVL asserted"}},
		{"Nigerian jets bombed Boko Haram camps after gunmen killed 20 villagers in a Cameroonian village.",
			[]string{"NGAMIL 195 NGAREB asserted", "CMRUAF 180 CMRCVL asserted"}},
		// the armed group named before a bare "rebels", "militants", "insurgents"
		{"Saudi artillery pounded Houthi positions along the mountainous border on Thursday, two days after rebels crossed into the kingdom and killed a border guard, Saudi officials said.",
			[]string{"SAUMIL 194 YEMREB asserted", "YEMREB 190 SAUMIL asserted"}},
		{"Israeli jets struck Hamas positions on Friday after militants fired rockets at southern Israel.",
			[]string{"ISRMIL 195 PSEREB asserted", "PSEREB 194 ISR asserted"}},
		{"Ethiopian troops shelled al-Shabaab bases on Tuesday after insurgents attacked a Kenyan border post.",
			[]string{"ETHMIL 194 SOMREB asserted", "SOMREB 190 KENMIL asserted"}},
		// near misses: gunmen acted on; a premodified group noun
		{"Chadian soldiers killed five gunmen near a Cameroonian town on Friday.",
			[]string{"TCDMIL 190 TCDUAF asserted"}},
		{"Israeli jets struck Hamas positions on Friday after Islamist militants fired rockets at southern Israel.",
			[]string{"ISRMIL 195 PSEREB asserted", "ISRREB 194 ISR asserted"}},
	}, false)
}
