package events_test

import "testing"

// TestForceDisplaysAndSilencing: verb frames added from the CAMEO
// codebook for roots 15, 17 and 19 (data/verbs.txt): forces that go on
// alert (152, police 151: dev52 W52039), sorties flown against an enemy
// (195: dev41 W41009), warplanes breaking the sound barrier over a city
// (150: dev47 W47056), an outlet ordered off the air (1721: dev43
// W43006), and unnamed "masked men" as an armed group (UAF). A holiday
// gone on, sorties with no enemy and a record flight name no event.
func TestForceDisplaysAndSilencing(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malaysian police went on high alert across Sabah on Monday after a gunfight with armed Filipino intruders.", []string{"MYSCOP 151 - asserted"}},
		{"Pakistani troops went on high alert along the border with India on Monday.", []string{"PAKMIL 152 IND asserted"}},
		{"The lawyer went on a holiday on Monday.", nil},
		{"Russian jets flew more than 100 sorties against rebel positions in Idlib on Sunday.", []string{"RUSMIL 195 SYRREB asserted"}},
		{"The pilots flew 20 sorties on Sunday.", nil},
		{"Israeli warplanes broke the sound barrier over Beirut on Monday, rattling windows.", []string{"ISRMIL 150 LBN asserted"}},
		{"The athlete broke the sound barrier over the New Mexico desert.", nil},
		{"Cambodia's information ministry ordered 15 private radio stations off the air on Friday.", []string{"KHMGOV 1721 KHMMED asserted"}},
		{"Masked men abducted a local journalist in Mexico's Veracruz state on Sunday, police said.", []string{"MEXUAF 181 MEXMED asserted"}},
	}, false)
}
