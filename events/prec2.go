package events

// Precision rules from a judged sample of events coded on the Guardian
// and BBC politics corpora: a source's request for anonymity ("an
// official, who refused to be named, said …") read as a rejection, and a
// standing power told in a relative clause ("the court, which can
// prosecute people for war crimes") read as an act. Neither is an act
// of the day (CODING.md: "will/would" alone is not an event; reported
// speech is attribution, no event of its own).

import "github.com/dyad-events/dyad"

// anonymityRequest reports a verb at i that asks for or refuses a name
// to be given: "refused to be named", "declined to be identified",
// "asked not to be named", "wished to remain anonymous". It is the
// newsroom's note on its source, no rejection or appeal.
func anonymityRequest(toks []dyad.Token, i int) bool {
	switch toks[i].Lemma {
	case "refuse", "decline", "ask", "request", "want", "wish", "prefer", "demand", "insist":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && (toks[j].Lower == "not" || toks[j].Lower == "that") {
		j++
	}
	if j+2 >= len(toks) || toks[j].Lower != "to" {
		return false
	}
	switch toks[j+1].Lower {
	case "be":
		switch toks[j+2].Lower {
		case "named", "identified", "quoted", "photographed", "filmed":
			return true
		}
	case "remain", "stay":
		return toks[j+2].Lower == "anonymous" || toks[j+2].Lower == "unnamed"
	case "give":
		if j+3 < len(toks) {
			switch toks[j+2].Lower {
			case "his", "her", "their", "a", "any":
				n := toks[j+3].Lower
				if n == "full" && j+4 < len(toks) {
					n = toks[j+4].Lower
				}
				return n == "name" || n == "names" || n == "surname"
			}
		}
	}
	return false
}

// abilityRelative reports a verb at i governed by "can" in a relative
// clause ("the court in The Hague, which can prosecute people for war
// crimes", "judges who can already jail parents"): what the head is able
// to do, a standing power, not an act. "could" is left alone: in a
// relative it often tells a past act ("police who could not stop the
// crowd").
func abilityRelative(toks []dyad.Token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "RB" && toks[j].Lower != "not") {
		j-- // "which can already prosecute"
	}
	if j < 1 || toks[j].Lower != "can" {
		return false
	}
	switch toks[j-1].Lower {
	case "which", "who", "that":
		return true
	}
	return false
}
