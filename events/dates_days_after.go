package events

import (
	"slices"
	"time"

	"github.com/dyad-events/dyad"
)

// daysAfterDate dates a hit told in a time clause opened by a count of
// days or weeks and "after" ("a day after", "two days after", "the day
// after", "two weeks after") by the day of the clause before less that
// count: "Saudi artillery pounded Houthi positions on Thursday, two days
// after rebels crossed into the kingdom and killed a border guard" dates
// the killing Tuesday, and "Russian warplanes left Syria on Tuesday, a day
// after Moscow announced it would pull its forces out" dates the
// announcement (and the plan it carries) Monday. The gold sets code a
// finite "a day after", "nine days after" or "two weeks after" clause so,
// dated by its own day (testdata/gold/README.md, dev13-wire and later
// sets; shortlyAfterDate does "hours after", the same day). The hit must
// follow "after" in its clause — no comma, semicolon, subordinator or
// clause-joining "and" between; "and" before a verb joins a second verb of
// the same subject ("crossed into the kingdom and killed") — and the date
// is the last one of the clause before the count, a day-precision date
// that looks back (no plan's "next week"). A count of months or years
// ("two years after") lends nothing: the day is not known.
func daysAfterDate(st *sentence, h *verbHit) (dateExpr, bool) {
	toks := st.toks
	k := h.head - 1
	for k > 0 && toks[k].Lower != "after" {
		w := toks[k].Lower
		if toks[k].Text == "," || toks[k].Text == ";" || subordinator(w) ||
			w == "and" && !isVerbTag(toks, k+1) && toks[k+1].Tag != "RB" {
			return dateExpr{}, false
		}
		k--
	}
	if k < 3 || k < h.head-12 {
		return dateExpr{}, false
	}
	n, start := countedDaysAt(toks, k)
	if n == 0 {
		return dateExpr{}, false
	}
	end := start
	if toks[end-1].Text == "," {
		end--
	}
	d, _, ok := clauseLastDate(st, end, ";")
	if !ok || d.precision != dyad.Day || ahead(st, d) {
		return dateExpr{}, false
	}
	t, err := time.Parse("2006-01-02", d.date)
	if err != nil {
		return dateExpr{}, false
	}
	return dateExpr{start, k + 1, t.AddDate(0, 0, -n).Format("2006-01-02"), dyad.Day, false, ""}, true
}

// clauseLastDate returns the last of the sentence's dates that lies
// between the last of the breaks (token texts: ";", ",") before token
// end and end itself, the date of the clause that ends there, with where
// that clause starts; false for no date (daysAfterDate, shortlyAfterDate
// and serialVerbDate scan back so).
func clauseLastDate(st *sentence, end int, breaks ...string) (dateExpr, int, bool) {
	lo := 0
	for j := end - 1; j >= 0; j-- {
		if slices.Contains(breaks, st.toks[j].Text) {
			lo = j + 1
			break
		}
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		if d := st.dates[i]; d.start >= lo && d.end <= end {
			return d, lo, true
		}
	}
	return dateExpr{}, lo, false
}

// countedDaysAt reads the count of days before "after" at toks[k]: "a day",
// "two days", "10 days", "the day", "a week", "two weeks" (seven days
// each), at most fourteen (relativeDays). It returns the days and where
// the count starts, or 0.
func countedDaysAt(toks []dyad.Token, k int) (n, start int) {
	for _, unit := range [...]string{"day", "week"} {
		if n := relativeDays(toks, k, unit, 14); n != 0 {
			return n, k - 2
		}
	}
	return 0, 0
}
