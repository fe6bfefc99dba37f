package events_test

import "testing"

// TestMuggers61 checks that muggers are criminals (CRM) of the place they
// attack in, as robbers are, so that the place is no longer the source of
// the attack.
func TestMuggers61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A British MP was attacked by muggers in Nairobi on Saturday.", []string{"KENCRM 190 GBRLEG asserted"}},
		{"A British MP was attacked by robbers in Nairobi on Saturday.", []string{"KENCRM 190 GBRLEG asserted"}},
	}, false)
}
