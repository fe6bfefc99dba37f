package events

// coordinatedVerbDate is coordinatedDate for a coordinated verb that
// codes no event of its own: "Myanmar soldiers killed more than 30
// villagers and burned their bodies on Friday" dates the killing by the
// day written after "burned". The verb has the hit's tag, follows "and"
// with no comma after the hit, and the date comes after it in the clause
// with no other verb hit, comma or subordinate clause between.
func (c *Coder) coordinatedVerbDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	heads := map[int]bool{}
	for _, g := range st.hits {
		heads[g.head] = true
	}
	for k := h.end; k < hi; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || subordinator(toks[k].Lower) || relativeThat(toks, k) {
			return dateExpr{}, false
		}
		if heads[k] || toks[k].Tag != toks[h.head].Tag || toks[k-1].Lower != "and" {
			continue
		}
		for j := k + 1; j < hi; j++ {
			if toks[j].Text == "," || toks[j].Text == ";" || heads[j] || subordinator(toks[j].Lower) || relativeThat(toks, j) {
				return dateExpr{}, false
			}
			for _, d := range st.dates {
				if d.start == j && !ahead(st, d) {
					return d, true
				}
			}
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}
