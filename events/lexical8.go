package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// Wording of the eighth lexical pass (events-dev8-wire.jsonl): frequent
// shapes of wire copy that name a known event in words the pattern lines
// cannot reach, because the words come before the verb ("a charge Paris
// dismissed") or belong to a verb of naming ("called the allegations
// baseless").

// chargeWord reports an accusation noun: what a denial answers.
func chargeWord(t dyad.Token) bool {
	switch strings.TrimSuffix(t.Lower, "s") {
	case "charge", "accusation", "allegation", "claim":
		return true
	}
	return false
}

// falsityWords call a charge untrue: a verb of naming with one of them
// after the charge ("called the allegations baseless") denies it.
var falsityWords = map[string]bool{
	"baseless": true, "groundless": true, "unfounded": true, "false": true, "absurd": true,
	"fabricated": true, "fabrication": true, "fabrications": true, "lie": true, "lies": true,
	"nonsense": true, "ridiculous": true, "untrue": true, "slander": true, "slanderous": true,
	"libel": true, "fiction": true, "fake": true, "preposterous": true, "ludicrous": true,
	"unsubstantiated": true, "malicious": true, "smear": true,
}

// namingVerb reports a verb lemma that names its object as something:
// "called the charges baseless", "described the claim as absurd".
func namingVerb(lemma string) bool {
	switch lemma {
	case "call", "describe", "label", "brand", "term":
		return true
	}
	return false
}

// chargeAfter reports an accusation noun as the object of the verb
// ending before end, past determiners, adjectives, names and noun
// modifiers: "rejected the genocide allegations", "dismissed U.S. bribery
// charges", "called the allegations". A claim takes no modifier but a
// determiner ("rejected Trump's claim that Isis had been defeated" and
// "rejected China's territorial claims" are no denials). It returns the
// noun's token, or -1.
func chargeAfter(toks []dyad.Token, end int) int {
	modified := false
	for k := end; k < len(toks) && k < end+6; k++ {
		t := toks[k]
		if chargeWord(t) && t.Tag != "VBZ" && t.Tag != "VBD" {
			if modified && strings.TrimSuffix(t.Lower, "s") == "claim" {
				return -1
			}
			return k
		}
		switch t.Tag {
		case "DT", "PRP$":
			continue
		case "JJ", "NN", "NNP", "NNPS", "POS":
			modified = true
			continue
		}
		if t.Text == "'s" || t.Text == "’s" || isQuote(t.Text) {
			modified = true
			continue
		}
		return -1
	}
	return -1
}

// chargeBefore reports the verb at i in a clause that modifies an
// accusation noun before its subject: "a claim Ukraine's general staff
// rejected", "a charge the Taliban government dismissed", "a charge Paris
// has dismissed as absurd", "a charge New Delhi called baseless". The
// noun follows "a", "an", "the" or a comma; the subject between starts
// with a capital or "the" and runs at most six words.
func chargeBefore(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had") {
		k-- // "has dismissed", "swiftly rejected"
	}
	n := 0
	for ; k >= 0 && !chargeWord(toks[k]); k-- {
		t := toks[k]
		if n == 6 || !(startsUpperASCII(t.Text) || t.Text == "'s" || t.Text == "’s" || t.Text == "." ||
			t.Tag == "DT" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "POS") {
			return false
		}
		n++
	}
	if k < 1 || n == 0 {
		return false
	}
	switch toks[k-1].Lower {
	case "a", "an", "the", ",":
	default:
		return false
	}
	first := toks[k+1]
	return startsUpperASCII(first.Text) || first.Lower == "the"
}

// falsityAfter reports a word calling a charge untrue within eight tokens
// from from, before a clause break: "called the allegations \"malicious
// and baseless\"", "called baseless".
func falsityAfter(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		w := toks[k].Lower
		if falsityWords[w] {
			return true
		}
		if w == ";" || w == "and" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") || w == "but" || w == "that" {
			return false
		}
	}
	return false
}

// chargeDenial turns a rejection (120) of an accusation noun, or a verb
// of naming that calls one untrue, into the denial (016, the coder's
// "deny" pattern) when the noun sits where rejectsCharge does not look:
// behind a noun modifier ("rejected the genocide allegations"), before a
// subject that is not a bare name ("a claim Ukraine's general staff
// rejected", "a charge Paris has dismissed"), or with a verb of naming
// ("London called the allegations baseless", "a charge New Delhi called
// baseless"). Any other best pattern is returned unchanged.
func (c *Coder) chargeDenial(toks []dyad.Token, i int, best *Pattern, end int) (*Pattern, int) {
	lemma := toks[i].Lemma
	deny := func() *Pattern {
		for _, d := range c.patterns.verbs["deny"] {
			if d.has(flagDeny) && len(d.Slots) == 1 {
				return d
			}
		}
		return nil
	}
	switch {
	case best != nil && best.Code == "120" && chargeRejecter(lemma):
		if chargeAfter(toks, end) >= 0 || chargeBefore(toks, i) {
			if d := deny(); d != nil {
				return d, end
			}
		}
	case best == nil && namingVerb(lemma) && toks[i].Tag != "VBG":
		// (a participle elaborates a denial the sentence has made or
		// defends a third party: "denied the accusations, calling the
		// claims fabricated", "calling the espionage charge against him
		// absurd")
		if k := chargeAfter(toks, i+1); k >= 0 && !legalCharge(toks, k) && falsityAfter(toks, k+1) || chargeBefore(toks, i) && falsityAfter(toks, i+1) {
			if d := deny(); d != nil {
				return d, i + 1
			}
		}
	}
	return best, end
}

// legalCharge reports an accusation noun at k followed by "against": the
// charges a court or prosecutor brings ("called the charges against him
// absurd"), which a third party may call untrue for the accused.
func legalCharge(toks []dyad.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Lower == "against"
}

// commitVerbs are intent verbs whose subject binds itself to the act of
// its infinitive: what it agreed or offered to do is an intent to
// cooperate (030) even when no pattern codes the act ("agreed to share
// power with the Democratic Alliance", "offered to house deportees").
// Pledges and promises are left out: on real news they bind the subject
// to acts of its own more often than to a party ("pledged to end
// America's foreign wars", "pledged to pay a breakup fee").
var commitVerbs = map[string]bool{
	"agree": true, "offer": true,
}

// bareIntents makes an event of a commitment verb whose infinitive no
// pattern codes: the verb stays an intent to cooperate (030, future),
// aimed at the actor named in the infinitive's clause, and mutual when
// "agreed to" has two parties as subject ("Pakistan and Iran agreed to
// return their ambassadors"). It needs a target, as the gold's 030 events
// all have one: "the company agreed to pay a fine" is none. An infinitive
// coded by a pattern ("agreed to meet") was rewritten by findHits and is
// left alone, as are the verb's other uses ("agreed with", "offered
// condolences").
func (c *Coder) bareIntents(st *sentence, hits []verbHit) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if h.code != "030" || !h.p.has(flagIntent) || h.p.has(flagThreat) || len(h.p.Slots) != 1 || !commitVerbs[toks[h.head].Lemma] {
			continue
		}
		verb := infinitiveAfter(toks, h.end)
		if verb < 0 {
			continue
		}
		m := *h.p
		m.Flags = m.Flags&^flagIntent | flagNeedTarget
		if toks[h.head].Lemma == "agree" && pluralSubject(st, h.head) {
			m.Flags |= flagMutual | flagAgreed
		}
		h.p, h.end = &m, verb+1
		if h.status == dyad.Asserted {
			h.status = dyad.Future
		}
	}
}

// infinitiveAfter returns the plain verb of "to" + verb starting within
// six tokens of from, past a date or adverb ("agreed on Friday to
// return"), or -1. A verb of saying, being or thinking is no act ("agreed
// to say", "offered to be"), a negated one is not done ("agreeing not to
// use"), and one aimed "against" a party is no cooperation ("agreed to
// take action against Syria").
func infinitiveAfter(toks []dyad.Token, from int) int {
	for k := from; k < len(toks) && k < from+6; k++ {
		t := toks[k]
		if t.Lower == "not" || t.Lower == "never" {
			return -1 // "agreeing not to use their missile systems"
		}
		if t.Lower == "to" {
			j := k + 1
			for j < len(toks) && toks[j].Tag == "RB" {
				j++
			}
			if j >= len(toks) || toks[j].Tag != "VB" {
				return -1
			}
			switch toks[j].Lemma {
			case "be", "have", "do", "say", "consider", "think", "look", "keep", "continue", "try", "make":
				return -1
			}
			for e := j + 1; e < len(toks) && e < j+8 && toks[e].Text != ","; e++ {
				if toks[e].Lower == "against" {
					return -1 // "agreed to take action against Syria": no cooperation
				}
			}
			return j
		}
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Lower == "that" {
			return -1
		}
	}
	return -1
}
