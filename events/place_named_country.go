package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// placeNamedCountry returns the namesake, among all (the places of the
// name at tokens j to j+n, the gazetteer's preferred first), in the one
// country the sentence names as a place, when it names it and not the
// preferred one's country: by its name ("Rebels attacked a post near
// Santiago in the Philippines"), by a first-level region ("San Jose, in
// California"), or by its adjective heading a place noun ("a bank in
// Cordoba, in the Mexican state of Veracruz"). A town lies in the
// country its sentence places it in (CODING.md: the location is where
// the event happened, in the place the text names). ok is false when
// the sentence names no such country, names the preferred one's country
// in any way (an actor's nationality too: "Libyan envoys flew from
// Tripoli to Lebanon" stays Libya's capital), or names namesakes of two
// countries; the caller then keeps its own order.
func (c *Coder) placeNamedCountry(st *sentence, p gazetteer.Place, all []gazetteer.Place, j, n int) (gazetteer.Place, bool) {
	named := c.placeCountriesNamed(st, j, j+n)
	if len(named) == 0 || named[p.Country] || sentenceNamesCountry(st, p.Country, j, j+n) {
		return gazetteer.Place{}, false
	}
	var out gazetteer.Place
	for _, q := range all {
		if q.Kind == gazetteer.KindCountry || !named[q.Country] || q.Country == p.Country {
			continue
		}
		if out.Name != "" && out.Country != q.Country {
			return gazetteer.Place{}, false // two countries' namesakes: the text does not decide
		}
		if out.Name == "" {
			out = q
		}
	}
	return out, out.Name != ""
}

// placeCountriesNamed returns the countries the sentence names as
// places outside tokens [lo, hi): a country's name, a region the
// gazetteer knows (its country), or a country's adjective before a
// place noun ("the Mexican state of"); nil for none. Cities are left
// out: their own names may be shared.
func (c *Coder) placeCountriesNamed(st *sentence, lo, hi int) map[string]bool {
	var out map[string]bool
	add := func(iso3 string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[iso3] = true
	}
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	for _, m := range ms {
		if len(m.Country) != 3 || m.Start < hi && m.End > lo {
			continue
		}
		switch {
		case m.Kind == actors.KindCountry:
			add(m.Country) // "in the Philippines"
		case m.Kind == actors.KindAdjective && m.End < len(st.toks) && st.words.placeHead(st.toks[m.End].Lower):
			add(m.Country) // "the Mexican state of Veracruz"
		}
	}
	runs := c.placeRuns(st)
	for k := 1; k < len(runs); k++ { // (not the sentence's first word: any word is capitalised there)
		if k >= lo && k < hi || runs[k].n == 0 {
			continue
		}
		if runs[k].country != "" {
			add(runs[k].country) // "in California", "the state of Chiapas"
		}
		k += runs[k].n - 1
	}
	return out
}

// placeRun is a place name of n tokens starting at a token (n is 0 for
// none), with its country when it names a region or a country.
type placeRun struct {
	n       int
	country string
}

// placeRuns returns, for each capitalised proper noun of the sentence
// after its first word, the gazetteer's longest name of up to three
// tokens there; worked out once per sentence (st.places) for
// placeCountriesNamed, which asks again for each ambiguous name.
func (c *Coder) placeRuns(st *sentence) []placeRun {
	if st.places != nil {
		return st.places
	}
	toks := st.toks
	st.places = make([]placeRun, len(toks))
	for k := 1; k < len(toks); k++ {
		if !startsUpperASCII(toks[k].Text) || toks[k].Tag != "NNP" {
			continue
		}
		if q, n, ok := c.longestPlaceAt(st, k, len(toks), 3); ok {
			st.places[k].n = n
			if q.Kind == gazetteer.KindRegion || q.Kind == gazetteer.KindCountry {
				st.places[k].country = q.Country
			}
		}
	}
	return st.places
}

// sentenceNamesCountry reports whether any mention of the sentence
// outside tokens [lo, hi), an actor's or a place's, is of country iso3
// (the place's own name, a capital read as its state, does not count).
func sentenceNamesCountry(st *sentence, iso3 string, lo, hi int) bool {
	ms := st.ments
	if ms == nil {
		ms = st.raw
	}
	for _, m := range ms {
		if m.Country == iso3 && (m.Start >= hi || m.End <= lo) {
			return true
		}
	}
	return false
}
