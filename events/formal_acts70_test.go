package events_test

import "testing"

// TestFormalActs70: formal acts of treaties, blocs and central banks
// (the "coder70c" section of events/data/verbs.txt): instruments of
// ratification exchanged are 057 both ways, a bloc admitting a state as
// a member 050 towards it, a deposit placed with another state's central
// bank 071; views exchanged, a passive admission with no agent, a
// deposit at home and a witness admitted give none.
func TestFormalActs70(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"India and Bangladesh exchanged the ratified texts of a 1974 land boundary agreement in Dhaka on Saturday.",
			[]string{"IND 057 BGD asserted", "BGD 057 IND asserted"}},
		{"Russia and Japan exchanged instruments of ratification of the treaty in Tokyo on Monday.",
			[]string{"RUS 057 JPN asserted", "JPN 057 RUS asserted"}},
		{"ASEAN admitted East Timor as its 11th member on Sunday.",
			[]string{"IGOSEAASN 050 TLS asserted"}},
		{"Mercosur admitted Venezuela as a full member on Friday.",
			[]string{"IGOSAMMRC 050 VEN asserted"}},
		{"Saudi Arabia placed a $1 billion deposit with Lebanon's central bank on Tuesday to defend the Lebanese pound.",
			[]string{"SAU 071 LBN asserted"}},
		{"Qatar made a $2 billion deposit in Egypt's central bank on Tuesday.",
			[]string{"QAT 071 EGY asserted"}},
		// near misses
		{"The two leaders exchanged views on the treaty on Monday.", nil},
		{"Palestine was admitted to UNESCO as a full member on Monday.", nil},
		{"Kenya's central bank placed a deposit with the Treasury on Monday.", nil},
		{"The court admitted him as a witness on Monday.", nil},
	}, false)
}
