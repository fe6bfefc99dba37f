package events_test

import "testing"

// TestRaidTold: an armed force's raid whose own clause goes on "and
// arrested", "and rounded up" or "and confiscated" is told by that act,
// one event (gold: "raided a mosque and arrested 129 youths" 173 alone,
// "raided the tribunal and seized ballot boxes" 1711 alone); a raid that
// kills stays the attack (190), and so does a raid on an armed or
// security force, its spoils aside (review74b).
func TestRaidTold(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Burundian soldiers raided a camp for Congolese refugees near Bujumbura on Monday and arrested 25 refugees.",
			[]string{"BDIMIL 173 BDIREF asserted"}},
		{"Burundian soldiers raided a camp for Congolese refugees near Bujumbura on Monday and rounded up 25 men.", nil},
		{"Burundian soldiers raided a rebel hideout near Bujumbura on Monday and killed six fighters.",
			[]string{"BDIMIL 190 BDIREB asserted"}},
		{"Kenyan troops raided an al Shabaab camp in southern Somalia on Monday.",
			[]string{"KENMIL 190 SOMREB asserted"}},
		{"Rebels raided a Burundian army base near Bujumbura on Monday and confiscated weapons.",
			[]string{"BDIREB 190 BDIMIL asserted", "BDIREB 1711 - asserted"}},
	}, false)
}
