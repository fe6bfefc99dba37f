package events_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// precision6Cases exercise falseevents_opinion.go: sentence shapes that gave false
// events on real news, each with the exact events the sentence must give
// ("SOURCE CAMEO TARGET status"; nil: none), and true events in the same
// shapes beside them. The sentences are the team's own.
var precision6Cases = []familyCase{
	{"business", "A Danish shipping company refused to say how much the new vessels had cost.", nil},
	{"business", "The airline will open three new routes from Singapore next spring.", nil},
	{"business", "Two large Japanese carmakers have expressed concerns about the merger.", nil},
	{"business", "A South Korean electronics firm sided with a rival chipmaker in the patent dispute.", nil},
	{"business", "A German carmaker asked the Hungarian government for more subsidies on Monday.", []string{"DEUBUS 020 HUNGOV asserted"}},
	{"business", "Washington imposed sanctions on two Chinese companies on Wednesday.", []string{"USA 163 CHNBUS asserted"}},

	{"duty", "This is the deal the prime minister will have to defend before parliament, she said.", nil},
	{"duty", "Kenya would have to withdraw its troops from Somalia under the plan.", nil},
	{"duty", "Kenya will withdraw its troops from Somalia next month.", []string{"KEN 0356 SOM future"}},

	{"tally", "Iran has conducted dozens of ballistic missile tests since 2015.", nil},
	{"tally", "The militia has carried out numerous car bombings in the capital.", nil},
	{"tally", "Iran has conducted a ballistic missile test, state media said on Monday.", []string{"IRN 150 - asserted"}},
	{"tally", "Colombian police have detained dozens of rebels near the border.", []string{"COLCOP 173 COLREB asserted"}},

	{"expletive", "Washington sent more troops to the Gulf on Monday. It is no longer enough simply to criticise and condemn Iran.", []string{"USA 154 - asserted"}},

	{"outcome", "The border dispute could lead to the Kenyan president signing a deal with Somalia.", []string{"KENGOV 057 SOM hypothetical", "SOM 057 KENGOV hypothetical"}},
	{"outcome", "The border dispute led to the Kenyan president signing a deal with Somalia on Monday.", []string{"KENGOV 057 SOM asserted", "SOM 057 KENGOV asserted"}},

	{"owner", "Japan is nervous about North Korea's warning that it might fire a missile over Hokkaido.", []string{"PRK 150 - hypothetical"}},
	{"owner", "Local fishermen are nervous about Iran's warning that it might close the Strait of Hormuz.", []string{"IRN 191 - hypothetical"}},

	{"generic", "Schools can expel pupils who commit or threaten violence in class.", nil},
	{"generic", "The law punishes anyone who attacks a police officer.", nil},
	{"generic", "Malian troops captured the rebels who attacked an army convoy on Monday.", []string{"MLIMIL 173 MLIREB asserted", "MLIREB 190 MLIMIL asserted"}},
}

// TestPrecision6 codes each case as a one-sentence article published on
// 2024-03-14 and compares its events exactly.
func TestPrecision6(t *testing.T) { checkFamilies(t, "", precision6Cases, false) }

// TestSentenceState: "the country" named after a state in its own
// sentence is that state, not the state of the sentence before.
func TestSentenceState(t *testing.T) {
	first := "Washington sent two more warships to the region on Monday."
	cases := []familyCase{
		{"country", "Japan's defence ministry said the country's military held a missile drill on Tuesday.", []string{"USA 154 - asserted", "JPNMIL 150 - asserted"}},
		{"country", "The Japanese defence ministry said the country's navy fired on a fishing boat on Tuesday.", []string{"USA 154 - asserted", "JPNMIL 190 - asserted"}},
		{"country", "The country's military held a missile drill on Tuesday.", []string{"USA 154 - asserted", "USAMIL 150 - asserted"}},
	}
	checkFamilies(t, first, cases, false)
}

// TestExplainBusiness: a company's own business is set aside with the
// business reason.
func TestExplainBusiness(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "x", Published: "2024-03-14", Body: []string{"A Danish shipping company refused to say how much the new vessels had cost."}}
	evs, drops := c.Explain(a)
	want := []events.Drop{{Sentence: 0, Text: a.Body[0], Verb: "refused", CAMEO: "011", Reason: events.WhyBusiness}}
	if len(evs) != 0 || !reflect.DeepEqual(drops, want) {
		t.Errorf("events %+v, drops %+v; want none and %+v", evs, drops, want)
	}
}

// Example_businessOnly shows a company's own business giving no event,
// beside a company's request to a government, which is one.
func Example_businessOnly() {
	c, err := events.New(events.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{
		"A Danish shipping company refused to say how much the new vessels had cost.",
		"A German carmaker asked the Hungarian government for more subsidies on Monday.",
	} {
		a := &dyad.Article{ID: "x", Published: "2024-03-14", Body: []string{text}}
		fmt.Println(len(c.Code(a)), "events:", text)
	}
	// Output:
	// 0 events: A Danish shipping company refused to say how much the new vessels had cost.
	// 1 events: A German carmaker asked the Hungarian government for more subsidies on Monday.
}
