package events_test

import "testing"

// TestProtestedMission codes a protest at another state's embassy as
// aimed at that state alone, the mission being a building, and a rally to
// cheer someone as aimed at no one.
func TestProtestedMission(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of Filipinos marched past the Chinese embassy in Manila on Sunday.", []string{"PHLCVL 141 CHN asserted"}},
		{"Hundreds of Iraqis marched to Sweden's embassy in Baghdad on Sunday.", []string{"IRQCVL 141 SWE asserted"}},
		// near-miss: a government named by the grievance stays
		{"Hundreds of protesters rallied outside the U.S. embassy in Pretoria on Friday against Washington's aid cuts.", []string{"ZAFCVL 141 USAGOV asserted"}},
	}, false)
}

// TestCheeredTarget leaves a rally held to cheer or hail someone with no
// target; a rally against them keeps its target.
func TestCheeredTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of Malians rallied in Bamako on Friday to hail the army officers who seized power.", []string{"MLICVL 141 - asserted", "MLIMIL 170 MLIGOV asserted"}},
		// near-miss: a rally against the officers
		{"Thousands of Malians rallied in Bamako on Friday against the soldiers who seized power.", []string{"MLICVL 141 MLIMIL asserted", "MLIMIL 170 MLIGOV asserted"}},
	}, false)
}
