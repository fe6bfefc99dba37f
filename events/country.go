package events

import "github.com/dyad-events/dyad"

// MainCountry returns the ISO 3166 alpha-3 code of the state a's actors
// name most often (actor mentions, not adjectives modifying a noun; ties
// go to the state named first): "AUS" for a story of Canberra's ministers
// and Chinese tariffs told mostly of Australia. It is "" when no actor of
// a has a country. Callers use it to give an example code in the
// article's own terms, as the undated-input warning does.
func (c *Coder) MainCountry(a *dyad.Article) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, s := range c.Actors(a) {
		for _, m := range s.Mentions {
			if m.Modifier || len(m.Country) != 3 {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
	}
	return best
}
