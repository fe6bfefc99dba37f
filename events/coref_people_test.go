package events_test

import "testing"

// TestPeoplesRefugees checks, on sentences written for this test, that
// refugees of a people with two homes, placed in one of them, are of the
// other, the state they fled (coref_people.go fledHome): Rohingya
// refugees in Bangladesh are Myanmar's (gold w3-0177 MMRREF), Pashtun
// refugees in Pakistan Afghanistan's, Tamil refugees in India Sri
// Lanka's; the near misses: Kurdish refugees (four homes) stay where the
// sentence puts them, and a people's fighters stay where they fight.
func TestPeoplesRefugees(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"The World Food Programme cut food rations for Rohingya refugees in Bangladesh on Thursday.",
			[]string{"IGOUNOWFP 1623 MMRREF asserted"}},
		{"The UN refugee agency airlifted tents to Rohingya refugees in Bangladesh on Monday.",
			[]string{"IGOUNOHCR 073 MMRREF asserted"}},
		{"Pakistan deported hundreds of Pashtun refugees in Pakistan's Khyber province on Monday.",
			[]string{"PAK 174 AFGREF asserted"}},
		{"India deported 40 Tamil refugees in India to Sri Lanka on Friday.",
			[]string{"IND 174 LKAREF asserted"}},
		// near misses
		{"Turkish police detained 50 Kurdish refugees in Turkey on Monday.",
			[]string{"TURCOP 173 TURREF asserted"}},
		{"Kurdish fighters in Syria attacked a Turkish convoy on Monday.",
			[]string{"SYRREB 190 TURMIL asserted"}},
	})
}

// TestKoreaCalledPossessive checks, on sentences written for this test,
// "the North's" and "the South's" before an agent in a story about the two
// Koreas: the agent is that Korea's, as a bare "the South" is; elsewhere
// ("the South's army" of South Sudan) nothing changes.
func TestKoreaCalledPossessive(t *testing.T) {
	checkDated(t, newCoder(t), "2024-10-15", []coverageCase{
		{"North Korea blew up sections of roads on its side of the border with South Korea on Tuesday, and the South's military fired warning shots.",
			[]string{"PRK 1712 KOR asserted", "KORMIL 150 - asserted"}},
		{"South Korea's spy agency said the North's army had sent troops to Russia.",
			[]string{"PRKMIL 074 RUS asserted"}},
		{"Pyongyang launched a ballistic missile on Sunday, and the South's defence ministry condemned the launch.",
			[]string{"PRK 150 - asserted", "KORGOV 111 PRK asserted"}},
		{"The North's state media accused South Korea of flying drones over Pyongyang.",
			[]string{"PRKGOVMED 112 KOR asserted"}},
		{"Sudan and South Sudan clashed on the border, and the South's army said it repelled an attack.",
			[]string{"SDN 190 SSD asserted", "SSD 190 SDN asserted"}},
	})
}
