package events

import (
	"time"

	"github.com/dyad-events/dyad"
)

// An article with no publication date resolves no relative date ("on
// Tuesday", "last month": DESIGN.md), but a date that names its year
// needs none: "In 1997, President Bill Clinton imposed an embargo on
// Sudan" is 1997 at year precision, "on 2024-02-29" and "on July 12,
// 2024" their day. Such an event was dated unknown, so that a user could
// not filter it by date (a dated copy of the story drops it as history,
// two or more years before publication).

// farPub is the publication date absoluteDates resolves against: after
// every year written, so that a past year ("after 1979", "the 1980s") is
// read as it is in a dated story.
var farPub = time.Date(2999, 12, 31, 0, 0, 0, 0, time.UTC)

// absoluteDates returns the date expressions of toks that write their
// year ("in 1997", "July 12, 2024", "in mid-2013", "2024-02-29") and
// resolve to a date of that year, whatever the publication date: the
// dates of a sentence of an undated article. A relative expression
// ("on Tuesday", "two days later") is none.
func absoluteDates(toks []dyad.Token) []dateExpr {
	var out []dateExpr
	for _, d := range findDates(toks, farPub, nil) {
		for k := d.start; k < d.end && k < len(toks); k++ {
			if y := writtenYear(toks[k].Lower); y != "" && len(d.date) >= 4 && d.date[:4] == y {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// writtenYear is the year a token writes: "1997" of "1997", "mid-1997",
// "1990s" or "1997-03-04"; "" for any other token.
func writtenYear(w string) string {
	year := func(y string) bool { return len(y) == 4 && isNum(y) && (y[0] == '1' || y[0] == '2') }
	switch {
	case year(w):
		return w
	case len(w) == 8 && w[:4] == "mid-" && year(w[4:]):
		return w[4:]
	case len(w) == 5 && w[4] == 's' && year(w[:4]):
		return w[:4]
	case isoDay(w):
		return w[:4]
	}
	return ""
}

// undatedDateFor is the date of the event of hit h of an article with no
// publication date: a date that writes its year dating h as in a dated
// story (textDateFrom of a copy of the sentence whose dates are its
// absoluteDates, with no report date; st itself is not changed), else
// unknown. A planned act (future, hypothetical) takes its statement's
// date, which is unknown.
func (c *Coder) undatedDateFor(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if len(st.absDates) == 0 || h.status == dyad.Future || h.status == dyad.Hypothetical {
		return "", dyad.Unknown, ""
	}
	undated := *st
	undated.dates, undated.reportDate = st.absDates, nil
	date, precision, from := c.textDateFrom(ctx, &undated, h)
	if from != "text" {
		return "", dyad.Unknown, ""
	}
	return date, precision, from
}
