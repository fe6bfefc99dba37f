package events

// A warning is a threat (13x) when it tells what the warner will do, or
// what the warned party will suffer: "warned Seoul against further
// launches", "warned of retaliation", "warned that it would respond". A
// warning given to no named party against a danger, an attitude or a
// mistake ("warned against complacency", "cautioned against hasty
// conclusions") threatens no one and is no event; one about a danger
// ("issued a warning about the growing danger of piracy", "warned about a
// surge in cholera") is a pessimistic comment (012), as warnsOfSituation
// codes "warned of famine"; and a warning told in a relative clause whose
// preposition is left at its end ("a meeting Beijing had warned
// against") is background about its antecedent, which is someone else's
// act, and no event either.

import "strings"

// warningVerdict is what idleWarning makes of a warning hit.
type warningVerdict int

const (
	warningKept        warningVerdict = iota // a threat, or not a bare warning
	warningDropped                           // no event
	warningPessimistic                       // a pessimistic comment, 012
)

// idleWarning judges a 13x hit of "warn" or of a "warning" noun that names
// no target. After "against" or "about" (dates and adverbs skipped), with no
// act hit (live or not: "warned against an assault"), no named party and no
// word of [warning penalties] before the
// clause ends, the warning names no threat: "against" drops it, "about"
// makes it 012. A preposition stranded at a clause end drops it.
func (c *Coder) idleWarning(st *sentence, hits []verbHit, live []bool, k int) warningVerdict {
	toks := st.toks
	h := &hits[k]
	if !strings.HasPrefix(h.code, "13") || len(h.target) != 0 {
		return warningKept
	}
	w := -1
	if toks[h.head].Lemma == "warn" {
		w = h.head
	} else {
		for j := h.head; j <= h.end+1 && j < len(toks); j++ {
			if toks[j].Lower == "warning" || toks[j].Lower == "warnings" {
				w = j
				break
			}
		}
	}
	if w < 0 {
		return warningKept
	}
	e := w + 1
	for e < len(toks) && (st.isDate[e] || toks[e].Tag == "RB") {
		e++ // "warned on Tuesday against", "warned repeatedly about"
	}
	if e >= len(toks) {
		return warningKept
	}
	prep := toks[e].Lower
	if prep != "against" && prep != "about" && prep != "of" {
		return warningKept
	}
	if e+1 >= len(toks) || isClosing(toks[e+1].Text) {
		return warningDropped // "a meeting Beijing had repeatedly warned against."
	}
	if prep == "of" {
		return warningKept // warnsOfSituation's
	}
	for j := e + 1; j < len(toks); j++ {
		if isClauseBreak(toks, j) || toks[j].Lower == "because" || toks[j].Lower == "if" || toks[j].Lower == "unless" {
			break
		}
		if st.words.warningPenalties[toks[j].Lower] || st.at[j] >= 0 {
			return warningKept // "warned against any move by Sudan", "of consequences"
		}
	}
	for j := range hits {
		if j != k && hits[j].code != "" && hits[j].head > e && !hits[j].p.has(flagSpeech) && !breakBetween(toks, e, hits[j].head) {
			return warningKept // an act is named: "warned against any strike on its soil"
		}
	}
	if prep == "against" {
		return warningDropped
	}
	return warningPessimistic
}

// isClosing reports punctuation that ends a phrase: a comma, a full stop,
// a semicolon, a colon, a closing bracket (a quote may open the object:
// "warning about “retaliation”").
func isClosing(s string) bool {
	switch s {
	case ",", ".", ";", ":", ")", "?", "!":
		return true
	}
	return false
}
