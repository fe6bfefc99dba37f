package events

// A past day written after the infinitive a verb governs: "FARC rebels
// ordered all residents of three hamlets to leave within 24 hours on
// Monday", "Seoul urged Pyongyang to return to talks on Monday". The
// nearest verb to the day is the infinitive, a plan (future or
// hypothetical), and a plan never takes the date of its planned action
// (README "Conventions fixed here": future, intent and hypothetical events
// take the date of the statement that carries them); a day already past
// at publication cannot be the plan's anyway. It is the day of the verb
// that orders, urges or promises, as wire copy writes it at the end of
// the clause.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// planComplementDate returns the day after h's words, in its clause
// (before hi), whose nearest verb hit is an infinitive ("to leave") after
// h told as a plan (future or hypothetical), when h is a past-tense verb
// told as done and the day is before the publication day pub
// ("2024-07-13"). The infinitive is a verb (not "prior to talks"); no
// comma, semicolon, subordinate or relative clause, nor an occasion
// ("ahead of", "prior to": relativeOccasion) stands between h and the
// day, and the day is no deadline ("by Friday": ahead).
func (c *Coder) planComplementDate(st *sentence, h *verbHit, hi int, pub string) (dateExpr, bool) {
	toks := st.toks
	if h.p.Noun || nounLike(st, h) || toks[h.head].Tag != "VBD" || h.status != dyad.Asserted || strings.HasPrefix(h.code, "01") {
		return dateExpr{}, false
	}
	for _, d := range st.dates {
		if d.start <= h.end || d.start >= hi {
			continue
		}
		for k := h.end; k < d.start; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" || subordinator(toks[k].Lower) || relativeThat(toks, k) || relativeOccasion(toks, k) {
				return dateExpr{}, false
			}
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) || d.date >= pub {
			return dateExpr{}, false
		}
		g := c.nearestHit(st, d.start)
		if g <= h.head || g < 1 || toks[g-1].Lower != "to" || toks[g].Tag != "VB" {
			return dateExpr{}, false
		}
		for k := h.head + 1; k < g; k++ {
			if w := toks[k].Lower; w == "hours" || w == "days" || w == "weeks" {
				return dateExpr{}, false // "gave Hamas 48 hours to release the hostages on Friday": a deadline, maybe
			}
		}
		for _, o := range st.hits {
			if o.head == g && (o.status == dyad.Future || o.status == dyad.Hypothetical) {
				return d, true
			}
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}
