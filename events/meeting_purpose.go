package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// A meeting planned and what it is to discuss: in "are due to meet in
// Tehran on Friday to discuss Idlib" the plan's infinitive is "meet"
// (036 both ways); "to discuss" is the meeting's purpose, no second plan
// of its own, as after "will meet … to discuss" (an aim, hypothetical:
// hits.go verbStatus).

// meetingPurpose reports a consultation hit g (04x) after its own "to",
// standing after another consultation hit (04x, or 036 once made the
// plan's) that is the infinitive of the intent verb h: g is that
// meeting's purpose.
func meetingPurpose(toks []dyad.Token, hits []verbHit, h, g *verbHit) bool {
	if cameo.Root(g.code) != "04" {
		return false
	}
	for j := range hits {
		m := &hits[j]
		if m == g || m.head <= h.head || m.head >= g.head || cameo.Root(m.code) != "04" && m.code != "036" { // (036 once the plan rule below made it so)
			continue
		}
		if infinitive(toks, h.end, m.head) && g.head > m.end && toks[g.head-1].Lower == "to" {
			return true
		}
	}
	return false
}
