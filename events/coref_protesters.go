package events

// "Police detained 30 activists as they protested": the "they" of a
// protest right after a crowd acted on is that crowd.

import "github.com/dyad-events/dyad/actors"

// protestingObject returns the crowd a "they" at i means when it opens
// an "as", "while" or "when" clause whose verb (past adverbs and
// auxiliaries) is a protest (a lemma of [protest
// lemmas], data/words.txt), and the last actor before the clause word,
// in the same clause and not the sentence's first actor, is civil (a
// crowd, activists, a party's supporters: civil in refine.go). Nil
// otherwise: the clause's own subject rules apply.
func protestingObject(st *sentence, ms []actors.Mention, i int) *actors.Mention {
	toks := st.toks
	if i < 2 {
		return nil
	}
	switch toks[i-1].Lower {
	case "as", "while", "when":
	default:
		return nil
	}
	v := i + 1
	for v < len(toks) && (toks[v].Tag == "RB" || isAux(toks[v])) {
		v++
	}
	if v >= len(toks) || !st.words.protestLemmas[toks[v].Lemma] || !(toks[v].Tag == "VBD" || toks[v].Tag == "VBG" || toks[v].Tag == "VB") {
		return nil
	}
	var obj *actors.Mention
	for j := range ms {
		m := &ms[j]
		if m.End > i-1 {
			break
		}
		if !m.Modifier && !m.Place && (m.Country != "" || m.Kind == actors.KindOrg) {
			obj = m
		}
	}
	if obj == nil || obj == &ms[0] || !civil(*obj) || obj.Person {
		return nil
	}
	for k := obj.End; k < i-1; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "and" {
			return nil
		}
	}
	return obj
}
