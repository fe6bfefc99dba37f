package events_test

import "testing"

// TestObjectComplement codes object_complement.go's objectComplement: an
// actor between the verb and a complement the pattern ends with ("found
// … guilty", "took … hostage") is the target, while an actor before a
// noun the pattern names ("restored UN sanctions") is not.
func TestObjectComplement(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Paris court found far-right leader Marine Le Pen guilty of embezzling European Parliament funds on Monday.",
			[]string{"FRAJUD 116 FRAOPP asserted"}},
		{"Gunmen took three Chinese engineers hostage in Niger on Sunday.",
			[]string{"NERUAF 181 CHNCVL asserted"}},
		{"Hamas took 20 Israelis hostage on Saturday.",
			[]string{"PSEREB 181 ISRCVL asserted"}},
		{"Moscow declared two Estonian diplomats persona non grata on Monday.",
			[]string{"RUS 161 ESTGOV asserted"}},
		// a noun the pattern names: its modifier is no target
		{"The European Union restored UN sanctions on Iran.",
			[]string{"IGOEUREEC 163 IRN asserted"}},
	}, false)
}
