package events

// Dates across a gerund of means: "Assailants tried to kill a member of
// parliament by hurling a grenade at his car in Kiev on Tuesday", "Turkey
// responded within hours by declaring Egypt's envoy persona non grata". A
// "by" + gerund phrase tells how the verb before it was done: one act,
// told twice, on one day. The day written inside the gerund's phrase
// dates the verb it modifies, and a gerund with no date of its own takes
// the date of that verb (README "Conventions fixed here": a date belongs
// to the clause it stands in, and the gerund is part of the verb's
// clause, as participial clauses share the main clause's date).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// meansDate returns the day written in the "by" + gerund phrase that
// follows h's verb in its clause (before hi): "tried to kill … by hurling
// a grenade … on Tuesday". h is a verb (no noun hit); no comma, semicolon,
// subordinate clause or other verb stands between h and "by", nor between the
// gerund and the day; the day is a day-precision date of the text, not a
// plan's ("by Friday" is a deadline: ahead).
func meansDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	if h.p.Noun || nounLike(st, h) || !strings.HasPrefix(toks[h.head].Tag, "VB") {
		return dateExpr{}, false
	}
	by := -1
	for k := h.end; k+1 < hi; k++ {
		if breaksMeans(toks, k) || strings.HasPrefix(toks[k].Tag, "VB") {
			return dateExpr{}, false // (not "accused Israel of violating the truce by striking …": the alleged act's means)
		}
		if toks[k].Lower == "by" && toks[k+1].Tag == "VBG" {
			by = k
			break
		}
	}
	if by < 0 {
		return dateExpr{}, false
	}
	for _, d := range st.dates {
		if d.start <= by+1 || d.start >= hi {
			continue
		}
		for k := by + 2; k < d.start; k++ {
			if breaksMeans(toks, k) {
				return dateExpr{}, false
			}
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) {
			return dateExpr{}, false
		}
		return d, true
	}
	return dateExpr{}, false
}

// meansGovernor returns the verb hit a "by" + gerund hit h tells the means
// of: the nearest verb hit before "by" in h's clause, with no comma,
// semicolon or subordinate clause between ("responded within hours by
// declaring …": "responded"); nil when h is no such gerund.
func meansGovernor(st *sentence, h *verbHit, lo int) *verbHit {
	toks := st.toks
	if h.head < 1 || toks[h.head].Tag != "VBG" || toks[h.head-1].Lower != "by" {
		return nil
	}
	var best *verbHit
	for i := range st.hits {
		g := &st.hits[i]
		if g.head >= h.head-1 || g.head < lo || g.p.Noun || nounLike(st, g) || !strings.HasPrefix(toks[g.head].Tag, "VB") {
			continue
		}
		if best == nil || g.head > best.head {
			best = g
		}
	}
	if best == nil {
		return nil
	}
	for k := best.end; k < h.head-1; k++ {
		if breaksMeans(toks, k) {
			return nil
		}
	}
	return best
}

// breaksMeans reports a token at k that ends the stretch between a verb
// and its "by" + gerund phrase: a comma, a semicolon or a subordinator
// ("after", "which", …).
func breaksMeans(toks []dyad.Token, k int) bool {
	t := toks[k]
	return t.Text == "," || t.Text == ";" || subordinator(t.Lower)
}
