package events

// subjectAside reports a verb in the simple past inside a non-restrictive
// relative clause on the sentence's subject, closed by a comma before the
// subject's own predicate ("The former minister, who resigned last week
// after a row over arms exports, was a fierce critic of the deal"): the
// clause tells who the subject is, the news is in the predicate, and the
// act is background. A predicate of saying or thinking keeps the clause's
// act ("The foreign minister, who met his Swedish counterpart on Monday,
// said …"): a speaker's doings of the day are told that way. A relative
// clause on an object (", who fled to Madrid") is left to the other rules,
// and so is an aside dated to a day ("who flew to Ankara on Monday").
func (c *Coder) subjectAside(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if toks[j].Lower != "who" || toks[j-1].Text != "," {
		return false
	}
	ante := j - 2 // the antecedent's last word: an actor named
	if st.at[ante] < 0 {
		return false
	}
	for k := st.ments[st.at[ante]].Start - 1; k >= 0; k-- {
		if t := toks[k]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "MD" || finite(t.Tag) || isQuote(t.Text) {
			return false // not the subject that opens the sentence
		}
	}
	end := -1 // the comma closing the clause
	for k := i + 1; k < len(toks); k++ {
		if t := toks[k]; t.Text == ";" || t.Text == ":" || isQuote(t.Text) {
			return false
		}
		if toks[k].Text == "," {
			end = k
			break
		}
		switch toks[k].Lower {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight":
			return false // a day's act: "who flew to Ankara on Monday, urged …" is news of its own
		}
	}
	if end < 0 {
		return false
	}
	k := end + 1
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	if k >= len(toks) || !isVerbTag(toks, k) && toks[k].Tag != "MD" {
		return false // no predicate right after the clause: an apposition, a list
	}
	for k < len(toks) && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || isAux(toks[k])) {
		k++ // "does not rule out", "has also been", "was implacably opposed"
	}
	if k >= len(toks) || !isVerbTag(toks, k) {
		return true // a copula: "is still a popular figure"
	}
	return !c.isSpeechOrCognition(toks[k])
}
