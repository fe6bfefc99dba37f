package events_test

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWhyActorSteps: an actor whose code a rule changed after the
// dictionary gave it names the rule in its trace line (why_actors.go):
// "Rebel groups" (agent REB) in a story about Islamic State is its group,
// by resolveAgent's storyGroups; "The official" (agent GOV) after a US
// intelligence official is that official, by sameBodyBefore; an actor
// the dictionary codes whole names no step.
func TestWhyActorSteps(t *testing.T) {
	c := newCoder(t)
	const did = " (an agent of no country of its own, given one or a group from its context)"
	for _, tt := range []struct {
		text, event, source string
	}{
		{"Islamic State fighters attacked Kirkuk on Monday. Rebel groups elsewhere surrendered to the army on Tuesday.",
			"IMGMOSISL 0874 - asserted",
			"source IMGMOSISL \"Rebel groups\": actors/data/agents.txt:# \"rebel groups\" agent REB; code REB became IMGMOSISL by resolveAgent storyGroups" + did},
		{"A US intelligence official met Iraqi leaders in Baghdad on Monday. The official denied that a fee had been tabled.",
			"USASPY 016 - asserted",
			"source USASPY \"The official\": actors/data/agents.txt:# \"official\" agent GOV; code GOV became USASPY by resolveAgent sameBodyBefore" + did},
		{"Islamic State fighters attacked Kirkuk on Monday.",
			"IMGMOSISL 190 IRQ asserted",
			"source IMGMOSISL \"Islamic State fighters\": actors/data/groups.txt:# \"Islamic State\" org IMGMOSISL; actors/data/agents.txt:# \"fighters\" agent REB"},
	} {
		a := &dyad.Article{ID: "x", Published: "2024-03-05", Body: []string{tt.text}}
		evs, _, traces, err := c.ExplainEvents(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 || len(traces) != len(evs) {
			t.Fatalf("%q: %d events, %d traces", tt.text, len(evs), len(traces))
		}
		k := len(evs) - 1
		e := evs[k]
		if got := codeOf(e.Source) + " " + e.CAMEO + " " + codeOf(e.Target) + " " + string(e.Status); got != tt.event {
			t.Errorf("%q: last event %s, want %s", tt.text, got, tt.event)
		}
		if got := fileLines(t, traces[k].Lines[1]); got != tt.source {
			t.Errorf("%q: source line\n%s\nwant\n%s", tt.text, got, tt.source)
		}
	}
}
