package events_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// ExampleCoder_Explain shows the candidate events a sentence matched and
// the coder set aside, with the reason: a history retrospective and a
// visit that names no host.
func ExampleCoder_Explain() {
	c, err := events.New(events.Config{})
	if err != nil {
		panic(err)
	}
	a := &dyad.Article{ID: "x1", Published: "2024-07-10", Body: []string{
		"Iraq invaded Kuwait in 1990.",
		"The Chinese president visited on Monday.",
	}}
	evs, drops := c.Explain(a)
	fmt.Println(len(evs), "events")
	for _, d := range drops {
		fmt.Printf("%d %q %s: %s\n", d.Sentence, d.Verb, d.CAMEO, d.Reason)
	}
	// Output:
	// 0 events
	// 0 "invaded" 190: history: dated two or more years back
	// 1 "visited" 042: no target, and the pattern needs one
}

// TestExplain: Explain gives Code's events, and each reason where the
// coder sets a candidate aside.
func TestExplain(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		section, text string
		want          []events.Drop
	}{
		{"", "Barack Obama refused to get involved.", []events.Drop{{Sentence: 0, Text: "Barack Obama refused to get involved.", Verb: "refused", CAMEO: "120", Reason: events.WhyFormer}}},
		{"", "Russia could attack Ukraine if talks fail, analysts said.", nil},
		{"Sport", "Iran beat Israel 2-1 in a World Cup qualifier on Saturday.", []events.Drop{{Sentence: -2, Reason: events.WhyOffTopic}}},
		{"", "North Korea fired two ballistic missiles into the sea on Friday.", nil},
		// a question asks whether the act is so; an aim or a duty is hypothetical
		{"", "Did Russia attack the Ukrainian port of Odesa on Monday?", []events.Drop{{Sentence: 0, Text: "Did Russia attack the Ukrainian port of Odesa on Monday?", Verb: "attack", CAMEO: "190", Reason: events.WhyQuestion}}},
		{"", "Investigators are examining whether Russia supplied missiles to North Korea.", []events.Drop{{Sentence: 0, Text: "Investigators are examining whether Russia supplied missiles to North Korea.", Verb: "supplied", CAMEO: "072", Reason: events.WhyQuestion}}},
		{"", "Diplomats wanted to know if Turkey would sell drones to Ukraine.", []events.Drop{{Sentence: 0, Text: "Diplomats wanted to know if Turkey would sell drones to Ukraine.", Verb: "sell", CAMEO: "072", Reason: events.WhyQuestion}}},
		// one line for a hit whose events (a visit and its hosting, each
		// of a list) are all set aside for one reason
		{"", "In March 2021, the Chinese president visited Moscow.", []events.Drop{{Sentence: 0, Text: "In March 2021, the Chinese president visited Moscow.", Verb: "visited", CAMEO: "042", Reason: events.WhyHistory}}},
		{"", "In 2019, Iran and Syria attacked Israel.", []events.Drop{{Sentence: 0, Text: "In 2019, Iran and Syria attacked Israel.", Verb: "attacked", CAMEO: "190", Reason: events.WhyHistory}}},
		{"", "Russia's prime minister met the leaders of Iran and Turkey in Tehran in May 2020.", []events.Drop{{Sentence: 0, Text: "Russia's prime minister met the leaders of Iran and Turkey in Tehran in May 2020.", Verb: "met", CAMEO: "040", Reason: events.WhyHistory}}},
		// an act always done to someone, coded with no target and dropped
		// after coding, is named too
		{"", "Colombia's army launched a string of attacks.", []events.Drop{{Sentence: 0, Text: "Colombia's army launched a string of attacks.", Verb: "launched", CAMEO: "190", Reason: events.WhyUnaimed}}},
		{"", "Hamas fighters attacked Hamas.", []events.Drop{{Sentence: 0, Text: "Hamas fighters attacked Hamas.", Verb: "attacked", CAMEO: "190", Reason: events.WhySelfTarget}}},
		{"", "Ukraine accused the blogger of lying.", []events.Drop{{Sentence: 0, Text: "Ukraine accused the blogger of lying.", Verb: "accused", CAMEO: "112", Reason: events.WhyUnaimed}}},
		{"", "Britain must sell more arms to Israel.", []events.Drop{{Sentence: 0, Text: "Britain must sell more arms to Israel.", Verb: "sell", CAMEO: "072", Reason: events.WhyHypothetical}}},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "x", Published: "2024-07-10", Section: tt.section, Body: []string{tt.text}}
		evs, drops := c.Explain(a)
		if !reflect.DeepEqual(drops, tt.want) {
			t.Errorf("%q: drops %+v, want %+v", tt.text, drops, tt.want)
		}
		if want := c.Code(a); !reflect.DeepEqual(evs, want) {
			t.Errorf("%q: Explain's events %+v differ from Code's %+v", tt.text, evs, want)
		}
	}
}
