package events_test

import "testing"

// TestSetUpBodySources: an inquiry in an infinitive after a body the
// subject sets up ("set up a committee on Monday to investigate") is the
// subject's, asserted; a body the verbs list codes itself ("set up a
// commission") tells the inquiry once, as its infinitive refines it
// (sources_setup_body.go).
func TestSetUpBodySources(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// Numbered victims of probed deaths are no target
		// (victimOf, phrasing.go), as the gold codes them.
		{"Peru's Congress set up a special committee on Thursday to investigate the killings of 12 farmers in the Andean province of Ayacucho.",
			[]string{"PERLEG 093 - asserted"}},
		{"Kenya's parliament formed a panel on Monday to investigate corruption in the police.",
			[]string{"KENLEG 091 KENCOP asserted"}},
		{"Chile's government set up an independent commission on Tuesday to investigate abuses by the police.",
			[]string{"CHLGOV 092 CHLCOP asserted"}},
		{"Peru's Congress set up a special committee on Thursday to draft new rules for mining concessions.",
			nil},
	}, false)
}
