package events

// A condemnation (root 11) that names the act it condemns before its own
// words, not as their object: the subject of a copular verdict ("Abe said
// the launch was \"totally unacceptable\"") or the noun a passive
// relative clause hangs on ("… fired a missile over Japan, a provocation
// which was condemned by Abe"). refine.go then aims it, as "condemned the
// launch" is, at the source of the story's last use or show of force.

import "github.com/dyad-events/dyad"

// actBefore returns the token of the act noun (namesAct's, or
// "provocation") that the condemnation h comments on from before its
// head, or -1. For a verdict the head is a form of "be" right after the
// noun, which "the", "this" or a possessive opens (at most two modifiers
// between: "the missile launch was"); for a passive, "which" or "that"
// with an optional "was"/"were" and adverbs stands between the noun
// (and an optional comma) and the participle.
func actBefore(toks []dyad.Token, h *verbHit) int {
	actAt := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		w := toks[k].Lower
		return w == "provocation" || w == "provocations" || namesAct(toks[k:k+1], 0) == 0
	}
	k := h.head - 1
	if h.passive {
		for k >= 0 && (toks[k].Tag == "RB" || beForm(toks[k].Lower)) {
			k--
		}
		if k < 1 || toks[k].Lower != "which" && toks[k].Lower != "that" {
			return -1
		}
		k--
		if toks[k].Text == "," {
			k--
		}
		if actAt(k) {
			return k
		}
		return -1
	}
	if h.head >= len(toks) || !beForm(toks[h.head].Lower) || toks[h.head].Lower == "be" || !actAt(k) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch t := toks[j]; {
		case t.Lower == "the" || t.Lower == "this" || isPossTok(t):
			return k
		case t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "JJ" || t.Tag == "CD":
			continue
		}
		return -1
	}
	return -1
}
