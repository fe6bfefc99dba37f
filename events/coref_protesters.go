package events

// "Police detained 30 activists as they protested": the "they" of a
// protest right after a crowd acted on is that crowd.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// protestingObject returns the crowd a "they" at i means when it opens
// an "as", "while", "when" or "after" clause whose verb (past adverbs and
// auxiliaries, and "tried to" or "attempted to") is a protest (a lemma of
// [protest lemmas], data/words.txt, or "hold" or "stage" with a noun of
// [protest nouns] after it: "as they tried to hold a rally"), and the
// last actor before the clause word, in the same clause and not the
// sentence's first actor, is civil (a crowd, activists, a party's
// supporters: civil in refine.go). A state or capital after "in", "at",
// "near" or "outside" (perhaps "the" or a lower-case adjective between:
// "in central Baku") is where the crowd was, not the crowd ("detained 30
// women in Havana as they marched"); a comma right before the clause word
// ends no clause. Nil otherwise: the clause's own subject rules apply.
func protestingObject(st *sentence, ms []actors.Mention, i int) *actors.Mention {
	toks := st.toks
	if i < 2 {
		return nil
	}
	switch toks[i-1].Lower {
	case "as", "while", "when", "after":
	default:
		return nil
	}
	v := i + 1
	for v < len(toks) && (toks[v].Tag == "RB" || isAux(toks[v])) {
		v++
	}
	if v+2 < len(toks) && (toks[v].Lemma == "try" || toks[v].Lemma == "attempt") && toks[v+1].Lower == "to" {
		v += 2 // "as they tried to march"
	}
	if v >= len(toks) || !protestVerb(st, v) || !(toks[v].Tag == "VBD" || toks[v].Tag == "VBG" || toks[v].Tag == "VB") {
		return nil
	}
	var obj *actors.Mention
	for j := range ms {
		m := &ms[j]
		if m.End > i-1 {
			break
		}
		if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && placedAfter(toks, m.Start) {
			continue // "in Havana", "in central Baku": where, not who
		}
		if !m.Modifier && !m.Place && (m.Country != "" || m.Kind == actors.KindOrg) {
			obj = m
		}
	}
	if obj == nil || obj == &ms[0] || !civil(*obj) || obj.Person {
		return nil
	}
	stop := i - 1
	if stop > obj.End && toks[stop-1].Text == "," {
		stop-- // "detained 40 students in Minsk, as they marched"
	}
	for k := obj.End; k < stop; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "and" {
			return nil
		}
	}
	return obj
}

// protestVerb reports a protest verb at v: a lemma of [protest lemmas]
// ("marched", "rallied"), or "hold" or "stage" whose object, within four
// tokens, is a noun of [protest nouns] ("hold a rally", "staged a sit-in").
func protestVerb(st *sentence, v int) bool {
	toks := st.toks
	if st.words.protestLemmas[toks[v].Lemma] {
		return true
	}
	switch toks[v].Lemma {
	case "hold", "stage":
		for k := v + 1; k < len(toks) && k <= v+4; k++ {
			if st.words.protestNouns[toks[k].Lower] {
				return true
			}
		}
	}
	return false
}

// placedAfter reports "in", "at", "near" or "outside" before the name at
// start, "the" or up to two lower-case adjectives between ("in central
// Baku", "at the northern Cairo").
func placedAfter(toks []dyad.Token, start int) bool {
	j := start - 1
	for n := 0; j >= 0 && n < 2 && (toks[j].Lower == "the" || toks[j].Tag == "JJ" && startsLowerASCII(toks[j].Text)); n++ {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "in", "at", "near", "outside":
		return true
	}
	return false
}
