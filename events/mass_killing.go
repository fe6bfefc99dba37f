package events

// Role: what makes a killing a mass killing (202) rather than the
// assault (180, 1823) or fighting (190) its verb alone codes: a verb that
// kills (killingHead) and victims counted as a mass of people who were
// not fighting (countedMass).
// The gold files code the killing of many civilians by an armed group
// or an army as 202 ("Gunmen killed at least 160
// villagers", "clubbed to death at least 30 villagers");
// a lone gunman, a bombing and repression of protesters keep their codes
// (codes.go unidentifiedAttacker, bombings.go, codes.go repression), and
// so do soldiers or fighters killed in a fight.

import (
	"github.com/dyad-events/dyad"
)

// killingHead reports h's head as a verb that kills its object: a lemma
// of [killing verbs] (data/words.txt), or one of [killing manners] with
// the word that makes it kill after it in the same clause part
// ("burned to death", "clubbed to death", "mowed down"; "shot dead" and
// "gunned down" are left to the dozens-counted rule of refineConflict,
// conflict.go).
func (v *vocab) killingHead(toks []dyad.Token, h *verbHit) bool {
	head := toks[h.head].Lemma
	if v.killingVerbs[head] {
		return true
	}
	if !v.killingManners[head] {
		return false
	}
	for k := h.head + 1; k < len(toks) && k < h.end+6; k++ {
		switch toks[k].Lower {
		case "dead", "death", "down", "alive":
			return true
		}
		if isHardBreak(toks[k]) || toks[k].Text == "," {
			break
		}
	}
	return false
}

// countedMass reports the number at k as the count of a mass killing's
// victims: more than 20 (or 10 or more with children named among them,
// childrenAmongVictims, or another sign of a massacre, massacreSigns,
// mass_killing_signs.go) people of [mass victims] (countedVictims: "43
// farm workers", "740 Alawite civilians"). Fighters, soldiers and police
// killed in a fight are no such victims.
func (v *vocab) countedMass(toks []dyad.Token, k int) bool {
	n := leadingNumber(toks[k].Text)
	if n <= 20 && !(n >= 10 && (childrenAmongVictims(toks, k+1) || v.massacreSigns(toks, k+1))) {
		return false
	}
	return v.countedVictims(toks, k+1)
}
