package events

// butVerb reports a verb at i whose subject search (past its auxiliaries,
// negation and adverbs) stops at j on a "but" right before an auxiliary
// or negation: "visited the border on Friday but did not meet the
// governor", "has not commented but has condemned the raid". The verb is
// the second of two joined to one subject, as after "and"; a "but" that
// opens a clause of its own has that clause's subject between it and the
// verb ("…, but Hanoi did not reply"), so j is never on the "but" then.
// Not after a speech verb: "said it knew nothing of the plan, but did not
// rule out a deal" leaves the reported clause's subject and the speaker
// apart, and which one the second verb has is unclear.
func (c *Coder) butVerb(st *sentence, i, j int) bool {
	toks := st.toks
	if j < 2 || j+1 >= i || toks[j].Lower != "but" || !isAux(toks[j+1]) {
		return false
	}
	for k := j - 1; k >= 0; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			break
		}
		if st.at[k] < 0 && len(toks[k].Tag) >= 2 && toks[k].Tag[:2] == "VB" && c.isSpeechOrCognition(toks[k]) {
			return false
		}
	}
	return true
}
