package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// Retaliation answers an attack. "X retaliated" with no one named after
// it is the source's own act of force (verbs.txt: retaliate 190), aimed at
// whoever made the attack it answers, told in an "after", "when" or
// "following" clause right after it; that attack, when it names no
// target, hit the retaliator's state (the retaliation says so):
//
//	"Thai troops retaliated after Cambodian forces shelled a village near the border"
//	    THAMIL 190 KHMMIL, KHMMIL 194 THA
//	"Indian troops retaliated on Sunday after Pakistani soldiers fired on posts in Kashmir"
//	    INDMIL 190 PAKMIL, PAKMIL 190 IND (the posts' place may give it instead)
//
// Only an asserted act of force (roots 15, 18–20) by another state's or
// group's actor is answered this way; "China retaliated after Washington
// raised tariffs" (no force) keeps no target, and so no 190. A threat to
// retaliate is intent.go's (attackerOf).

// retaliations sets the targets of a sentence's live asserted
// retaliations that have none, and of the attacks they answer (above).
func (c *Coder) retaliations(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.status != dyad.Asserted || len(h.target) > 0 || len(h.source) == 0 || h.source[0].Country == "" || h.p == nil || h.p.Noun {
			continue
		}
		if l := st.toks[h.head].Lemma; l != "retaliate" && l != "counterattack" && l != "counter-attack" {
			continue
		}
		own := h.source[0]
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if !live[j] || g.head <= h.end {
				continue
			}
			if g.head-h.end > 10 || !answeredAttack(st.toks, h.end, g, own.Country) {
				break
			}
			h.target = g.source[:1]
			if len(g.target) == 0 && (g.p == nil || !g.p.has(flagMutual)) {
				v := own
				v.Code, v.Sectors, v.Kind = own.Country, nil, "coref"
				v.Name = c.matcher.Dictionary().Name(own.Country)
				v.Person, v.Possessive, v.Modifier, v.Place, v.Plural = false, false, false, false, false
				g.target = []actors.Mention{v}
			}
			break
		}
	}
}

// answeredAttack reports g, a hit after token from, as an asserted act of
// force by an actor of another state than own, opened by "after", "when"
// or "following" between from and its verb.
func answeredAttack(toks []dyad.Token, from int, g *verbHit, own string) bool {
	r := cameo.Root(g.code)
	if g.status != dyad.Asserted || r != "15" && r != "18" && r != "19" && r != "20" || len(g.source) == 0 || g.source[0].Country == "" || g.source[0].Country == own {
		return false
	}
	for x := from; x < g.head && x < len(toks); x++ {
		switch toks[x].Lower {
		case "after", "when", "following":
			return true
		}
	}
	return false
}
