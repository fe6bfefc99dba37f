package events

// Sanctions whose object names no one, with their target in a participle
// phrase after them: "The EU imposed sanctions on Thursday, targeting
// Russia's central bank" sanctions Russia's government (a sanctioned
// central bank keeps GOV, agents.txt), as "imposed sanctions on Russia's
// central bank" does. The phrase names what the sanctions hit; with a
// target already found ("imposed sanctions on Russia on Monday, targeting
// its shadow fleet") nothing changes.
//
//	"The EU imposed sanctions on Thursday, targeting Russia's central bank"   IGOEUREEC 163 RUSGOV

import "github.com/dyad-events/dyad/actors"

// sanctionsTargeting gives a sanction (163) with a source and no target
// the actor named right after a "targeting" that follows the sanctions
// in the same clause: past date words, a comma and adverbs, with no finite
// verb, clause break or other actor between. A pronoun ("targeting its
// shadow fleet"), a place or a modifier gives nothing, nor does the
// source's own country ("targeting Russian firms" said by Russia).
func (c *Coder) sanctionsTargeting(st *sentence, h *verbHit) {
	if h.code != "163" || len(h.target) != 0 || len(h.source) == 0 || h.passive {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+10; k++ {
		t := toks[k]
		if isClauseBreak(toks, k) || finite(t.Tag) || t.Tag == "MD" || st.at[k] >= 0 {
			return
		}
		if t.Lower != "targeting" && t.Lower != "targetting" {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 || toks[j].Tag == "PRP$" || toks[j].Tag == "PRP" {
			return
		}
		m := st.ments[st.at[j]]
		if m.Start != j && m.Start != k+1 || m.Place || m.Modifier || m.Code == "" || m.Country != "" && m.Country == h.source[0].Country {
			return
		}
		h.target = []actors.Mention{m}
		return
	}
}
