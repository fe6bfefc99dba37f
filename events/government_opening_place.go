package events

// The government of a sentence's opening place: "In Finland, the
// government also issued fresh advice" is Finland's government, not that
// of the state the sentences before were about. A story that goes country
// by country opens each sentence with its place.

import "strings"

// openingPlaceCountry returns the country of the place a sentence opens
// with, "In <place>," (a country, a capital or a city the gazetteer
// knows), when the mention starting at token start comes right after that
// comma, or after it and a connective adverb ("In Oslo, meanwhile, the
// government …"); "" otherwise.
func (c *Coder) openingPlaceCountry(st *sentence, start int) string {
	toks := st.toks
	if len(toks) < 4 || toks[0].Lower != "in" {
		return ""
	}
	comma := -1
	for k := 1; k < start && k <= 5; k++ {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 2 {
		return ""
	}
	for k := comma + 1; k < start; k++ {
		if toks[k].Tag != "RB" && toks[k].Text != "," && toks[k].Lower != "the" {
			return ""
		}
	}
	p, n, ok := c.placeAt(st, 1, comma, 4)
	if !ok || 1+n != comma || strings.TrimSpace(p.Country) == "" {
		return ""
	}
	if country, ok := c.storyCountry(st, p); ok {
		return country
	}
	return ""
}
