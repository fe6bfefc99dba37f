package events

// The subject of a gerund after a verb of beginning, going on or
// stopping.

// aspectVerbBefore returns the finite verb of the [aspect verbs] at token
// j ("began", "started", "resumed", "kept") whose object is the gerund at
// token i ("began deporting", "resumed shelling"), also through "the
// process of" ("began the process of leaving"); -1 when there is none.
// The gerund's act is that verb's subject's, wherever the subject stands:
// "closed the border on Monday and began arresting migrants".
func aspectVerbBefore(st *sentence, i, j int) int {
	toks := st.toks
	if i >= len(toks) || toks[i].Tag != "VBG" || j < 0 {
		return -1
	}
	if j >= 3 && toks[j].Lower == "of" && toks[j-1].Lower == "process" && toks[j-2].Lower == "the" {
		j -= 3 // "began the process of leaving the body"
	}
	if j < 1 || st.at[j] >= 0 || !st.words.aspectVerbs[toks[j].Lemma] {
		return -1
	}
	switch toks[j].Tag {
	case "VBD", "VBZ", "VBP":
		return j
	case "VBN":
		if isAux(toks[j-1]) {
			return j // "has begun deporting", "had started shelling"
		}
	}
	return -1
}
