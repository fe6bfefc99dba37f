package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestHeadlinePassive codes headlines that leave out the passive's
// auxiliary ("Straw attacked on China arms": Straw was attacked) over a
// body that tells no event: the headline's subject is the act's target,
// its by-phrase the source, and with no by-phrase there is no source and
// no event. Past forms with an object, and auxiliaries, stay as they were.
func TestHeadlinePassive(t *testing.T) {
	c := newCoder(t)
	const body = "The report was published on Tuesday."
	for _, tt := range []struct {
		title string
		want  []string
	}{
		// the reduced passive, no agent: no event (was GBRGOV 190 CHN, EU 020)
		{"Foreign secretary attacked on China arms", nil},
		{"Straw attacked over Iraq dossier", nil},
		{"EU fraud clampdown urged", nil},
		{"Kremlin condemned over Chechnya", nil},
		{"Blair urged to quit over Iraq", nil},
		// the by-phrase is the source (was GBRGOV 111 -)
		{"Blair criticised by Tories over Iraq", []string{"GBROPP 111 GBRGOV asserted"}},
		{"Opposition leader arrested by police in Minsk", []string{"BLRCOP 173 BLROPP asserted"}},
		// a nominal agent after the participle (was PSEREB 180 ISR)
		{"Hamas commander killed in Israeli strike", []string{"ISR 190 PSEREB asserted"}},
		// a past form with an object is active
		{"Israel attacked Gaza overnight", []string{"ISR 190 PSE asserted"}},
		{"Iran condemned Israel on Sunday", []string{"IRN 111 ISR asserted"}},
		// the present tense, as headlines tell acts
		{"Iran condemns Israel over strike", []string{"IRN 111 ISR asserted"}},
		// a verb whose pattern takes the preposition has no passive
		{"Russia protested to Georgia over arrests", []string{"RUS 114 GEO asserted"}},
		// an auxiliary written out: the verb's own voice
		{"Israel has attacked Gaza", []string{"ISR 190 PSE asserted"}},
		// a verb that takes no direct object has no passive (review 26a)
		{"Israel retaliated after Hamas rocket fire", nil}, // against no one named (unaimed.go)
		{"Israel retaliated against Hamas", []string{"ISR 190 PSEREB asserted"}},
		{"Protesters marched on parliament in Kiev", []string{"UKRCVL 141 UKRLEG asserted"}},
		{"Britain apologised to Ireland over Bloody Sunday", []string{"GBR 055 IRL asserted"}},
		{"Pakistan complained to UN over Kashmir", []string{"PAK 114 IGOUNO asserted"}},
		{"Japan protested over Chinese ships", []string{"JPN 114 - asserted"}},
		{"Israel negotiated with Hamas through Egypt", []string{"ISR 046 PSEREB asserted", "PSEREB 046 ISR asserted"}},
		// with, against, at, between, for, after: the active verb's own preposition
		{"Turkey cooperated with US on Syria", []string{"TUR 060 USA asserted", "USA 060 TUR asserted"}},
		{"Serbia retaliated against Kosovo trade ban", []string{"SRB 190 KSV asserted"}},
		{"Russia vetoed at UN Security Council", []string{"RUS 129 IGOUNO asserted"}},
		{"Kenya mediated between Sudan rivals", []string{"KEN 045 SDN asserted"}},
		{"Russia warned against Ukraine NATO bid", []string{"RUS 130 IGOWSTNAT asserted"}},
		// "to" before a bare verb is the passive's; before a noun, the verb's
		{"Opposition leader urged to quit over vote", nil},
		// a date phrase before the object
		{"Kremlin denied on Monday claims of troop buildup", []string{"RUSGOV 016 - asserted"}},
		{"Iran condemned on Sunday Israeli strike on Gaza", []string{"IRN 111 ISR asserted", "ISR 190 PSE asserted"}},
		// the clause a verb of saying tells is active
		{"Pentagon says Russia bombed in Syria", []string{"RUS 195 SYR asserted"}},
		{"UN says Israel attacked in Gaza overnight", []string{"ISR 190 PSE asserted"}},
		// the reduced passive still holds with a preposition none of those
		{"Iran condemned over nuclear tests", nil},
		{"Syrian rebels attacked by Russian jets", []string{"RUSMIL 195 SYRREB asserted"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2005-02-01", Title: tt.title, Body: []string{body}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.title, got, tt.want)
		}
	}
}

// TestHeadlinePassiveBody checks that the rule is the headline's: the
// same words as a body sentence keep the past tense active.
func TestHeadlinePassiveBody(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Tories attacked on Monday the government's asylum plans.", []string{"GBROPP 190 GBRGOV asserted"}},
		{"Russia protested to Georgia over the arrests.", []string{"RUS 114 GEO asserted"}},
		{"Iran condemned on Sunday the Israeli strike on Gaza.", []string{"IRN 111 ISR asserted", "ISR 190 PSE asserted"}},
	}, false)
}
