package events_test

import "testing"

// plannedMeetingCases: a meeting that follows a meeting only asked for or
// planned ("asking X and Y to meet …, followed … by a meeting with Z") is
// part of the plan, not a meeting held (planned_meeting.go); a meeting
// held, followed by another, keeps its events.
var plannedMeetingCases = []familyCase{
	// an unnamed asker: the parties asked to meet, and those of the meeting after, hold none (was 040 asserted for each country)
	{"asking to meet, followed by a meeting", "The mediator said she was asking Chad, Niger and Mali to meet on 4 March, followed a week later by a meeting with Benin and Togo.", nil},
	{"urging to hold talks, followed by a meeting", "The mediator said he was urging Sudan and Ethiopia to hold talks next week, followed two days later by a meeting with Egypt and Eritrea.", nil},
	// a named asker keeps the appeal, no meeting
	{"called on to meet, followed by a meeting", "Egypt called on Sudan and Ethiopia to meet in Cairo, followed by a meeting with Eritrea.", []string{"EGY 026 SDN asserted", "EGY 026 ETH asserted"}},
	{"invited for talks, followed by talks", "Kenya invited Ethiopia and Somalia for talks in Nairobi on Monday, followed a day later by talks with Eritrea.", []string{"KEN 036 ETH future", "KEN 036 SOM future"}},
	// a planned meeting: the plan, not a meeting held (was also TUR, IRN, FRA 040 - asserted)
	{"will meet, followed by a meeting", "Chad and Niger will meet on 4 March, followed a week later by a meeting with Togo.", []string{"TCD 036 NER future", "NER 036 TCD future"}},
	{"due to meet, followed by a meeting", "Officials said Turkey and Iran are due to meet on 10 September, followed by a meeting with Russia.", []string{"TUR 036 IRN future", "IRN 036 TUR future"}},
	// near-misses: meetings held keep their events
	{"met after asked", "Ethiopia and Somalia held talks in Ankara on Tuesday after Turkey urged them to meet.", []string{"ETH 046 SOM asserted", "SOM 046 ETH asserted", "TUR 020 SOM asserted"}},
	{"met, followed by a meeting", "Putin met Erdogan in Sochi on Monday, followed by a meeting with Iran's president Raisi.", []string{"RUSGOV 040 TURGOV asserted", "TURGOV 040 RUSGOV asserted"}},
}

func TestPlannedFollowUpMeetings(t *testing.T) {
	checkFamiliesOn(t, "2024-07-13", "", plannedMeetingCases, false)
}
