package events

// Two states named together as the subject of a deployment or an alert at
// their border face each other across it: "Thailand and Cambodia rushed
// troop reinforcements to the disputed border area" is THA 154 KHM and
// KHM 154 THA, as the gold README's "Conventions fixed here" gives troops
// massed at a border the neighbour across it as target. The hit must name
// no target of its own, have exactly two sources of different countries,
// and a border noun ([border nouns]) within eight tokens after its head,
// before a comma or a clause break.

// borderPair makes h mutual (each source the other's target) when h is a
// force posture (152, 154) of two coordinated states at a border (see the
// file comment), and reports whether it did.
func (c *Coder) borderPair(st *sentence, h *verbHit) bool {
	if h.code != "154" && h.code != "152" || len(h.target) != 0 || len(h.source) != 2 || h.p.has(flagMutual) || h.passive {
		return false
	}
	a, b := h.source[0], h.source[1]
	if a.Country == "" || b.Country == "" || a.Country == b.Country || a.Place || b.Place {
		return false
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.end+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || isClauseBreak(toks, k) {
			return false
		}
		if c.words.borderNouns[toks[k].Lower] {
			h.p = h.p.with(flagMutual)
			return true
		}
	}
	return false
}

// borderPartner drops the target of a mutual hit of two coordinated
// sources when every target is only the state across a border named
// after "border with" ([border nouns]): "Lithuanian and Polish border
// guards began joint patrols along the frontier with Belarus" is LTUMIL
// 062 POLMIL and back; Belarus is where the patrols run, no third party
// to them. It reports whether it dropped the target.
func (c *Coder) borderPartner(st *sentence, h *verbHit) bool {
	if !h.p.has(flagMutual) || len(h.source) != 2 || len(h.target) == 0 || h.source[0].Country == h.source[1].Country {
		return false
	}
	for _, m := range h.target {
		if !c.words.borderWith(st.toks, m.Start) {
			return false
		}
	}
	h.target = nil
	return true
}
