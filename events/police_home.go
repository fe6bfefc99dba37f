package events

// Role: police rushed or poured "into" a place, whose country the
// refinement of police sent at home (refine.go, policeSent) compares with
// the sender's: "Kenya rushed hundreds of paramilitary police into
// Mombasa" is a security deployment at home (153), as "to Mombasa" is;
// so are police sent "to" a task in a sentence that names no other state
// ("Kenya deployed 99,000 police officers to guard polling stations").

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// placeInto returns, as a one-mention target, the first place the
// gazetteer knows within the three words after a pattern that ends with
// "into" ("into the regional capital Urumqi"); nil when the pattern ends
// otherwise or no place follows. placeTarget reads a pattern's own "to"
// the same way; "into" is read here alone, for police sent, so that
// troops poured into a country keep their code.
func (c *Coder) placeInto(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.end < 1 || h.end > len(toks) || toks[h.end-1].Lower != "into" {
		return nil
	}
	for j := h.end; j < len(toks) && j < h.end+4; j++ {
		p, _, ok := c.placeAt(st, j, len(toks), 1)
		if !ok {
			continue
		}
		m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
		m.Start, m.End = j, j+1
		return []actors.Mention{*m}
	}
	return nil
}

// policeTask reports police sent "to" do a task (the pattern's own "to"
// followed by a plain verb, or a verb of guarding the tagger may read as
// a noun, taskVerb: "deployed 99,000 police officers to guard
// polling stations") in a sentence that names no state but the source's,
// neither as an actor nor as a place the gazetteer knows: such police
// work at home. "Kenya will deploy 1,000 police officers to lead a
// mission in Haiti" names Haiti and is left to the 074 of police sent
// abroad; so are police sent to an IGO's or a peacekeeping mission, or
// "abroad", "overseas" or to a "multinational" force ("sent 200 police
// officers to join a U.N. peacekeeping mission"), whichever state is named.
func (c *Coder) policeTask(st *sentence, h *verbHit) bool {
	toks := st.toks
	if len(h.source) == 0 || h.source[0].Country == "" || h.end < 1 || h.end >= len(toks) || toks[h.end-1].Lower != "to" || toks[h.end].Tag != "VB" && !taskVerb(toks[h.end].Lower) {
		return false
	}
	own := h.source[0].Country
	for _, m := range st.ments {
		if m.Country != "" && m.Country != own || strings.HasPrefix(m.Code, "IGO") {
			return false // (an IGO: "to join a U.N. peacekeeping mission")
		}
	}
	for _, t := range toks {
		if strings.HasPrefix(t.Lower, "peacekeep") {
			return false
		}
		switch t.Lower {
		case "mission", "missions", "abroad", "overseas", "multinational":
			return false // "to lead a multinational mission": police sent abroad
		}
	}
	for j := range toks {
		if p, _, ok := c.placeAt(st, j, len(toks), 1); ok && p.Country != own {
			return false
		}
	}
	return true
}

// taskVerb reports a verb of guarding a place that also is a noun
// ("guard", "patrol"), which a tagger may read as one after "to".
func taskVerb(w string) bool {
	switch w {
	case "guard", "patrol", "police", "secure", "watch", "man":
		return true
	}
	return false
}

// armyOfficers reports a security deployment (153) told only by
// "officers" ("deploy … officers", verbs.txt) whose source is an army
// and whose sentence names no police: "The Indian army deployed hundreds
// of officers along the border" are army officers, no police power at
// home ("Kenyan police deployed hundreds of officers" stays 153).
func armyOfficers(st *sentence, h *verbHit) bool {
	if h.code != "153" || !anySector(h.source, "MIL") || anySector(h.source, "COP") {
		return false
	}
	officers := false
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		if st.toks[k].Lower == "officers" {
			officers = true
		}
	}
	if !officers {
		return false
	}
	for _, t := range st.toks {
		switch t.Lower {
		case "police", "policemen", "gendarmes", "riot", "paramilitary":
			return false
		}
	}
	return true
}
