package events

import "strings"

// shipAttacked reports an attack told by a bare verb ("attack",
// "strike", "target") whose direct object is a ship or ships: "Houthi
// rebels attacked a commercial ship in the Red Sea", "Pirates attacked
// a tanker off Somalia". The gold sets code an attack on a ship whose
// flag the sentence does not name with no target (d5a068, W10128: as a
// ship seized with no flag named), so such a hit stays though its
// pattern needs a target; unaimed.go vesselHit keeps it afterwards. The
// object is read from the verb on: determiners, numbers, adjectives,
// participles and nouns, its head the last noun before anything else,
// which must be in [vessel nouns] and not a possessive ("attacked a
// ship's crew" is an attack on people; "attacked the shipyard" is no
// ship). Only the verb pattern 190 is read, not a nominal attack.
func shipAttacked(st *sentence, h *verbHit) bool {
	if h.p.Code != "190" || h.passive || h.head < 0 || h.head >= len(st.toks) || !strings.HasPrefix(st.toks[h.head].Tag, "VB") {
		return false
	}
	switch st.toks[h.head].Lemma {
	case "attack", "strike", "target":
	default:
		return false
	}
	toks := st.toks
	last := -1
phrase:
	for k := h.head + 1; k < len(toks); k++ {
		switch t := toks[k]; {
		case strings.HasPrefix(t.Tag, "NN"):
			last = k
		case last < 0 && (t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "JJ" || t.Tag == "VBN" || t.Tag == "HYPH" || t.Text == "-"):
		default:
			break phrase
		}
	}
	if last < 0 || !st.words.vesselNouns[toks[last].Lower] {
		return false
	}
	return last+1 >= len(toks) || toks[last+1].Tag != "POS" && !pluralPossessive(toks, last+1)
}
