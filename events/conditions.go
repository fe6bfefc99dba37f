package events

// This file keeps a supposed act only when the sentence tells what would
// follow from it. An act inside an if-clause is coded hypothetical
// because a threat, a pledge or an offer hangs on it ("Iran warned it
// would strike if Washington joined the attacks": IRN 138 and USA 190
// hypothetical); a sentence that codes nothing but the supposed act is
// a general remark or a musing ("it would be classed as marketing if
// political parties telephoned people", "If it eases its blockade, Arafat
// will have something to show"), no event of anyone's.

import "github.com/dyad-events/dyad"

// supposed reports a hit h that is hypothetical because it is the verb
// of an if- or unless-clause (conditionClause): "if Washington joined",
// "unless Moscow did not agree". A finite verb between the "if" and h,
// other than h's own auxiliaries, ends the clause before h: in "The
// options if the UK stance does not change The SDF has called on …" the
// call is no supposition.
func supposed(st *sentence, h *verbHit) bool {
	if h.status != dyad.Hypothetical || !conditionClause(st, h.head) {
		return false
	}
	toks := st.toks
	aux := true // still among h's own auxiliaries, read backwards
	for j := h.head - 1; j >= 0; j-- {
		t := toks[j]
		if t.Lower == "if" || t.Lower == "unless" {
			return true
		}
		switch {
		case aux && (t.Tag == "RB" || finite(t.Tag) || t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "VB" || t.Tag == "TO"):
			// "did not agree", "has repeatedly been", "kept firing"
		case finite(t.Tag):
			return false
		default:
			aux = false
		}
	}
	return false
}

// lonelyConditions returns evs without its supposed events (cond[i]
// true) when every event of the sentence is one: no threat, pledge,
// offer or act outside the if-clause hangs on them. evs is returned as
// it is when one event is not supposed.
func lonelyConditions(evs []dyad.Event, cond []bool) []dyad.Event {
	for _, c := range cond {
		if !c {
			return evs
		}
	}
	return nil
}
