package events

// Rules for the cooperation roots (06 material cooperation, 07 aid, 08
// yield) that the patterns in data/verbs.txt cannot express alone: a
// "return" that is no handing back of people or property.

// coopIdiom reports a cooperation hit used in a sense that is no event:
// "return" with no object ("children returning from the Syrian
// conflict", "he has returned to a tract of land": the subject goes
// back, nobody is handed back) and people "returned" who are asylum
// seekers or migrants (a removal, 174 when the text says "deported", not
// a release).
func coopIdiom(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || toks[h.head].Lemma != "return" || !(h.code == "0841" || h.code == "0842" || h.code == "0353") {
		return false
	}
	if h.head+1 < len(toks) {
		switch toks[h.head+1].Lower {
		case "to", "from", "home", "as", "in", "after", "on", "for":
			return true
		}
	}
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "asylum", "migrant", "migrants", "seeker", "seekers", "refugee", "refugees", "deportees":
			return true
		}
	}
	return false
}
