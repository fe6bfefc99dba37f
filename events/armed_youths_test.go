package events_test

import "testing"

// TestArmedYouths: young men who bear arms are an unnamed militia (UAF,
// actors/data/agents.txt "armed youths"), not a crowd (CVL): their
// killing of more than 20 people is a mass killing (202, gold README
// "Mass violence"; dev45 W45041 codes armed youths SSDUAF), while
// stone-throwing youths stay civilians.
func TestArmedYouths(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armed youths killed more than 100 people in raids on villages around Pibor in South Sudan on Saturday.", []string{"SSDUAF 202 SSDCVL asserted"}},
		{"Armed youths attacked a police station in Kenya's Marsabit county on Monday.", []string{"KENUAF 190 KENCOP asserted"}},
		{"Stone-throwing youths clashed with police in Nairobi on Monday.", []string{"KENCVL 145 KENCOP asserted"}},
	}, false)
}
