package events_test

import "testing"

// probingParticipleCases: an investigation named by a participle that
// describes the clause's subject ("Police investigating the killing …
// arrested two men") is no event of its own (falseevents_probing.go
// probingParticiple); the clause's own verb is coded. An investigation
// that is the clause's verb is coded. The exact events each sentence
// gives.
var probingParticipleCases = []familyCase{
	{"probing-participle", "French police investigating the killing of a teacher in Arras arrested two men on Tuesday.", []string{"FRACOP 173 FRACVL asserted"}},
	{"probing-participle", "Kenyan police investigating the murder of a lawyer in Nairobi detained three officers on Monday.", []string{"KENCOP 173 - asserted"}},
	{"probing-participle", "Turkish prosecutors investigating the killing of a journalist in Istanbul questioned a Saudi diplomat on Monday.", []string{"TURJUD 091 SAUGOV asserted"}},
	// near misses: the investigation is the clause's act
	{"probing-participle", "Police are investigating the murder of a journalist in Lagos.", []string{"NGACOP 091 - asserted"}},
}

// TestProbingParticiple codes each case of probingParticipleCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestProbingParticiple(t *testing.T) {
	checkFamilies(t, "", probingParticipleCases, false)
}
