package events_test

import "testing"

// meetingParticipleCases: a meeting named by a participle that
// describes the clause's subject ("ASEAN foreign ministers meeting in
// Phuket urged …") is no event of its own
// (falseevents_meeting_participle.go meetingParticiple); the clause's
// own verb is coded. A meeting that is the clause's verb is coded. The
// exact events each sentence gives.
var meetingParticipleCases = []familyCase{
	{"meeting-participle", "ASEAN foreign ministers meeting in Phuket urged Myanmar on Monday to free all political prisoners before next year's election.", []string{"IGOSEAASN 0253 MMR asserted"}},
	{"meeting-participle", "NATO defence ministers meeting in Brussels condemned Russia on Thursday.", []string{"IGOWSTNAT 111 RUS asserted"}},
	// near misses: the clause tells what those meeting agreed among
	// themselves, the meeting's outcome ([meeting outcomes])
	{"meeting-participle", "Sudanese opposition leaders meeting in Addis Ababa have reached an agreement on a transitional government.", []string{"SDNOPP 044 - asserted", "SDNOPP 057 - asserted"}},
	// near miss: the participle after a comma is an act of the day told
	// beside the speech, no description of the subject
	{"meeting-participle", "Russian President Vladimir Putin, meeting Chinese President Xi Jinping in Beijing, said on Monday that the two countries would expand trade.", []string{"RUSGOV 040 CHNGOV asserted", "CHNGOV 040 RUSGOV asserted"}},
	// near misses: the meeting is the clause's act
	{"meeting-participle", "ASEAN foreign ministers met in Phuket on Monday.", []string{"IGOSEAASN 044 - asserted"}},
}

// TestMeetingParticiple codes each case of meetingParticipleCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestMeetingParticiple(t *testing.T) {
	checkFamilies(t, "", meetingParticipleCases, false)
}
