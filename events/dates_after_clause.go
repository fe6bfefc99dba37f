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
// "after" and h; no other full verb, comma or "that" before h, but for a
// participle right after a plural subject, "after protesters alleging
// fraud set fire to …", W62029, so an act
// reported inside the clause, "after investigators concluded that a
// torpedo sank the ship", is not read), and the nearest verb hit before
// "after" is a done act (no plan or infinitive: "vowed to retaliate after
// …" lends nothing here; afterStatement, below, lends the main verb's
// day) told by a verb in the past or present tense or a
// participle (VBD, VBZ, VBP, VBN or VBG; not a base form). "weeks after", "long after" and other spans
// of days or more lend nothing either. Nil when there is none.
func afterGovernor(st *sentence, h *verbHit, lo int) *verbHit {
	toks := st.toks
	after, ok := afterClause(st, h, lo)
	if !ok {
		return nil
	}
	g := lastHitBefore(st, after, false)
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
			return nil // "vowed on Monday to retaliate after …": the plan's clause (afterStatement lends the vow's day)
		}
	}
	return g
}

// afterClause returns the token of "after" opening h's clause (lo, from
// clauseBounds) when that clause is a finite "after" clause that may take
// a day of the clause before it (afterGovernor's conditions on the clause).
// A planned act (future, hypothetical), a claim of responsibility (015)
// and an alleged or denied act keep their own dating: an act told as
// alleged or denied keeps the publication date by the accusation rule
// (gold README item 26), whatever the main clause's day.
func afterClause(st *sentence, h *verbHit, lo int) (int, bool) {
	toks := st.toks
	after := lo - 1
	if after < 1 || toks[after].Lower != "after" || h.code == "015" || h.status == dyad.Future || h.status == dyad.Hypothetical || h.status == dyad.Alleged || h.status == dyad.Denied {
		return -1, false
	}
	switch strings.TrimSuffix(toks[after-1].Lower, "s") {
	case "day", "week", "month", "year", "decade", "long", "night":
		return -1, false
	}
	clause := false
	for k := lo; k <= h.head && k < len(toks); k++ {
		t := toks[k]
		clause = clause || finite(t.Tag) || t.Tag == "MD"
		if k == h.head {
			break
		}
		if t.Tag == "VBG" && k > lo && (toks[k-1].Tag == "NNS" || toks[k-1].Tag == "NNPS") {
			continue // "after protesters alleging fraud set fire to …": a participle on the subject (W62029)
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) && t.Tag != "VBN" {
			return -1, false
		}
	}
	return after, clause
}

// afterEventlessDay returns the day of a main clause that tells no event
// for its finite "after" clause's hit h: "Asian stocks were mostly lower
// Friday after North Korea fired a missile" dates the launch Friday, as
// item 25 dates it after an event verb (afterGovernor). The day is the
// last date expression of day precision before "after", not across a
// semicolon, in a sentence with no event before "after" (a main clause with
// an event is afterGovernor's, which lends only that event's own day; a
// hit set aside for want of a source or code tells none: "Japan issued
// alerts urging residents to take shelter on Thursday after North Korea
// fired a missile" dates the launch Thursday, gold README item 25). A
// day looking ahead ("Schools stay shut until Monday after …", "next
// Monday") is no day of the clause's act: none is lent.
func afterEventlessDay(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	after, ok := afterClause(st, h, lo)
	if !ok {
		return dateExpr{}, false
	}
	for _, o := range st.hits {
		if o.head < after && o.code != "" && len(o.source) > 0 {
			return dateExpr{}, false
		}
	}
	for k := len(st.dates) - 1; k >= 0; k-- {
		d := st.dates[k]
		if d.end > after {
			continue
		}
		if semicolonBetween(st.toks, d.start, after) || d.precision != dyad.Day || d.published || ahead(st, d) {
			return dateExpr{}, false
		}
		return d, true
	}
	return dateExpr{}, false
}

// semicolonBetween reports a semicolon among tokens [a, b).
func semicolonBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == ";" {
			return true
		}
	}
	return false
}

// afterStatement returns the hit of the main clause's finite verb that an
// "after" clause's hit h takes its day from when the nearest hit before
// "after" lends none (afterGovernor): a main verb that carries a planned
// or threatened infinitive, or an accusation whose alleged act keeps the
// publication date. "Syria's rebels threatened on Tuesday to shoot down any
// plane … after government jets bombed …", "Albania turned down a U.S.
// request on Friday to destroy … after thousands of people protested",
// "accused Iran on Wednesday of sending weapons …, after its navy seized a
// boat" date the after-clause's act by the main verb's day, as gold
// README item 25 says (W43053, W16262, W43044). The main verb is the
// nearest hit before "after" told by a finite verb (VBD, VBZ or VBP; no
// plan, hypothesis or noun), with no semicolon, modal or comma between it
// and "after" but a comma right before "after". Nil when there is none.
func afterStatement(st *sentence, h *verbHit, lo int) *verbHit {
	toks := st.toks
	after, ok := afterClause(st, h, lo)
	if !ok {
		return nil
	}
	f := lastHitBefore(st, after, true)
	if f == nil || nounLike(st, f) || toks[f.head].Lemma == "say" {
		return nil
	}
	for _, o := range st.hits {
		if o.head == f.head && (o.status == dyad.Hypothetical || o.status == dyad.Future) {
			return nil
		}
	}
	for k := f.head + 1; k < after; k++ {
		if toks[k].Text == ";" || toks[k].Tag == "MD" || toks[k].Text == "," && k != after-1 {
			return nil
		}
	}
	return f
}

// lastHitBefore returns the hit of st whose head is the nearest before
// token after, or nil. With finite set, only verb hits (not noun patterns)
// told by a finite verb (VBD, VBZ or VBP) count.
func lastHitBefore(st *sentence, after int, finite bool) *verbHit {
	var g *verbHit
	for i := range st.hits {
		o := &st.hits[i]
		if o.head >= after || g != nil && o.head <= g.head {
			continue
		}
		if finite {
			if o.p.Noun {
				continue
			}
			switch st.toks[o.head].Tag {
			case "VBD", "VBZ", "VBP":
			default:
				continue
			}
		}
		g = o
	}
	return g
}
