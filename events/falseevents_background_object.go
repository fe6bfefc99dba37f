package events

// A nominal event that is the object of a verb told as background is
// background too: "The alliance previously described Russia's invasion
// of Ukraine as the most significant threat" tells what NATO once said of
// a war long under way, no invasion of the day; "Moscow has long
// condemned NATO's expansion" no expansion. backgroundAdverb already
// drops the verb ("previously described"); the noun it governs goes with
// it. A nominal governed by a verb of the day ("NATO on Monday described
// Russia's invasion as …") is left to the other rules.

import "strings"

// backgroundObject reports a nominal hit whose governing verb, the
// nearest verb before it in its clause (no comma, semicolon or
// subordinator between), is told as background by backgroundAdverb.
func backgroundObject(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !nounLike(st, h) && !strings.HasPrefix(toks[h.head].Tag, "NN") {
		return false
	}
	for k := h.head - 1; k >= 0 && k >= h.head-8; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || subordinator(t.Lower) {
			return false
		}
		if !strings.HasPrefix(t.Tag, "VB") || isAux(t) {
			continue
		}
		return backgroundAdverb(toks, k)
	}
	return false
}
