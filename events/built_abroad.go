package events

// Plants built abroad: a plant, factory or pipeline one country builds or
// opens "in" another is economic (061) or military (062) cooperation with
// that country (data/verbs.txt, [$PLANT] lines ending in "in").

import "github.com/dyad-events/dyad/actors"

// builtAbroad gives a plant or factory built or opened in a foreign
// country, a pattern ending in "in" with no target yet, that country as
// its target: "Russia began constructing a reactor in Bangladesh" is
// RUS 061 BGD. A plant in the builder's own country, or a place the
// gazetteer cannot tell, gives no target (the pattern then needs one),
// and so does one an armed force builds: an army, rebels or an armed
// group build where they fight, which cooperates with no one ("Russian
// forces built a railway in Kherson" is no event).
func (c *Coder) builtAbroad(st *sentence, h *verbHit) {
	switch h.code {
	case "061", "062", "0311", "0312":
	default:
		return
	}
	toks := st.toks
	if len(h.target) > 0 || len(h.source) == 0 || h.source[0].Country == "" || h.end < 2 || h.end > len(toks) || toks[h.end-1].Lower != "in" || !particleEnd(h.p) {
		return
	}
	if hasSector(h.source[0], "MIL", "REB", "UAF") {
		return
	}
	own := h.source[0].Country
	for j := h.end; j < len(toks) && j < h.end+3; j++ {
		if m := st.at[j]; m >= 0 {
			t := st.ments[m]
			if t.Kind != actors.KindCountry || len(t.Sectors) > 0 || t.Country == own {
				return
			}
			t.Place, t.Modifier = false, false
			h.target = []actors.Mention{t}
			return
		}
		p, _, ok := c.placeAt(st, j, len(toks), 1)
		if !ok {
			continue
		}
		if p.Country != own && len(p.Country) == 3 {
			m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
			m.Start, m.End = j, j+1
			h.target = []actors.Mention{*m}
		}
		return
	}
}
