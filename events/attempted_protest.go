package events

import (
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
	if h.p.Noun || cameo.Root(h.code) != "14" || h.head < 2 || st.toks[h.head-1].Lower != "to" {
		return false
	}
	g := pastDateBack(st, h.head-2)
	switch st.toks[g].Lemma {
	case "try", "attempt":
		return true
	}
	return false
}
