package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// Attempted protests.
//
// An infinitive after "try" or "attempt" states an aim, not a deed
// ("tried to kill a general" is hypothetical: hits.go verbStatus). A
// protest act is the exception: protesters who "tried to storm
// parliament" rioted at its doors, which is the violent protest itself
// (145), whether or not they got in. The gold sets code it asserted
// (W13103, W13178, W18166, d5t061, d6s005, A0239: "protesters who tried to
// storm the parliament building" MDACVL 145 MDALEG).

// attemptedProtest reports a hit of root 14 (protest) whose verb is the
// infinitive of "try" or "attempt" right before "to" ("tried to storm",
// "were trying to block", "attempted to march"), a date or adverb
// allowed between ("tried on Monday to storm").
func attemptedProtest(st *sentence, h *verbHit) bool {
	return !h.p.Noun && cameo.Root(h.code) == "14" && triedInfinitive(st, h.head)
}

// attemptedAssassination makes asserted the attempt on a life (185) told
// as an infinitive after "try" or "attempt": "An assailant tried to shoot
// the mayor … but missed" is the attempt itself, as "tried to
// assassinate" is (ev0679, d3f032, W12070: 185 asserted), where the
// infinitive alone stated an aim (hypothetical). It is called after
// refinement, which is where a shooting of one office holder becomes 185.
func attemptedAssassination(st *sentence, h *verbHit) {
	if h.code == "185" && h.status == dyad.Hypothetical && h.p != nil && !h.p.Noun && triedInfinitive(st, h.head) {
		h.status = dyad.Asserted
	}
}

// triedInfinitive reports a verb at head that is the infinitive of "try"
// or "attempt" right before "to" ("tried to storm", "were trying to
// block", "attempted to march"), a date or adverb allowed between ("tried
// on Monday to storm").
func triedInfinitive(st *sentence, head int) bool {
	if head < 2 || st.toks[head-1].Lower != "to" {
		return false
	}
	switch st.toks[pastDateBack(st, head-2)].Lemma {
	case "try", "attempt":
		return true
	}
	return false
}
