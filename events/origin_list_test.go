package events_test

import "testing"

// TestOriginList: states listed as where people come from ("his men, from
// Yemen, Egypt and Saudi Arabia") are not the story's last state, so a
// later bare "opposition commanders" keeps the story's (nonactors.go
// originList); a state that acts stays the last one named (as before).
func TestOriginList(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rebel fighters seized the northern half of the Kandahar airport on Monday. The dead were 9 of his men, from Yemen, Egypt and Saudi Arabia, a rebel officer said. Opposition commanders expressed confidence that the airport would fall.",
			[]string{"AFGOPP 013 - asserted 2024-07-13"}},
		{"Rebel fighters seized the northern half of the Kandahar airport on Monday. Saudi Arabia condemned the fighting. Opposition commanders expressed confidence that the airport would fall.",
			[]string{"SAU 111 - asserted 2024-07-13", "SAUOPP 013 - asserted 2024-07-13"}},
	}, true)
}
