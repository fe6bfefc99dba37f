package events

// People named inside what a comment is about. A verbal comment or appeal
// (01x, 02x) about a thing whose noun phrase names ordinary people after
// "of", "between", "on" or "among" ("called for a fair division of
// childcare between parents", "a cap on seasonal migrants", "concerned
// about the plight of Afghan refugees") is about the thing: the people
// are neither addressed nor judged, and are no target. People the comment
// is addressed to or stands with stay ("urged people to stay calm",
// "stands with the Ukrainian people", "apologised to the victims'
// families"), and
// so do those a welcomed release or return happened to ("welcomed the
// return of Syrian refugees" JOR 013 SYRREF: welcome.go's convention).

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// embeddedPeopleTarget reports a hit h of root 01 or 02 whose targets are
// all ordinary people or refugees (CVL, REF) named after "of", "between",
// "on" or "among" following a common noun that is no actor.
func embeddedPeopleTarget(st *sentence, h *verbHit) bool {
	if r := cameo.Root(h.code); r != "01" && r != "02" || len(h.target) == 0 || st.toks[h.head].Lemma == "welcome" {
		return false
	}
	toks := st.toks
	for _, m := range h.target {
		if !strings.HasSuffix(m.Code, "CVL") && !strings.HasSuffix(m.Code, "REF") || m.Start <= h.head || m.Start > len(toks) {
			return false
		}
		j := m.Start - 1
		for j > h.head && (toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$") {
			j--
		}
		if j <= h.head+1 {
			return false
		}
		switch toks[j].Lower {
		case "of", "between", "on", "among":
		default:
			return false
		}
		if n := toks[j-1]; n.Tag != "NN" && n.Tag != "NNS" || st.at[j-1] >= 0 {
			return false
		}
	}
	return true
}
