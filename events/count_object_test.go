package events_test

import "testing"

// TestCountedObjectNoReducedRelative: a past form whose object opens with
// a count ("at least 20 people", "more than 30 villagers") is the
// clause's own verb, even when a participle follows the object ("people
// suspected of links to rebels"): "at" in "at least" opens no place
// phrase, so the subject acts (falseevents_clauses.go subjectReduced and
// patientSource, falseevents_objpart.go countOpens; the tagger's
// finiteLater reads it the same way). A noun followed by a participle
// and a place before the clause's verb is still a reduced relative.
func TestCountedObjectNoReducedRelative(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malian soldiers executed at least 20 people suspected of links to Islamist rebels in and around the central town of Sevare on Monday, residents told a rights group.",
			[]string{"MLIMIL 1823 MLICVL asserted"}},
		{"Nigerian soldiers killed at least 40 villagers accused of sheltering Boko Haram fighters near Baga on Friday.",
			[]string{"NGAMIL 202 NGACVL asserted"}},
		{"Kenyan police arrested at least 30 people suspected of links to al Shabaab in Mombasa on Sunday.",
			[]string{"KENCOP 173 KENCVL asserted"}},
		// near misses: a participle of the subject with a place phrase,
		// and a past form before a date and a later verb
		{"Hundreds of Syrians detained at checkpoints during the war remain missing, a rights group said.", nil},
		{"Three Afghan soldiers wounded at a checkpoint near Kandahar on Monday were flown to Kabul.", nil},
	}, false)
}
