package events

// Aid given to states the sentence does not name ("to other countries",
// "to Asian and African countries", "to poorer nations") has no target,
// as the gold sets code it (W10493 USA 0333, W90775 USA 0331, ev0062 USA
// 0333, W12246 JPN 0333, W13087 JPN 073: unnamed collectives are no
// actors, CODING.md), and is still an event: "Japan granted $100 million
// in food aid to Asian and African countries hit by rising rice prices"
// JPN 073 with no target. Aid and its pledges otherwise need a recipient
// (the pattern's needtarget, unaimed.go), so these were set aside.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// aidToUnnamedStates lets an aid hit or an aid pledge (070–073, 033x)
// with no target go without one when its recipient is unnamed states
// (unnamedStatesAfter).
func aidToUnnamedStates(st *sentence, h *verbHit) {
	if len(h.target) != 0 || !aidCode(h.code) || !unnamedStatesAfter(st.toks, h.head, h.end) {
		return
	}
	p := *h.p
	p.Flags &^= flagNeedTarget
	h.p = &p
}

// aidCode reports a code of aid given (070–073) or pledged (033x).
func aidCode(code string) bool {
	return cameo.Root(code) == "07" || strings.HasPrefix(code, "033")
}

// unnamedStatesAfter reports a "to" phrase within eight words after the
// hit at head (ending at end) whose noun is states named by no name:
// "to countries of the Horn of Africa", "to other countries", "to Asian
// and African countries" (the tagger may call "other" or "poor" a noun),
// not "to the United States". The walk stops at a clause's edge.
func unnamedStatesAfter(toks []dyad.Token, head, end int) bool {
	for k := head + 1; k < len(toks) && k < end+8; k++ {
		switch toks[k].Lower {
		case ",", ";", "that", "which", "who", "after", "as", "when", "while":
			return false
		}
		if toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			t := toks[j]
			if (t.Lower == "countries" || t.Lower == "nations" || t.Lower == "states") && t.Tag == "NNS" {
				return j == 0 || toks[j-1].Lower != "united"
			}
			if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "JJR" && t.Tag != "NN" && t.Tag != "NNP" && t.Tag != "NNPS" && t.Tag != "CC" && t.Tag != "VBG" {
				break // "to help rebuild": no recipient told here
			}
		}
	}
	return false
}

// aidEventToUnnamedStates reports an aid event whose evidence span tells
// aid to unnamed states (unnamedStatesAfter), which unaimed keeps.
func aidEventToUnnamedStates(toks []dyad.Token, e dyad.Event) bool {
	if !aidCode(e.CAMEO) {
		return false
	}
	first, end := evidenceTokens(toks, e.Evidence)
	return first >= 0 && unnamedStatesAfter(toks, first, end)
}
