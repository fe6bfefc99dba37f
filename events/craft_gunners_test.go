package events_test

import "testing"

// TestCraftAndCrews codes the agent entries of actors/data/agents.txt added
// by coder69b: a state's fighters named by aircraft type and its gunners
// are its military (MIL), as its jets and artillery are; "mine workers"
// are labour (LAB), as mineworkers are. Patrol boats were tried and left
// out: they are no actor (TestAgents67, TestCoastguards68).
func TestCraftAndCrews(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thai and Cambodian gunners shelled each other's positions on Friday.",
			[]string{"THAMIL 194 KHMMIL asserted", "KHMMIL 194 THAMIL asserted"}},
		{"Turkish F-16s bombed Kurdish rebel positions in northern Iraq on Monday.",
			[]string{"TURMIL 195 IRQREB asserted"}},
		{"South African mine workers demanded on Monday that the government raise their wages.",
			[]string{"ZAFLAB 100 ZAFGOV asserted"}},
		// "fighters" alone stays rebels
		{"Syrian fighters attacked an army checkpoint near Idlib on Monday.",
			[]string{"SYRREB 190 SYRMIL asserted"}},
	}, false)
}
