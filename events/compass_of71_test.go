package events_test

import "testing"

// TestCompassOf71 checks, on sentences written for this test, an agent
// followed by a compass point and "of" (actors/locative_after.go): the
// point opens a place phrase, so the people before it are the target
// ("pilgrims south of Baghdad" IRQCVL, gold dev59-wire W59045), not the
// place named after it. A compass point with no "of" after it, and a
// unit noun after the agent ("a police station south of Kabul"), keep
// the readings they had.
func TestCompassOf71(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2013-12-20", "A suicide bomber blew himself up among Shi'ite pilgrims south of Baghdad on Thursday, killing at least 25 people, police said.", []string{"IRQUAF 1831 IRQCVL asserted"}},
		{"2013-12-20", "Gunmen attacked soldiers north-east of Baghdad on Thursday.", []string{"IRQUAF 190 IRQMIL asserted"}},
		{"2013-12-20", "Gunmen attacked pilgrims near Baghdad on Thursday.", []string{"IRQUAF 190 IRQCVL asserted"}},
		{"2013-12-20", "Taliban fighters attacked a police station south of Kabul on Thursday.", []string{"AFGREB 190 AFGCOP asserted"}},
	})
}
