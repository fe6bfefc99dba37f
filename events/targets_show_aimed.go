package events

// A show of force said to be aimed at a party targets that party: "Azerbaijan
// paraded tanks, missile launchers and drones through Baku in a show of
// strength aimed at Armenia" is AZE 150 ARM, "staged drills aimed at
// Taiwan" CHN 150 TWN. The object scan stops at the adjunct, so the party
// named right after "aimed at", "directed at" or "targeted at" is read
// here: right after the act (within eight tokens, no comma between), or
// after a "show", "display" or "demonstration" of force, strength, power,
// might or resolve later in the sentence (before a semicolon). A gerund
// or an act after it ("aimed at deterring Iran", "aimed at the talks")
// names no party.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// showAimedAt sets the target of a show of force (root 15) that has a
// source and no target to the actor mention (st.ments) that starts right
// after "aimed/directed/targeted at" ("the" between allowed), unless it
// is of the source's own state or of no state or international
// organisation: a country or place mention gives its
// state alone ("aimed at Armenia" ARM), another actor is kept whole
// ("aimed at the U.S. Navy" USAMIL).
func (c *Coder) showAimedAt(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "15" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.end; k+2 < len(toks); k++ {
		if toks[k].Text == ";" {
			return
		}
		if k > h.end+8 || toks[k].Text == "," {
			break
		}
		if aimedAt(toks, k) {
			c.aimedParty(st, h, k+2)
			return
		}
	}
	for k := h.end; k+4 < len(toks); k++ {
		if toks[k].Text == ";" {
			return
		}
		if showOfForce(toks, k) && aimedAt(toks, k+3) {
			c.aimedParty(st, h, k+5)
			return
		}
	}
}

// aimedAt reports "aimed at", "directed at" or "targeted at" at token k.
func aimedAt(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Lower != "at" {
		return false
	}
	switch toks[k].Lower {
	case "aimed", "directed", "targeted":
		return true
	}
	return false
}

// showOfForce reports "show", "display" or "demonstration" of force,
// strength, power, might or resolve at token k.
func showOfForce(toks []dyad.Token, k int) bool {
	switch toks[k].Lower {
	case "show", "display", "demonstration":
	default:
		return false
	}
	if toks[k+1].Lower != "of" {
		return false
	}
	switch toks[k+2].Lower {
	case "force", "strength", "power", "might", "resolve":
		return true
	}
	return false
}

// aimedParty sets h's target to the actor mention starting at token j
// (past a "the"), as showAimedAt says.
func (c *Coder) aimedParty(st *sentence, h *verbHit, j int) {
	if j < len(st.toks) && st.toks[j].Lower == "the" {
		j++
	}
	if j >= len(st.toks) || st.at[j] < 0 {
		return
	}
	m := st.ments[st.at[j]]
	if m.Start != j || m.Country == "" && !strings.HasPrefix(m.Code, "IGO") || m.Country != "" && m.Country == h.source[0].Country {
		return
	}
	if m.Place || m.Kind == actors.KindCountry || m.Kind == actors.KindCapital {
		m = bareCountry(c, m) // "aimed at Taiwan": the state, read as a place after "at"
		m.Place = false
	}
	h.target = []actors.Mention{m}
}
