package actors

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// forceRole returns the one role of a state's armed or police force among
// roles, MIL or COP, and "" when roles is anything else.
func forceRole(roles []string) string {
	if len(roles) == 1 && (roles[0] == "MIL" || roles[0] == "COP") {
		return roles[0]
	}
	return ""
}

// forceCode returns forceRole(splitRoles(code)) without building the
// roles: code's one role when it is MIL or COP ("MIL"), else "".
func forceCode(code string) string {
	if len(code)/3 == 1 && (code[:3] == "MIL" || code[:3] == "COP") {
		return code[:3]
	}
	return ""
}

// holderForces returns the token of a lone surname and the holder's
// country when the force noun r ("forces", "troops", "police") follows
// that surname and a possessive and the one person bearing it holds a
// government role on date: "Assad's forces" in 2018 are Syria's
// military, as "Assad's government" is its government. It returns -1
// and "" otherwise (a full name is matched as a person and joined to
// its forces in assemble: personForces).
func (m *Matcher) holderForces(toks []dyad.Token, r raw, date string) (int, string) {
	if forceCode(r.p.entries[0].Code) == "" || r.start < 2 || !isPoss(toks[r.start-1]) {
		return -1, ""
	}
	k := r.start - 2
	if toks[k].Tag != "NNP" || !startsUpper(toks[k].Text) || k > 0 && toks[k-1].Tag == "NNP" {
		return -1, ""
	}
	a, ok := m.Holder(toks[k].Lower, date)
	if !ok || !hasRole(a.Sectors, "GOV") || a.Country == "" {
		return -1, ""
	}
	return k, a.Country
}

// personForces returns the code of a person's forces: a government office
// holder (code with the GOV role) and a possessive before a force noun
// with roles add ("Bashar al-Assad's forces", "President Nicolas Maduro's
// security forces") are the state's MIL or COP, not the holder. It
// returns code unchanged otherwise (a former leader's or a rebel
// commander's fighters keep the person's code).
func personForces(code string, poss bool, add []string) string {
	r := forceRole(add)
	if !poss || r == "" || !hasRole(rolesOf(code), "GOV") || countryOf(code) == "" {
		return code
	}
	return countryOf(code) + r
}

// governingForces returns the code of a governing body's forces: an
// organisation coded as a state's government alone (code COUNTRY+GOV: the
// Taliban from 2021-08-15, Hayat Tahrir al-Sham from 2024-12-08, the
// Kremlin) before a force noun with roles add ("Taliban forces", "the
// Taliban's police") is that state's MIL or COP, as a state's own
// "troops" are (CODING.md: troops MIL, police COP). It returns code
// unchanged otherwise: an armed group out of power keeps its code
// ("Houthi forces" YEMREB), and "Taliban fighters" or "Taliban
// officials" are no force noun.
func governingForces(code string, add []string) string {
	r := forceRole(add)
	c := countryOf(code)
	if r == "" || c == "" || code != c+"GOV" {
		return code
	}
	return c + r
}

// armedGroupRole reports a code whose roles name a non-state armed or
// criminal group (REB, UAF, CRM): "commander" in front of such a person
// names the group's commander, not the state's army.
func armedGroupRole(code string) bool {
	roles := rolesOf(code)
	return hasRole(roles, "REB") || hasRole(roles, "UAF") || hasRole(roles, "CRM")
}

// placeTitled reports a sub-national official's title ending at token
// end-1 after a capitalised place name: with "state", "regional",
// "provincial", "province", "county", "city" or "municipal" between
// ("Borno state governor Babagana Zulum", "Kharkiv regional governor Oleh
// Syniehubov"), or a governor's, mayor's or chief minister's title right
// after the name ("Sindh chief minister Murad Ali Shah"; not "Lib Dem
// leader Charles Kennedy", whose name is no place). Such a title takes
// the unknown name after it as a lower-case national title does after
// its state ("Iran's foreign minister Abbas Araqchi"); the events package
// finds the place's state. A day or month name is no place.
func (m *Matcher) placeTitled(toks []dyad.Token, start, end int) bool {
	k := start - 1
	sub := false
	if k >= 0 && m.JurisdictionWord(toks[k].Lower) {
		k, sub = k-1, true
	}
	if !sub && end-start >= 2 && m.JurisdictionWord(toks[start].Lower) {
		sub = true // "Kharkiv regional governor": the agent's own first word
	}
	if !sub {
		switch toks[end-1].Lower {
		case "governor", "mayor":
			sub = end-start == 1
		case "minister":
			sub = end-start == 2 && toks[start].Lower == "chief"
		}
	}
	return sub && k >= 0 && toks[k].Tag == "NNP" && startsUpper(toks[k].Text) && !dateName(toks[k].Lower)
}

// orgOrgan returns the end of an organisation's own organ named after its
// possessive at token end ("the IAEA's board of governors", "the IMF's
// executive board", "the EU's executive arm", "the UN's top court"), so
// that the organ acts as the organisation; end itself when none follows.
// Up to two lower-case modifiers may stand before the organ noun, and
// "of" with its members after it ("of governors", "of directors").
func orgOrgan(toks []dyad.Token, end int) int {
	if end >= len(toks) || !isPoss(toks[end]) {
		return end
	}
	k := end + 1
	for n := 0; n < 3 && k < len(toks); n, k = n+1, k+1 {
		if organNoun(toks[k].Lower) && !(k+1 < len(toks) && organNoun(toks[k+1].Lower)) {
			e := k + 1
			if e+1 < len(toks) && toks[e].Lower == "of" {
				switch toks[e+1].Lower {
				case "governors", "directors", "trustees", "ministers", "experts":
					e += 2
				}
			}
			return e
		}
		if startsUpper(toks[k].Text) || toks[k].Tag != "JJ" && toks[k].Tag != "NN" && toks[k].Tag != "VBN" {
			break
		}
	}
	return end
}

// organNoun reports a noun naming an organisation's governing or
// executive body.
func organNoun(w string) bool {
	switch w {
	case "board", "committee", "council", "secretariat", "arm", "office", "body", "panel", "commission", "court", "assembly", "executive":
		return true
	}
	return false
}

// hostEnvoy reports a state named with a possessive (r, "Russia's")
// followed by another state's name or adjective (n, "UK", "German")
// before an envoy noun: "Russia's UK ambassador", "Ukraine's German
// ambassador" are the first state's envoys, posted to the second (the
// caller checks the envoy noun with envoyTo).
func hostEnvoy(r, n raw, poss bool, code string, sectors []string, person bool) bool {
	own := r.p.kind == KindCountry || r.p.kind == KindCapital
	host := n.p.kind == KindCountry || n.p.kind == KindAdjective
	return poss && own && host && code == "" && len(sectors) == 0 && !person && !r.p.compound && !n.p.compound
}

// nationSpeaks reports "the" and a plural demonym (tokens [start, end))
// as the subject of a verb of saying or of a state's stance, which makes
// them the state, as reporters use them: "The Israelis say they hold Mr
// Arafat responsible", "The Americans have refused to hand over the
// files". Counted or acting people stay civilians ("Thousands of
// Israelis protested", "The Israelis killed in the attack").
func nationSpeaks(toks []dyad.Token, start, end int) bool {
	if start == 0 || toks[start-1].Lower != "the" {
		return false
	}
	k := end
	for k < len(toks) && k < end+3 {
		switch toks[k].Lower {
		case "have", "has", "had", "will", "would", "also", "now", "still", "again":
			k++
			continue
		}
		break
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	switch toks[k].Lemma {
	case "say", "insist", "refuse", "reject", "accept", "agree", "demand", "warn", "accuse", "hold", "want", "believe", "claim",
		"deny", "threaten", "propose", "offer", "argue", "object", "oppose", "welcome", "condemn", "criticise", "criticize", "urge", "vow", "facilitate", "decline":
		return true
	}
	return false
}

// unitOfState returns the end of a sub-national unit of a state named
// after the state's possessive at token end: one to three capitalised
// name words, then a unit noun of units ([state units] or [people units]
// of data/words/words.txt): "Nigeria's Zamfara state", "Somalia's
// Puntland region". It returns end itself when none follows. An official
// "of" such a unit is the state's ("the governor of Nigeria's Zamfara
// state" NGAGOV), as one titled before the unit's name is (placeTitled);
// so are the troops, police or people of one ("troops of Somalia's
// Puntland region" SOMMIL).
func (m *Matcher) unitOfState(toks []dyad.Token, end int, units map[string]bool) int {
	if end >= len(toks) || !isPoss(toks[end]) {
		return end
	}
	k := end + 1
	for k < len(toks) && k < end+4 && toks[k].Tag == "NNP" && startsUpper(toks[k].Text) && !dateName(toks[k].Lower) {
		k++
	}
	if k == end+1 || k >= len(toks) || !units[toks[k].Text] {
		return end
	}
	return k + 1
}
