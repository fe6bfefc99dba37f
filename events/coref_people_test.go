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
