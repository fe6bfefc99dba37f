package events

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad/actors"
)

// electLead is how far after the story's date an "-elect" title's
// office begins at most: an election winner takes office within weeks or
// a few months.
const electLead = 100 * 24 * time.Hour

// electName returns the actor of a lone surname at i right after an
// "-elect" title ("President-elect Kowalski said", "Prime
// Minister-elect Okafor pledged"): the state of the one office holder of
// that name the dictionary knows in office soon after the story's date,
// the state's code alone, as the winner holds no office yet (CODING.md:
// roles depend on the story's date). Nil when the token before is no
// such title, the story has no date, or no one of that name holds office
// then.
func (c *Coder) electName(ctx *articleCtx, st *sentence, i int) *actors.Mention {
	toks := st.toks
	if i == 0 || ctx.pub.IsZero() || !strings.HasSuffix(toks[i-1].Lower, "-elect") || !startsUpperASCII(toks[i].Text) {
		return nil
	}
	if i+1 < len(toks) && toks[i+1].Tag == "NNP" {
		return nil // a full name: the dictionary's own match
	}
	a, ok := c.matcher.Holder(toks[i].Lower, ctx.pub.Add(electLead).Format("2006-01-02"))
	if !ok || len(a.Country) != 3 {
		return nil
	}
	a.Code, a.Sectors = a.Country, []string{}
	return &actors.Mention{Actor: a, Person: true, Kind: actors.KindPerson}
}
