package events

// A state named as a border ("near the Algerian border", "along the
// Afghan frontier", "across the Colombian border") is the neighbour across
// it: the people, forces and armed groups of the sentence are on the
// other side, so the name gives none of them its country. Its own towns
// and regions stay its places ("the Syrian border town of Azaz").

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// neighbourBorder reports a border noun ([border nouns] of
// data/words.txt) at token i, right after a state's name or adjective,
// that is not itself the modifier of a place noun: "the Algerian border"
// and "the Colombian border crossing" name a neighbour, "the Syrian border
// town of Azaz" and "Pakistani border areas" a place of that state.
func (v *vocab) neighbourBorder(toks []dyad.Token, i int) bool {
	if i >= len(toks) || !v.borderNouns[toks[i].Lower] {
		return false
	}
	if i+1 < len(toks) && (v.placeNouns[toks[i+1].Lower] || v.placeKinds[toks[i+1].Lower]) {
		return false
	}
	return true
}

// borderWith reports a state's name at token k after "border with" (or
// another of the [border nouns]): "near the border with Algeria" names
// the neighbour too, as neighbourBorder's adjective does. A later name of
// a list after it is one too: Lithuania in "along its borders with Poland
// and Lithuania" (names of at most four proper-noun tokens, joined by
// commas and a last "and" or "or"). A name after a comma alone is one
// only when the list goes on after it with "and" or "or" ("with Serbia,
// Croatia and Slovenia"), not in "the border with Mozambique, Tanzanian
// police said".
func (v *vocab) borderWith(toks []dyad.Token, k int) bool {
	if k >= 1 && toks[k-1].Text == "," && !nameListGoesOn(toks, k) {
		return false
	}
	j := k - 1
	for hops := 0; hops < 4 && j >= 1 && (toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Text == ","); hops++ {
		j--
		if j >= 0 && toks[j].Text == "," {
			j--
		}
		n := 0
		for j >= 0 && n < 4 && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") {
			j--
			n++
		}
		if n == 0 {
			return false
		}
	}
	return j >= 1 && toks[j].Lower == "with" && v.borderNouns[toks[j-1].Lower]
}

// nameListGoesOn reports a list of proper names going on after the name at
// token k: the name (at most four proper-noun tokens), then commas and
// names, then "and" or "or" and a last name.
func nameListGoesOn(toks []dyad.Token, k int) bool {
	j := k
	for hops := 0; hops < 4; hops++ {
		n := 0
		for j < len(toks) && n < 4 && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") {
			j++
			n++
		}
		if n == 0 || j+1 >= len(toks) {
			return false
		}
		switch toks[j].Lower {
		case "and", "or":
			return toks[j+1].Tag == "NNP" || toks[j+1].Tag == "NNPS"
		case ",":
			j++
			if toks[j].Lower == "and" || toks[j].Lower == "or" {
				return j+1 < len(toks) && (toks[j+1].Tag == "NNP" || toks[j+1].Tag == "NNPS")
			}
		default:
			return false
		}
	}
	return false
}

// borderState reports a mention m that names a state only as the
// neighbour across a border: the adjective or name before a border noun
// ("the Algerian border", "the Afghanistan border"), also the first of
// adjectives joined before a plural one ("the Chilean and Peruvian
// borders": sharedBorder), or the state after "border with". Such a state
// gives no unnamed actor of the sentence its country.
func (v *vocab) borderState(toks []dyad.Token, m actors.Mention) bool {
	return m.Modifier && (v.neighbourBorder(toks, m.End) || v.sharedBorder(toks, m.End)) || v.borderWith(toks, m.Start)
}

// sharedBorder reports a border noun that the state adjective ending
// before token i shares with the capitalised adjectives joined after it
// by "and", "or" or commas, at most three: "the Chilean and Peruvian
// borders", "the Syrian, Iraqi and Iranian borders" name neighbours as
// "the Chilean border" does (the adjective before the noun is read by
// neighbourBorder). Without it "Bolivian truck drivers and farmers
// blocked the highways to the Chilean and Peruvian borders" gave the
// farmers Chile's code (coref_agents_groups.go victimsPlace takes the
// first state adjective that names no border).
func (v *vocab) sharedBorder(toks []dyad.Token, i int) bool {
	for hops := 0; hops < 3 && i+1 < len(toks); hops++ {
		switch toks[i].Lower {
		case "and", "or", ",":
		default:
			return false
		}
		i++
		if i < len(toks) && (toks[i].Lower == "and" || toks[i].Lower == "or") {
			i++ // the list's ", and"
		}
		if i >= len(toks) || !startsUpperASCII(toks[i].Text) {
			return false
		}
		i++
		if v.neighbourBorder(toks, i) {
			return true
		}
	}
	return false
}
