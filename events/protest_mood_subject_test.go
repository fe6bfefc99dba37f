package events_test

import "testing"

// TestProtestMoodInSubject: protesters whose grievance is told by their
// mood in the subject's own phrase ("workers angry at unpaid wages
// marched") aim at their government, as the mood told after the verb
// ("marched …, angry at unpaid wages") already did (targets_protest.go
// moodBefore); a grievance at another state keeps no target, and a march
// that tells no mood none.
func TestProtestMoodInSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of workers angry at unpaid wages marched in Harare on Monday.",
			[]string{"ZWELAB 141 ZWEGOV asserted"}},
		{"Hundreds of Kenyan farmers furious over low maize prices rallied in Eldoret on Monday.",
			[]string{"KENAGR 141 KENGOV asserted"}},
		// as before: the mood after the verb
		{"Thousands of Zimbabwean workers marched in Harare on Monday, angry at unpaid wages.",
			[]string{"ZWELAB 141 ZWEGOV asserted"}},
		// near misses: a foreign grievance, no mood told
		{"Thousands of Zimbabwean workers angry at South African tariffs marched in Harare on Monday.",
			[]string{"ZWELAB 141 - asserted"}},
		{"Thousands of Zimbabwean workers marched in Harare on Monday.",
			[]string{"ZWELAB 141 - asserted"}},
	}, false)
}

// TestSubjectRelativePronounClause: a participle right after its subject
// is the clause's own verb when the modal after it belongs to a clause
// with a pronoun subject of its own ("marched … to demand pay they can
// live on"); one whose subject's modal follows it ("troops deployed in
// Somalia should be withdrawn") still only describes its subject (scope.go
// subjectRelative).
func TestSubjectRelativePronounClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan nurses marched in Nairobi on Monday to demand pay they can live on.",
			[]string{"KENHLH 1412 KENGOV asserted"}},
		{"Hundreds of Chilean nurses and teachers marched in Santiago on Monday to demand pensions they could retire on.",
			[]string{"CHLHLH 1412 CHLGOV asserted", "CHLEDU 1412 CHLGOV asserted"}},
		// as before, with no pronoun clause
		{"Kenyan nurses marched in Nairobi on Monday to demand higher pay.",
			[]string{"KENHLH 1412 KENGOV asserted"}},
		// near miss: the participle describes the subject
		{"Kenyan troops deployed in Somalia should be withdrawn, lawmakers said.",
			nil},
	}, false)
}

// TestOvernightAttackNoun: "an overnight attack" is a noun after its
// adjective, not a verb whose subject is the victims before it: "killed
// nine people in an overnight attack on a village near the northern
// Malian town of Gao" gave MLICVL 190 MLI besides the killing.
func TestOvernightAttackNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen killed nine people in an overnight attack on a village near the northern Malian town of Gao, police said.",
			[]string{"MLIUAF 180 MLICVL asserted"}},
		{"Gunmen killed nine people in an overnight attack on a Malian village, police said.",
			[]string{"MLIUAF 180 MLICVL asserted"}},
		// near misses: "overnight" before a verb
		{"Jihadists attack Malian army posts overnight, killing nine soldiers.",
			[]string{"MLIREB 190 MLIMIL asserted"}},
	}, false)
}
