package actors

// Known traps a dictionary match must not be taken for: a place's name inside
// a longer place ("Washington state"), a body of water or a landform, a news
// outlet's regional acronym, a lone one-word person entry, a role word a
// modifier makes a thing, a date's day or month name.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// regionAcronym reports a news outlet's name (an org coded …MED) of one
// word followed by a noun of [region heads]: "the MENA region", "MENA
// countries" name the Middle East and North Africa, not the agency.
func (m *Matcher) regionAcronym(toks []dyad.Token, r raw) bool {
	return r.p.kind == KindOrg && r.end-r.start == 1 && r.end < len(toks) && strings.HasSuffix(r.p.entries[0].Code, "MED") && m.words.regionHeads[toks[r.end].Lower]
}

// seatInPlaceName reports a seat of government named for its building or
// place (an org of metonyms.txt) followed by a capitalised noun of [seat
// name ends]: "Westminster Bridge", "Westminster Abbey" name a bridge and
// a church, not Britain's parliament; the seat alone ("Westminster
// condemned Russia") stays the body.
func (m *Matcher) seatInPlaceName(toks []dyad.Token, r raw) bool {
	if r.p.kind != KindOrg || r.end >= len(toks) || !startsUpper(toks[r.end].Text) || !m.words.seatEnds[toks[r.end].Lower] {
		return false
	}
	return strings.HasSuffix(r.p.entries[0].File, "metonyms.txt")
}

// continentPart reports a capitalised word that makes "America" a region:
// "Latin", "South", "Central", "North", "Middle".
func continentPart(w string) bool {
	switch w {
	case "Latin", "South", "Central", "North", "Middle":
		return true
	}
	return false
}

// thingAgent reports a role word that a modifier before it turns into a
// thing: "social media" are platforms, not the press; a weapon in the
// singular before a noun names a kind of thing ("a drone strike", "a
// Chinese drone maker", "torpedo tubes"), where "a U.S. drone fired" is
// the state's military; "official" before a common noun is an adjective
// ("the president's official residence"); a capitalised role
// word inside a treaty's name ("the Intermediate-Range Nuclear Forces
// Treaty", "the Conventional Armed Forces in Europe treaty") names no one.
func thingAgent(toks []dyad.Token, r raw) bool {
	if r.start > 0 && toks[r.start-1].Lower == "social" && r.p.words[0] == "media" {
		return true
	}
	if len(r.p.words) == 1 && singularWeapon(r.p.words[0]) && (r.start == 0 || !startsUpper(toks[r.start-1].Text) ||
		r.end < len(toks) && !startsUpper(toks[r.end].Text) && (toks[r.end].Tag == "NN" || toks[r.end].Tag == "NNS")) {
		return true
	}
	if len(r.p.words) == 1 && r.p.words[0] == "official" && r.end < len(toks) && !startsUpper(toks[r.end].Text) && (toks[r.end].Tag == "NN" || toks[r.end].Tag == "NNS") {
		return true // "stormed the president's official residence": an adjective
	}
	if r.start == 0 || !startsUpper(toks[r.start].Text) || !startsUpper(toks[r.start-1].Text) {
		return false
	}
	for k := r.end; k < len(toks) && k < r.end+4; k++ {
		switch toks[k].Lower {
		case "treaty", "treaties", "agreement", "accord", "pact":
			return true
		}
		if !startsUpper(toks[k].Text) && toks[k].Lower != "in" {
			return false
		}
	}
	return false
}

// singularWeapon reports w (lower case) as the singular of a weapon that
// agents.txt codes as its state's military (MIL).
func singularWeapon(w string) bool { return w == "drone" || w == "torpedo" }

// agentAt reports an agent phrase of two words or more starting at token
// i with "state": "the US state department", "Russian state media" are
// no US state.
func (m *Matcher) agentAt(toks []dyad.Token, i int) bool {
	if i >= len(toks) || toks[i].Lower != "state" {
		return false
	}
	a := m.longest(toks, i)
	return a.p != nil && a.p.kind == KindAgent && a.end-a.start >= 2
}

// foreignPartyMembers reports a US party's members' plural ("Democrats",
// "Republicans", institutions.txt) that ends a longer capitalised name:
// "Sweden Democrats", "the ruling Social Democrats", "Christian
// Democrats" are parties of other countries, which the story's own
// country codes (partyName). A US marker before it ("U.S. Democrats",
// "American Republicans") keeps it the United States'.
func foreignPartyMembers(toks []dyad.Token, r raw) bool {
	if r.p.kind != KindOrg || len(r.p.words) != 1 || r.start == 0 {
		return false
	}
	if w := r.p.words[0]; w != "democrats" && w != "republicans" {
		return false
	}
	prev := toks[r.start-1]
	if !startsUpper(prev.Text) || prev.Tag != "NNP" && prev.Tag != "NNPS" && prev.Tag != "JJ" {
		return false
	}
	switch prev.Lower {
	case "u.s.", "us", "american":
		return false
	}
	return true
}

// foreignLabour reports "Labour leaders" (institutions.txt, the British
// party's) after a capitalised word other than "British": "Israeli
// Labour leaders", "New Zealand Labour leaders" are another country's,
// which the word before codes.
func foreignLabour(toks []dyad.Token, r raw) bool {
	if r.p.kind != KindOrg || len(r.p.words) != 2 || r.p.words[0] != "labour" || r.p.words[1] != "leaders" || r.start == 0 {
		return false
	}
	prev := toks[r.start-1]
	return startsUpper(prev.Text) && prev.Lower != "british" && prev.Lower != "uk" && prev.Lower != "britain's"
}

// guarded reports matches that are known traps: "Washington state",
// a country name that is part of a person's name ("Chad Smith",
// "Michael Jordan"), "Georgia" next to a US place.
func (m *Matcher) guarded(toks []dyad.Token, r raw) bool {
	if r.p.kind == KindPerson && len(r.p.words) == 1 {
		return loneGuard(toks, r.start)
	}
	if foreignPartyMembers(toks, r) {
		return true // "Sweden Democrats", "the ruling Social Democrats": another country's party
	}
	if foreignLabour(toks, r) {
		return true // "Israeli Labour leaders": another country's Labour party
	}
	if m.seatInPlaceName(toks, r) {
		return true // "Westminster Bridge": a place named for the seat, no body
	}
	if waterBody(toks, r) {
		return true // "the Indian Ocean", "the South China Sea", "the Gulf of Aden": the water, no party
	}
	if r.p.kind != KindCountry && r.p.kind != KindCapital {
		return false
	}
	if HonorificBefore(toks, r.start) {
		return true // "Mr Wellington", "Ms Paris": a person's surname, no capital or country
	}
	next := func(k int) string {
		if r.end+k < len(toks) {
			return toks[r.end+k].Lower
		}
		return ""
	}
	w := r.p.words[len(r.p.words)-1]
	if r.start > 0 && startsUpper(toks[r.start-1].Text) {
		// a country name inside a longer place name: "New Mexico", "Latin
		// America", "Northern Ireland", "Lake Chad"
		switch toks[r.start-1].Lower {
		case "new", "latin", "northern", "lake", "central", "south", "north", "papua":
			if !(w == "korea" || w == "sudan" || w == "macedonia") {
				return true
			}
		case "east", "west":
			if r.p.kind == KindCapital {
				return true // "East Jerusalem": a part of the city, no metonym
			}
		}
	}
	switch next(0) {
	case "delta", "river", "ocean", "valley", "strait", "straits", "canal", "basin", "gulf", "lake", "desert",
		"airport", "university", "college", "mountains", "plateau", "highlands", "fc", "united", "wanderers", "rovers",
		"shore":
		// "the Taiwan Strait", "the Panama Canal", "Kabul airport",
		// "Lebanon Valley College", "Chad United", "the Jersey Shore":
		// places and clubs; a river, its basin, delta or valley in lower
		// case too ("along the Niger river", "the Chad basin", "the
		// Jordan valley"): the land or water, no party
		if startsUpper(toks[r.end].Text) || next(0) == "airport" || landForm(next(0)) {
			return true
		}
	}
	if r.p.kind == KindCapital && r.start > 0 {
		switch toks[r.start-1].Lower {
		case "real", "atletico", "atlético", "inter", "dynamo", "dinamo", "spartak", "lokomotiv", "cska", "sporting",
			"racing", "olympique", "hertha", "union", "slavia", "sparta", "legia", "partizan", "red":
			return true // "Real Madrid", "Dynamo Kyiv": clubs
		}
	}
	usState := w == "georgia" || w == "washington" // names of a US state too
	if usState && next(0) == "'s" && (next(1) == "governor" || next(1) == "legislature" || next(1) == "state") {
		return true // "Georgia's governor": the US state ("Iran's state media" is Iran's)
	}
	if usState && next(0) == "state" || next(0) == "county" || next(0) == "governor" || next(0) == "gov" {
		return true
	}
	if len(r.p.words) == 1 && w == "male" {
		// the Maldives' capital, not the adjective: "New Delhi and Male
		// agreed", "Male said" (but "Male voters", "Male and female staff")
		if r.start > 0 {
			switch toks[r.start-1].Lower {
			case "and", ",", "in", "to", "from", "with", "at", "of", "between", "visited":
				return false
			}
		}
		if n := next(0); n == "'s" || n == "said" || (n == "and" || n == ",") && next(1) != "female" || r.end < len(toks) && (strings.HasPrefix(toks[r.end].Tag, "VB") || toks[r.end].Tag == "MD") {
			return false
		}
		return true
	}
	if len(r.p.words) == 1 {
		switch w {
		case "jordan", "chad", "georgia", "israel", "kenya", "india", "niger", "washington", "lebanon", "panama", "turkey", "china", "cuba", "oman", "peru", "mali", "laos", "paris":
			// a name: capitalised word right before (not at sentence start,
			// not a title or preposition) or a capitalised word right after;
			// a day or month name is never part of it ("rejected on Tuesday
			// India's demand", "attacked Israel Tuesday", "In March India")
			if r.start > 0 {
				p := toks[r.start-1]
				if p.Tag == "NNP" && r.start-1 > 0 && !isTitle(p.Lower) && !dateBefore(toks, r.start-1) {
					return true // ("said on Friday Israel's …": a date, no first name)
				}
				// "Michael Jordan criticised …": a sentence's first word
				// too, when it is a name no dictionary knows (not "Syria
				// Jordan border", not a title, not "Ex-Soviet Georgia",
				// not a weekday: "Tuesday India rejected")
				if p.Tag == "NNP" && r.start == 1 && !isTitle(p.Lower) && !dateBefore(toks, 0) && p.Text != strings.ToUpper(p.Text) && !strings.Contains(p.Text, "-") {
					if pv := m.longest(toks, 0); pv.p == nil {
						return true
					}
				}
			}
			if r.end < len(toks) && !titleCased(toks) {
				// "Israel Adesanya", "Kenya Moore": a first name, unless
				// the next word starts a known name ("India Pakistan
				// talks") or the sentence is a headline in title case
				n := toks[r.end]
				if n.Tag == "NNP" && !isOrgWord(n.Lower) && !isPoss(n) && !dateBefore(toks, r.end) {
					if nx := m.longest(toks, r.end); nx.p == nil {
						return true
					}
				}
			}
			if w == "georgia" && r.start >= 2 && toks[r.start-1].Text == "," && toks[r.start-2].Tag == "NNP" {
				// "Atlanta, Georgia"; not a list of states: "Ukraine,
				// Georgia and Moldova"
				if pv := m.longest(toks, r.start-2); pv.p == nil || pv.p.kind != KindCountry {
					return true
				}
			}
		}
	}
	return false
}

// loneGuard reports a one-word person entry at token i ("Modi", "Xi",
// "Lula") that is part of another name or no name: next to a capitalised
// word other than a title ("Lalit Modi", "Xi Mingze"), or written in
// capitals ("Charles XI").
func loneGuard(toks []dyad.Token, i int) bool {
	t := toks[i].Text
	if strings.ToUpper(t) == t {
		return true
	}
	if i+1 < len(toks) && startsUpper(toks[i+1].Text) {
		return true
	}
	if i > 0 && startsUpper(toks[i-1].Text) && toks[i-1].Text != strings.ToUpper(toks[i-1].Text) {
		w := strings.TrimSuffix(toks[i-1].Lower, ".")
		return !(isTitle(w) || isTitleWord(w) || w == "premier" || w == "chancellor")
	}
	return false
}

func isTitle(w string) bool {
	switch w {
	case "president", "king", "queen", "minister", "general", "mr", "mrs", "ms", "dr", "prince", "sheikh":
		return true
	}
	return false
}

// isOrgWord lists capitalised words that may follow a country name in an
// organisation or phrase without making it a person's name.
func isOrgWord(w string) bool {
	switch w {
	case "government", "army", "navy", "police", "ministry", "parliament", "embassy", "and", "or", "valley", "river", "sea", "border":
		return true
	}
	return false
}

// landForm reports the nouns of a river and the land it shapes, which
// name a geographic feature after a country's name even in lower case
// ("the Niger river", "the Chad basin"), where a sea's or a gulf's lower
// case may be a description ("the Russia sea route").
func landForm(w string) bool {
	switch w {
	case "river", "basin", "delta", "valley":
		return true
	}
	return false
}

// waterBody reports a country's name, adjective or capital inside the
// name of a sea, an ocean, a gulf, a strait or a bay: a capitalised water
// noun right after it ("the Indian Ocean", "the South China Sea", "the
// Arabian Sea") or before it with "of" ("the Gulf of Aden", "the Sea of
// Japan"). The events package reads the same nouns from its [water
// bodies] list for the gazetteer's places.
func waterBody(toks []dyad.Token, r raw) bool {
	switch r.p.kind {
	case KindCountry, KindCapital, KindAdjective:
	default:
		return false
	}
	water := func(t dyad.Token) bool {
		switch t.Lower {
		case "sea", "seas", "ocean", "gulf", "strait", "straits", "bay", "channel":
			return startsUpper(t.Text)
		}
		return false
	}
	if r.end < len(toks) && water(toks[r.end]) {
		return true
	}
	return r.start >= 2 && toks[r.start-1].Lower == "of" && water(toks[r.start-2])
}

// dateBefore reports a day name at k, or a month name after a date's
// preposition or day number ("in June", "on March 3"): the end of a date
// expression before a name, which is no first name of it ("rejected on
// Tuesday India's demand", "said in May China had").
func dateBefore(toks []dyad.Token, k int) bool {
	w := toks[k].Lower
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	if !dateName(w) || k == 0 {
		return false
	}
	switch toks[k-1].Lower {
	case "in", "on", "since", "until", "by", "early", "late", "mid", "last", "next", "this":
		return true
	}
	return toks[k-1].Tag == "CD"
}

// dateName reports a day or month name.
func dateName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// HonorificBefore reports a personal honorific written in title case
// right before token i ("Mr", "Mrs", "Ms", "Miss", "Dr", with or without
// a full stop): what follows is a surname, even when it is a country's or
// a capital's name ("Mr Wellington", "Mrs Jordan"). "DR Congo" (capitals)
// is the country.
func HonorificBefore(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch strings.TrimSuffix(toks[i-1].Text, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Mx":
		return true
	}
	return false
}
