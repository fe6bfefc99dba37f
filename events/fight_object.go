package events

// foughtObject reports a mutual fighting verb of [object fight verbs]
// ("fight") in the active voice, with one subject, whose party is its
// direct object, with no preposition between: "Nigeria fights Islamist
// militants", "the army fought insurgents in Mogadishu". That is one side's
// fight, the subject 190 the object only (dyads gives no reverse), where
// "fought with the rebels", "fought a gun battle with them" or "fought
// against" stays both ways. A list of subjects ("Burundian and Congolese
// troops fought M23 rebels") is left both ways, as the gold sets code it.
func foughtObject(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.passive || len(h.source) != 1 || h.head < 0 || h.head >= len(toks) || !st.words.objectFightVerbs[toks[h.head].Lemma] {
		return false
	}
	if j, _ := mutualWith(toks, h); j >= 0 {
		return false // "fought a gun battle with FARC rebels": both sides fought
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+3; k++ {
		switch t := toks[k].Tag; {
		case t == "RB" || t == "RP":
			continue // "fought fiercely with", "fought on"
		case t == "IN" || t == "TO":
			return false // "fought with", "fought against"
		default:
			return t == "DT" || t == "JJ" || t == "PRP$" || t == "CD" || t == "PRP" || t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS"
		}
	}
	return false
}
