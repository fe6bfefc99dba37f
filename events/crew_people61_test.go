package events_test

import "testing"

// TestCrewPeople: the crew of a boat or ship named by a possessive are
// its state's civilians, and seizing crewmen or a company's employee is
// abducting people (181); a navy's crew keeps its state (targets_crew.go,
// refine.go).
func TestCrewPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Japan's coast guard seized a Taiwanese fishing boat on Monday and arrested its crew.", []string{"JPNMIL 171 TWN asserted", "JPNMIL 173 TWNCVL asserted"}},
		{"Pirates seized four Filipino crewmen from a tugboat off Sabah on Wednesday.", []string{"MYSCRM 181 PHLCVL asserted"}},
		{"Gunmen seized a French employee of a mining company in northern Niger on Monday.", []string{"NERUAF 181 FRABUS asserted"}},
		// near misses: a navy's crew; a boat seized is no abduction
		{"Russia's border guards seized three Ukrainian navy boats on Sunday and detained their crews.", []string{"RUSMIL 171 UKRMIL asserted", "RUSMIL 173 UKRMIL asserted"}},
		{"Japan's coast guard seized a Taiwanese fishing boat on Monday.", []string{"JPNMIL 171 TWN asserted"}},
	}, false)
}
