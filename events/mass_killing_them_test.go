package events_test

import "testing"

// TestMassKilledThem: victims counted as the object of a first verb and
// killed as "them" ("rounded up dozens of young men and shot them dead")
// are a mass killing (202), as "shot dead dozens of young men" is; with
// no actor for "them" the victims are the civilians of the country the
// clause places them in, else of the killers' country. A shooting not
// "dead" or "down", fewer than 21 counted, soldiers counted, a comma between the
// count and the killing, or "them" not right after the verb keep the
// code (mass_killing_them.go). Invented sentences.
func TestMassKilledThem(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Militiamen dragged 30 villagers from a church in eastern Congo on Sunday and shot them dead.",
			[]string{"CODUAF 202 CODCVL asserted"}},
		{"Gunmen seized 26 workers at a brick factory in southern Iraq on Monday and shot them dead.",
			[]string{"IRQUAF 181 IRQLAB asserted", "IRQUAF 202 IRQLAB asserted"}},
		{"Witnesses said soldiers had rounded up dozens of young men in a village in Burundi on Friday and shot them dead.",
			[]string{"BDIMIL 202 BDICVL asserted"}},
		// victims the sentence places abroad are that country's civilians
		{"Russian soldiers rounded up dozens of men in Bucha and shot them dead.",
			[]string{"RUSMIL 202 UKRCVL asserted"}},
		// near misses
		{"Militiamen abducted 25 villagers in eastern Congo on Sunday and shot them in the legs.",
			[]string{"CODUAF 181 CODCVL asserted", "CODUAF 193 CODCVL asserted"}},
		{"Militiamen dragged 12 villagers from a church in eastern Congo on Sunday and shot them dead.",
			[]string{"CODUAF 180 CODCVL asserted"}},
		{"Militiamen captured 30 soldiers near a church in eastern Congo on Sunday and shot them dead.",
			[]string{"CODUAF 181 CODMIL asserted", "CODUAF 180 CODMIL asserted"}},
		{"Militiamen dragged 30 villagers from a church in eastern Congo on Sunday, and troops later shot them dead.",
			[]string{"CODMIL 190 CODCVL asserted"}},
	}, false)
}
