package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// andClauseDate finds the day of the clause before a ", and" that joins
// h's clause to it, when h's clause names no date of its own: "Tshisekedi
// received Ndayishimiye in Kinshasa on Thursday, and the two agreed to
// let Burundian troops pursue rebels" dates the agreement Thursday, not
// the publication day; so does "Armenia accused Baku on Thursday of …,
// and asked Russia for help" (the same subject). The clause after "and"
// must be a finite one (a finite verb or a modal between "and" and h) with
// no comma of its own before h, and the date must be a day (a weekday, a
// day of a month), looking back, owned by a past-tense verb hit of the
// clause before: a year or a month ("In 2019, …, and …") lends nothing,
// nor does a plan's. A noun's own date ("ahead of Tuesday's rally",
// "India's tests earlier this month") is passed over for the verb's day
// before it (ownedByNoun). A reaction to the clause before ("…, and
// Islamabad denied it", "…, and Pristina condemned the move") and a
// clause told as "later" ("…, and officers later met") take its day too,
// as gold README "Conventions fixed here" item 26 codes a joined clause
// with no time phrase of its own (decided 2026-12-07 by the open files'
// count, about 70 lines to 4); a claim of responsibility ("…, and Islamic
// State later claimed responsibility") keeps the publication date (item
// 22, answersClauseBefore), and an alleged or denied act never gets here
// (date_reacted.go). A day written after a past-tense verb that tells no
// event of its own ("the parliament voted on Tuesday to make Russian
// compulsory, and opposition leaders called the vote a betrayal", W42008)
// is that verb's (dayVerbBefore), also when an infinitive after the day tells a done
// act ("voted on Tuesday to ban broadcasts": 1721 asserted); a plan's
// infinitive ("pledged on Monday to send aid") lends nothing. A clause
// joined by ", but" ("Israel accepted the proposal on Tuesday, but Hamas
// rejected it", W59028) or a past-tense clause by ", where" ("marched
// toward the royal palace, where police fired tear gas", W57045) is a
// joined clause too; a noun's hit nearest the day ("walked off the job in
// a general strike on Wednesday", W59003) gives way to the past-tense
// verb whose phrase holds it (verbHitBefore).
func (c *Coder) andClauseDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	and := -1
	for k := h.head - 1; k > lo; k-- {
		if toks[k].Text == ";" || toks[k].Text == "," {
			return dateExpr{}, false
		}
		if (toks[k].Lower == "and" || toks[k].Lower == "where" && toks[h.head].Tag == "VBD") && toks[k-1].Text == "," {
			and = k
			break
		}
	}
	if and < 0 && lo >= 2 && toks[lo-1].Lower == "but" && toks[lo-2].Text == "," {
		// "Israel accepted the proposal on Tuesday, but Hamas rejected
		// it": "but" bounds h's clause, so the clause before is looked
		// for before it
		and = lo - 1
		lo, _ = clauseBounds(toks, lo-2)
	}
	if and < 0 {
		return dateExpr{}, false
	}
	clause := false
	for k := and + 1; k <= h.head; k++ {
		clause = clause || finite(toks[k].Tag) || toks[k].Tag == "MD"
	}
	if !clause || answersClauseBefore(h) {
		return dateExpr{}, false
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		d := st.dates[i]
		if d.start < lo || d.end > and-1 || ownedByNoun(toks, d) {
			continue
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) {
			return dateExpr{}, false
		}
		g := c.nearestHit(st, d.start)
		if g >= lo && g < d.start && toks[g].Tag != "VBD" {
			// "walked off the job in a general strike on Wednesday": a
			// noun's hit before the day stands in its verb's phrase
			g = verbHitBefore(st, g, lo)
		}
		if g < 0 || g > d.start && toks[g].Tag == "VB" {
			// "voted on Tuesday to ban …": the day is the verb's before
			// it, not the infinitive's, which must be done too
			if v := dayVerbBefore(toks, d.start, lo); v >= 0 {
				if g >= 0 && !doneVerbAt(st, g) {
					return dateExpr{}, false
				}
				g = v
			}
		}
		if g < lo || g >= and-1 || toks[g].Tag != "VBD" {
			return dateExpr{}, false
		}
		if !doneVerbAt(st, g) {
			return dateExpr{}, false
		}
		return d, true
	}
	return dateExpr{}, false
}

// dayVerbBefore returns the verb a day written after it belongs to when
// no event hit claims the day: the nearest verb before the day at or after
// lo (the start of the clause before ", and"), with only a preposition
// ("on") or an adverb between them ("voted on Tuesday", "met late on
// Friday"); -1 when there is none.
func dayVerbBefore(toks []dyad.Token, d, lo int) int {
	for k := d - 1; k >= lo; k-- {
		switch t := toks[k]; {
		case strings.HasPrefix(t.Tag, "VB"):
			return k
		case t.Tag == "IN" || t.Tag == "RB" || t.Tag == "JJ" && (t.Lower == "late" || t.Lower == "early"):
		default:
			return -1
		}
	}
	return -1
}

// doneVerbAt reports whether the verb at g tells a done act, so that its
// day may be lent: no hit there is a noun, and one hit there is neither
// future nor hypothetical. A purpose infinitive coded at its governing
// verb ("marched … on Friday to demand citizenship": 100 hypothetical
// beside the asserted 1412) leaves the march done; a verb whose only
// hits are plans ("pledged … on Monday to send") lends nothing.
func doneVerbAt(st *sentence, g int) bool {
	any, done := false, false
	for _, o := range st.hits {
		if o.head != g {
			continue
		}
		if o.p.Noun {
			return false
		}
		any = true
		done = done || o.status != dyad.Future && o.status != dyad.Hypothetical
	}
	return !any || done
}

// answersClauseBefore reports a joined clause that keeps the publication
// date although the clause before names its day: a claim of
// responsibility (015: "…, and al-Shabaab claimed responsibility"), which
// gold README item 22 dates by the publication date, and a refusal to
// comment (011: "…, and the U.N. refused to comment"), said when asked.
func answersClauseBefore(h *verbHit) bool {
	return h.code == "015" || h.code == "011"
}

// ownedByNoun reports a date that is a noun's own, not its clause's
// verb's: a possessive day ("ahead of Tuesday's rally") or a month or
// year written right after a noun with no preposition ("India's tests
// earlier this month"). A bare weekday after a noun ("arrested
// protesters Tuesday") is the verb's.
func ownedByNoun(toks []dyad.Token, d dateExpr) bool {
	if d.end < len(toks) && (toks[d.end].Lower == "'s" || toks[d.end].Lower == "’s") {
		return true
	}
	k := d.start - 1
	if k > 0 && (toks[k].Lower == "earlier" || toks[k].Lower == "later") {
		k-- // "India's tests earlier this month": the adverb is no preposition
	}
	return d.precision != dyad.Day && k >= 0 && strings.HasPrefix(toks[k].Tag, "NN")
}

// verbHitBefore returns the head of the nearest past-tense verb hit
// before g, at or after lo, with no comma between them ("walked off the
// job in a 24-hour general strike": walked for strike); -1 when there
// is none.
func verbHitBefore(st *sentence, g, lo int) int {
	best := -1
	for _, o := range st.hits {
		if o.head >= lo && o.head < g && o.head > best && st.toks[o.head].Tag == "VBD" && !commaBetween(st.toks, o.head, g) {
			best = o.head
		}
	}
	return best
}
