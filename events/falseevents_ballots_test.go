package events_test

import "testing"

// TestBallotChoices codes an electorate's choice in a referendum (no
// event) beside acts about a referendum and choices made with no ballot,
// which stay.
func TestBallotChoices(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Swiss voters rejected a proposal to scrap the army in a referendum on Sunday.", nil},
		{"Greeks rejected the terms of an EU bailout in a referendum on Sunday.", nil},
		{"Italians rejected Renzi's constitutional reform in a plebiscite.", nil},
		{"Denmark voted to leave the European Union in a referendum, results showed on Friday.", nil},
		// a choice with no ballot named stays
		{"Greece rejected the terms of an EU bailout on Sunday.",
			[]string{"GRC 1221 - asserted 2024-07-07"}},
		// an act about a referendum stays
		{"Iraqi police fired tear gas at Kurdish voters on Sunday to stop them voting in the banned independence referendum.",
			[]string{"IRQCOP 175 IRQCVL asserted 2024-07-07"}},
		{"Armenia summoned Azerbaijan's ambassador on Tuesday over interference in its referendum campaign.",
			[]string{"ARM 114 AZEGOV asserted 2024-07-09"}},
	}, true)
}
