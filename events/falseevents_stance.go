package events

// A stance (opposing, supporting, backing, favouring a thing) told inside
// a modifier of a noun says who the noun's people are or what stands
// behind a thing, not what anyone did that day: "Protesters opposed to a
// new U.S. military runway blocked trucks", "a voting reform opposed by
// Kanak separatists", "fired tear gas at protesters who opposed plans by
// the president to seek a third term". The gold sets code the clause's
// own act and leave the stance (CODING.md: background is not coded);
// "China opposed the plan on Tuesday" and "said it opposed any
// intervention" stay, and so do a modifier with a date of its own ("a
// plan opposed by France on Monday") and a relative clause with a
// subject of its own ("the deal, which Mr. Netanyahu strenuously
// opposed", judged right in the real news).

// stanceModifier reports a hit on a verb of the [position verbs] of
// data/words.txt told as a postmodifying participle (a past participle
// right after a common noun or an actor, before "to" or "by") or inside a
// relative clause whose subject is its pronoun (right after "who",
// "which" or "that" that follows a noun, an actor or a comma, past
// adverbs and auxiliaries: "protesters who opposed the plan", "a faction
// that has been endorsed by Islamic State"), with no date between the
// verb and the clause's end.
func stanceModifier(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 1 || !st.words.positionVerbs[toks[i].Lemma] {
		return false
	}
	end := clauseEnd(toks, i)
	for k := i + 1; k < end; k++ {
		if finite(toks[k].Tag) && st.at[k] < 0 {
			break // the main clause's own verb and date: "Protesters opposed to the runway blocked trucks on Saturday"
		}
		if st.isDate[k] {
			return false // "a plan opposed by France on Monday": news
		}
	}
	t := toks[i]
	if (t.Tag == "VBN" || t.Tag == "VBD") && i+1 < len(toks) && (toks[i+1].Lower == "to" || toks[i+1].Lower == "by") {
		p := toks[i-1]
		if st.at[i-1] >= 0 && !st.ments[st.at[i-1]].Place || (p.Tag == "NN" || p.Tag == "NNS") && startsLowerASCII(p.Text) {
			return true // "Protesters opposed to", "a reform opposed by"
		}
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || isAuxWord(toks[j].Lower)) {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].Lower {
	case "who", "which", "that":
		// the relative pronoun is the clause's subject: "protesters who
		// opposed"; a clause with a subject of its own is left alone,
		// "the deal, which Mr. Netanyahu strenuously opposed" (a judged
		// real news stance coded) and "repeated that Japan backed …" (a
		// complement)
	default:
		return false
	}
	p := toks[j-1]
	return p.Text == "," || st.at[j-1] >= 0 || (p.Tag == "NN" || p.Tag == "NNS") && startsLowerASCII(p.Text)
}
