package actors

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// sameSuffix reports two lower-case words that are one generational
// suffix written with and without its period: wires write "Jr" for the
// dictionary's "Jr.", and the reverse.
func sameSuffix(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return a == b && (a == "jr" || a == "sr")
}

// undotted returns the variant of person pattern p without the period
// of a final generational suffix ("Surangel Whipps Jr." → "Surangel
// Whipps Jr"), or nil when p ends in none. Wires write both; the
// variant shares p's entries, so it must be made once they are all read.
func undotted(p *pattern) *pattern {
	n := len(p.words)
	if n < 3 || p.words[n-1] != "." || p.words[n-2] != "jr" && p.words[n-2] != "sr" {
		return nil
	}
	return &pattern{kind: p.kind, entries: p.entries, words: p.words[: n-1 : n-1], exact: p.exact[: n-1 : n-1], rules: p.rules[: n-1 : n-1]}
}

// namesakeSuffix reports a person match r of the dictionary followed by a
// generational suffix that is not part of the matched name: "Donald
// Trump Jr", "John Smith Sr.", "Walter Lee III". The suffix names a
// relative of the same name, a different person, who holds none of the
// dictionary person's dated roles: the match is no mention. "Jr" and
// "Sr" always mark one; a Roman numeral ("II" to "V") only after a
// given name and a surname, not after a regnal name ("King Abdullah"
// before "II" is a monarch's name the dictionary may write shorter).
// A name the dictionary lists with the suffix ("Surangel Whipps Jr.",
// matched as "Jr" too by undotted) is the longer match and never
// reaches this test: the suffix names a namesake only when the
// dictionary has no suffixed entry for that name.
// A name the dictionary lists with the suffix ("Surangel Whipps Jr.",
// matched as "Jr" too by sameSuffix) is the longer match and never
// reaches this test: the suffix names a namesake only when the
// dictionary has no suffixed entry for that name.
func namesakeSuffix(toks []dyad.Token, r raw) bool {
	if r.p == nil || r.p.kind != KindPerson || r.end >= len(toks) {
		return false
	}
	switch toks[r.end].Lower {
	case "jr", "jr.", "sr", "sr.":
		return startsUpper(toks[r.end].Text)
	}
	switch toks[r.end].Text {
	case "II", "III", "IV", "V":
	default:
		return false
	}
	if len(r.p.words) < 2 || regnalTitle(r.p.words[0]) || r.start > 0 && regnalTitle(toks[r.start-1].Lower) {
		return false
	}
	return true
}

// regnalTitle reports a title (lower case) that precedes a monarch's or
// pope's regnal name, which a Roman numeral may follow.
func regnalTitle(w string) bool {
	switch w {
	case "king", "queen", "pope", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh", "grand":
		return true
	}
	return false
}
