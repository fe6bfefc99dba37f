package events

// Backers named in a reduced relative after the subject: "Somali forces
// backed by local clan militias recaptured the town", "Congolese troops
// supported by allied militias attacked". The plain subject search takes
// the actor right before the verb and skips it only when a preposition
// stands right before it ("backed by Rwandan troops"); lower-case
// modifiers the actor dictionary leaves out ("local clan", "allied") hide
// that "by", and the backers would take the act over from the force they
// back.

// backerModified reports lower-case modifiers ending at token k (one to
// three adjectives or nouns that are no actor and no date) right after
// "by" and a backing participle ("backed", "supported", "aided",
// "assisted", "joined", "accompanied"): the actor after them is the
// object of that "by", not a subject. False when k is no such modifier.
func backerModified(st *sentence, k int) bool {
	toks := st.toks
	n := 0
	for k >= 0 && n < 3 && st.at[k] < 0 && !st.isDate[k] && !startsUpperASCII(toks[k].Text) &&
		(toks[k].Tag == "JJ" || toks[k].Tag == "NN") {
		k--
		n++
	}
	if n == 0 || k < 1 || toks[k].Lower != "by" {
		return false
	}
	switch toks[k-1].Lower {
	case "backed", "supported", "aided", "assisted", "joined", "accompanied":
		return true
	}
	return false
}
