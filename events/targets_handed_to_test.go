package events_test

import "testing"

// TestHandedTo codes, on sentences written for this test, releases by
// handing over, handing back or exchanging people or bodies (0841, as
// gold d7s044, d20149 code them): the party after "to"
// is the target when the object names none; an intermediary with no
// country ("the Red Cross") is none; territory returned stays 0842; and
// a return "to" a place or power handed over is no release.
func TestHandedTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hamas handed over the bodies of four hostages to Israel on Thursday.",
			[]string{"PSEREB 0841 ISR asserted"}},
		{"Russia handed the bodies of 500 soldiers to Ukraine.",
			[]string{"RUS 0841 UKR asserted"}},
		{"Hamas handed over three hostages to Israel on Saturday.",
			[]string{"PSEREB 0841 ISR asserted"}},
		{"Israel handed back the remains of 15 Palestinians on Monday.",
			[]string{"ISR 0841 PSECVL asserted"}},
		{"Iraq handed back the remains of 12 prisoners of war to Kuwait.",
			[]string{"IRQ 0841 KWTMIL asserted"}},
		{"Russia and Ukraine swapped the remains of 500 soldiers.",
			[]string{"RUS 0841 UKRCVL asserted", "UKR 0841 RUSCVL asserted"}},
		// an intermediary with no country is not the side released to
		{"Hamas handed over the bodies of four hostages to the Red Cross.",
			[]string{"PSEREB 0841 - asserted"}},
		// territory returned is property (0842); no release at all in
		// a return to a city or power handed over
		{"Russia returned Ukrainian territory to Ukraine.",
			[]string{"RUS 0842 UKR asserted"}},
		{"The president returned to Kyiv on Monday.", nil},
		{"The army handed over power to a civilian government.", nil},
	}, false)
}
