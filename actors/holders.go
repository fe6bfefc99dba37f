package actors

// Office holders on a date: the one person a surname or longer name means, the
// leader named before a match, the entry valid on a date (pick), mentions
// recoded on an event's own date (Redate), and the words that put a holder out
// of office ("former", "ousted", "shadow").

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/gazetteer"
)

// longerNameOf returns the code on date, and the name, of the one person
// of country whose listed name begins with words and is longer ("king
// abdullah" → "King Abdullah II" of Jordan) and who holds a role then;
// "", "" when there is none or several with different codes.
func (m *Matcher) longerNameOf(words []string, country, date string) (code, name string) {
	if country == "" {
		return "", ""
	}
	return oneHolder(m.first[words[0]], country, date, func(p *pattern) bool {
		return p.kind == KindPerson && len(p.words) > len(words) && slices.Equal(p.words[:len(words)], words)
	})
}

// oneHolder returns the code on date of the one person among ps (those
// keep accepts) of country who holds a role then, and that person's name
// as first listed; "", "" when none does or several with different codes
// do (spellings of one name share a code).
func oneHolder(ps []*pattern, country, date string, keep func(*pattern) bool) (code, name string) {
	for _, p := range ps {
		if !keep(p) {
			continue
		}
		c, pc := personCode(p.entries, date)
		if pc != country || len(c) <= 3 {
			continue
		}
		if code != "" && code != c {
			return "", ""
		}
		if code == "" {
			code, name = c, p.entries[0].Entity()
		}
	}
	return code, name
}

// holder returns the code on date of the one person of country whose
// name ends in surname and who holds a role then ("Lavrov" of Russia on
// 2024-06-01: RUSGOV), and that person's name as first listed ("Sergei
// Lavrov"); "", "" when none does or several with different codes do.
func (m *Matcher) holder(surname, country, date string) (code, name string) {
	return oneHolder(m.bearers[surname], country, date, func(*pattern) bool { return true })
}

// Surname reports whether some person the dictionary knows has a name
// ending in w (lower case): "putin", "guterres".
func (m *Matcher) Surname(w string) bool { return len(m.bearers[w]) > 0 }

// Holder returns the actor on date of the one person the dictionary
// knows whose name ends in surname (lower case) and who holds a role then:
// "putin" on 2024-06-01 gives RUSGOV (Country RUS, Sectors [GOV]),
// "guterres" IGOUNO. Name is the person's name as first listed. When no
// one holds a role on date, the one person of one state who held one of
// its offices people.txt's fifth field names (head of state or
// government, foreign or defence minister, vice president) gives that state's code alone
// ("merkel" in 2024: DEU; "blinken" in 2025: USA; "biden" in 2018, vice
// president to 2017: USA); a former holder of any
// other role does not ("graham" in 2024 is not Canada's Bill Graham,
// minister to 2006, whose line names no office: a story that means him
// names him in full first, and the article's own coreference reads the
// surname then). ok is
// false when no one bearing the surname held a role by date, when
// people of different codes do, or when the name is one that very many
// people share ([common names] of data/words/words.txt: a lone "Ahmed" is
// rarely Abiy Ahmed).
// A namesake whose terms nest in another's is not a bearer at all
// (overshadowed: "orban" is Viktor Orbán's, Ludovic Orban is matched by
// full name only).
func (m *Matcher) Holder(surname, date string) (a dyad.Actor, ok bool) {
	if m.words.commonNames[surname] {
		return dyad.Actor{}, false
	}
	type bearer struct{ given, country string }
	var dated []bearer // bearers with a dated role, in it on date or not
	var former dyad.Actor
	for _, p := range m.bearers[surname] {
		for _, e := range p.entries {
			if !inView(e, date) {
				continue // not yet in a role, or out of every one for long (surnames.go)
			}
			if e.Dated() {
				dated = append(dated, bearer{gazetteer.Key(p.words[0]), countryOf(e.Code)})
				if former.Code == "" && e.EndedBefore(date) && e.Office != "" {
					c := countryOf(e.Code)
					former = dyad.Actor{Code: c, Country: c, Sectors: []string{}, Name: p.entries[0].Entity()}
				}
			}
			if e.Dated() && e.ValidOn(date) {
				if a.Code != "" && a.Code != e.Code {
					return dyad.Actor{}, false
				}
				if a.Code == "" { // the first listed spelling names the person
					a = dyad.Actor{Code: e.Code, Country: countryOf(e.Code), Sectors: rolesOf(e.Code), Name: p.entries[0].Entity()}
				}
			}
		}
	}
	for i, x := range dated {
		for _, y := range dated[i+1:] {
			if x.given != y.given && x.country != y.country {
				// two people of different states share the name (Tony
				// Blair of Britain, Bill Blair of Canada): a lone "Mr
				// Blair" in 2019, Bill Blair's time in office, is as likely
				// the former prime minister; which one is meant is unknown
				return dyad.Actor{}, false
			}
		}
	}
	if a.Code == "" && former.Code != "" {
		for _, x := range dated {
			if x.country != former.Country {
				return dyad.Actor{}, false
			}
		}
		// the one person of that name, out of the role by then: "Merkel
		// criticised Russia" in 2024 is Germany's former chancellor, her
		// state's code alone (CODING.md), as "Angela Merkel" is
		return former, true
	}
	return a, a.Code != ""
}

// leaderBefore returns the token of a known person's surname right before
// a government agent ("the Biden administration", "Trump's cabinet"),
// -1 when there is none or the surname is shared across countries.
func (m *Matcher) leaderBefore(toks []dyad.Token, r raw, date string) int {
	switch toks[r.end-1].Lower {
	case "administration", "government", "cabinet", "regime", "presidency":
	default:
		return -1
	}
	k := r.start - 1
	if k >= 1 && isPoss(toks[k]) {
		k--
	}
	if k < 0 || toks[k].Tag != "NNP" || k > 0 && toks[k-1].Tag == "NNP" {
		return -1 // one capitalised word: a full name is matched as a person
	}
	if c := m.surnameOn(toks[k].Lower, date); c != "" && startsUpper(toks[k].Text) {
		return k
	}
	return -1
}

// former reports "former" or "ex-" right before token i, not in "current
// and former": "a former Peruvian minister", "freed an economist, former
// British ambassador Vicky Bowman and a filmmaker" (a list's comma or
// conjunction before "former" keeps it).
func former(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "former", "ex", "ex-", "onetime", "one-time", "erstwhile":
		// not "current and former US officials", "serving, former and
		// retired officers": the phrase names people in office too
		if i >= 3 && (toks[i-2].Lower == "and" || toks[i-2].Lower == "or" || toks[i-2].Text == ",") {
			switch toks[i-3].Lower {
			case "current", "serving", "sitting", "present", "incumbent", "active":
				return false
			}
		}
		return true
	}
	return false
}

// ousted reports a participle saying a holder is out of office
// ("ousted", "deposed", "exiled", "late", "toppled", "overthrown") among
// the words of [start, end) or right before start after a determiner or
// possessive: "Bolivia's ousted leader", "the
// deposed president". A verb's object is no holder out of office:
// "protesters ousted the president" keeps him.
func ousted(toks []dyad.Token, start, end int) bool {
	for k := max(start-1, 0); k < end-1 && k < len(toks); k++ {
		switch toks[k].Lower {
		case "ousted", "deposed", "exiled", "late", "toppled", "overthrown", "slain", "assassinated":
		default:
			continue
		}
		if k > start {
			return true // a modifier inside the phrase
		}
		if k == start-1 && k > 0 {
			switch p := toks[k-1]; {
			case isPoss(p), p.Tag == "DT" && p.Lower != "that", p.Tag == "PRP$":
				return true
			}
		}
	}
	return false
}

// exiledGovernment reports a government in exile, tokens [start, end)
// ending in "government" or "cabinet" after "exiled": "Yemen's exiled
// government" (Hadi's, in Riyadh) is still the state's recognised
// government (GOV), unlike an exiled leader (ousted), who is out of office.
func exiledGovernment(toks []dyad.Token, start, end int) bool {
	if end < 2 || end > len(toks) {
		return false
	}
	switch toks[end-1].Lower {
	case "government", "cabinet":
	default:
		return false
	}
	for k := max(start-1, 0); k < end-1; k++ {
		if toks[k].Lower == "exiled" {
			return true
		}
	}
	return false
}

// OutOfOfficeWord reports a participle saying a holder has left office
// ("deposed", "ousted", "toppled", "jailed", …); lower-case form.
func OutOfOfficeWord(w string) bool {
	switch w {
	case "deposed", "ousted", "toppled", "overthrown", "jailed", "imprisoned", "exiled", "impeached", "dethroned":
		return true
	}
	return false
}

// DeposedAt reports whether the token at k is an out-of-office
// participle (OutOfOfficeWord) modifying the holder named after it: it
// opens the sentence or follows a preposition, a determiner, a
// possessive, a verb or a comma ("supporters of deposed President
// Mohamed Morsi", "detained deposed President X", "Toppled leader X").
// The participle as a verb after its subject ("protesters ousted
// President X") is not: the holder keeps the office.
func DeposedAt(toks []dyad.Token, k int) bool {
	if k < 0 || k >= len(toks) || !OutOfOfficeWord(toks[k].Lower) {
		return false
	}
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.Tag == "IN" || p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "POS" || strings.HasPrefix(p.Tag, "VB") || isPoss(p) || p.Text == ","
}

// formerOfficer lists the nouns for a person serving a government body
// ("Home Office minister", "Pentagon official") that "former" takes out of
// the role.
func formerOfficer(w string) bool {
	switch w {
	case "minister", "official", "secretary", "chief", "head", "spokesman", "spokeswoman", "adviser", "advisor", "aide", "envoy", "ambassador", "director":
		return true
	}
	return false
}

// formerIn reports "former" or "ex-" right before token start or among
// the words before end: "a former Peruvian minister", "Britain's former
// spy chief".
func formerIn(toks []dyad.Token, start, end int) bool {
	if former(toks, start) {
		return true
	}
	for k := start + 1; k < end && k < len(toks); k++ {
		if former(toks, k) {
			return true
		}
	}
	return false
}

// formerAcross reports "former" or "ex-" before one lower-case modifier
// of the role noun at start that the mention leaves out: "a former mining
// minister", "a former fisheries minister", "a former tourism official" (events/ reads "former" two
// words back, no further: "a former senior tourism official" keeps the
// role, its target would be lost). One capitalised name of no actor, a
// region's or a city's, is such a modifier too: "former Chiapas governor
// Absalon Castellanos", "a former Sindh chief minister" are out of office,
// the country alone (dev52-wire W52042 MEX). A possessive word between
// ends the search ("the former Soviet republic's minister" was in
// office). The gold keeps a force's former commander in the force ("a
// former deputy commander of the national guard" UKRMIL, dev28-wire
// W28025): callers leave MIL alone.
func formerAcross(toks []dyad.Token, start int) bool {
	k := start - 1
	if k < 1 {
		return false
	}
	t := toks[k]
	switch {
	case startsUpper(t.Text):
		if t.Tag != "NNP" {
			return false
		}
	case t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" && t.Tag != "VBG":
		return false
	}
	return former(toks, k)
}

// formerOfficerOf reports a former holder's title and "of" right before
// the state body at start: "a former director of the National
// Intelligence Service", "the ex-head of the interior ministry". The
// person named is out of office, the country alone (CODING.md: "a former
// leader is never GOV"). The gold keeps a former commander of a force in
// it ("a former deputy commander of the national guard" UKRMIL, dev28-wire
// W28025), so the callers leave MIL bodies alone.
func formerOfficerOf(toks []dyad.Token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "of" || !formerOfficer(toks[k-1].Lower) {
		return false
	}
	return former(toks, k-1) || formerAcross(toks, k-1)
}

// shadowIn reports "shadow" right before start or among the words of
// [start, end): "the shadow home secretary", "a British shadow minister",
// "Shadow Foreign Affairs Minister" name the opposition's front bench.
func shadowIn(toks []dyad.Token, start, end int) bool {
	for k := max(start-1, 0); k < end && k < len(toks); k++ {
		if toks[k].Lower == "shadow" {
			return true
		}
	}
	return false
}

// pick returns the entry valid on date, else the first. With no date
// (an undated article) it returns the entry that holds today: a dated one
// open at its end (no To), the latest From among them ("Lib Dems" GBROPP
// since 2015, not GBRPTY of 2010–2015, listed first), else an undated
// one, else the first.
func pick(es []Entry, date string) Entry {
	if date == "" {
		return current(es)
	}
	for _, e := range es {
		if e.ValidOn(date) {
			return e
		}
	}
	return es[0]
}

// current returns the entry of es that holds today (see pick).
func current(es []Entry) Entry {
	best := -1
	for i, e := range es {
		if e.Dated() && e.To == "" && (best < 0 || e.From > es[best].From) {
			best = i
		}
	}
	if best >= 0 {
		return es[best]
	}
	for _, e := range es {
		if !e.Dated() {
			return e
		}
	}
	return es[0]
}

// personCode returns the code of a person on date: the valid role, else
// the country alone (a former leader is never GOV).
func personCode(es []Entry, date string) (code, country string) {
	for _, e := range es {
		if e.ValidOn(date) {
			return e.Code, countryOf(e.Code)
		}
	}
	c := countryOf(es[0].Code)
	return c, c
}

// Redate returns mt coded on date, the event's own date, instead of the
// date its sentence was matched on (the article's): a person the
// dictionary gives dated roles takes the role held then ("In May, Mira
// Kalden met Xi Jinping" in an August 2023 article, her term ending in
// June 2023, is her state's GOV). date is "YYYY-MM-DD" (day precision)
// or "YYYY-MM" (month precision: a role held on any day of that month
// counts); any other date, a mention that names no dictionary person
// with dated roles, and one whose code its own words decided (a title,
// "Kalden's troops") come back unchanged.
func (m *Matcher) Redate(mt Mention, date string) Mention {
	if mt.roleCode == "" || mt.Code != mt.roleCode || len(mt.roles) == 0 {
		return mt
	}
	var code, country string
	switch len(date) {
	case 10:
		code, country = personCode(mt.roles, date)
	case 7:
		code, country = "", ""
		for _, e := range mt.roles {
			if !e.Dated() || (e.From == "" || e.From <= date+"-31") && (e.To == "" || date+"-01" < e.To) {
				code, country = e.Code, countryOf(e.Code)
				break
			}
		}
		if code == "" {
			code, country = personCode(mt.roles, date+"-01")
		}
	default:
		return mt
	}
	if code == mt.Code {
		return mt
	}
	if country != mt.Country {
		mt.Name = m.dict.Name(country)
	}
	mt.Code, mt.Country, mt.Sectors, mt.roleCode = code, country, rolesOf(code), code
	return mt
}
