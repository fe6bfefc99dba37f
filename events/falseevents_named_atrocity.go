package events

// A past atrocity known by its name ("the Armenian genocide", "the
// Rwandan genocide", "the Srebrenica massacre") is history named in
// passing, and its adjective names the victims or the place, not the
// doer: "Turkey froze military cooperation with Paris over a French vote
// to make denying the Armenian genocide a crime" coded ARM 202 ARMCVL
// (dev18 W18149). CODING.md: no history retrospectives.

// namedAtrocity reports a nominal act whose head is "genocide",
// "massacre" or "massacres" right after a word of [named atrocities]
// (words.txt), the name by which the past atrocity is known.
func namedAtrocity(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) || h.head == 0 {
		return false
	}
	switch st.toks[h.head].Lower {
	case "genocide", "massacre", "massacres":
	default:
		return false
	}
	return st.words.namedAtrocities[st.toks[h.head-1].Lower]
}
