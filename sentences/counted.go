package sentences

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// countedNoun reports whether the verb form at i stands inside the noun
// phrase that a count opens, after one to four singular modifiers: "two
// Thai insurgent suspects", "10 Chinese coast guard ships", "two United
// Nations ships carrying fuel", "six Mi-35 attack helicopters", "two
// Myanmar staff members". A count above one wants a plural head, so an -s
// form there is that head and no third-person verb, and a plain form
// before a plural noun is the compound's modifier ("attack", "patrol",
// "staff"), no verb of the count's noun. A plural before the form makes
// the count its subject and keeps the verb ("the two Koreas remain",
// "70,000 ethnic Armenians have", "four Thai police fire"); so do "one"
// (a singular count: "one Chinese official says"), a year ("in 2014
// Russia arms") and a date ("on 5 June Russia arms"), and forms of be,
// have and do.
func (lx *Lexicon) countedNoun(toks []dyad.Token, i int, e entry) bool {
	if i < 2 || e.forms&(formPast|formPart|formIng) != 0 {
		return false
	}
	switch e.lemma {
	case "be", "have", "do":
		return false
	}
	if plainPlural(toks, i-1) {
		return false
	}
	if e.forms&formS == 0 {
		// a plain form: the modifier of a plural noun after it
		if i+1 == len(toks) || !strings.HasSuffix(toks[i+1].Lower, "s") || !lx.nounAhead(toks[i+1].Lower) {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		switch t.Tag {
		case "NN", "NNP", "NNPS", "JJ", "VBN":
			if dateName(t.Lower) {
				return false
			}
			continue
		case "CD":
			return j < i-1 && pluralCount(t.Lower)
		}
		return false
	}
	return false
}

// plainPlural reports a plural noun at j that may be a count's head and
// the subject of the verb after it: a lower-case -s plural tagged so, a
// name in -s that opens no longer name ("Koreas", "Armenians", not the
// "Nations" of "United Nations", nor "Cyclone-class") or a plural without
// -s ("police", "people").
func plainPlural(toks []dyad.Token, j int) bool {
	t := toks[j]
	if t.Tag == "NNS" || pluralNames[t.Lower] {
		return true
	}
	switch t.Lower {
	case "people", "men", "women", "children", "staff", "personnel":
		return true
	}
	if isUpperASCII(t.Text) && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") {
		return j == 0 || !isUpperASCII(toks[j-1].Text)
	}
	return false
}

// pluralCount reports a number that counts more than one: not "one" or
// "1", nor a year ("2014").
func pluralCount(w string) bool {
	if w == "one" || w == "1" {
		return false
	}
	if len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == "" {
		return false
	}
	return true
}
