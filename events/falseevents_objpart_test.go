package events_test

import "testing"

// TestObjectPastParticiple: a past participle right after a verb's object
// (or after "and" following a passive, or before a by-phrase wherever its
// noun stands) tells what was done to that noun, so the noun is not its
// source and it codes no event of its own (falseevents_objpart.go); the
// clause's own verb keeps its event.
func TestObjectPastParticiple(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana's president pardoned 40 students jailed after the campus riots in Kumasi.",
			[]string{"GHAGOV 0841 GHAEDU asserted"}},
		{"Uzbekistan's president freed 27 journalists imprisoned after the 2022 unrest in Karakalpakstan.",
			[]string{"UZBGOV 0841 UZBMED asserted"}},
		{"A scheme to blow up a gas pipeline in Estonia had been uncovered and five people arrested, the prime minister said.",
			nil},
		{"A plot to bomb a power station in Latvia had been foiled and six people arrested, the interior minister said.",
			nil},
		{"Peru freed five detained Chileans on Friday in an exchange in which 90 Peruvians deported by Santiago to Bolivia were sent home.",
			[]string{"PER 0841 CHLCVL asserted"}},
	}, false)
}

// TestObjectPastParticipleNearMisses: a participle whose by-agent is read
// as its source, a
// past form after a noun that is another verb's subject (an object
// relative: "charges Asmara dismissed"), and an active verb with its own
// object keep their events.
func TestObjectPastParticipleNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"El Salvador received 238 Venezuelans deported by the United States on Sunday.",
			[]string{"USA 174 VENREF asserted"}},
		{"Seoul said on Tuesday that 30 North Korean workers expelled by Moscow had arrived in Vladivostok.",
			[]string{"RUS 174 PRKLAB asserted"}},
		{"Kenyan police arrested 30 protesters on Tuesday.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		{"Ethiopia accused Eritrea on Monday of arming rebels in Tigray, charges Asmara dismissed as a pretext.",
			[]string{"ETH 112 ERI asserted", "ERI 072 ETHREB denied", "ERI 016 ETH asserted"}},
	}, false)
}
