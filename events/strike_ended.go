package events

// militaryStrikeEnded recodes a strike ended, suspended or called off
// (082, the [$WALKOUT] patterns of verbs.txt) as de-escalation (087) when
// the strike is a military one: a word of [military strike words]
// (words.txt) before it inside the pattern ("called off a military
// strike", "halted the drone strikes") or "on" or "against" and an actor
// after it ("a strike on Iran"). A labour strike ended ("suspended their strike",
// "ended a four-day general strike") stays 082.
func (c *Coder) militaryStrikeEnded(st *sentence, h *verbHit) {
	if h.code != "082" || h.end < 1 || h.end > len(st.toks) || st.toks[h.end-1].Lemma != "strike" {
		return
	}
	for k := h.head + 1; k < h.end-1; k++ {
		if c.words.militaryStrikes[st.toks[k].Lower] {
			h.code = "087"
			return
		}
	}
	if h.end >= len(st.toks) || st.toks[h.end].Lower != "on" && st.toks[h.end].Lower != "against" {
		return
	}
	for k := h.end + 1; k < len(st.toks) && k <= h.end+3; k++ {
		if st.at[k] >= 0 {
			h.code = "087" // "on Iran", "against the rebels' positions" (not "on Monday")
			return
		}
		if t := st.toks[k].Tag; t != "DT" && t != "JJ" && t != "NNP" {
			return
		}
	}
}
