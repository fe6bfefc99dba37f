package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// refugeGiver narrows the giver of a refuge taken ("took refuge in the
// Dutch embassy", "sought shelter in the U.S. consulate": the 075
// patterns of verbs.txt with the "from" flag) to the state whose embassy
// the party entered: the actor after "in" must end with a word of
// [embassy nouns] (words.txt), and it gives its country alone (NLD, not
// NLDGOV), as a state grants asylum. Any other place ("sought refuge in a
// church", "took refuge in Chad") gives no source, so the hit is dropped.
// Patterns of other roots keep src as it is.
func (c *Coder) refugeGiver(st *sentence, h *verbHit, src []actors.Mention) []actors.Mention {
	if cameo.Root(h.code) != "07" || h.code != "075" || len(src) == 0 {
		return src
	}
	g := src[0]
	if g.Country == "" || g.End < 1 || g.End > len(st.toks) || !c.words.embassyNouns[st.toks[g.End-1].Lower] {
		return nil
	}
	g.Code, g.Sectors = g.Country, nil
	return []actors.Mention{g}
}
