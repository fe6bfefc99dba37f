package events_test

import "testing"

// TestStormToll: rebels who storm a place of their own state, killing
// police or soldiers, fight them (190), one event for each force the toll
// names; a storming that kills civilians stays an assault (180).
func TestStormToll(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tamil Tiger rebels stormed a town hall in northern Sri Lanka on Monday, killing 40 police and soldiers.", []string{"LKAREB 190 LKACOP asserted", "LKAREB 190 LKAMIL asserted"}},
		{"Maoist guerrillas stormed a district office in eastern India on Friday, killing 14 policemen.", []string{"INDREB 190 INDCOP asserted"}},
		{"Rebels stormed a market in eastern Congo on Monday, killing 12 civilians.", []string{"CODREB 180 CODCVL asserted"}},
	}, false)
}
