package events

import (
	"context"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
)

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
	country, _ := c.OfficeCountryContext(context.Background(), a)
	return country
}

// OfficeCountryContext is OfficeCountry stopping when ctx is done: ctx is
// checked before each sentence, and once it is done the result is "" and
// ctx.Err() (dyad code's undated warning, read from a 20 MB article, does
// not hold a Ctrl-C until the article's end). While ctx stays live it is
// OfficeCountry's code and a nil error.
func (c *Coder) OfficeCountryContext(stop context.Context, a *dyad.Article) (string, error) {
	count := map[string]int{}
	best, bestN := "", 0
	ctx := newContext(c, a)
	var buf sentences.Buffer // (nothing below keeps a sentence's tokens)
	all := buf.EachWhile(a, c.lex, func(s *dyad.Sentence) bool {
		if stop.Err() != nil {
			return false
		}
		st := c.analyse(ctx, s)
		for _, m := range st.ments {
			if !m.DatedRoles() || m.Modifier || len(m.Country) != 3 {
				continue
			}
			count[m.Country]++
			if n := count[m.Country]; n > bestN {
				best, bestN = m.Country, n
			}
		}
		c.remember(ctx, st)
		return true
	})
	if !all {
		return "", stop.Err()
	}
	return best, nil
}
