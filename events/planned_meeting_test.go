package events_test

import "testing"

// plannedMeetingCases: a meeting that follows a meeting only asked for or
// planned ("asking X and Y to meet …, followed … by a meeting with Z") is
// part of the plan, not a meeting held (planned_meeting.go); a meeting
// held, followed by another, keeps its events.
var plannedMeetingCases = []familyCase{
	// an unnamed asker: the parties asked to meet, and those of the meeting after, hold none (was 040 asserted for each country)
	{"asking to meet, followed by a meeting", "The envoy said he was asking Turkey, Russia and Iran to meet on 10 September, followed three days later by a meeting with France and Egypt.", nil},
	{"urging to hold talks, followed by a meeting", "The mediator said he was urging Sudan and Ethiopia to hold talks next week, followed two days later by a meeting with Egypt and Eritrea.", nil},
	// a named asker keeps the appeal, no meeting
	{"called on to meet, followed by a meeting", "Egypt called on Sudan and Ethiopia to meet in Cairo, followed by a meeting with Eritrea.", []string{"EGY 026 SDN asserted", "EGY 026 ETH asserted"}},
	{"invited for talks, followed by talks", "Kenya invited Ethiopia and Somalia for talks in Nairobi on Monday, followed a day later by talks with Eritrea.", []string{"KEN 036 ETH future", "KEN 036 SOM future"}},
	// a planned meeting: the plan, not a meeting held (was also TUR, IRN, FRA 040 - asserted)
	{"will meet, followed by a meeting", "Turkey and Iran will meet on 10 September, followed three days later by a meeting with France.", []string{"TUR 036 IRN future", "IRN 036 TUR future"}},
	{"due to meet, followed by a meeting", "Officials said Turkey and Iran are due to meet on 10 September, followed by a meeting with Russia.", []string{"TUR 036 IRN future", "IRN 036 TUR future"}},
	// near-misses: meetings held keep their events
	{"met after asked", "Ethiopia and Somalia held talks in Ankara on Tuesday after Turkey urged them to meet.", []string{"ETH 046 SOM asserted", "SOM 046 ETH asserted", "TUR 020 SOM asserted"}},
	{"met, followed by a meeting", "Putin met Erdogan in Sochi on Monday, followed by a meeting with Iran's president Raisi.", []string{"RUSGOV 040 TURGOV asserted", "TURGOV 040 RUSGOV asserted"}},
}

func TestPlannedFollowUpMeetings(t *testing.T) {
	checkFamiliesOn(t, "2024-07-13", "", plannedMeetingCases, false)
}
