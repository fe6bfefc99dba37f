package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// welcomedAct reports a noun of an act a party can be praised for when
// another welcomes it ("welcomed Seoul's decision", "Kenya's move was
// welcomed by Uganda"): [welcomed acts] of data/words.txt.
func (v *vocab) welcomedAct(w string) bool {
	return v.welcomedActs[w]
}

// agentOfAct reports an act noun whose "of" names its author ("the
// decision of the Indian government"), not whom it happened to ("the
// release of two aid workers", "the return of refugees"): [agent acts]
// of data/words.txt.
func (v *vocab) agentOfAct(w string) bool {
	return v.agentActs[w]
}

// welcomeCode returns the CAMEO code of one event record of hit h with
// target tgt (nil for none): a "welcome" (verbs.txt 013, optimism) of an
// act whose author is tgt is praise of that party, 051, as the gold
// conventions code a welcomed offer or decision. tgt is the author when
// it is the possessive right before the act noun ("welcomed Tajikistan's
// decision to reopen the border", "Kenya's move was welcomed by Uganda"),
// or named after "by" right after it ("the release of the sailors by
// Iran", "the decision by India and Pakistan"), or, for an agent noun
// (agentOfAct), after its "of" ("the decision of the Indian government").
// A welcome of people ("the Syrian refugees", "the return of Syrian
// refugees", "the release of two British aid workers"), of talks with a
// party ("the decision to hold talks with Pakistan"), one with no party
// named, and one only planned or hypothetical keep their code; a host's
// welcome of a visitor was recoded 043 before (refine).
func welcomeCode(st *sentence, h *verbHit, tgt *actors.Mention) string {
	toks := st.toks
	if h.code != "013" || tgt == nil || h.status != dyad.Asserted || toks[h.head].Lemma != "welcome" {
		return h.code
	}
	lo, hi := h.head+1, min(len(toks), h.head+8) // the object: "welcomed the decision by Israel"
	if h.passive {
		lo, hi = max(0, h.head-8), h.head // the subject: "Kenya's move was welcomed"
	}
	for i := lo; i < hi; i++ {
		t := toks[i]
		if !st.words.welcomedAct(t.Lower) || !(t.Tag == "" || t.Tag[0] == 'N' || t.Tag == "VBG") {
			continue
		}
		if st.words.authorOf(toks, i, tgt) {
			return "051"
		}
	}
	return h.code
}

// authorOf reports tgt as the author of the act noun at i: its
// possessive or modifier right before it ("Seoul's decision", "a Security
// Council resolution"), or named right after
// its "by", even past an "of" phrase ("the release of the sailors by
// Iran"), or after its "of" for an agent noun, with only determiners,
// names, "and" and commas between ("by India and Pakistan").
func (v *vocab) authorOf(toks []dyad.Token, i int, tgt *actors.Mention) bool {
	if tgt.End == i || tgt.End == i-1 && toks[i-1].Tag == "POS" {
		return true // "Seoul's decision", "a Security Council resolution"
	}
	j := i + 1 // "by" or "of" after the act, or after its "of" phrase
	if j < len(toks) && toks[j].Lower == "of" && !v.agentOfAct(toks[i].Lower) {
		for j++; j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || strings.HasPrefix(toks[j].Tag, "JJ") || strings.HasPrefix(toks[j].Tag, "NN")); j++ {
		}
		if j >= len(toks) || toks[j].Lower != "by" { // "the release of two British aid workers"
			return false
		}
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "by":
	case "of":
		if !v.agentOfAct(toks[i].Lower) {
			return false
		}
	default:
		return false
	}
	if tgt.Start <= j || tgt.Start > j+7 {
		return false
	}
	for k := j + 1; k < tgt.Start; k++ {
		t := toks[k]
		if !(t.Tag == "DT" || t.Tag == "CC" || t.Text == "," || strings.HasPrefix(t.Tag, "NNP") || strings.HasPrefix(t.Tag, "JJ")) {
			return false
		}
	}
	return true
}
