package events_test

import "testing"

// TestOpenedInquiry: an inquiry a state body opens or orders into a
// mishap (a stampede, a sinking, a crash, a fire) is the state's act of
// investigating, 090 with target null, 091 when prosecutors or an attorney
// general open it (gold README item 16; W21041, W27041, W48053, W50056);
// a safety inquiry told by the verb of inquiry itself, or planned, stays
// no event (falseevents.go accidentInquiry).
func TestOpenedInquiry(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Morocco's interior ministry opened an inquiry on Sunday into a stampede at a food aid handout in the village of Sidi Boulaalam that killed 15 women.",
			[]string{"MARGOV 090 - asserted"}},
		{"The Fiji government ordered an inquiry on Tuesday into the sinking of an inter-island ferry in which 11 passengers drowned.",
			[]string{"FJIGOV 090 - asserted"}},
		{"Kenya's transport ministry has opened an investigation into the derailment of a passenger train near Nakuru.",
			[]string{"KENGOV 090 - asserted"}},
		{"Yemen's attorney general ordered an investigation on Tuesday into a fire that gutted the central vegetable market in Taiz.",
			[]string{"YEMJUD 091 - asserted"}},
		// near misses: the verb of inquiry itself, or a plan
		{"Aviation officials are investigating what caused the derailment.", nil},
		{"Chilean authorities are investigating the cause of the fire at the port.", nil},
		{"Indian officials said they would begin an investigation into the cause of the crash.", nil},
	}, false)
}
