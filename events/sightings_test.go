package events_test

import "testing"

// TestForeignForcesSighted codes another country's aircraft, warships or
// submarines detected, spotted or tracked by a state as that country's
// military show of force (150) aimed at the state; craft of no named
// country, the state's own, and drones tracked give nothing.
func TestForeignForcesSighted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Taiwan's defence ministry said on Monday it had detected 45 Chinese military aircraft operating around the island.", []string{"CHNMIL 150 TWN asserted"}},
		{"South Korea's military said it had tracked six Russian bombers over the Sea of Japan on Tuesday.", []string{"RUSMIL 150 KOR asserted"}},
		{"Japan spotted a Chinese surveillance balloon near Okinawa on Friday.", []string{"CHNMIL 150 JPN asserted"}},
		{"Norway's navy tracked a Russian submarine off its coast on Wednesday.", []string{"RUSMIL 150 NOR asserted"}},
		{"The Philippine coast guard spotted two Chinese warships near Scarborough Shoal.", []string{"CHNMIL 150 PHL asserted"}},
		{"The coast guard spotted two vessels off the coast on Sunday.", nil},
		{"Ukraine's air force said it had detected Russian drones heading for Kyiv.", nil},
		{"Taiwan's navy spotted two Taiwanese fishing boats near Kinmen.", nil},
	}, false)
}
