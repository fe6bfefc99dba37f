package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// giverFrom trims the giver of aid received "from" it to the giver alone.
// The actor phrase after "received its first F-16 fighter jets from
// Denmark" reads "fighter jets from Denmark" (DNKMIL, an agent phrase of
// weapons); the giver of aid received is the state named after "from"
// (DNK, as "Denmark supplied the jets" codes it). src is the actor found
// after the pattern of hit h (the "from" flag); it is returned as it is
// unless h is aid (root 07) and the phrase starts before h's end, in which
// case the mention keeps its country and loses the role the weapon nouns
// gave it. A phrase of a person or organisation is left whole.
func giverFrom(st *sentence, h *verbHit, src []actors.Mention) []actors.Mention {
	if len(src) == 0 || cameo.Root(h.code) != "07" || src[0].Start >= h.end || src[0].End <= h.end {
		return src
	}
	g := src[0]
	if g.Country == "" || g.Person || g.Kind == actors.KindOrg || !hasSector(g, "MIL") {
		return src
	}
	toks := st.toks
	g.Code, g.Sectors = g.Country, nil
	g.Start = h.end
	g.Span = [2]int{toks[g.Start].Start, toks[g.End-1].End}
	g.Text = st.s.Text[g.Span[0]:g.Span[1]]
	out := []actors.Mention{g}
	for _, m := range src[1:] {
		if m.Country != "" && !m.Person && m.Kind != actors.KindOrg && hasSector(m, "MIL") {
			m.Code, m.Sectors = m.Country, nil // "from Denmark and the Netherlands": the list shares the phrase
		}
		out = append(out, m)
	}
	return out
}
