package events

import "github.com/dyad-events/dyad/gazetteer"

// townOfRegion reads "REGION town of PLACE" after a country or region p
// ending at token k: "in the Nile Delta town of Mahalla el-Kubra", "in the
// Kurdish city of Kobani" has its adjective, not a place, and "in the
// Donetsk region town of Pokrovsk" names the town. The place after "of",
// in p's country, is the smaller unit and wins; ok is false when the
// words after p are no place noun and "of", or the place named is of
// another country.
func (c *Coder) townOfRegion(st *sentence, p gazetteer.Place, k, hi int) (gazetteer.Place, bool) {
	toks := st.toks
	if p.Kind != gazetteer.KindRegion && p.Kind != gazetteer.KindCountry || k+2 >= hi {
		return gazetteer.Place{}, false
	}
	if toks[k].Lower == "region" || toks[k].Lower == "province" {
		k++ // "the Donetsk region town of Pokrovsk"
	}
	if k+2 >= hi || !st.words.placeHead(toks[k].Lower) || st.words.regionHead(toks[k].Lower) || toks[k+1].Lower != "of" {
		return gazetteer.Place{}, false
	}
	q, _, ok := c.placeAt(st, k+2, hi, 3)
	if !ok || q.Country != p.Country || q.Kind == gazetteer.KindCountry {
		return gazetteer.Place{}, false
	}
	return q, true
}
