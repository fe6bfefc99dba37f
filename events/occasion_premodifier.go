package events

import "strings"

// occasionPremodifier reports a date expression d of st written before
// an occasion noun ([occasion nouns]: address, speech, visit, interview,
// letter, statement, remarks, …) in a phrase opened by in, during or at
// and a determiner or a possessive: "during his March 3 address to
// Congress", "In his September 2013 address to the United Nations". Up
// to two nouns or adjectives may stand between the date and the occasion
// noun ("a March 3 televised address"). It returns the index of the
// occasion noun: the act told at that occasion takes the date, as it
// does from "in a speech on March 3".
func occasionPremodifier(st *sentence, d dateExpr) (int, bool) {
	toks := st.toks
	if d.start < 2 || d.end >= len(toks) {
		return 0, false
	}
	if t := toks[d.start-1].Tag; t != "DT" && t != "PRP$" {
		return 0, false
	}
	switch toks[d.start-2].Lower {
	case "in", "during", "at":
	default:
		return 0, false
	}
	for k := d.end; k < len(toks) && k <= d.end+2; k++ {
		if st.words.occasionNouns[toks[k].Lower] {
			return k, true
		}
		if !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "JJ" && toks[k].Tag != "VBN" {
			return 0, false
		}
	}
	return 0, false
}

// frontedOccasion reports a fronted phrase toks[start:comma] that is one
// occasion a date premodifies, however long the words after its noun:
// "In his September 2013 address to the United Nations, Obama hailed …".
// frontedDate takes such a phrase's date though it runs past the eight
// words it allows a phrase of its own.
func frontedOccasion(st *sentence, start, comma int) bool {
	for _, d := range st.dates {
		if d.start == start+2 && d.end < comma {
			if _, ok := occasionPremodifier(st, d); ok {
				return true
			}
		}
	}
	return false
}
