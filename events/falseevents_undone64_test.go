package events_test

import "testing"

// TestUndoneByRelease: a capture, seizure or arrest told in the past
// perfect in a relative clause on what a release or return frees is the
// act the release undoes: background, no event of its own
// (falseevents_undone.go). The release keeps its event. The sentences are
// our own; none is a gold line.
func TestUndoneByRelease(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ecuador handed back two Peruvian fishing boats on Thursday that its coast guard had impounded off the Galapagos Islands in May.",
			[]string{"ECU 0842 PER asserted"}},
		{"Houthi rebels freed 12 Yemeni soldiers they had captured in fighting in Saada province on Wednesday, a mediator said.",
			[]string{"YEMREB 0841 YEMMIL asserted"}},
		{"Mali's junta freed three Ivorian soldiers it had arrested at Bamako airport in July.",
			[]string{"MLIGOV 0841 CIVMIL asserted"}},
		{"Russia handed back a Norwegian fishing trawler that its coast guard had detained in the Barents Sea.",
			[]string{"RUS 0842 NOR asserted"}},
		{"Iran released a British tanker on Friday that its Revolutionary Guards had seized in the Strait of Hormuz in July.",
			[]string{"IRN 0841 GBR asserted"}},
	}, false)
}

// TestUndoneByReleaseNearMisses: a past-perfect relative clause on the
// object of an act that is no release, and a capture told in a clause of
// its own, keep their events.
func TestUndoneByReleaseNearMisses(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran seized a British tanker on Friday that had rammed an Iranian fishing boat, state media said.",
			[]string{"IRN 171 GBR asserted"}},
		{"Mali's junta arrested three Ivorian soldiers at Bamako airport in July and freed them on Friday.",
			[]string{"MLIGOV 173 CIVMIL asserted", "MLIGOV 0841 CIVMIL asserted"}},
		{"Ukraine freed 20 Russian soldiers on Friday after Russian forces had captured 20 Ukrainian marines.",
			[]string{"UKR 0841 RUSMIL asserted", "RUSMIL 173 UKRMIL asserted"}},
	}, false)
}
