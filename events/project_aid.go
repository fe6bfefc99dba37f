package events

// Projects paid for or rebuilt in another state (economic aid, 071; 0331
// when pledged): the state of the place the project lies in is the target.
//
//	"Japan agreed on Monday to finance a new power plant in Bangladesh"   JPN 0331 BGD
//	"Italy pledged to finance the rebuilding of the water network in the Tunisian city of Sfax"   ITA 0331 TUN
//
// A project at home is no aid: "Kenya rebuilt roads in Nairobi" has no
// target, and its needtarget pattern gives no event.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// projectPlace returns the state of the place named with "in" or "for"
// within ten tokens after an economic aid hit (071 or 033x) whose head is
// a [project aid verbs] lemma and that has no target yet: a place the
// gazetteer knows ("in Bangladesh", "in the Tunisian city of Sfax")
// or a bare country mention. Nil when a comma, a semicolon or a clause
// word comes first, or when the place lies in the source's own state.
func (c *Coder) projectPlace(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if len(h.source) == 0 || len(h.target) > 0 || !(h.code == "071" || strings.HasPrefix(h.code, "033")) ||
		!c.words.projectAidVerbs[toks[h.head].Lemma] {
		return nil
	}
	src := h.source[0].Country
	for k := h.end; k+1 < len(toks) && k < h.end+10; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || isClauseBreak(toks, k) {
			return nil
		}
		if toks[k].Lower != "in" && toks[k].Lower != "for" {
			continue
		}
		if m := c.placeAfterPrep(st, k); m != nil {
			return ownPlace(m, src) // "in the Tunisian city of Sfax"
		}
		j := k + 1
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if m := st.at[j]; m >= 0 && st.ments[m].Kind == actors.KindCountry && len(st.ments[m].Sectors) == 0 {
			return ownPlace(&st.ments[m], src) // "in Bangladesh", "in the Central African Republic"
		}
		if p, n, ok := c.placeAt(st, j, len(toks), 2); ok {
			m := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
			m.Start, m.End = j, j+n
			return ownPlace(m, src) // "in Mosul"
		}
	}
	return nil
}

// ownPlace returns m as a one-target list, or nil when m lies in the
// source's own state (src) or in none known.
func ownPlace(m *actors.Mention, src string) []actors.Mention {
	if m == nil || m.Country == "" || m.Country == src {
		return nil
	}
	return []actors.Mention{*m}
}
