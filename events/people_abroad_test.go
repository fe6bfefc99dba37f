package events_test

import "testing"

// TestPeopleAbroad: a people's own (activists, protesters) whose state no
// home of the people in the sentence gives are of a home state the
// sentence names, never of a place abroad where they stand
// (coref_agents.go settle, homeNamed): "Kurdish activists protested
// outside the Turkish embassy in Berlin" gave DEUCVL 141. With no home
// state named they are no actor; at home the place stands.
func TestPeopleAbroad(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kurdish activists protested outside the Turkish embassy in Berlin on Saturday.",
			[]string{"TURCVL 141 - asserted"}},
		{"Tamil activists protested outside the Sri Lankan embassy in London on Saturday.",
			[]string{"LKACVL 141 - asserted"}},
		{"Kurdish activists protested in Berlin on Saturday.",
			nil},
		// near misses: a place of the people's own home; the host's own people
		{"Kurdish activists protested in Diyarbakir on Saturday.",
			[]string{"TURCVL 141 - asserted"}},
		{"Activists protested outside the Turkish embassy in Berlin on Saturday.",
			[]string{"DEUCVL 141 TUR asserted"}},
	}, false)
}

// TestCongressOfNone: a bare "Congress" that context would give to a
// state whose legislature is no Congress is the US Congress
// (coref_agents.go congressOfNone, [congress states] of data/words.txt):
// "Netanyahu criticized Congress" gave ISRGOV 111 ISRLEG. A state with a
// Congress keeps it.
func TestCongressOfNone(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli Prime Minister Benjamin Netanyahu criticized Congress on Wednesday.",
			[]string{"ISRGOV 111 USALEG asserted"}},
		// near misses: Congress of the president's own state
		{"Colombian President Gustavo Petro criticized Congress on Wednesday.",
			[]string{"COLGOV 111 COLLEG asserted"}},
		{"Peru's president criticized Congress on Wednesday.",
			[]string{"PERGOV 111 PERLEG asserted"}},
	}, false)
}
