package events

// A threat to block a border ("threatened on Tuesday to block border
// crossings with Germany unless the government stopped foreigners from
// buying farmland", "threatened to block the border with Turkey") names
// the neighbour only as the far end of the way, as the blockade itself
// does: routeEnds (sources_asides.go) passes over it for a protest (root
// 14), and a threat of protest (133, which a threatened blockade is:
// verbs.txt) must pass over it too, so that the threat keeps the
// government it is aimed at (CODING.md: a country mentioned as a place is
// not an actor; "Conventions fixed here": protests and blockades against
// a state's policy take that government, and "threats to strike and
// calling protests off take the same target"). The gold sets code every
// blockade of border crossings by farmers or truckers against their own
// government (ev0625, dv0126, W13141, W18110, A0215, F0245) and the threat
// so too (W51045 POLAGR 133 POLGOV). A state's force threatening to close
// a border is not this: it acts on the neighbour (191 or 130, not 133).

import (
	"github.com/dyad-events/dyad/actors"
)

// threatenedWayEnd reports a mention m that names an end of the border or
// road a threat of protest h (133) would block (routeEnds).
func threatenedWayEnd(st *sentence, h *verbHit, m actors.Mention) bool {
	if h.code != "133" || m.Country == "" || len(m.Sectors) != 0 {
		return false
	}
	if len(h.source) > 0 && (len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "GOV", "MIL", "COP")) {
		return false // a state's threat acts on the neighbour
	}
	return routeEnds(st, m)
}
