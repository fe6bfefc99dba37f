package events_test

import "testing"

// TestForceTargets checks the targets of targets_force.go and the
// reactions of reactions.go answeredState: an accusation whose only
// accused is a force of the act alleged accuses the force, a state's
// threat answers the force whose act it reacts to, and a criticism or a
// cut in relations answers the state.
func TestForceTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Baku on Friday denied Yerevan's claims that Azerbaijani artillery had shelled a school in Jermuk.",
			[]string{"AZE 016 ARM asserted", "AZEMIL 194 ARM denied", "ARM 112 AZEMIL asserted"}},
		{"Chadian troops seized the border town of Adre from Sudan on Tuesday, and Khartoum vowed to retake it.",
			[]string{"TCDMIL 192 SDN asserted", "SDN 1382 TCDMIL asserted"}},
		// near misses: a criticism and relations cut answer the state
		{"Thai troops fired on a Cambodian patrol boat on the Mekong, and Phnom Penh called the shooting an act of aggression.",
			[]string{"THAMIL 190 KHM asserted", "KHM 111 THA asserted"}},
		{"Thai troops fired on a Cambodian patrol boat on the Mekong, and Phnom Penh recalled its ambassador.",
			[]string{"THAMIL 190 KHM asserted", "KHM 161 THA asserted"}},
	}, false)
}
