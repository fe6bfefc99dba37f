package events

// A second cut of relations coordinated by "and" under one subject names
// no target when its object is a kind of tie with no "with" phrase: it
// cuts them with the state the first cut was aimed at.
//
//	"Bahrain recalled its envoy from Israel and halted economic ties"   BHR 1211 ISR
//	"Chad expelled Sudan's ambassador and suspended trade links"         TCD 160 SDNGOV
//
// Both acts reduce relations or reject cooperation (root 16, codes 121x),
// they share the source, the first has one target that is another state's
// actor (no place, no modifier), and only adverbs and time words stand
// between "and" and the second verb, with no finite verb and no clause
// break between the first act and the "and".

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// cutCode reports a code of reduced relations (root 16) or rejected
// cooperation (121, 1211, 1212).
func cutCode(code string) bool {
	return cameo.Root(code) == "16" || strings.HasPrefix(code, "121")
}

// conjunctCut sets h's target to the target of the cut before it that h
// is coordinated with (see the file comment). before are the hits ahead
// of h in the sentence, live their liveness.
func conjunctCut(st *sentence, before []verbHit, live []bool, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive || !cutCode(h.code) || h.head < 2 {
		return
	}
	toks := st.toks
	j := h.head - 1
	for j > 0 && (toks[j].Tag == "RB" || st.isDate[j]) {
		j--
	}
	if toks[j].Lower != "and" {
		return
	}
	var g *verbHit
	for x := len(before) - 1; x >= 0; x-- {
		if live[x] && before[x].head < j && before[x].code != "" && !before[x].p.has(flagSpeech) {
			g = &before[x]
			break
		}
	}
	if g == nil || !cutCode(g.code) || len(g.target) != 1 || len(g.source) == 0 || g.source[0].Code != h.source[0].Code || g.p.Noun || g.passive {
		return
	}
	t := g.target[0]
	if t.Place || t.Modifier || t.Country == "" || t.Country == h.source[0].Country || t.End > j {
		return
	}
	if !clauseBetweenFree(st, g.end, j) || clauseBreakBetween(toks, g.end, j) {
		return
	}
	m := t
	m.Possessive = false
	h.target = []actors.Mention{m}
}
