package events

// Unnamed attackers: "A man on a motorbike threw a hand grenade into a bar
// in Bujumbura", "A man linked to an Islamic State-inspired network stabbed
// the security minister", "Two men armed with knives attacked …". An
// indefinite man, woman or group of men, with no nationality or other
// actor in front of the noun, who opens a clause whose verb is an attack
// (the [unnamed attacker verbs] of data/words.txt) is an unidentified
// attacker: the same agent as "a gunman" (UAF), whose country the coder
// resolves from the place or the victim as it does a gunman's. "A British
// man drove his car into cyclists" names his people (a nationality
// mention), and "A man was stabbed", "A man died" or "Police said a man
// stabbed …" (the clause is another's) stay as they are.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// unnamedAttackers returns ms with an unresolved UAF agent mention added
// for each unnamed attacker of the sentence toks (see the file comment),
// in token order. ms is the matcher's mentions, in token order.
func (v *vocab) unnamedAttackers(toks []dyad.Token, ms []actors.Mention) []actors.Mention {
	var out []actors.Mention
	for p := 1; p < len(toks); p++ {
		if !v.unnamedAttackerHeads[toks[p].Lower] || covered(ms, p) {
			continue
		}
		s := p
		for s > 0 && unnamedPremodifier(toks[s-1]) && !covered(ms, s-1) {
			s--
		}
		if s == p || !clauseOpening(toks, s) {
			continue // "Men threw …" with nothing before, or "the man", "his men", "British men"
		}
		vb := attackerVerb(toks, p)
		if vb < 0 || !v.unnamedAttackerVerbs[toks[vb].Lemma] {
			continue
		}
		m := actors.Mention{Start: s, End: p + 1, Kind: actors.KindAgent, Unresolved: true, Plural: toks[p].Tag == "NNS" || toks[p].Lower == "men" || toks[p].Lower == "women"}
		m.Code, m.Sectors = "UAF", []string{"UAF"}
		m.Span = [2]int{toks[s].Start, toks[p].End}
		out = append(out, m)
	}
	return insertMentions(ms, out)
}

// covered reports a mention of ms over token k.
func covered(ms []actors.Mention, k int) bool {
	for _, m := range ms {
		if m.Start <= k && k < m.End {
			return true
		}
	}
	return false
}

// unnamedPremodifier reports a word that may stand before an unnamed
// attacker's noun: an indefinite article, a number, an adjective
// ("masked", "unidentified", "young"), never a definite determiner or a
// possessive ("the man", "his men").
func unnamedPremodifier(t dyad.Token) bool {
	switch t.Lower {
	case "a", "an":
		return true
	case "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "another", "other", "some", "many", "several":
		return false
	}
	return t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "VBN" || t.Tag == "NNP" && startsUpperASCII(t.Text) && t.Text != "I"
}

// clauseOpening reports a noun phrase starting at token s that opens the
// sentence, or follows an opening phrase and its comma with no verb in it
// ("On Monday, a man …", "In Kabul, two men …").
func clauseOpening(toks []dyad.Token, s int) bool {
	if s == 0 {
		return true
	}
	if toks[s-1].Text != "," {
		return false
	}
	for _, t := range toks[:s-1] {
		if finite(t.Tag) || t.Tag == "MD" || t.Text == "\"" {
			return false
		}
	}
	return true
}

// attackerVerb returns the first finite verb after the noun at p, past a
// phrase that modifies the noun ("on a motorbike", "armed with a knife",
// "linked to an Islamic State-inspired network", "wearing a suicide
// vest"); -1 when a relative clause, a speech or a second clause comes
// first, or the phrase runs past 14 words.
func attackerVerb(toks []dyad.Token, p int) int {
	for k := p + 1; k < len(toks) && k <= p+15; k++ {
		t := toks[k]
		switch t.Lower {
		case "who", "that", "which", ";", ":", "and", "or", "but", "said", "says":
			return -1
		}
		if t.Tag == "MD" || isAux(t) {
			return -1 // "A man was stabbed", "two men have been arrested"
		}
		if !finite(t.Tag) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO") && (k == p+1 || toks[k-1].Text == ",") {
			continue // "armed with", "dressed as", "linked to": a participle modifying the noun
		}
		return k
	}
	return -1
}
