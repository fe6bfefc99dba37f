package events

import "strings"

// A relative clause of killing whose antecedent is a standing conflict
// or unrest ("a seven-year insurgency that has killed more than 7,000
// people", "protests that have killed 42 people", "the war, which killed
// 300,000") sums up that conflict's toll so far: background to the
// sentence's news, with no agent of its own, and no event. The killing
// of an attack named as an act ("a bomb that killed four policemen",
// "attacks that killed 30") stays the attack's toll (relativeToll).

// tollRelative reports a hit at h whose verb is a toll verb ([toll
// verbs]: kill, wound …) in a relative clause, "that" or "which" (a
// comma allowed before it) and an optional perfect auxiliary with
// adverbs ("that has so far killed"), right after a noun of [toll
// antecedents], or whose subject is such a noun after "whose" ("whose
// decade-long insurgency has killed").
func tollRelative(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if !st.words.tollVerbs[toks[i].Lemma] || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" {
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "so" || toks[j].Lower == "far") {
		j-- // "that has so far killed", "which had already killed"
	}
	if j >= 0 && toks[j].Lemma == "have" {
		j--
	} else if toks[i].Tag != "VBD" {
		return false // "insurgency that was killed"? no such reading
	}
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j >= 1 && st.words.tollAntecedents[toks[j].Lower] {
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if toks[k].Lower == "whose" {
				return true // "Boko Haram, whose insurgency has killed 35,000 people"
			}
			if !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "NN") {
				break
			}
		}
		return false
	}
	if j < 1 || toks[j].Lower != "that" && toks[j].Lower != "which" {
		return false
	}
	j--
	if toks[j].Text == "," && j > 0 {
		j--
	}
	return st.words.tollAntecedents[toks[j].Lower]
}
