package events

// Towns named after a country: "Lebanon, Pennsylvania", "Mexico,
// Missouri", "Peru, Indiana". A country's name the text qualifies with a
// region of another country, after a comma, is a town there, not the
// country: the place is the town (the region when the gazetteer lacks
// it, as for "Paris, Texas": qualifiedPlace), and the country's name is
// no actor, so that the unnamed actors there are the region's country's
// ("clashed with police in Lebanon, Pennsylvania": USACOP, not LBNCOP;
// CODING.md codes an unnamed group by the country where it acts).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// foreignQualifiedCountry reads the country p named at tokens j to j+n
// as a town when a region of another country qualifies it ("Lebanon,
// Pennsylvania"): the place qualifiedPlace finds, with the tokens of both
// names. ok is false when the qualifier also names a country ("Armenia,
// Georgia."), its country is p's, or the names are items of a list (a
// comma or a conjunction before the name, or a comma and another name,
// or a comma and "and"/"or", after the qualifier: "flights to Canada,
// Alaska, Hawaii", "in Pakistan, Kashmir, and Bangladesh").
func (c *Coder) foreignQualifiedCountry(st *sentence, p gazetteer.Place, j, n, hi int) (gazetteer.Place, int, bool) {
	toks := st.toks
	if j > 0 {
		switch toks[j-1].Lower {
		case ",", "and", "or", "&":
			return gazetteer.Place{}, 0, false
		}
	}
	q, w, ok := c.qualifiedPlace(st, j, n, hi)
	if !ok || q.Country == p.Country || q.Country == "" {
		return gazetteer.Place{}, 0, false
	}
	for _, o := range c.gaz.All(st.s.Text[toks[j+n+1].Start:toks[j+w-1].End]) {
		if o.Kind == gazetteer.KindCountry {
			return gazetteer.Place{}, 0, false
		}
	}
	if e := j + w; e+1 < len(toks) && toks[e].Text == "," && startsUpperASCII(toks[e+1].Text) && toks[e+1].Tag == "NNP" {
		return gazetteer.Place{}, 0, false
	}
	if e := j + w; e+1 < len(toks) && toks[e].Text == "," && (toks[e+1].Lower == "and" || toks[e+1].Lower == "or") {
		// a list with a serial comma: "in Pakistan, Kashmir, and
		// Bangladesh" names three places, not a town of Kashmir
		return gazetteer.Place{}, 0, false
	}
	return q, w, true
}

// countryNamedTown reports a country's mention m that names a town of
// another country (foreignQualifiedCountry): a place, no actor.
func (c *Coder) countryNamedTown(st *sentence, m actors.Mention) bool {
	if m.Kind != actors.KindCountry {
		return false
	}
	p, n, ok := c.placeAt(st, m.Start, len(st.toks), 3)
	return ok && m.Start+n > m.End && p.Country != m.Country
}

// townActors gives the actors the matcher read with a country named as a
// town of another country ("police in Lebanon, Pennsylvania": LBNCOP)
// that other country (USACOP): a mention whose "in COUNTRY" ends inside
// it where foreignQualifiedCountry reads COUNTRY and its qualifier as a
// town.
func (c *Coder) townActors(st *sentence) {
	toks := st.toks
	for k := range st.ments {
		m := &st.ments[k]
		if len(m.Country) != 3 || m.Kind == actors.KindCountry {
			continue
		}
		for j := m.Start + 1; j < m.End; j++ {
			if toks[j-1].Lower != "in" {
				continue
			}
			country, ok := c.gaz.Lookup(st.s.Text[toks[j].Start:toks[m.End-1].End])
			if !ok || country.Kind != gazetteer.KindCountry || country.Country != m.Country {
				continue
			}
			p, n, ok := c.placeAt(st, j, len(toks), 3)
			if !ok || j+n <= m.End || p.Country == m.Country {
				continue
			}
			m.Code = p.Country + strings.TrimPrefix(m.Code, m.Country)
			m.Country = p.Country
			m.Name = c.matcher.Dictionary().Name(p.Country)
			break
		}
	}
}
