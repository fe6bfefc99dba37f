package events_test

import "testing"

// TestHabitTried61 checks that a verb after "whenever" and a verb of
// trying ("whenever residents attempt to protest") is a habit, as
// "whenever residents protest" is, while an attempt told with its day
// stays coded.
func TestHabitTried61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Lesotho villagers accused a mining company of destroying their homes. Mr Moeketsi claimed that whenever residents attempt to protest or demand compliance from the company, police officers are deployed to intimidate them.", []string{"LSOCVL 112 LSOBUS asserted"}},
		{"Lesotho villagers accused a mining company of destroying their homes. Mr Moeketsi claimed that residents attempted to protest on Monday.", []string{"LSOCVL 112 LSOBUS asserted", "LSOCVL 141 - asserted"}},
	}, false)
}
