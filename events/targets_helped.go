package events

// Aid sent to a state "to help" its army, police or intelligence service
// is for the force the purpose infinitive names: the force is the target,
// not the bare state the destination gave.
//
//	"China flew police advisers to Honiara on Thursday to help the Solomon Islands police"   CHN 072 SLBCOP
//	"The United States shipped rifles to Somalia to bolster the Somali army"                USA 072 SOMMIL
//
// Only a security force (MIL, COP, SPY) of the destination's own state is
// taken: aid "to help survivors" or "to help revive its farms" keeps the
// state, as the gold sets code aid to a named country, and so does aid
// "to help Ukrainian authorities" (a state's government is the state
// aided).

import "github.com/dyad-events/dyad/actors"

// helpedForce recodes the one bare-state target of an aid hit (root 07)
// to the security force a purpose infinitive of [help purposes]
// (data/words.txt) names right after its verb ("to help the Malian
// army"), when that force is of the target's state; the purpose stands
// within sixteen tokens after the hit or the target, whichever is later,
// with no comma or clause break between.
func helpedForce(st *sentence, h *verbHit) {
	if len(h.code) < 2 || h.code[:2] != "07" || len(h.target) != 1 || h.p == nil || h.p.Noun {
		return
	}
	t := h.target[0]
	if len(t.Country) != 3 || t.Code != t.Country {
		return
	}
	toks := st.toks
	from := h.end
	if t.End > from {
		from = t.End // past the goods and the destination ("riot shields, helmets and batons to Honiara")
	}
	for k := from; k+2 < len(toks) && k < from+16; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," {
			return
		}
		if toks[k].Lower != "to" || !st.words.helpPurposes[toks[k+1].Lemma] && !st.words.helpPurposes[toks[k+1].Lower] {
			continue
		}
		j := k + 2
		if toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 {
			return
		}
		m := st.ments[st.at[j]]
		if m.Place || m.Modifier || m.Country != t.Country || len(m.Sectors) != 1 || !hasSector(m, "MIL", "COP", "SPY") {
			return
		}
		h.target = []actors.Mention{m}
		return
	}
}
