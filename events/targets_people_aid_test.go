package events_test

import "testing"

// TestPeopleOfPlaceAidLists: aid whose object lists goods with commas, or
// names its people after a disaster noun, reaches the people of the place
// named after them (targets_people_aid.go, peopleOfPlace in targets_far.go).
func TestPeopleOfPlaceAidLists(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey flew tents, blankets and medicine to survivors of the earthquake in the Pakistani city of Muzaffarabad on Tuesday.",
			[]string{"TUR 073 PAKCVL asserted"}},
		{"China's navy delivered rice and tents to cyclone victims in Bangladesh's coastal district of Bhola on Friday.",
			[]string{"CHNMIL 073 BGDCVL asserted"}},
		{"Germany sent tents to earthquake survivors in eastern Turkey on Monday.",
			[]string{"DEU 073 TURCVL asserted"}},
	}, false)
}
