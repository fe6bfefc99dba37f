package events

// A present tense with a time word that looks forward is a plan, not a
// deed (CODING.md, Events: future): "Lula leaves for Buenos Aires
// tomorrow", "the envoy is travelling to Doha next week", "Tomorrow the
// ministers meet in Brussels", "the talks resume later this month" are
// future, as "will leave" is. A past tense ("left tomorrow" does not
// occur) or a verb of saying, warning or planning (whose own act is the
// statement: "warns it strikes next week" is no plan of the warning)
// keeps its status.

import "github.com/dyad-events/dyad"

// presentAhead reports whether the verb at token i is a present tense
// (VBZ/VBP, or a VBG after a present "is/are/am") whose clause holds a
// date expression that looks forward (ahead: "tomorrow", "next week",
// "later this month"). The clause is bounded by commas, semicolons and
// "that"/"when"/"after"/"before"/"until"/"while"/"as" between the verb
// and the date.
func presentAhead(st *sentence, i int) bool {
	if st == nil || i >= len(st.toks) {
		return false
	}
	toks := st.toks
	t := toks[i]
	switch {
	case t.Tag == "VBZ" || t.Tag == "VBP":
	case t.Tag == "VBG" && i >= 1 && (toks[i-1].Lower == "is" || toks[i-1].Lower == "are" || toks[i-1].Lower == "am" || toks[i-1].Lower == "'s" || toks[i-1].Lower == "'re"):
	default:
		return false
	}
	if st.words.stanceVerbs[t.Lemma] || t.Lemma == "be" || t.Lemma == "have" {
		return false
	}
	for _, d := range st.dates {
		if !ahead(st, d) {
			continue
		}
		lo, hi := i+1, d.start
		if d.start < i {
			lo, hi = d.end, i
		}
		if sameClauseSpan(toks[lo:hi]) {
			return true
		}
	}
	return len(st.dates) == 0 && undatedAhead(toks, i)
}

// sameClauseSpan reports a run of tokens with no clause boundary in it.
func sameClauseSpan(span []dyad.Token) bool {
	for _, t := range span {
		if t.Text == "," || t.Text == ";" || t.Text == ":" || finite(t.Tag) {
			return false
		}
		switch t.Lower {
		case "that", "when", "after", "before", "until", "while", "as", "since", "because", "which", "who":
			return false
		}
	}
	return true
}
