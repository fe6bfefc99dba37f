package events

// An act a relative clause tells with "was to" or "were to" ("a summit
// in Amman where Biden was to meet Arab leaders", "a session that was to
// name an interim president", "a summit that was to have brought
// together …") was planned before the story and, as the story tells it,
// called off or undone: no event (CODING.md: "will/would" alone is not
// an event; the open gold lines W12077, W12226 and W16263 code nothing
// from such a clause, only the cancelling or boycotting act).

// plannedPast reports a verb hit at the head of "was to" or "were to"
// (or "was to have" with a participle) whose "was" or "were" follows a
// relative word ("where", "that", "which", "who", "when") across at
// most five words of a subject with no punctuation or verb of its own.
func plannedPast(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun {
		return false
	}
	j := i - 1
	if j >= 1 && toks[j].Lower == "have" && toks[i].Tag == "VBN" {
		j--
	} else if toks[i].Tag != "VB" {
		return false
	}
	if j < 1 || toks[j].Lower != "to" || toks[j-1].Lower != "was" && toks[j-1].Lower != "were" {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-7; k-- {
		switch toks[k].Lower {
		case "where", "that", "which", "who", "when":
			return true
		}
		if isPunct(toks[k]) && toks[k].Tag != "POS" || finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return false
		}
	}
	return false
}
