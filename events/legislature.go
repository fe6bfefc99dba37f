package events

// This file holds legislatureAddressesGov: a parliament's or its members'
// words to the government of their own country are an event between two
// parties, which the rule against a state's own officials as targets
// (refine) would otherwise drop.

import "github.com/dyad-events/dyad/cameo"

// legislatureAddressesGov reports a legislature (LEG, not also GOV) whose
// verbal act (roots 01–13: appeals, demands, criticism, warnings, praise)
// has as its object government officials of its own country named by role
// or name, not by a pronoun: "MPs urged ministers to act" (GBRLEG 020
// GBRGOV), "backbench MPs warned the prime minister" (GBRLEG 130 GBRGOV). Parliament
// and government are distinct parties (CODING.md: ministers GOV,
// lawmakers LEG), unlike a state's own diplomats or troops ("recalled
// its ambassador"), which stay no target. A pronoun object ("urged him")
// is left to the rule it was: its antecedent is a guess.
func legislatureAddressesGov(st *sentence, h *verbHit) bool {
	if len(h.source) == 0 || len(h.target) == 0 || h.passive {
		return false
	}
	src, tgt := h.source[0], h.target[0]
	if !hasSector(src, "LEG") || hasSector(src, "GOV") || !hasSector(tgt, "GOV") || hasSector(tgt, "LEG") {
		return false
	}
	switch cameo.Root(h.code) {
	case "01", "02", "03", "04", "05", "10", "11", "12", "13":
	default:
		return false
	}
	for _, t := range h.target {
		if t.End == t.Start+1 && t.Start < len(st.toks) && (st.toks[t.Start].Tag == "PRP" || st.toks[t.Start].Tag == "PRP$") {
			return false
		}
	}
	return true
}
