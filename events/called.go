package events

// "X called Y Z": a word of blame that closes the object of "call" ("the
// Russian strike … appalling", "the snap election a sham") is what the
// sentence tells, a criticism (111), even when the object alone matches
// a pattern of its own ("call a strike" 143, "call an election" 0831).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// calledComplement returns, for a hit of "call" at i whose best pattern
// (ending at token end) names the object's noun, the criticism pattern
// whose word of blame closes that object further on ("Germany called the
// Russian strike on the hospital appalling": 111, not a called strike,
// 143), with its end; best and end unchanged when there is none. The
// words between the object's noun and the word of blame hold no verb and
// no comma, so the word is said of the object, not of another clause
// ("called a strike, which the government branded illegal"). The word
// closes the object: a noun or another modifier after it makes it a
// modifier inside a later phrase ("called a strike over appalling pay",
// "called snap elections amid an unacceptable political deadlock").
func (c *Coder) calledComplement(toks []dyad.Token, i int, best *Pattern, end int) (*Pattern, int) {
	if best == nil || len(best.Slots) < 2 || particleEnd(best) || isParticle(best.Slots[1][0]) {
		return best, end // "called for", "called on", "called off": their own acts
	}
	for _, p := range c.patterns.verbs["call"] {
		if p.Code != "111" || len(p.Slots) != 2 {
			continue
		}
		e, ok := c.matchSlots(toks, i, p, len(p.Slots), true, p.has(flagObject)) // (the object may be long: the clean check below keeps the word its)
		if !ok || e <= end {
			continue
		}
		clean := true
		for k := end; k < e-1; k++ {
			if t := toks[k]; t.Text == "," || t.Text == ";" || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Lower == "which" || t.Lower == "that" {
				clean = false
				break
			}
		}
		if clean && closesObject(toks, e) {
			return p, e
		}
	}
	return best, end
}

// closesObject reports whether the word of blame ending at token e-1 ends
// the object of "call": the sentence ends there, or punctuation, a
// conjunction ("appalling and cowardly"), a preposition or an adverb
// ("appalling on Monday") follows it, never a noun, adjective, number or
// participle it would modify ("the illegal fuel price rise").
func closesObject(toks []dyad.Token, e int) bool {
	if e >= len(toks) {
		return true
	}
	t := toks[e]
	switch {
	case t.Tag == "CC" || t.Tag == "IN" || t.Tag == "TO" || strings.HasPrefix(t.Tag, "RB"):
		return true
	case strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "VB") || t.Tag == "CD" || t.Tag == "POS":
		return false
	}
	for _, r := range t.Text {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return false
		}
	}
	return true // punctuation
}
