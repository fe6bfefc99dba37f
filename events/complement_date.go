package events

import "strings"

// inComplement reports a date expression d of st written inside a
// that-clause that is the object of the verb hit h, with a finite verb
// of its own before the date: "Reagan denied that his wife had had a
// role in the departure of his chief of staff last Friday" dates the
// departure, not the denial (README "Conventions fixed here": a date
// belongs to the clause it stands in). The clause opens at "that" right
// after h's words (an adverb between allowed: "denied flatly that"), or
// after a short noun phrase of h's object whose clause it is ("denied
// reports that its troops had crossed into Somalia last week").
// "said on Friday that …" keeps its date, written before "that".
func inComplement(st *sentence, h *verbHit, d dateExpr) bool {
	toks := st.toks
	if h.p.Noun || strings.HasPrefix(toks[h.head].Tag, "NN") || d.start <= h.end {
		return false
	}
	k := h.end
	if k < d.start && toks[k].Tag == "RB" {
		k++
	}
	for n := 0; n < 3 && k < d.start && toks[k].Lower != "that" && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS"); n++ {
		k++ // a noun's clause: "denied reports that its troops had crossed into Somalia last week"
	}
	if k >= d.start || toks[k].Lower != "that" {
		return false
	}
	for j := k + 1; j < d.start; j++ {
		if finite(toks[j].Tag) || toks[j].Tag == "MD" {
			return true
		}
	}
	return false
}
