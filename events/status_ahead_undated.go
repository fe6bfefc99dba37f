package events

import "github.com/dyad-events/dyad"

// An article with no publication date has no resolved date expressions
// (findDates needs the date to resolve against), yet its words that look
// forward still make a present tense a plan: "The chancellor is
// travelling to America next week" is a future visit in an undated story
// as in a dated one, never an asserted one (presentAhead).

// undatedAhead reports a forward-looking time phrase in the clause of the
// present verb at i, found in the words themselves: "tomorrow", "next"
// or "later this" before a unit of time or a weekday ("next week",
// "next Tuesday", "later this month"), with no clause boundary between
// it and the verb (sameClauseSpan).
func undatedAhead(toks []dyad.Token, i int) bool {
	for k := range toks {
		n := 0 // the phrase's length
		switch w := toks[k].Lower; {
		case w == "tomorrow":
			n = 1
		case w == "next" && k+1 < len(toks) && aheadUnit(toks[k+1].Lower):
			n = 2
		case w == "later" && k+2 < len(toks) && toks[k+1].Lower == "this" && aheadUnit(toks[k+2].Lower):
			n = 3
		default:
			continue
		}
		lo, hi := i+1, k
		if k < i {
			lo, hi = k+n, i
		}
		if lo <= hi && sameClauseSpan(toks[lo:hi]) {
			return true
		}
	}
	return false
}

// aheadUnit reports a unit of time or a weekday that "next" or "later
// this" makes a time ahead.
func aheadUnit(w string) bool {
	switch w {
	case "week", "month", "year", "weekend", "spring", "summer", "autumn", "winter", "fall":
		return true
	}
	return isWeekday(w)
}
