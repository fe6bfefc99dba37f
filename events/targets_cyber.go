package events

import "github.com/dyad-events/dyad/actors"

// A cyberattack told with what it did names its target in that relative
// clause: the state of the place where systems were hit, or the actor
// whose systems were.
//
//	"Iranian hackers carried out a cyberattack that disrupted power grids in Azerbaijan"         IRNCRM 176 AZE
//	"Belarusian hackers staged a cyberattack that took the website of Lithuania's parliament offline"  BLRCRM 176 LTULEG
//
// The cyberattack (176) is an act always done to someone (unaimed.go);
// without this it names no one and is dropped.

// cyberTarget sets the target of a cyberattack noun h (176) with none,
// followed by "that" or "which", to the first actor or place of another
// country in that clause (before a comma or semicolon, within 14 words).
func (c *Coder) cyberTarget(st *sentence, h *verbHit) {
	toks := st.toks
	if h.code != "176" || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" || !h.p.Noun {
		return
	}
	j := h.end
	if j >= len(toks) || toks[j].Lower != "that" && toks[j].Lower != "which" {
		return
	}
	own := h.source[0].Country
	for k := j + 1; k < len(toks) && k < j+15; k++ {
		if t := toks[k]; t.Text == "," || t.Text == ";" || t.Lower == "and" && k+1 < len(toks) && finite(toks[k+1].Tag) {
			return
		}
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			k = mt.End - 1
			if mt.Country == "" || mt.Country == own {
				continue
			}
			if mt.Place || mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital || mt.Modifier && len(mt.Sectors) == 0 {
				h.target = []actors.Mention{*c.placeMention(mt.Country, toks[mt.Start:mt.End], st.s.Text)}
				return
			}
			mt.Modifier = false // "the website of Lithuania's parliament": the body whose systems were hit
			h.target = []actors.Mention{mt}
			return
		}
		if p, n, ok := c.placeAt(st, k, len(toks), 2); ok && p.Country != own {
			h.target = []actors.Mention{*c.placeMention(p.Country, toks[k:k+n], st.s.Text)}
			return
		}
	}
}
