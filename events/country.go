package events

import "github.com/dyad-events/dyad"

// OfficeCountry returns the ISO 3166 alpha-3 code of the state whose
// office holders a names most often (mentions of people the dictionary
// gives dated roles, actors.Mention.DatedRoles; ties go to the state
// named first): "AUS" for a story of Anthony Albanese's talks with China.
// It is "" when a names no office holder with a country: "Kenya and
// Uganda resumed talks", "The prime minister met the president of Kenya"
// (a title codes the same with or without a date). The undated-input
// warning gives it as the example of a code that the lack of a date
// changes ("AUS, not AUSGOV").
func (c *Coder) OfficeCountry(a *dyad.Article) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, s := range c.Actors(a) {
		for _, m := range s.Mentions {
			if !m.DatedRoles() || m.Modifier || len(m.Country) != 3 {
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
