package events_test

import "testing"

// TestCoerceGrid samples the 17 grid of verbs.txt: phrasal verbs of
// arrest (173), deportation (174) and seizure (171) with the people or
// property in their object; none when the object is no person ("picked up
// a knee injury") or no state acts (a party expelling its lawmakers).
func TestCoerceGrid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Venezuelan police rounded up dozens of opposition activists on Tuesday.", []string{"VENCOP 173 VENOPP asserted"}},
		{"Egypt threw three Italian students in prison last week.", []string{"EGY 173 ITAEDU asserted"}},
		{"Turkish police picked up four Syrian migrants near the border with Greece.", []string{"TURCOP 173 SYRREF asserted"}},
		{"A Minsk court extended the detention of a Polish journalist on Friday.", []string{"BLRJUD 173 POLMED asserted"}},
		{"Nicaragua kicked out two Spanish priests on Sunday.", []string{"NIC 174 ESPREL asserted"}},
		{"Iranian commandos took control of a Liberian-flagged tanker in the Gulf of Oman.", []string{"IRNMIL 171 LBR asserted"}},
		{"The striker picked up a knee injury against Chelsea.", nil},
		{"The party kicked out two lawmakers who voted against the budget.", nil},
	}, false)
}
