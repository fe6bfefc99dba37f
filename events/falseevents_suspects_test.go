package events_test

import "testing"

// TestSuspectedClass: the act a bare class of people is suspected or
// accused of ("people suspected of collaborating with Israel") is no
// event (falseevents_suspects.go); a named suspect's act stays alleged.
func TestSuspectedClass(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The militia has been known to hunt down people suspected of collaborating with Israel.", nil},
		{"Rebels in the east have executed anyone accused of cooperating with the army.", nil},
		// near miss: a named suspect's act, alleged
		{"Ukraine detained a Russian soldier accused of shelling civilians in Kharkiv.", []string{"UKR 173 RUSMIL asserted", "RUSMIL 194 UKRCVL alleged"}},
	}, false)
}
