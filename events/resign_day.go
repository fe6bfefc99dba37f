package events

import (
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// resignedOnDay returns ms with each person coded as the country alone
// whose last role ended on the very day the sentence tells their
// resignation (its own day, or the publication day when it names none
// later than a week back) recoded with the role held the day before: one
// resigns from an office still held ("Malawi's President X resigned on
// Friday", the dictionary's role ending that Friday, is MWIGOV 0831, as
// the gold sets code a resignation's source). A sentence with no word of
// resigning or stepping down, and a person called "former", keep ms.
func (c *Coder) resignedOnDay(s *dyad.Sentence, ms []actors.Mention, pub time.Time, pubDate string) []actors.Mention {
	if pub.IsZero() || !resignationTold(s.Tokens) {
		return ms
	}
	day, ok := sentenceDay(s.Tokens, pub, pubDate)
	if !ok {
		return ms
	}
	if day == "" {
		day = pubDate
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ms
	}
	before := t.AddDate(0, 0, -1).Format("2006-01-02")
	var then []actors.Mention
	out := ms
	for i, m := range ms {
		if !(m.Person && m.Country != "" && m.Code == m.Country) || formerBefore(s.Tokens, m.Start) || deposedBefore(s.Tokens, m.Start) {
			continue
		}
		if to, ok := c.past.lastDay(m.Text); !ok || to != day {
			continue
		}
		if then == nil {
			then = c.matcher.Find(s, before)
		}
		out = withDatedRole(out, ms, then, i)
	}
	return out
}

// resignationTold reports a word of resigning or stepping down:
// "resigned", "resigns", "step down", "stepped down".
func resignationTold(toks []dyad.Token) bool {
	for k, t := range toks {
		switch t.Lower {
		case "resign", "resigned", "resigns", "resigning":
			return true
		case "step", "stepped", "steps", "stepping":
			if k+1 < len(toks) && toks[k+1].Lower == "down" {
				return true
			}
		}
	}
	return false
}
