package events

// Rules for intent, threat and appeal structures whose act is named in a
// complement ("vowed to impose a blockade on the country", "offered to
// lead a police force in Haiti"), added for the dev sets' misses.

import (
	"github.com/dyad-events/dyad/cameo"
)

// threatTargets gives a threat with no named target the target of the
// act its source did just before in the same sentence: "fired a missile
// at Israel's main airport and vowed to impose an air blockade on the
// country" threatens Israel.
func (c *Coder) threatTargets(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || !h.threat || len(h.target) > 0 || len(h.source) == 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			g := &hits[j]
			if !live[j] || g.head >= h.head || len(g.source) == 0 || g.source[0].Code != h.source[0].Code {
				continue
			}
			if r := cameo.Root(g.code); len(g.target) > 0 && (r >= "15" && r <= "20") {
				h.target = g.target[:1]
			}
			break
		}
	}
}

// isQuote reports a quotation mark token.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}
