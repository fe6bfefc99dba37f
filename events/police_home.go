package events

// Role: police rushed or poured "into" a place, whose country the
// refinement of police sent at home (refine.go, policeSent) compares with
// the sender's: "Kenya rushed hundreds of paramilitary police into
// Mombasa" is a security deployment at home (153), as "to Mombasa" is;
// so are police sent "to" a task in a sentence that names no other state
// ("Kenya deployed 99,000 police officers to guard polling stations").

import "github.com/dyad-events/dyad/actors"

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
// abroad.
func (c *Coder) policeTask(st *sentence, h *verbHit) bool {
	toks := st.toks
	if len(h.source) == 0 || h.source[0].Country == "" || h.end < 1 || h.end >= len(toks) || toks[h.end-1].Lower != "to" || toks[h.end].Tag != "VB" && !taskVerb(toks[h.end].Lower) {
		return false
	}
	own := h.source[0].Country
	for _, m := range st.ments {
		if m.Country != "" && m.Country != own {
			return false
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
