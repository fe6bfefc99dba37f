package events_test

import (
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// TestWhySteps: Explain names the refinement step that cleared a
// candidate's code (WhyNoCode with Step) or replaced it (WhyRecoded, the
// candidate kept), and says nothing of a candidate no step changed.
func TestWhySteps(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text string
		want []events.Drop
		// refinement is what dyad code --why prints of each drop's step
		refinement []string
		events     []string // SRC CAMEO TGT status
	}{
		// cleared: money for a country's own schools is no aid given
		{"Kenya announced new funding for schools on Monday.",
			[]events.Drop{{Sentence: 0, Text: "Kenya announced new funding for schools on Monday.", Verb: "announced", CAMEO: "071", Reason: events.WhyNoCode, Step: "lexFamily", StepDoes: "a figurative use of a verb of force, or aid at home", Was: "071"}},
			[]string{"refinement lexFamily cleared 071 (a figurative use of a verb of force, or aid at home)"}, nil},
		// cleared: a figurative theft
		{"Police in Nairobi stole the show on Monday.",
			[]events.Drop{{Sentence: 0, Text: "Police in Nairobi stole the show on Monday.", Verb: "stole", CAMEO: "171", Reason: events.WhyNoCode, Step: "lexFamily", StepDoes: "a figurative use of a verb of force, or aid at home", Was: "171"}},
			[]string{"refinement lexFamily cleared 171 (a figurative use of a verb of force, or aid at home)"}, nil},
		// replaced: jets bomb from the air; the event is kept under 195
		{"Israeli jets bombed a Hamas base in Gaza on Monday.",
			[]events.Drop{{Sentence: 0, Text: "Israeli jets bombed a Hamas base in Gaza on Monday.", Verb: "bombed", CAMEO: "195", Reason: events.WhyRecoded, Step: "refine", StepDoes: "the code sharpened from its actors and place", Was: "183"}},
			[]string{"refinement refine replaced 183 with 195 (the code sharpened from its actors and place)"},
			[]string{"ISRMIL 195 PSEREB asserted"}},
		// untouched: no step changed the code, nothing is said
		{"Armed men abducted three aid workers in Darfur on Monday.", nil, nil, []string{"SDNUAF 181 SDNCVL asserted"}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "x", Published: "2024-03-05", Body: []string{tt.text}}
		evs, drops := c.Explain(a)
		if !reflect.DeepEqual(drops, tt.want) {
			t.Errorf("%q: drops %+v, want %+v", tt.text, drops, tt.want)
		}
		var said []string
		for _, d := range drops {
			said = append(said, d.Refinement())
		}
		if !reflect.DeepEqual(said, tt.refinement) {
			t.Errorf("%q: refinement %q, want %q", tt.text, said, tt.refinement)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code+" "+string(e.Status))
		}
		if !reflect.DeepEqual(got, tt.events) {
			t.Errorf("%q: events %q, want %q", tt.text, got, tt.events)
		}
		if want := c.Code(a); !reflect.DeepEqual(evs, want) {
			t.Errorf("%q: Explain's events %+v differ from Code's %+v", tt.text, evs, want)
		}
	}
}
