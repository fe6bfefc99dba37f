package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// Days of a finite "after" clause with no time phrase of its own: "Israel
// struck targets in Gaza on Monday after militants fired rockets" dates
// the rockets Monday, the main clause's day, as gold README "Conventions
// fixed here" item 25 codes it (decided 2026-12-07 by the open files'
// count, 31 lines to 12). The clause tells what set the main act off, on
// or just before its day; the publication date is further from it. Counted
// offsets keep their own reading ("two days after": dates_days_after.go),
// a claim of responsibility keeps the publication date (item 22), and a
// main clause dated by a month or a year ("In 2000, … after Mr Brown
// threatened …") lends nothing: only a day is lent (record.go).

// afterGovernor returns the hit of the main clause whose day an "after"
// clause's hit h takes: h's clause (lo, from clauseBounds) opens with
// "after" (not a clock time's), is finite (a finite verb or modal between
// "after" and h; no other full verb, comma or "that" before h, so an act
// reported inside the clause, "after investigators concluded that a
// torpedo sank the ship", is not read), and the nearest verb hit before
// "after" is a done act told by a finite or past verb (no plan or
// infinitive: "vowed to retaliate after …" lends nothing). "weeks after", "long after" and other spans of days or more
// lend nothing either. Nil when there is none.
func afterGovernor(st *sentence, h *verbHit, lo int) *verbHit {
	toks := st.toks
	after := lo - 1
	if after < 1 || toks[after].Lower != "after" || h.code == "015" || h.status == dyad.Future || h.status == dyad.Hypothetical {
		return nil
	}
	switch strings.TrimSuffix(toks[after-1].Lower, "s") {
	case "day", "week", "month", "year", "decade", "long", "night":
		return nil
	}
	clause := false
	for k := lo; k <= h.head && k < len(toks); k++ {
		t := toks[k]
		clause = clause || finite(t.Tag) || t.Tag == "MD"
		if k == h.head {
			break
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) && t.Tag != "VBN" {
			return nil
		}
	}
	if !clause {
		return nil
	}
	var g *verbHit
	for i := range st.hits {
		o := &st.hits[i]
		if o.head < after && (g == nil || o.head > g.head) {
			g = o
		}
	}
	if g == nil || g.p.Noun || nounLike(st, g) || !strings.HasPrefix(toks[g.head].Tag, "VB") || toks[g.head].Tag == "VB" {
		return nil
	}
	for _, o := range st.hits {
		if o.head == g.head && (o.status == dyad.Future || o.status == dyad.Hypothetical || o.p.Noun) {
			return nil
		}
	}
	for k := g.head + 1; k < after; k++ {
		if toks[k].Text == ";" || toks[k].Tag == "VB" || toks[k].Tag == "MD" {
			return nil // "vowed on Monday to retaliate after …": the plan's clause
		}
	}
	return g
}
