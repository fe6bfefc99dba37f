package actors

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// Titles before one name: "President Lee", "Premier Li", "Foreign
// Minister Wang", "Prime Minister Sharon". The name is a surname; whom
// it means depends on the story's date and, when people of several
// states bear it, on the office the title names.

// familyFirst reports whether a person of people.txt, listed as words
// (lower case) under code, writes the family name first, so that a
// title before the first word alone names them ("President Moon" for
// Moon Jae-in, "Premier Li" for Li Qiang): people of China, North and
// South Korea always; of Taiwan when the given name is hyphenated or
// written in two words ("Tsai Ing-wen", not "William Lai" nor "Joseph
// Wu", whose English given names come first). Names of one word are no
// such names.
func familyFirst(words []string, code string) bool {
	if len(words) < 2 {
		return false
	}
	switch countryOf(code) {
	case "CHN", "KOR", "PRK":
		return true
	case "TWN":
		return len(words) >= 3 || strings.Contains(words[1], "-")
	}
	return false
}

// titleOffice returns the office of people.txt's fifth field a title
// (its words, lower case, as written before the name) names: "president"
// the head of state, "prime minister", "premier" and "chancellor" the
// head of government, "foreign minister", "foreign secretary" and
// "secretary of state" the foreign minister, "defence minister" (and
// "defense", "secretary") the defence minister; "" for any other title
// and for a deputy's or vice president's ("vice president", "deputy
// prime minister").
func titleOffice(words []string) string {
	n := len(words)
	if n == 0 {
		return ""
	}
	if n >= 2 {
		switch words[n-2] {
		case "vice", "deputy", "former", "acting", "interim":
			return ""
		}
	}
	switch words[n-1] {
	case "president":
		return "head of state"
	case "premier", "chancellor":
		return "head of government"
	case "minister", "secretary":
		if n < 2 {
			return ""
		}
		switch words[n-2] {
		case "prime":
			if n >= 3 && words[n-3] == "deputy" {
				return ""
			}
			return "head of government"
		case "foreign":
			return "foreign minister"
		case "defence", "defense":
			return "defence minister"
		}
	case "state":
		if n >= 3 && words[n-2] == "of" && words[n-3] == "secretary" {
			return "foreign minister"
		}
	}
	return ""
}

// holdsOffice reports whether a dated entry's office is the one a title
// names: "head of state and government" is both heads; an acting holder
// holds the office too.
func holdsOffice(e Entry, office string) bool {
	o := strings.TrimPrefix(e.Office, "acting ")
	return o == office || o == "head of state and government" && (office == "head of state" || office == "head of government")
}

// heldOn returns the code on date of the people among ps who hold a role
// then (those holding office when office is not ""), and the name of the
// first as listed; "", "" when none does or people of different codes
// do.
func heldOn(ps []*pattern, date, office string) (code, name string) {
	for _, p := range ps {
		for _, e := range p.entries {
			if !e.Dated() || !e.ValidOn(date) || office != "" && !holdsOffice(e, office) || len(e.Code) <= 3 {
				continue
			}
			if code != "" && code != e.Code {
				return "", ""
			}
			if code == "" {
				code, name = e.Code, p.entries[0].Entity()
			}
		}
	}
	return code, name
}

// titledSurname returns the state, and the code and name of the holder on
// date, of the person a title (its tokens) and one surname w (lower
// case) name. The surname is the last word of a listed name, or the
// first of a family-first one (familyFirst: "lee" of Lee Jae-myung). When
// the surname's bearers are of one state, or of one state among those
// holding a role on date, that state's holder is the one
// (Matcher.holder); when they are of several (John Lee of Hong Kong and
// Lee Jae-myung of South Korea in 2025), the one holding the office the
// title names (titleOffice: "President Lee" is South Korea's head of
// state), else the one holding any role. With no one in a role on date,
// the one state of the bearers in view (inView) is the country, code "".
// A name of [common names] (data/words/words.txt) decides only through
// the office the title names: "Senator Smith" is no one. All three are ""
// when nothing decides.
func (m *Matcher) titledSurname(title []dyad.Token, w, date string) (country, code, name string) {
	c := m.surnameOn(w, date)
	fam := m.family[w]
	words := make([]string, len(title))
	for i, t := range title {
		words[i] = t.Lower
	}
	office := titleOffice(words)
	if m.words.commonNames[w] {
		// a name very many people bear ([common names]): only the title of
		// an office a bearer holds on date says who ("Foreign Minister
		// Smith" in 2020 is Jamaica's; "Senator Smith" is no one known)
		if office == "" || date == "" {
			return "", "", ""
		}
		if code, name = heldOn(slices.Concat(m.bearers[w], fam), date, office); code == "" {
			return "", "", ""
		}
		return countryOf(code), code, name
	}
	if len(fam) == 0 && (c != "" || office == "" || date == "") {
		if c != "" {
			code, name = m.holder(w, c, date)
		}
		return c, code, name
	}
	ps := slices.Concat(m.bearers[w], fam)
	if date != "" {
		if office != "" {
			code, name = heldOn(ps, date, office)
		}
		if code == "" {
			code, name = heldOn(ps, date, "")
		}
		if code != "" {
			return countryOf(code), code, name
		}
	}
	if len(fam) == 0 {
		return "", "", ""
	}
	country, _ = oneStateOf(ps, func(e Entry) bool { return inView(e, date) })
	return country, "", ""
}

// oneStateOf returns the one state of the entries of ps that keep
// reports; ok is false when none or several states' entries do.
func oneStateOf(ps []*pattern, keep func(Entry) bool) (c string, ok bool) {
	for _, p := range ps {
		for _, e := range p.entries {
			if !keep(e) {
				continue
			}
			if pc := countryOf(e.Code); ok && pc != c {
				return "", false
			} else {
				c, ok = pc, true
			}
		}
	}
	return c, ok
}
