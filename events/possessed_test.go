package events_test

import "testing"

// TestPossessedTarget: "its"/"their" in the object of an act of force is
// the state of the speaker who reports it, unless it names the source's
// own things.
func TestPossessedTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukraine said Russia attacked its energy infrastructure overnight.",
			[]string{"RUS 190 UKR asserted"}},
		{"Ukraine's energy ministry said Russian drones had struck its power plants in the west.",
			[]string{"RUSMIL 195 UKR asserted"}},
		{"Israel said Hezbollah fired rockets at its northern towns on Sunday.",
			[]string{"LBNREB 194 ISR asserted"}},
		{"Iran said Israel had bombed its embassy in Damascus.",
			[]string{"ISR 195 IRN asserted"}},
		{"Pakistan said Afghan Taliban fighters attacked its border posts.",
			[]string{"AFGGOV 190 PAKMIL asserted"}},
		{"Japan's defence ministry said on Tuesday that Chinese navy ships had entered its territorial waters.",
			[]string{"CHNMIL 150 JPN asserted"}},
		{"According to Ukraine's air force, Russia fired 40 drones at the country overnight.",
			[]string{"RUS 195 UKR asserted"}},
		// the source's own things
		{"South Korea's military said North Korea had fired a missile from its capital.",
			[]string{"PRK 150 - asserted"}},
		{"Russia said its forces had repelled a Ukrainian attack.",
			[]string{"RUSMIL 190 UKR asserted"}},
	}, false)
}
