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

// TestParticipleAfterPeople71 checks, on sentences written for this test,
// an "-ing" word the tagger leaves as a noun after plural people and
// before "for", "at" or "to" (actors/locative_after.go participlePrep):
// a participle on the people, who stay the target ("soldiers rehearsing
// for a parade" YEMMIL, gold dev53-wire W53002). An "-ing" noun before
// "of" is a nominal act, which the rule leaves alone.
func TestParticipleAfterPeople71(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2012-05-22", "A suicide bomber in army uniform blew himself up among soldiers rehearsing for a parade in Sanaa on Monday, killing more than 90, and al-Qaeda in the Arabian Peninsula claimed the attack.", []string{"YEMREB 1831 YEMMIL asserted", "YEMREB 015 - asserted"}},
		{"2012-05-22", "Police fired tear gas at villagers queueing for food in Harare on Monday.", []string{"ZWECOP 175 ZWECVL asserted"}},
		{"2012-05-22", "Israel condemned Hamas bombings of buses on Monday.", []string{"ISR 111 PSEREB asserted"}},
	})
}
