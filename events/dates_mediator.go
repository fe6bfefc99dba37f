package events

import (
	"github.com/dyad-events/dyad"
)

// mediatorDate finds the day of the main clause for a mediator named
// inside it with no date of its own: "resumed talks in Barbados on
// Monday, the latest round of a dialogue brokered by Norway", "reached
// agreements in Brussels on Tuesday, in talks brokered by the EU's
// foreign policy chief", "agreed a truce on Friday under Qatar's
// mediation". The 045 is the mediation of the parties' talks or deal,
// so it takes their day (testdata/gold/README.md "Conventions fixed
// here" item 35, decided 2026-12-07). h must be a 045 told by no finite
// verb of its own (a participle, "brokered by", "mediated by", a
// gerund, "with Egypt mediating", or a noun, "mediation"); the day is
// the last day-precision, past date before h in its clause, owned by a
// done past-tense verb hit, with no finite verb between that date and
// h: "Norway brokered talks that resumed on Monday" and "the parties
// met on Monday and Norway mediated" keep their own readings.
func (c *Coder) mediatorDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	if h.code != "045" || !nonFiniteMediation(st, h) {
		return dateExpr{}, false
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		d := st.dates[i]
		if d.end > h.head || d.start < lo || ownedByNoun(toks, d) {
			continue
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) {
			return dateExpr{}, false
		}
		for k := d.end; k < h.head; k++ {
			if finite(toks[k].Tag) || toks[k].Tag == "MD" || toks[k].Text == ";" {
				return dateExpr{}, false
			}
		}
		g := c.nearestHit(st, d.start)
		if g < lo || g >= h.head || toks[g].Tag != "VBD" || !doneVerbAt(st, g) {
			return dateExpr{}, false
		}
		return d, true
	}
	return dateExpr{}, false
}

// nonFiniteMediation reports h's head as no finite verb: a noun
// ("mediation"), a gerund ("with Egypt mediating") or a participle
// ("brokered by Norway", which the tagger may read as a past tense when
// "by" follows it).
func nonFiniteMediation(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || nounLike(st, h) {
		return true
	}
	switch toks[h.head].Tag {
	case "VBN", "VBG":
		return true
	case "VBD":
		return h.head+1 < len(toks) && toks[h.head+1].Lower == "by" && h.head > 0 && toks[h.head-1].Tag != "PRP" && !finite(toks[h.head-1].Tag) && toks[h.head-1].Tag != "NNP"
	}
	return false
}
