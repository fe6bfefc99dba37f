package events

// A capital (or a seat) in a noun compound before an attack noun names where the
// attack happened, not who made it: "The Nairobi attack killed 14 people",
// "the Kabul bombing", "last year's Moscow shooting". CODING.md: "A country
// mentioned as an object or a place ... is not an actor"; a capital as the
// subject stands for its state ("Moscow warned"), a capital that modifies
// an attack noun does not.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// attackPlaceCompound reports a capital (or a seat named for its
// organisation: "Brussels", "the Kremlin") mention m right before a noun of
// [attack nouns] or [place-named attacks], after a determiner or a
// possessive ("the", "a", "this", "Friday's"): the attack's place.
func (v *vocab) attackPlaceCompound(toks []dyad.Token, m *actors.Mention) bool {
	if m.Kind != actors.KindCapital && !m.Seat || m.Possessive || m.End >= len(toks) {
		return false
	}
	if n := toks[m.End].Lower; !v.attackNouns[n] && !v.placedAttackNouns[n] {
		return false
	}
	d := m.Start
	if toks[d].Lower != "the" && toks[d].Lower != "a" {
		d--
	}
	if d < 0 {
		return false
	}
	switch toks[d].Lower {
	case "the", "a", "an", "this", "that", "last", "latest":
		return true
	}
	return toks[d].Tag == "POS" // "Friday's Kabul bombing"
}

// attackCompoundVerb reports a hit whose head is the attack noun of such a
// compound, or whose source is the compound's capital: a verb hit the
// tagger read after the capital ("The Brussels attack killed …") is a
// noun, and neither it, nor a noun hit, nor the verb the compound is the
// subject of ("killed") has the capital as its attacker.
func (v *vocab) attackCompoundVerb(st *sentence, h *verbHit) bool {
	if len(h.source) > 0 {
		src := h.source[0]
		if src.Start >= 0 && src.Start < len(st.at) && st.at[src.Start] >= 0 && st.ments[st.at[src.Start]].End == src.End {
			m := st.at[src.Start]
			mt := st.ments[m]
			if v.attackPlaceCompound(st.toks, &mt) {
				return true
			}
		}
	}
	if h.head < 1 {
		return false
	}
	m := st.at[h.head-1]
	if m < 0 {
		return false
	}
	mt := st.ments[m]
	if mt.End != h.head || !v.attackPlaceCompound(st.toks, &mt) {
		return false
	}
	// a noun hit keeps an attacker named elsewhere ("the Nairobi attack by
	// the militants")
	return !h.p.Noun || len(h.source) == 0
}
