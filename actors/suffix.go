package actors

import "github.com/dyad-events/dyad"

// namesakeSuffix reports a person match r of the dictionary followed by a
// generational suffix that is not part of the matched name: "Donald
// Trump Jr", "John Smith Sr.", "Walter Lee III". The suffix names a
// relative of the same name, a different person, who holds none of the
// dictionary person's dated roles: the match is no mention. "Jr" and
// "Sr" always mark one; a Roman numeral ("II" to "V") only after a
// given name and a surname, not after a regnal name ("King Abdullah"
// before "II" is a monarch's name the dictionary may write shorter).
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
