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
// the neighbour too, as neighbourBorder's adjective does.
func (v *vocab) borderWith(toks []dyad.Token, k int) bool {
	return k >= 2 && toks[k-1].Lower == "with" && v.borderNouns[toks[k-2].Lower]
}

// borderState reports a mention m that names a state only as the
// neighbour across a border: the adjective or name before a border noun
// ("the Algerian border", "the Afghanistan border") or the state after
// "border with". Such a state gives no unnamed actor of the sentence its
// country.
func (v *vocab) borderState(toks []dyad.Token, m actors.Mention) bool {
	return m.Modifier && v.neighbourBorder(toks, m.End) || v.borderWith(toks, m.Start)
}
