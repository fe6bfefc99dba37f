package sentences

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// objectModifier reports whether the plain or -s verb form at i stands
// between two plurals inside the noun phrase of a content verb before
// them, with no clause boundary and no other plural between: "gave their
// Colombian counterparts phone intercepts", "approved 350 arms export
// licences". The verb already has its noun phrase, so a second finite verb
// there would need a clause of its own; the form is the modifier of the
// plural after it, as "attack" is in "six attack helicopters" (dev49
// W49038: the give → 064 pattern wants "intercepts" as the object, not a
// "phone" call 041). Only a verb of two objects (twoObjectVerb: "gave",
// "sent", "handed") or an object that a count opens ("approved 350 arms")
// shows that the plural is an object; after any other verb the plural may
// be the subject of a clause without "that" ("stressed Israeli troops
// attack civilians", "complained government forces arrest protesters"),
// and the verb stays. Verbs that take a clause or a bare infinitive after
// their object ("say", "let", "help", "make", "see": "let foreign firms
// hold majority stakes", "officials believe militants plan attacks")
// keep the verb, and so does a headline with no verb before the plural
// ("Taliban rulers reopen schools") or a capitalised one ("Trade war fears
// wipe billions"). The plural after the modifier is its head noun.
func (lx *Lexicon) objectModifier(toks []dyad.Token, i int, e entry) bool {
	if i < 3 || i+1 >= len(toks) || e.forms&(formPast|formPart|formIng) != 0 || e.forms&(formBase|formS) == 0 {
		return false
	}
	switch e.lemma {
	case "be", "have", "do":
		return false
	}
	if toks[i-1].Tag != "NNS" {
		return false
	}
	next := toks[i+1].Lower
	if !strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ss") || !lx.nounAhead(next) {
		return false
	}
	counted := false // the object opens with a count above one: "approved 350 arms"
	for j := i - 2; j >= 0; j-- {
		t := toks[j]
		switch t.Tag {
		case "DT", "PRP$", "JJ", "NN", "NNP", "POS":
			counted = false
			continue
		case "CD":
			counted = pluralCount(t.Lower)
			continue
		case "VB", "VBD", "VBZ", "VBP", "VBG":
			if isUpperASCII(t.Text) {
				return false // a headline's first word: "Trade war fears wipe billions off"
			}
			lemma := t.Lemma
			if lemma == "" {
				lemma = t.Lower
			}
			if reporting(lemma) || complementVerb(lemma) {
				return false
			}
			return twoObjectVerb(lemma) || counted
		}
		return false
	}
	return false
}

// twoObjectVerb reports the closed class of verbs that take two objects,
// a receiver and a thing given ("gave their counterparts phone
// intercepts", "sent the rebels attack helicopters"), so that a plural
// after the receiver opens the second object and no clause. Any other
// verb may take a clause without "that" whose subject is the plural
// ("complained government forces arrest protesters", "stressed Israeli
// troops attack civilians"), and keeps the verb after it.
func twoObjectVerb(lemma string) bool {
	switch lemma {
	case "give", "hand", "send", "offer", "pass", "provide", "supply", "sell", "lend", "loan",
		"grant", "award", "deliver", "bring", "pay", "owe", "allot", "feed", "lease", "rent", "forward":
		return true
	}
	return false
}

// complementVerb reports verbs that take a clause without "that" or a
// bare infinitive after their object, so that a plural and a verb form
// after them may open a clause of its own: "let foreign firms hold", "saw
// troops fire", "fear rebels plan".
func complementVerb(lemma string) bool {
	switch lemma {
	case "let", "help", "make", "see", "watch", "hear", "feel", "notice", "have", "bid",
		"fear", "hope", "know", "find", "show", "suggest", "indicate", "mean", "ensure", "assume",
		"suspect", "doubt", "predict", "worry", "realise", "realize", "understand", "agree", "admit",
		"acknowledge", "recall", "reckon", "guess", "demand", "request", "recommend", "propose",
		"ask", "urge", "order", "require", "assure", "inform", "remind", "convince", "persuade",
		"learn", "prove":
		return true
	}
	return false
}

// afterObjectModifier reports the plural head at i after a modifier that
// objectModifier read at i-1: the "intercepts" of "gave their
// counterparts phone intercepts", a noun and no verb of the modifier.
func (lx *Lexicon) afterObjectModifier(toks []dyad.Token, i int, e entry) bool {
	if i < 4 || e.forms&formS == 0 || toks[i-1].Tag != "NN" {
		return false
	}
	pe, ok := lx.words[toks[i-1].Lower]
	return ok && pe.tag == "V" && lx.objectModifier(toks, i-1, pe)
}
