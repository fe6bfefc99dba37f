package events

// Acts that are always done to someone, coded with no one: an
// accusation with no accused, aid with no recipient. The open gold sets
// code such acts with a target (112: 2 of 319 gold events have none,
// 070–073: none of 154), and an event of theirs the coder leaves without
// one is, on every open set, mostly a wrong one: the accused is a person
// or thing no dictionary names ("accused the blogger of spreading false
// information", "local officials blamed heavy rain"), or the recipient
// went unread ("delivered the first 20 of 66 F-16 jets ordered by
// Taiwan").

import "github.com/dyad-events/dyad"

// unaimed drops from evs (one sentence's events) each event of an act
// done to someone that names no target: an accusation (112) or aid
// (070–073). Every other code stays without its target (a protest, a
// military mission, a statement), and so does an act of force: an
// attack with no enemy named is still coded, as CODING.md's gold sets
// mostly code it with the place's country.
func unaimed(evs []dyad.Event) []dyad.Event {
	return dropEvents(evs, func(e dyad.Event) bool {
		return e.Target == nil && aimedAct(e.CAMEO)
	})
}

// aimedAct reports that CAMEO code code is an act on someone that is no
// event without its target (unaimed).
func aimedAct(code string) bool {
	switch code {
	case "112", "070", "071", "072", "073":
		return true
	}
	return false
}
