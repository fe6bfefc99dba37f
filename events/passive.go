package events

// The passive voice beyond the verb's own auxiliaries: who a passive act
// is aimed at when it names it with "on" or "against", and the object
// complement of a verb of witnessing ("the riots saw police officers
// assaulted"), a passive whose agent is its by-phrase or nobody known.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// passiveOnTarget returns the actor a passive act names with "on" or
// "against" before its by-agent, when the subject names none: "Sanctions
// were imposed on Iran by the European Union" is EU 163 IRN, as the
// active "imposed sanctions on Iran" is. nil when there is none.
func (c *Coder) passiveOnTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+4; k++ {
		switch toks[k].Lower {
		case "by", ",", ";":
			return nil
		case "on", "against", "upon":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if m := st.at[j]; m >= 0 {
				if mt := st.ments[m]; !mt.Modifier {
					return []actors.Mention{mt}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// ofByAgent returns the by-agent of an act word at i that stands as a
// bare noun object of a verb before it, as headlines write them: "UN
// welcomes release of Nigerian girls by Boko Haram", "EU condemns
// killing of protesters by police". The word takes "of" and its object,
// which no finite verb does, so it names an act whose doer is the
// by-agent, not the verb's subject. nil when the shape or the agent is
// missing.
func (c *Coder) ofByAgent(st *sentence, i int) []actors.Mention {
	toks := st.toks
	if i < 1 || i+3 >= len(toks) || toks[i+1].Lower != "of" || st.at[i] >= 0 {
		return nil
	}
	// the verb before, or a headline verb the tagger took for a plural
	// noun right after its actor ("EU welcomes release of …")
	if v := toks[i-1]; !(strings.HasPrefix(v.Tag, "VB") || v.Tag == "NNS" && i >= 2 && st.at[i-2] >= 0) || isAux(v) || st.at[i-1] >= 0 {
		return nil
	}
	by := c.nounSource(st, i)
	if len(by) == 0 || by[0].Start <= i {
		return nil
	}
	return by
}

// sawParticiple reports a past participle at token i that is the object
// complement of a verb of witnessing ("the riots saw police officers
// assaulted", "the week saw shops looted and mosques attacked",
// "witnessed protesters beaten by riot police"): its noun phrase is the
// patient, so the act is a passive, done by its by-agent if the sentence
// names one and by nobody known otherwise. A participle of such a list
// after a comma or "and" is one too.
func sawParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || st.lex.PastOnly(toks[i].Lower) {
		return false
	}
	for depth := 0; depth < 6; depth++ {
		k := i - 1
		if !npTok(st, k) {
			return false // "saw police assaulted": a noun phrase right before the participle
		}
		if i+1 < len(toks) && npTok(st, i+1) && !st.isDate[i+1] {
			return false // "saw soldiers killed three people": a finite verb and its object
		}
		for k >= 0 && i-k <= 12 && (npTok(st, k) || toks[k].Lower == "of") {
			if witnessVerb(toks[k]) {
				break
			}
			k--
		}
		if k < 0 || i-k > 12 {
			return false
		}
		if witnessVerb(toks[k]) {
			return k+1 < i
		}
		// "…, shops looted": the participle of a list whose first member
		// follows the witnessing verb
		prev := k
		for prev > 0 && (toks[prev].Text == "," || toks[prev].Lower == "and") {
			prev--
		}
		if prev == k || toks[prev].Tag != "VBN" && toks[prev].Tag != "VBD" {
			return false
		}
		i = prev
	}
	return false
}

// witnessVerb reports a form of "see" or "witness" (the riots "saw", a
// city "has seen", crowds "witnessed").
func witnessVerb(t dyad.Token) bool {
	if !startsLowerASCII(t.Text) || !(t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || t.Tag == "VB" || t.Tag == "VBG") {
		return false
	}
	return t.Lemma == "see" || t.Lemma == "witness"
}

// npTok reports a token that may belong to a noun phrase: a word of an
// actor mention, a determiner, adjective, noun, number or possessive.
func npTok(st *sentence, k int) bool {
	if k < 0 {
		return false
	}
	if st.at[k] >= 0 {
		return true
	}
	switch st.toks[k].Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$":
		return true
	}
	return false
}

// conjoinedPassiveTarget returns, for a passive act with a by-agent
// whose clause shares its subject with a verb before it through "but"
// or "and" ("Rebels attacked Bangui but were repulsed by government
// troops"), that shared subject: the one the act was done to. nil when
// the passive has a subject of its own or no such conjunction.
func (c *Coder) conjoinedPassiveTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	aux := h.head - 1
	for aux >= 0 && (toks[aux].Tag == "RB" || st.isDate[aux]) {
		aux--
	}
	if aux < 1 || !isAux(toks[aux]) {
		return nil
	}
	if w := toks[aux-1].Lower; w != "but" && w != "and" {
		return nil
	}
	if aux < 2 || !finiteBefore(toks, aux-1) {
		return nil
	}
	return c.subject(st, aux)
}
