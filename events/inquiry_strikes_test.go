package events_test

import "testing"

// TestInquiryIntoStrikes: an inquiry into another state's strikes named by
// its adjective ("into U.S. air strikes that killed …") investigates that
// state's armed forces (inquiry_strikes.go), not the victims; strikes of
// the inquirer's own state, or a place's bombing, name no one. The
// strikes' own toll in a relative clause is the strike, coded too
// (sources_relative_attack.go, as dev37-wire W37048 codes it).
func TestInquiryIntoStrikes(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Syria's government ordered an inquiry on Monday into U.S. air strikes that killed four Syrian soldiers near Deir ez-Zor.",
			[]string{"SYRGOV 093 USAMIL asserted", "USAMIL 195 SYRMIL asserted"}},
		{"Iraq ordered an inquiry on Friday into U.S. air strikes near Karbala.",
			[]string{"IRQ 093 USAMIL asserted"}},
		// near misses: its own state's strikes, a place's bombing
		{"Iraq ordered an inquiry on Friday into Iraqi air strikes near Karbala.",
			[]string{"IRQ 093 - asserted"}},
		{"Somalia opened an inquiry on Monday into the Mogadishu bombing.",
			[]string{"SOM 093 - asserted"}},
	}, false)
}
