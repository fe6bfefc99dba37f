package events

// A visit to a city that is not a capital. Capitals are actors
// (metonyms: "arrived in Tokyo" JPN); other cities are places the
// gazetteer knows, and a government's visit to one of another state
// ("arrived in Osaka for a two-day visit", "travelled to Shanghai") is a
// visit to that state: the visitor 042, the host state 043.

import (
	"github.com/dyad-events/dyad/actors"
)

// visitedCity returns, for a visit (042) with no host, the state of the
// place named right after the verb or its "in"/"to" ("arrived in Osaka",
// "visited Shanghai", "travelled to Mumbai") when the gazetteer knows
// it, it is of another state than the visitor's, and the visitor is a
// government (GOV) of a state; nil otherwise.
func (c *Coder) visitedCity(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.code != "042" || len(h.target) != 0 || len(h.source) == 0 || h.p.Noun {
		return nil
	}
	src := h.source[0]
	if src.Country == "" || !hasSector(src, "GOV") {
		return nil
	}
	j := h.end
	if j < len(toks) && (toks[j].Lower == "in" || toks[j].Lower == "to") && j > 0 && toks[j-1].Lower != "in" && toks[j-1].Lower != "to" {
		j++
	}
	if j >= len(toks) || st.at[j] >= 0 {
		return nil
	}
	p, n, ok := c.placeAt(st, j, len(toks), 3)
	if !ok || p.Country == "" || p.Country == src.Country {
		return nil
	}
	m := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
	if m == nil {
		return nil
	}
	return []actors.Mention{*m}
}
