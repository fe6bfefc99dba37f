package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// A past participle right after a verb's object names what was done to
// that object, not an act the object did: "pardoned 33 activists jailed
// after the riots", "agreed to take in migrants deported from Spain",
// "freed the hostages seized in March". The noun before the participle is
// its patient, so it cannot be the participle's source; with no by-agent
// the act has no doer the sentence names, and it is background to the
// clause's own verb. The same holds for an elliptical passive after "and"
// ("the plot had been foiled and nine people arrested").

// objectPastParticiple reports a verb hit whose head is a bare past
// participle (no auxiliary) right after its source, where that source is
// the object of a verb before it (or the subject of a passive elided
// after "and"), and the participle takes no object of its own and no
// by-agent.
func objectPastParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || h.passive || len(h.source) == 0 || i == 0 || i+1 > len(toks) {
		return false
	}
	// a pattern of more words goes on with a preposition right after the
	// participle ("barred from the election"): it takes no object either
	prepPattern := h.end > i+1 && patternPreposition(st, h, i+1)
	if h.end > i+1 && !(h.end == i+2 && toks[i+1].Lower == "up") && !prepPattern {
		return false // (a particle "up" goes with it: "detainees rounded up since January")
	}
	i = h.end - 1
	t := toks[h.head]
	if t.Tag != "VBN" && t.Tag != "VBD" || !startsLowerASCII(t.Text) || st.lex.PastOnly(t.Lower) || st.words.intransitiveLemmas[t.Lemma] {
		return false
	}
	src := h.source[0]
	if src.End != h.head || src.Start == 0 {
		return false
	}
	// a by-phrase names the doer, so the noun before is the patient
	// wherever it stands ("90 Peruvians deported by Santiago were sent
	// home"): it is the source only when the by-agent went unread
	if i+1 < len(toks) && toks[i+1].Lower == "by" {
		return true
	}
	// the participle takes no object: a preposition (not "by"), a
	// closing mark or the end follows, and no day or date opens it
	if i+1 < len(toks) && !prepPattern {
		n := toks[i+1]
		switch {
		case closingMark(n.Text):
		case (n.Tag == "IN" || n.Tag == "TO") && n.Lower != "by" && n.Lower != "that" && !st.isDate[i+1] && !(i+2 < len(toks) && st.isDate[i+2]) && !countOpens(toks, i+1):
			// (a count is an object: "Armed separatists killed at least 20
			// people", "seized about 30 vessels")
		case n.Lower == "since" || n.Lower == "after" || n.Lower == "during":
			// a state that lasts or the event it followed, a date or not:
			// "detainees rounded up since January", "Uighurs detained
			// after this month's riots"
		default:
			return false
		}
	}
	// the word before the source's noun phrase, across its determiners,
	// numbers and adjectives and a quantity before "of" ("hundreds of
	// migrants"); another noun there heads a phrase of its own ("charges
	// Asmara dismissed": an object relative, whose subject the source is).
	// A rounding word before the number ("about 500 Uighurs", "some 80
	// detainees") and a date between the verb and its object ("released
	// on Tuesday about 500 Uighurs detained after the riots") are crossed
	// too.
	k := src.Start - 1
	for steps := 0; k >= 0 && steps < 10; steps++ {
		w := toks[k]
		if w.Tag == "DT" || w.Tag == "CD" || w.Tag == "JJ" || w.Tag == "PRP$" || st.isDate[k] ||
			approxBeforeNumber(toks, k) ||
			w.Lower == "of" && k > 0 && headNoun(toks[k-1].Lower) {
			k--
			continue
		}
		if headNoun(w.Lower) && k+1 < len(toks) && toks[k+1].Lower == "of" {
			k--
			continue
		}
		if (w.Tag == "NNP" || w.Tag == "NNPS") && st.at[k] < 0 && k+1 < len(toks) && (k+1 == src.Start || toks[k+1].Tag == "NNP" || toks[k+1].Tag == "NNPS") {
			k-- // a capitalised modifier the actor phrase left out: "three Salafist preachers", "Kanak activists"
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	v := toks[k]
	if (v.Lower == "them" || v.Lower == "whom") && k > 0 && toks[k-1].Lower == "among" {
		return true // a list out of the verb's object: "pardoned 200 prisoners, among them soldiers jailed for treason"
	}
	if v.Lower == "and" {
		return elidedPassive(st, k)
	}
	if v.Tag != "VB" && v.Tag != "VBD" && v.Tag != "VBN" && v.Tag != "VBG" || !startsLowerASCII(v.Text) || isAux(v) || v.Lemma == "get" || st.words.clauseObjectVerbs[v.Lemma] {
		return false // (a capitalised "Leading" opening the sentence modifies its subject)
	}
	return true
}

// elidedPassive reports an "and" at k that follows a passive ("had been
// foiled and nine people arrested"): the "be" is elided after it.
func elidedPassive(st *sentence, k int) bool {
	toks := st.toks
	if p := toks[k-1]; k < 2 || p.Tag != "VBN" && p.Tag != "VBD" && !(p.Tag == "NN" && strings.HasSuffix(p.Lower, "ed")) {
		return false // (the tagger may read "foiled" as a noun)
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if beForm(toks[j].Lower) {
			return true
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// approxBeforeNumber reports a rounding word at k right before a number
// ("about 500", "some 80", "nearly 1,000", "around 40").
func approxBeforeNumber(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Tag != "CD" {
		return false
	}
	switch toks[k].Lower {
	case "about", "some", "nearly", "around", "almost", "roughly", "approximately", "over":
		return true
	}
	return false
}

// countOpens reports a count of things opening at k: a number after a
// rounding or bounding phrase ("at least 20", "more than 60", "about
// 300", "up to 40", "as many as 50", "some 80"). Such a phrase after a
// verb is its object, not a preposition's.
func countOpens(toks []dyad.Token, k int) bool {
	j := k
	for n := 0; j < len(toks) && n < 3; n++ {
		switch toks[j].Lower {
		case "at", "least", "more", "fewer", "less", "than", "about", "some", "nearly", "around", "almost", "roughly", "approximately", "over", "up", "to", "as", "many", "no":
			j++
			continue
		}
		break
	}
	return j > k && j < len(toks) && toks[j].Tag == "CD"
}

// patternPreposition reports a preposition at k, right after a past
// participle, that is the second word of the hit's own pattern ("bar
// from election"): what follows is the preposition's object, never the
// participle's, so the participle takes no object of its own. "By" (its
// agent) and "that" (a clause) are not such prepositions.
func patternPreposition(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if k >= len(toks) || len(h.p.Slots) < 2 {
		return false
	}
	n := toks[k]
	if n.Tag != "IN" && n.Tag != "TO" || n.Lower == "by" || n.Lower == "that" {
		return false
	}
	for _, w := range h.p.Slots[1] {
		if w == n.Lower {
			return true
		}
	}
	return false
}
