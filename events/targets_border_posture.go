package events

// Forces put on alert facing a neighbour: a state that raises its alert
// (152) with no target named, at "the border with" another state or at
// "the Venezuelan border" ([border nouns]), is aimed at the state across
// that border, as the gold README's "Conventions fixed here" gives troops
// massed at a border the neighbour across it as target:
//
//	"Guyana's army raised its alert level along the river on the border with Venezuela"  GUYMIL 152 VEN
//	"Chad heightened its alert status along the Libyan border"                             TCD 152 LBY
//
// The border must follow the hit within 15 tokens, before a comma or a
// clause break; the state across it must differ from the source's. The
// target is the state by its country code alone. Police or border guards
// on alert at a border (a COP source, whose alert is 151: refine.go) watch
// for migrants or smugglers, not the neighbour state, and get none:
//
//	"Polish police raised their alert level on the Belarusian border"      POLCOP 151 -
//
// An alert raised "there", after the border was named earlier in the
// sentence, is aimed at the same state (borderThere). A deployment (154)
// left with no target reads the same way (session 62): "Ecuador deployed
// 2,000 soldiers and police to its frontier with Colombia" ECU 154 COL,
// where the police in the object list had been its only, own target.

import (
	"github.com/dyad-events/dyad/actors"
)

// borderPosture returns the state across the border at which the alert
// h is raised (see the file comment), or nil.
func (c *Coder) borderPosture(st *sentence, h *verbHit) []actors.Mention {
	if h.code != "152" && h.code != "154" || len(h.source) != 1 || h.p.Noun || h.passive {
		return nil
	}
	src := h.source[0]
	for _, t := range h.target {
		if h.code != "154" || t.Country != src.Country {
			return nil // (a deployment's own forces listed in its object are no target)
		}
	}
	if src.Country == "" || hasSector(src, "COP") {
		return nil
	}
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+15; k++ {
		if toks[k].Text == "," || toks[k].Text == ":" || isClauseBreak(toks, k) {
			break
		}
		if st.at[k] < 0 {
			continue
		}
		m := st.ments[st.at[k]]
		if m.Start != k || len(m.Country) != 3 || m.Country == src.Country || m.Possessive ||
			!c.words.borderState(toks, m) {
			continue
		}
		return []actors.Mention{c.stateTarget(h, m)} // (targets_incursion.go)
	}
	return c.borderThere(st, h, src)
}

// borderThere returns the state across the border an alert raised
// "there" points back to, named earlier in the sentence at "the border
// with" it or by its adjective before "border": "sent two more battalions
// to its border with Congo and put its troops there on alert" (RWAMIL
// 152 COD). "there" must stand in the alert's own words, within six
// tokens of its verb; nil otherwise.
func (c *Coder) borderThere(st *sentence, h *verbHit, src actors.Mention) []actors.Mention {
	toks := st.toks
	there := false
	for k := h.head + 1; k < len(toks) && k <= h.head+6; k++ {
		if toks[k].Text == "," || isClauseBreak(toks, k) {
			break
		}
		if toks[k].Lower == "there" {
			there = true
			break
		}
	}
	if !there {
		return nil
	}
	for k := h.head - 1; k >= 0; k-- {
		if toks[k].Text == ";" || toks[k].Text == "." {
			return nil
		}
		if st.at[k] < 0 {
			continue
		}
		m := st.ments[st.at[k]]
		if m.Start != k || len(m.Country) != 3 || m.Country == src.Country || m.Possessive || !c.words.borderState(toks, m) {
			continue
		}
		return []actors.Mention{c.stateTarget(h, m)}
	}
	return nil
}
