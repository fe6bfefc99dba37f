package events

import "github.com/dyad-events/dyad/actors"

// namedAgainst returns the state body named right after the "against" of
// a protest h whose pattern took no target ("staged a protest against the
// Syrian government"), or nil: the body the protest names is its target,
// not the protesters' own government that an unnamed grievance implies
// ("Australia-based activists staged a protest against the Syrian
// government" is against SYRGOV, not AUSGOV). The "against" stands in
// h's clause within eight words of its end, the body (a state, or its
// government, army, police, courts or parliament; not a place nor a
// modifier) right after it or after "the".
func namedAgainst(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	k := againstAt(toks, h.end)
	if k < 0 || k-1 > h.end+8 || k >= len(toks) {
		return nil
	}
	for j := h.end; j < k-1; j++ {
		if isClauseBreak(toks, j) || toks[j].Text == "," {
			return nil
		}
	}
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	if k >= len(st.at) || st.at[k] < 0 || st.at[k] >= len(st.ments) {
		return nil
	}
	m := st.ments[st.at[k]]
	if m.Country == "" || m.Place || m.Modifier || m.Start != k || len(m.Sectors) > 0 && !hasSector(m, "GOV", "MIL", "COP", "JUD", "LEG") {
		return nil
	}
	return &m
}
