package events

// "Police fired tear gas at landowners who had blocked a road": the
// protest in a past-perfect relative clause is the day's news that the
// force answered, not the antecedent's background.

import "github.com/dyad-events/dyad/cameo"

// answeredProtest reports a protest (root 14, its verb a lemma of
// [protest lemmas], data/words.txt, or its pattern's words holding a noun
// of [protest nouns]: "who had been on hunger strike", "who had staged a
// sit-in") in a "who had …" relative clause after an earlier act of force
// or arrest of the sentence (roots 17–19, which the protest answers:
// "police detained opposition activists who had protested against the
// transfer"), whatever pluperfectRelative says of past-perfect relatives.
// Protests take the government as target when a grievance against it is
// told (gold README, "Conventions fixed here"), in a relative as in a
// main clause.
func answeredProtest(st *sentence, h *verbHit) bool {
	toks := st.toks
	if cameo.Root(h.code) != "14" || !st.words.protestLemmas[toks[h.head].Lemma] && !st.words.protestNouns.anyIn(toks[h.head:h.end]) {
		return false // "students who had barricaded themselves inside": no protest told
	}
	j := auxBefore(toks, h.head, false)
	if j < 2 || toks[j].Lower != "had" || toks[j-1].Lower != "who" {
		return false
	}
	for _, g := range st.hits {
		if g.head >= j-1 || g.code == "" {
			continue
		}
		switch cameo.Root(g.code) {
		case "17", "18", "19":
			return true
		}
	}
	return false
}
