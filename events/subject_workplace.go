package events

import "strings"

// pastWorkplaceAdjectives returns the index of "at", "in" or "from"
// before a run of one or two lower-case adjectives or noun modifiers
// (the tagger reads "public" as a noun) that ends at token k, right
// before a mention ("doctors at public hospitals", "teachers in state
// schools", "nurses from private clinics"), so that the mention is read
// as the object of that preposition, as "doctors at hospitals" is; k
// itself when token k is no such adjective or no such preposition opens
// the run. Adjectives that are part of a mention are not skipped; the
// token before the preposition must be a mention's (the people placed)
// and the one after the run a lower-case word (a workplace noun, not a
// name: "reservists in case Hezbollah fires").
func pastWorkplaceAdjectives(st *sentence, k int) int {
	toks := st.toks
	b := k
	for b >= 1 && b > k-2 && st.at[b] < 0 && (toks[b].Tag == "JJ" || toks[b].Tag == "NN") && toks[b].Text == strings.ToLower(toks[b].Text) {
		b--
	}
	if b == k || b < 1 || st.at[b-1] < 0 || k+1 >= len(toks) || toks[k+1].Text != toks[k+1].Lower {
		return k // a workplace after people: not "in case Hezbollah fires"
	}
	switch toks[b].Lower {
	case "at", "in", "from":
		return b
	}
	return k
}
