package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// listedCountryPlace returns, for an event placed in loc, a country
// named first in a list of countries after "in", the country of its
// source when that actor is a later member of the same list:
// "Courts in France, Germany and Sweden are investigating" gives three
// events, FRAJUD's in France, DEUJUD's in Germany, SWEJUD's in Sweden;
// each actor of the list acts in its own country (CODING.md places an
// event where it happened). A target of the list is acted on from the
// source's place ("French courts are investigating firms in France and
// Germany" stays in France). nil when the source is no such member.
func (c *Coder) listedCountryPlace(st *sentence, loc *dyad.Location, src *actors.Mention) *dyad.Location {
	if loc == nil || loc.Kind != string(gazetteer.KindCountry) || src == nil || len(src.Country) != 3 || src.Country == loc.Country {
		return nil
	}
	if p, ok := c.listedCountry(st, src, loc.Country); ok {
		l := p.Location()
		return &l
	}
	return nil
}

// listedCountry reports mention m, the name of its country, as a member
// after the first of a list of names opened by "in" whose first member is
// the country first: "in France, Germany and Sweden" for Germany or
// Sweden and first France. It returns m's country's place.
func (c *Coder) listedCountry(st *sentence, m *actors.Mention, first string) (gazetteer.Place, bool) {
	toks := st.toks
	j, e, ok := mentionTokens(st, m)
	if !ok || j < 3 {
		return gazetteer.Place{}, false
	}
	p, ok := c.gaz.Lookup(st.s.Text[toks[j].Start:toks[e-1].End])
	if !ok || p.Kind != gazetteer.KindCountry || p.Country != m.Country {
		return gazetteer.Place{}, false
	}
	k := j - 1
	for ; k >= 0 && k >= j-12; k-- {
		t := toks[k]
		if t.Text == "," || t.Lower == "and" || t.Lower == "or" || t.Lower == "the" || t.Tag == "NNP" || t.Tag == "NNPS" {
			continue
		}
		break
	}
	if k < 0 || toks[k].Lower != "in" || k+1 >= j {
		return gazetteer.Place{}, false
	}
	q, _, ok := c.placeAt(st, k+1, j, 3)
	if !ok || q.Kind != gazetteer.KindCountry || q.Country != first {
		return gazetteer.Place{}, false
	}
	return p, true
}
