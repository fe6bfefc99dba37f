package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// trailingDate finds the day that closes h's clause after a relative
// clause on h's object: "Belgian soldiers shot dead a man who set off a
// device in Brussels Central station on Tuesday", "Tajikistan freed 14
// Uzbek citizens jailed for crossing the border illegally on Tuesday",
// "Oman's coast guard rescued 30 Somali migrants whose boat sank in the
// Arabian Sea on Tuesday, the agency said": the weekday dates the
// sentence's main verb (README "Conventions fixed here", the weekday
// rule; the gold README's dev38 decision on W38002 and W38041), not only
// the relative clause's. h is a past-tense verb with no date of its own;
// a relative pronoun (who, whose, which, that) or a participle right
// or a pronoun subject right after a noun ("12 soldiers they had
// captured") stands between h and the day, no comma does, and the day
// ends the clause (a comma, a full stop, a semicolon or "and" after it).
// A day owned by h's own later verb, a month, a year, a date after a
// comma or after a time or reason clause's conjunction ("after",
// "because", "as", …) lends nothing, nor does a statement or claim (root 01: "said it
// was behind a bomb that tore through a hotel on Sunday" is the bomb's
// day).
func (c *Coder) trailingDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	if h.p.Noun || nounLike(st, h) || toks[h.head].Tag != "VBD" || strings.HasPrefix(h.code, "01") {
		return dateExpr{}, false
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		d := st.dates[i]
		if d.start <= h.end || d.start >= hi {
			continue
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) || commaBetween(toks, h.head, d.start) {
			return dateExpr{}, false
		}
		if d.end < len(toks) {
			switch toks[d.end].Text {
			case ".", ",", ";", "and":
			default:
				return dateExpr{}, false
			}
		}
		g := c.nearestHit(st, d.start)
		if g == h.head || g >= 0 && (g < h.end || g >= d.start) {
			return dateExpr{}, false
		}
		for k := h.end; k < d.start; k++ {
			if w := toks[k].Lower; subordinator(w) && w != "who" && w != "whom" && w != "whose" && w != "which" && w != "where" || w == "as" {
				return dateExpr{}, false // "condemned the attack after Russian missiles struck Kharkiv on Friday": the time clause's day
			}
			switch w := toks[k].Lower; {
			case w == "who" || w == "whose" || w == "which" || w == "that" && k > 0 && strings.HasPrefix(toks[k-1].Tag, "NN"):
				return d, true
			case (toks[k].Tag == "VBN" || toks[k].Tag == "VBD" || toks[k].Tag == "PRP") && k > h.end && strings.HasPrefix(toks[k-1].Tag, "NN"):
				return d, true
			}
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}
