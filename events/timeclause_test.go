package events_test

import "testing"

// TestTimeClauseEndsAccusation: a finite clause after "after", "before"
// or "since" inside an accusation is the writer's account, not part of
// the charge: its act is not alleged by the accused (status.go
// timeClause, scopeBreak).
func TestTimeClauseEndsAccusation(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali and Algeria accused each other of violating the truce after three soldiers were killed near Kidal.",
			[]string{"MLI 112 DZA asserted", "DZA 112 MLI asserted", "MLI 196 DZA alleged", "DZA 196 MLI alleged"}},
		{"Iraq accused Turkey of violating its airspace after two Iraqi farmers were killed near Zakho.",
			[]string{"IRQ 112 TUR asserted", "TUR 150 IRQ alleged"}},
		{"Kenya accused Somalia of violating its border after two Kenyan police officers were killed in an ambush near Mandera.",
			[]string{"KEN 112 SOM asserted"}},
	}, false)
}
