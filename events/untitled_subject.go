package events

// A title with a name the dictionary lacks and no country ("Prime
// Minister Saad al-Hariri", a run of the [name particles] of
// actors/data/words/words.txt) is still the subject of the verb right
// after it: a mention after the verb ("met Saudi Arabia's crown prince")
// is its object, never the source of the act.

// unknownTitledSubject reports an active hit h whose source is a titled
// person of no country ending right before its verb (past adverbs,
// modals and auxiliaries): the act is that person's, whose state the
// sentence does not say, so it has no source, and its target ("Saudi
// Arabia's crown prince") must not take the source's place.
func unknownTitledSubject(st *sentence, h *verbHit) bool {
	if h.passive || len(h.source) != 1 || len(h.target) == 0 || h.source[0].Start >= h.head {
		return false
	}
	m := h.source[0]
	if m.Country != "" || !m.Person || m.Kind != "title" {
		return false
	}
	toks := st.toks
	j := h.head - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || st.isDate[j]) {
		j--
	}
	return m.End == j+1
}
