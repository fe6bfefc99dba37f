package events

// Refusals said as a negated acceptance: "China said it would never
// accept Taiwan's independence" (CHN 120 TWN), "Erdogan said Turkey would
// not approve Sweden's NATO bid" (TUR 120 SWE). The stand is taken now, so it is an
// asserted rejection (CODING.md: "ruled out talks" is an asserted 125),
// as refusedCooperation (outcome.go) codes "would not return to talks".
// An acceptance itself names no CAMEO act of its own here: the bare
// acceptance lines of data/verbs.txt ("accept", "approve" 120) give an
// event only in this refusal, and "accepted the resignation", "did not
// approve the budget" give none. A refusal that restates the subject's
// rejection told before it ("rejected any U.S. military action …, saying
// her government would not accept foreign interference") is that one
// rejection, no second. ("Would not tolerate" is left out: the gold sets
// code "saying the bloc would not tolerate unconstitutional changes"
// as the reason of the suspension, no rejection of its own.)

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// acceptanceLine reports a pattern that is a bare acceptance line of
// data/verbs.txt: code 120, the head alone, a lemma of the [acceptance
// verbs] of data/words.txt.
func (v *vocab) acceptanceLine(p *Pattern, lemma string) bool {
	return !p.Noun && p.Code == "120" && len(p.Slots) == 1 && v.acceptanceVerbs[lemma]
}

// notOnly are the words that make "not" the first half of "not only …
// but": "would not only accept", "would not just approve".
var notOnly = map[string]bool{"only": true, "just": true, "merely": true, "simply": true}

// negatedStand reports the verb at i negated as a stand for the future:
// "will", "would" or "shall" with "not", "no longer" or "never" ("would
// never accept", "will not approve", "won't tolerate", "would no longer
// accept"), or "never" alone ("never
// accepts"), adverbs between; "not only" or "not just" negates nothing
// ("would not only accept the proposal but work to implement it"). matchVerb keeps a hit of a bare acceptance
// line only then, so that no other rule reads an acceptance
// ("accepted Turkey's offer") as a rejection.
func negatedStand(toks []dyad.Token, i int) bool {
	never, not := false, false
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch w := toks[j].Lower; {
		case w == "never":
			never = true
		case w == "longer" && toks[j].Tag == "RB" && j >= 1 && toks[j-1].Lower == "no":
			not = true // "would no longer accept aid" (sentences/no_longer.go)
			j--
		case w == "not" || w == "n't":
			if j+1 < i && notOnly[toks[j+1].Lower] {
				return false // "would not only accept the proposal but …": an acceptance
			}
			not = true
		case w == "will" || w == "would" || w == "'ll" || w == "wo" || w == "shall":
			return never || not
		case strings.HasPrefix(toks[j].Tag, "RB"):
		default:
			return never
		}
	}
	return never
}

// refusedAcceptance reads the live hit k, when it is of a bare
// acceptance line, which matchVerb keeps only in a negated stand: it is
// the subject's asserted rejection (120, or the 12x combine made of it)
// when the subject speaks for itself (ownRefusal: "Analysts said Russia
// would not accept the plan" is a forecast, no refusal) and has not
// rejected or refused before in the sentence (a restatement); else no
// event. keep is false when the hit is to be dropped; a hit of any other
// pattern is kept unchanged.
func (c *Coder) refusedAcceptance(st *sentence, hits []verbHit, live []bool, k int) (keep bool) {
	h := &hits[k]
	if !c.words.acceptanceLine(h.p, st.toks[h.head].Lemma) || !strings.HasPrefix(h.code, "12") {
		return true
	}
	if h.status != dyad.Negated || h.passive || !c.ownRefusal(st, h) {
		return false
	}
	for j := range hits {
		g := &hits[j]
		if j != k && live[j] && g.head < h.head && strings.HasPrefix(g.code, "12") && len(g.source) > 0 && len(h.source) > 0 && g.source[0].Country == h.source[0].Country {
			return false // "rejected any U.S. military action, saying her government would not accept foreign interference"
		}
	}
	h.status = dyad.Asserted
	return true
}
