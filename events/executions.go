package events

// Role: executions of a counted number of people at once. Under two
// dozen the gold codes them 1823, as it codes one executed
// (testdata/gold/README.md item 31: "summarily executed at least 21
// civilians", "beheaded 15 villagers", "hanged 20 prisoners"); "dozens",
// "hundreds", "scores" or "thousands of", or a whole number of 24 and more
// that counts the victims, are a mass killing, 202 (massExecuted).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// fewExecuted reports h's head as one of [execution verbs]
// (data/words.txt) whose victims are counted at k by a stated number
// under two dozen ("at least 21 civilians", "eight drug convicts"): an
// execution, 1823, not the mass killing a count of more than twenty
// makes of other killing verbs (countedMass, mass_killing.go).
func (v *vocab) fewExecuted(toks []dyad.Token, h *verbHit, k int) bool {
	if !v.executionVerbs[toks[h.head].Lemma] {
		return false
	}
	n := leadingNumber(toks[k].Text)
	return n > 0 && n < 24
}

// massExecuted reports h's head as one of [execution verbs] whose victims,
// right after it, are counted in the dozens or more: "dozens of",
// "hundreds of", "scores of", or a stated number of two dozen and more
// ("executed about 700 members of the Shueitat tribe"). The gold codes
// every such execution a mass killing, 202, whoever was executed
// (testdata/gold/README.md item 31: "'dozens' or more give 202 in every
// open line", captured soldiers too, W36031 "executed dozens of Syrian
// soldiers"), where a killing in a fight of dozens of soldiers is no mass
// killing (massCount lists no fighters). A stated number under two dozen
// is fewExecuted's 1823.
func (v *vocab) massExecuted(toks []dyad.Token, h *verbHit) bool {
	if !v.executionVerbs[toks[h.head].Lemma] || h.passive || len(h.target) != 1 {
		return false
	}
	for k := h.head + 1; k < len(toks) && k < h.head+5; k++ {
		switch toks[k].Lower {
		case "dozens", "hundreds", "thousands", "scores":
			return k+1 < len(toks) && toks[k+1].Lower == "of" && h.target[0].Start > k+1 && h.target[0].Start <= k+6
		}
		if toks[k].Tag == "CD" {
			return victimCount(toks, k, h.target[0].Start) >= 24
		}
		if t := toks[k].Tag; t != "RB" && t != "IN" && t != "JJ" && t != "DT" || isPunct(toks[k]) {
			return false // "executed the plan", "hanged them": no count
		}
	}
	return false
}

// victimCount returns the number at k when it counts the victims whose
// mention starts at start: a plain whole number ("25", "1,200",
// "thirty"), not an age ("30-year-old") or a date ("on 25 March"),
// followed at once by the victims' words, at most two modifiers or nouns
// that are no month ("25 captured Kurdish fighters") before the mention.
// Anything else is 0.
func victimCount(toks []dyad.Token, k, start int) int {
	if start <= k || start > k+3 {
		return 0
	}
	w := toks[k].Lower
	n := 0
	if strings.Trim(w, "0123456789,") == "" {
		n = leadingNumber(w)
	} else if !strings.Contains(w, "year") && !strings.Contains(w, "old") {
		n = wordNumber(w)
	}
	for j := k + 1; j < start; j++ {
		switch toks[j].Tag {
		case "JJ", "VBN", "VBD", "NN", "NNS", "NNP", "NNPS": // "Kurdish" is tagged NNP
		default:
			return 0
		}
		if monthOf(toks[j].Lower) != 0 {
			return 0 // "on 25 March"
		}
	}
	return n
}
