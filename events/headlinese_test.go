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
	c := newCoder(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The Tories attacked on Monday the government's asylum plans.", []string{"GBROPP 190 GBRGOV asserted"}},
		{"Russia protested to Georgia over the arrests.", []string{"RUS 114 GEO asserted"}},
		{"Iran condemned on Sunday the Israeli strike on Gaza.", []string{"IRN 111 ISR asserted", "ISR 190 PSE asserted"}},
	} {
		a := &dyad.Article{ID: "t", Published: "2005-02-01", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%q\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
