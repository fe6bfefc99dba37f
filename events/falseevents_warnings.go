package events

// A warning is a threat (13x) when it tells what the warner will do, or
// what the warned party will suffer: "warned Seoul against further
// launches", "warned of retaliation", "warned that it would respond". A
// warning given to no named party against a danger, an attitude or a
// mistake ("warned against complacency", "warned his own supporters
// against complacency, saying the fight was not won", "cautioned against
// hasty conclusions") threatens no one
// and is no event; one about a danger
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
	if w == h.head {
		e = skipPlainObject(st, e) // "warned his supporters against complacency"
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
		if isClauseBreak(toks, j) || toks[j].Lower == "because" || toks[j].Lower == "if" || toks[j].Lower == "unless" || c.sayingGloss(st, j) {
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

// sayingGloss reports a comma at j that opens a participle of speech
// with no modal verb after it ("…against complacency, saying: “It's a
// fight we have to win.”"): the words said gloss the warning and name no
// penalty of it; a modal one ("…, saying it would respond") may.
func (c *Coder) sayingGloss(st *sentence, j int) bool {
	toks := st.toks
	if toks[j].Text != "," || j+1 >= len(toks) || toks[j+1].Tag != "VBG" || !c.isSpeechOrCognition(toks[j+1]) {
		return false
	}
	for m := j + 2; m < len(toks); m++ {
		if toks[m].Tag == "MD" {
			return false
		}
	}
	return true
}

// skipPlainObject returns the index after a warned object at e that is
// the warner's own people, named by a possessive and no actor ("his
// supporters", "its members", "their own followers"): the possessive, then
// up to four adjectives and common nouns, none in an actor mention, then
// dates and adverbs, then "against" or "about". It returns e itself
// otherwise: an actor ("warned Seoul against") or another party ("warned
// both parties against pandering to prejudice") is warned, not exhorted.
func skipPlainObject(st *sentence, e int) int {
	toks := st.toks
	if e >= len(toks) || toks[e].Tag != "PRP$" {
		return e
	}
	j := e + 1
	for j < len(toks) && j < e+5 && st.at[j] < 0 && !st.isDate[j] && nominalTag(toks[j].Tag) {
		j++
	}
	if j == e || j >= len(toks) || toks[j-1].Tag != "NN" && toks[j-1].Tag != "NNS" {
		return e
	}
	for j < len(toks) && (st.isDate[j] || toks[j].Tag == "RB") {
		j++
	}
	if j < len(toks) && (toks[j].Lower == "against" || toks[j].Lower == "about") {
		return j
	}
	return e
}

// nominalTag reports a tag of a plain noun phrase's word after its
// possessive: an adjective or a common noun (a name may be a party the
// actor dictionaries do not know: "warned his rival Mr Smith against").
func nominalTag(tg string) bool {
	return strings.HasPrefix(tg, "JJ") || tg == "NN" || tg == "NNS"
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
