package events

// Objects that are a clause's subject. A verb of admission or acceptance
// may take a noun phrase as its object ("admitted foreign troops",
// "accepted observers from the bloc") or a complement clause whose
// subject reads like one ("admitted soldiers from a conscript unit had
// been sent", "acknowledged observers from the mission had found
// fraud"): the clause is a confession or a report, not the party let in.

// objectClause reports a finite verb right after the noun phrase that
// opens at token from (determiners, modifiers, nouns, names, "of",
// "from", "and", possessives and numbers, at most ten tokens): the
// phrase is the subject of a complement clause, no object. A verb
// directly followed by "by" is a reduced relative ("troops from Chad
// deployed by the bloc"), no clause verb.
func objectClause(st *sentence, from int) bool {
	toks := st.toks
	for k := from; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		if st.at[k] >= 0 || npTag(t.Tag) || t.Tag == "NNPS" || t.Tag == "JJS" || t.Tag == "JJR" {
			continue
		}
		switch t.Lower {
		case "of", "from", "and":
			continue
		}
		if !finite(t.Tag) && t.Tag != "MD" {
			return false
		}
		return !(t.Tag == "VBD" && k+1 < len(toks) && toks[k+1].Lower == "by")
	}
	return false
}
