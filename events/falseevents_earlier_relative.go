package events

// An act told in a relative clause that the clause itself dates before
// the act of its antecedent's clause: "marched on Saturday to cheer the
// soldiers who seized power two days earlier", "police on Friday arrested
// the men who attacked the bank last month". The clause says who the
// antecedent is, the history behind the day's news; the gold codes a
// relative clause telling an earlier act as background ("who crossed into
// Kursk last week", testdata/gold/README.md, events-dev5-precision),
// while an act the clause dates to the story's day stays ("fired tear gas
// at protesters who stormed parliament on Friday", W10287). datedRelative
// catches such clauses measured against publication (weeks back); this
// rule measures against the date the sentence gives before the clause,
// so a restrictive clause in the simple past with a date only days back
// counts too.

import (
	"time"

	"github.com/dyad-events/dyad"
)

// earlierRelative reports the verb hit h opening a relative clause
// (relativeVerbStart: "who seized", "that had attacked") with a date of
// its own inside the clause that ends before a date the sentence gives
// before the relative pronoun in the antecedent's own clause: no comma
// and no verb of speech between that date and the pronoun, and none
// right before the date. The date of a report ("said on Tuesday it had
// arrested men who attacked a base on Monday") is not the date of the
// act that holds the antecedent, and the act it reports may be news.
func (c *Coder) earlierRelative(st *sentence, h *verbHit) bool {
	rel := relativeVerbStart(st, h.head)
	if rel < 0 {
		return false
	}
	end := relativeClauseEnd(st, h)
	var own, main *dateExpr
	for k := range st.dates {
		d := &st.dates[k]
		switch {
		case d.start > h.head && d.start < end && own == nil:
			own = d
		case d.end <= rel:
			main = d // the nearest date before the clause
		}
	}
	if own == nil || main == nil || own.published || main.published {
		return false
	}
	toks := st.toks
	for k := max(main.start-2, 0); k < rel; k++ {
		if k >= main.end && isPunct(toks[k]) || c.isSpeechOrCognition(toks[k]) {
			return false
		}
	}
	last, ok1 := dateLastDay(own.date)
	first, ok2 := dateFirstDay(main.date)
	return ok1 && ok2 && last.Before(first)
}

// dateFirstDay gives the first day of an ISO date at day, month or year
// precision.
func dateFirstDay(date string) (time.Time, bool) {
	t, _, ok := dyad.ParseEventDate(date)
	return t, ok
}

// dateLastDay gives the last day of an ISO date at day, month or year
// precision.
func dateLastDay(date string) (time.Time, bool) {
	t, ok := dateFirstDay(date)
	switch len(date) {
	case 7:
		t = t.AddDate(0, 1, -1)
	case 4:
		t = t.AddDate(1, 0, -1)
	}
	return t, ok
}
