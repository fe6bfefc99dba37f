package events

// A class of people named by a suspicion: "the militia has been known to
// hunt down people suspected of collaborating with Israel", "anyone
// accused of spying faces death". The bare noun ([suspect classes]: no
// determiner, number or possessive) names whoever may be suspected, no
// one in particular; the act suspected is no event, alleged or not
// (CODING.md: unnamed collectives are no actors). A counted or determined
// group ("seven people suspected of plotting", "the men accused of") is
// left to the other rules.

// suspectedClass reports a gerund hit right after "suspected of",
// "accused of" or "charged with" whose participle follows a bare noun of
// [suspect classes] ("people suspected of collaborating").
func suspectedClass(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i < 3 || toks[i].Tag != "VBG" {
		return false
	}
	switch toks[i-2].Lower + " " + toks[i-1].Lower {
	case "suspected of", "accused of", "charged with":
	default:
		return false
	}
	n := i - 3
	if !st.words.suspectClasses[toks[n].Lower] {
		return false
	}
	if n == 0 {
		return true
	}
	switch p := toks[n-1]; p.Tag {
	case "DT", "CD", "PRP$", "POS", "JJ", "PDT":
		return false // "the people suspected of", "seven people suspected of"
	}
	return true
}
