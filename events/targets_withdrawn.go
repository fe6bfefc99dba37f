package events

// A state taken out of a treaty or an organisation is no target of the
// act. "Putin withdrew Russia from the treaty", "Trump pulled the United
// States out of the WHO", "Milei took Argentina out of the Paris
// agreement": the state named as the verb's object is the mover, the
// source's own; the target is the body left (IGOUNOWHO) or, for a
// treaty, its other parties when the sentence names them ("the nuclear
// deal with Iran" IRN), else none. A capital naming a treaty by where it
// was signed ("the Paris climate agreement", "the Minsk accords", "the
// Kyoto protocol") is no party either: a state in that position ("the
// Iran nuclear deal") stays one. (targets_ownstate.go's ownStateMoved
// gives the party after "out of" or "from" as the target when the own
// state was taken as one; this passes the state over in the object scan
// itself, so that a treaty with no party named leaves none.)

import (
	"github.com/dyad-events/dyad/actors"
)

// stateTakenOut reports whether the mention m, the direct object of h
// (right after the verb, or after "the"), is the source's own state
// (country or capital, no role) followed by "from" or "out of": the
// state a leader or government withdraws, not the one acted upon.
func stateTakenOut(st *sentence, h *verbHit, m actors.Mention) bool {
	if len(h.source) == 0 || h.source[0].Country == "" || m.Country != h.source[0].Country || len(m.Sectors) > 0 {
		return false
	}
	if m.Kind != actors.KindCountry && m.Kind != actors.KindCapital {
		return false
	}
	toks := st.toks
	at := h.head + 1
	if at < len(toks) && toks[at].Lower == "the" {
		at++
	}
	if m.Start != at || m.End >= len(toks) {
		return false
	}
	switch toks[m.End].Lower {
	case "from":
		return true
	case "out":
		return m.End+1 < len(toks) && toks[m.End+1].Lower == "of"
	}
	return false
}

// treatyVenue reports whether the mention m is a capital naming a
// treaty by the city it was made in: up to two words ("climate",
// "peace", "nuclear") then a treaty noun follow it.
func treatyVenue(st *sentence, m actors.Mention) bool {
	if m.Kind != actors.KindCapital {
		return false
	}
	for k := m.End; k < len(st.toks) && k <= m.End+2; k++ {
		switch st.toks[k].Lower {
		case "agreement", "agreements", "accord", "accords", "protocol", "convention", "statute", "treaty", "deal", "pact", "declaration", "format", "process":
			return true
		}
		if st.toks[k].Tag != "NN" && st.toks[k].Tag != "JJ" {
			return false
		}
	}
	return false
}
