package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// Attacks on a leader that the sentence calls an attempt on a life.
//
// An attack whose one target is a named person or an office holder, in
// a sentence that calls it an assassination attempt, bid or plot, an
// attempt on the target's life, or that says the target escaped unhurt, is the attempted assassination (185, CODING.md; the gold
// sets code "opened fire on the convoy of the prime minister in what his
// government called a failed assassination attempt", "ambushed the
// governor's convoy, but he escaped unhurt" and "wounding the former
// president in what the FBI called an assassination attempt" 185), not
// the armed attack (190), the shooting (193) or the attack on civilians
// (180) the verb alone gives. killCode (intent.go) applies it.

// officeHolder reports a mention that names one person: a person's name
// (also a former officeholder, coded by the country alone) or a single
// holder of a state, party or court office ("Libya's interior minister",
// "the governor"); a plural agent, a country or a group is none.
func officeHolder(m actors.Mention) bool {
	if m.Person {
		return true
	}
	if m.Plural || m.Place || m.Modifier {
		return false
	}
	return m.Kind == actors.KindPerson || m.Kind == "title" || hasSector(m, "GOV", "LEG", "JUD", "OPP")
}

// survivedAttempt reports a sentence that tells an attempt on a life:
// "assassination attempt", "assassination bid", "assassination plot",
// "an attempt on his life", "escaped unhurt", "escaped unharmed",
// "escaped uninjured", "survived".
func survivedAttempt(toks []dyad.Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "assassination":
			if i+1 < len(toks) {
				switch toks[i+1].Lower {
				case "attempt", "bid", "plot", "attempts":
					return true
				}
			}
		case "attempt":
			if i+3 < len(toks) && toks[i+1].Lower == "on" && toks[i+3].Lower == "life" {
				return true // "an attempt on his life"
			}
		case "escaped":
			if i+1 < len(toks) {
				switch toks[i+1].Lower {
				case "unhurt", "unharmed", "uninjured", "unscathed":
					return true
				}
			}
		}
	}
	return false
}
