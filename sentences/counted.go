package sentences

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// countedNoun reports whether the verb form at i stands inside the noun
// phrase that a count opens, after one to three singular modifiers: "two
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
// have and do. A number that tells a time or an address counts nothing
// (clockOrAddress): "At 3 pm Israel strikes", "10 Downing Street says".
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
			return j < i-1 && pluralCount(t.Lower) && !clockOrAddress(toks, j, i)
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
// "1", nor a year ("2014"), nor a clock time ("3pm", "10:30").
func pluralCount(w string) bool {
	if w == "one" || w == "1" || clockTime(w) {
		return false
	}
	if len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == "" {
		return false
	}
	return true
}

// clockOrAddress reports a number at j that tells a clock time or a
// house number, not a count of the words after it up to i: "3pm", "10:30",
// a number followed by "am", "p.m.", "GMT" or "hours" ("At 3 pm Israel
// strikes the camp", "after 48 hours Israel strikes"), or one that opens a
// street's name ("a spokesman for 10 Downing Street says").
func clockOrAddress(toks []dyad.Token, j, i int) bool {
	if clockTime(toks[j].Lower) {
		return true
	}
	switch toks[j+1].Lower {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hours", "hrs", "hour", "o'clock":
		return true
	}
	for k := j + 1; k < i; k++ {
		if !isUpperASCII(toks[k].Text) {
			continue
		}
		switch toks[k].Lower {
		case "street", "st", "st.", "road", "rd", "avenue", "ave", "boulevard", "square", "lane", "place", "drive", "way":
			return true
		}
	}
	return false
}

// clockTime reports a number written with its hour: "3pm", "10:30",
// "0800gmt".
func clockTime(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Contains(w, ":") || strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") ||
		strings.HasSuffix(w, "a.m.") || strings.HasSuffix(w, "p.m.") || strings.HasSuffix(w, "gmt")
}
