package events

// Two verbs of one subject joined by "and" before one object ("China
// criticised and warned Japan", "Police detained and beat dozens of
// protesters") share that object: the object scan of the first verb
// stops at "and" before a verb, so it named no target, while the second
// verb's scan finds the object. The first verb takes the second's target
// when nothing but adverbs stands between it and "and" (it has no object
// of its own), "and" is followed at once by the second verb (past
// adverbs), both are active finite verbs with the same source, and the
// target is the second verb's direct object (after it, no place, no
// modifier). Only acts aimed at someone take it (praise, demands,
// criticism, rejections, threats, sanctions, coercion, assaults, force
// and mass violence: roots 05, 10–13, 16–20); protests, meetings and
// statements ("marched and blocked roads") are left, as all roots cost
// two held-out matches (s60). The pair shares its date too
// (record.go coordinatedDate, "shot and seriously wounded … on
// Wednesday").
//
//	"Russia condemned and threatened Finland"          RUS 111 FIN, RUS 130 FIN
//	"Police detained and beat dozens of protesters"    COP 173 CVL, COP 175 CVL

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// sharedObject gives each live first verb of a pair "V1 and V2 OBJ" the
// target of V2 (see the file comment).
func sharedObject(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if !live[k] || len(h.target) != 0 || len(h.source) == 0 || h.code == "" || h.p.Noun || h.passive ||
			h.p.has(flagSpeech|flagNoTarget|flagMutual) || h.end != h.head+1 || !finite(toks[h.head].Tag) {
			continue
		}
		j := h.end
		for j < len(toks) && toks[j].Tag == "RB" {
			j++
		}
		if j >= len(toks) || toks[j].Lower != "and" {
			continue
		}
		switch cameo.Root(h.code) {
		case "05", "10", "11", "12", "13", "16", "17", "18", "19", "20":
		default:
			continue // (no protest, meeting or statement: "marched and blocked roads", "met and signed")
		}
		j++
		for j < len(toks) && toks[j].Tag == "RB" {
			j++
		}
		for g := k + 1; g < len(hits); g++ {
			o := &hits[g]
			if o.head != j {
				continue
			}
			if live[g] && !o.p.Noun && !o.passive && o.code != "" && !o.p.has(flagSpeech) && toks[o.head].Tag == toks[h.head].Tag &&
				len(o.source) > 0 && o.source[0].Code == h.source[0].Code && len(o.target) > 0 && directObject(toks, o, o.target[0].Start) &&
				!o.target[0].Place && !o.target[0].Modifier && o.target[0].Code != h.source[0].Code {
				h.target = o.target
			}
			break
		}
	}
}

// directObject reports the target starting at token start as the direct
// object of o: after its last word, with only determiners, numbers,
// adjectives and quantity words ("dozens of") between, or inside the
// words the pattern matched.
func directObject(toks []dyad.Token, o *verbHit, start int) bool {
	if start > o.head && start < o.end {
		return true // the pattern takes in its object: "beat {protesters}"
	}
	if start < o.end {
		return false
	}
	for k := o.end; k < start; k++ {
		switch toks[k].Tag {
		case "DT", "CD", "JJ", "PRP$", "NNS", "IN":
			if toks[k].Tag == "IN" && toks[k].Lower != "of" || toks[k].Tag == "NNS" && !(k+1 < start && toks[k+1].Lower == "of") {
				return false
			}
		default:
			return false
		}
	}
	return true
}
