package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// casualtyState gives an armed attack (root 19) on a foreign place whose
// target is only its unnamed dead, wounded or homes ("killed at least 20
// people in northern Gaza", "bombed a school sheltering displaced
// families", "hit a residential area of Kharkiv") the state of the place
// itself: ISRMIL 195 PSE, not PSECVL. The gold sets code such attacks on
// the place's state (gold README, events-dev8-actors: killed "people" in a
// territory take the territory, as d5f006; dev8-wire A0001, A0039, B0047,
// E0097 and 20 more), and keep civilians (CVL) for what the text calls
// civilians or names by people ("eight Palestinian civilians", "more than
// 400 Palestinians"). A state's attack on its own country keeps its
// civilians (gold README: a junta bombing a village MMRCVL), so only a
// target of another country than the source's changes. An event that
// would repeat one already coded is dropped.
func casualtyState(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		if unnamedVictims(e) {
			t := *e.Target
			t.Code, t.Sectors = t.Country, []string{}
			e.Target = &t
			if repeatsEvent(out, e) {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// unnamedVictims reports an attack (root 19) by an actor of one state
// whose target is the unnamed people or homes of another: a target coded
// CVL alone, of another country than the source's, written as "people",
// "persons", "families" or a residential area.
func unnamedVictims(e dyad.Event) bool {
	if cameo.Root(e.CAMEO) != "19" || e.Source == nil || e.Target == nil {
		return false
	}
	s, t := e.Source, e.Target
	if len(s.Country) != 3 || len(t.Country) != 3 || s.Country == t.Country || len(t.Sectors) != 1 || t.Sectors[0] != "CVL" {
		return false
	}
	for _, sec := range s.Sectors {
		if sec == "CVL" || sec == "REF" {
			return false // a crowd or refugees are no army
		}
	}
	return victimWords(t.Text)
}

// victimWords reports a target text that names no one but the unnamed
// dead or their homes: its last word "people", "persons" or "families"
// ("at least 20 people", "displaced families"), or a residential area
// ("a residential area", "residential buildings").
func victimWords(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "people", "persons", "families":
		return true
	}
	for _, x := range w {
		if x == "residential" {
			return true
		}
	}
	return false
}

// repeatsEvent reports an event of evs with e's sentence, source, code
// and target.
func repeatsEvent(evs []dyad.Event, e dyad.Event) bool {
	for _, x := range evs {
		if x.Sentence == e.Sentence && x.CAMEO == e.CAMEO && x.Source != nil && x.Target != nil &&
			x.Source.Code == e.Source.Code && x.Target.Code == e.Target.Code {
			return true
		}
	}
	return false
}
