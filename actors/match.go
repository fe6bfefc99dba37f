package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/wordset"
)

// Matcher finds actor mentions in tokenised sentences. Build one per
// dictionary with NewMatcher and share it: it is read-only after
// construction and safe for concurrent use.
type Matcher struct {
	dict  *Dictionary
	first map[string][]*pattern // by the pattern's first lower-case word
	// ranked holds first's lists in the order longest tries them: longest
	// first, then by kindRank, then as in first, so that the first
	// pattern that matches is the one to take
	ranked map[string][]*pattern
	firsts wordset.Filter // the keys of ranked, for fast misses
	// surname maps the last word of people's names (lower case) to their
	// country, "" when people of several countries share it: "the Biden
	// administration" is the United States'.
	surname map[string]string
	// bearers lists the person patterns by the last word of their names,
	// for "Russia's Lavrov", "Israel's Netanyahu".
	bearers map[string][]*pattern
	// family lists the person patterns of family-first names by their
	// first word (familyFirst: "lee" of Lee Jae-myung), for a title
	// before the family name alone ("President Lee").
	family map[string][]*pattern
	// words holds the word lists of data/words/words.txt (words.go)
	words *matchWords
}

// Dictionary returns the matcher's dictionary.
func (m *Matcher) Dictionary() *Dictionary { return m.dict }

// Mention is an actor found in a sentence: tokens [Start, End) and the
// coded Actor (spans are byte offsets into the sentence text).
type Mention struct {
	Start, End int
	dyad.Actor
	// Kind is the kind of the entry that decided the code (country,
	// capital, org, agent, person) or "title" for a title and a name the
	// dictionary does not know: "Iranian Foreign Minister Abbas X" (IRNGOV),
	// or "President Reagan", Unresolved, whose country only its apposition
	// or an earlier mention of the same name may give (the coder's job).
	Kind string
	// Possessive is set when the mention is followed by 's ("China's").
	Possessive bool
	// Unresolved is set for an agent with no country ("the ministry"):
	// Code holds only role codes; the coder resolves it from context.
	Unresolved bool
	// Person is set when the mention names a person (for he/she).
	Person bool
	// Plural is set for plural agents ("officials", "troops").
	Plural bool
	// Place is set by the coder for a country or city named as a place
	// ("talks in Moscow", "returned to Pyongyang"): not an actor.
	Place bool
	// Modifier is set for a nationality adjective that modifies a common
	// noun ("US goods", "Russian oil traders"): never a subject, but the
	// target of a sanction or an attack on it.
	Modifier bool
	// FullName is, for a person's mention that stands for one named
	// before (a later "Harris" or "she" after "Kamala Harris"), the
	// words that first named the person: whose given name or title
	// tells the gender a "he" or "she" must fit (Genders.Of); "" for a
	// mention that names its person itself.
	FullName string
	// Seat is set for an organisation named by its building or seat
	// (entries of a file named metonyms.txt: "the Kremlin", "the White
	// House"): after "in" or "at" it is a place.
	Seat bool
	// Employer is, for workers named by their firm ("Samsung workers",
	// "Air Canada flight attendants": the country's LAB), the firm's own
	// code (KORBUS, CANBUS): whom their strike is aimed at.
	Employer string
	// OfGroup is set for people named "of" or "from" a named non-state
	// organisation ("rebels of the M23", "fighters of the Allied
	// Democratic Forces"): the organisation's code is theirs, and Country
	// is its state (COD), as for the organisation named alone.
	OfGroup bool
	// Owners is set for a nationality before a noun of private property
	// ("Palestinian homes": the state's civilians, ownersProperty): the
	// owners the coder falls back to the bare state for when they would
	// be the act's own source ("Jewish settlers in Huwara set fire to
	// Palestinian homes").
	Owners bool

	// roles are the dated entries of the person the mention names and
	// roleCode the code they gave on the date Find was called with
	// ("" when the mention names no person of the dictionary): what
	// Redate recodes on the event's own date. A copy of the mention (a
	// pronoun or a surname standing for the person) carries them.
	roles    []Entry
	roleCode string
}

// DatedRoles reports whether the mention names a person whom the
// dictionary gives dated roles (people.txt: "Vladimir Putin | RUSGOV |
// person | 2012-05-07.."), an office holder: without a date to tell the
// role held, such a person is coded by country alone.
func (m *Mention) DatedRoles() bool { return len(m.roles) > 0 }

// raw is a dictionary match before noun-phrase assembly.
type raw struct {
	start, end int
	p          *pattern
}

// Find returns the actor mentions of s on date (an ISO date or "", which
// makes dated roles fall back to the country alone), left to right,
// without overlaps. Adjacent pieces of one noun phrase are merged:
// "South Korea's presidential office" → KORGOV, "Russia's President
// Vladimir Putin" → RUSGOV, "Iranian Foreign Minister X" → IRNGOV.
// A nationality adjective that modifies no actor ("Russian gas") is no
// mention.
func (m *Matcher) Find(s *dyad.Sentence, date string) []Mention {
	toks := s.Tokens
	var rawBuf [16]raw // (a sentence's raw matches fit as a rule: no allocation)
	raws := rawBuf[:0]
	title := -1 // titleCased(toks), computed when first needed
	for i := 0; i < len(toks); {
		best := m.longest(toks, i)
		if best.p == nil && i+3 < len(toks) && toks[i+1].Lower == "and" {
			best = m.sharedHead(toks, i) // "Syria's defence and interior ministries"
		}
		if best.p == nil && i+3 < len(toks) && toks[i+1].Lower == "and" {
			best = m.sharedName(toks, i) // "North and South Korea" (sharedname.go)
		}
		if best.p != nil && best.end == i+1 && i+3 < len(toks) && toks[i+1].Lower == "and" {
			if g := m.sharedGroups(toks, i); g.p != nil {
				best = g // "rebel and opposition groups"
			}
		}
		if best.p == nil {
			i++
			continue
		}
		if best.p.kind == KindAgent && best.p.rules[0] == anyCase && i > 0 && startsUpper(toks[i].Text) &&
			toks[i-1].Tag == "NNP" && !m.words.titlePrefixes[toks[i-1].Lower] && m.surname[toks[i-1].Lower] == "" && (len(raws) == 0 || raws[len(raws)-1].end != i) &&
			!(titleRole(best.p.entries[0].Code) && best.end < len(toks) && toks[best.end].Tag == "NNP") { // "Istanbul Mayor Ekrem Imamoglu"
			// a role word inside an unknown proper name: "the occupied West
			// Bank", "the Communist Party" (not "Israeli Army", nor a
			// headline in title case)
			if title < 0 {
				title = 0
				if titleCased(toks) {
					title = 1
				}
			}
			if title == 0 {
				i = best.end
				continue
			}
		}
		if best.p.kind == KindAgent && best.end-best.start == 1 && i > 0 && startsUpper(toks[i].Text) && best.end < len(toks) &&
			toks[best.end].Tag == "NNP" && startsUpper(toks[best.end].Text) && !titleRole(best.p.entries[0].Code) {
			// "a Syrian Congress of National Dialogue": a people word
			// starting a proper name (not a title before a name:
			// "President Biden")
			if nx := m.longest(toks, best.end); nx.p == nil {
				i = best.end
				continue
			}
		}
		if best.p.kind == KindOrg && best.p.words[0] == "the" && best.end < len(toks) {
			// "The Australian Government", "The Independent Electoral
			// Commission": a title-like name ("The Australian") followed by
			// a role noun is the adjective and that role, not the paper
			if a := m.longest(toks, best.end); a.p != nil && a.p.kind == KindAgent {
				if in := m.longest(toks, i+1); in.p != nil && in.p.kind == KindAdjective && in.end == best.end {
					best = in
				}
			}
		}
		if i > 0 && strings.HasPrefix(best.p.words[0], "america") && continentPart(toks[i-1].Text) {
			// "Latin America", "South American leaders": a region, not
			// the United States
			i = best.end
			continue
		}
		if m.regionAcronym(toks, best) {
			// "the MENA region", "MENA governments": a region of the
			// world, not the news agency of the same name
			i = best.end
			continue
		}
		if namesakeSuffix(toks, best) {
			// "Donald Trump Jr": a namesake of the dictionary's person
			i = best.end + 1
			continue
		}
		if roleTitle(toks, best) {
			// "when President", "will become Prime Minister": a role, no one named
			i = best.end
			continue
		}
		if best.p.kind == KindAgent && thingAgent(toks, best) {
			i = best.end
			continue
		}
		if m.guarded(toks, best) && !m.agentAt(toks, best.end) {
			i++
			if best.end+1 < len(toks) && isPoss(toks[best.end]) {
				// "Georgia's governor": the agent of a place that is no
				// country is no actor either
				if a := m.longest(toks, best.end+1); a.p != nil && a.p.kind == KindAgent {
					i = a.end
				}
			}
			continue
		}
		raws = append(raws, best)
		i = best.end
	}
	return sharedTitle(toks, raws, disjoint(m.assemble(s, raws, date)))
}

// sharedHead returns the agent two coordinated words before a plural
// office noun make at token i: "defence and interior ministries", "the
// foreign and finance ministers" are GOV, as "defence ministry" and
// "interior ministry" each are. Each word with the noun's singular must
// be an agent pattern of the dictionary; the match spans the four
// tokens and takes the plural noun's pattern. It returns an empty raw
// otherwise.
func (m *Matcher) sharedHead(toks []dyad.Token, i int) raw {
	none := raw{start: i, end: i}
	var one string
	switch toks[i+3].Lower {
	case "ministries":
		one = "ministry"
	case "ministers":
		one = "minister"
	default:
		return none
	}
	head := m.longest(toks, i+3)
	if head.p == nil || head.p.kind != KindAgent || head.end != i+4 {
		return none
	}
	for _, k := range [2]int{i, i + 2} {
		pair := [2]dyad.Token{toks[k], {Text: one, Lower: one, Tag: "NN"}}
		r := m.longest(pair[:], 0)
		if r.p == nil || r.p.kind != KindAgent || r.end != 2 {
			return none
		}
	}
	return raw{start: i, end: i + 4, p: head.p}
}

// sharedGroups returns the agent two coordinated words before "groups"
// make at token i: "rebel and opposition groups" are the first word's
// groups (REB), one party, as a list of two kinds of group is named by its
// first. Each word with "groups" must be an agent pattern of the
// dictionary; the match spans the four tokens and takes the first word's
// pattern with the noun. It returns an empty raw otherwise.
func (m *Matcher) sharedGroups(toks []dyad.Token, i int) raw {
	none := raw{start: i, end: i}
	if toks[i+3].Lower != "groups" {
		return none
	}
	var first raw
	for n, k := range [2]int{i, i + 2} {
		pair := [2]dyad.Token{toks[k], toks[i+3]}
		r := m.longest(pair[:], 0)
		if r.p == nil || r.p.kind != KindAgent || r.end != 2 {
			return none
		}
		if n == 0 {
			first = r
		}
	}
	return raw{start: i, end: i + 4, p: first.p}
}

// longest returns the longest pattern matching at token i.
func (m *Matcher) longest(toks []dyad.Token, i int) raw {
	best := raw{start: i, end: i}
	if h := strings.IndexByte(toks[i].Lower, '-'); h > 0 && compoundSuffixes[toks[i].Lower[h+1:]] {
		// "a British-flagged tanker", "an Israel-linked ship", "UN-backed forces"
		for _, p := range m.first[toks[i].Lower[:h]] {
			if len(p.words) == 1 && (p.kind == KindCountry || p.kind == KindAdjective || p.kind == KindOrg) && startsUpper(toks[i].Text) {
				return raw{start: i, end: i + 1, p: &pattern{words: p.words, exact: p.exact, rules: p.rules, kind: KindAdjective, entries: p.entries, compound: true}}
			}
		}
	}
	// the longest match, ties to the higher kindRank, then to the first
	// listed: in ranked order, the first pattern that matches
	if !m.firsts.Has(toks[i].Lower) {
		return best
	}
	ranked := m.ranked[toks[i].Lower]
	if c, ok := compoundAt(toks, i, ranked); ok {
		return c // "a Marshall Islands-flagged tanker"
	}
	for _, p := range ranked {
		n := len(p.words)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			t := toks[i+k]
			if k > 0 && t.Lower != p.words[k] { // word 0 is the map's key
				ok = false
				break
			}
			switch p.rules[k] {
			case exactCase:
				ok = t.Text == p.exact[k]
			case acronymCase:
				ok = t.Text == p.exact[k] || t.Text == titleCase(p.exact[k])
			case camelCase:
				ok = t.Text == p.exact[k] || t.Text == strings.ToUpper(p.exact[k])
			case capFirst:
				r, _ := utf8.DecodeRuneInString(t.Text)
				ok = unicode.IsUpper(r)
			}
			if !ok {
				break
			}
		}
		if ok {
			return raw{start: i, end: i + n, p: p}
		}
	}
	return best
}

// compoundAt matches a name of two or more words whose last word carries
// a compound suffix at token i: "Marshall Islands-flagged", "South
// Korea-based". The match is a modifier like "British-flagged". ranked
// is the Matcher's ranked list of toks[i]'s word, longest first.
func compoundAt(toks []dyad.Token, i int, ranked []*pattern) (raw, bool) {
	if len(ranked) == 0 || !startsUpper(toks[i].Text) || !hyphenAhead(toks, i+1, i+len(ranked[0].words)) {
		return raw{}, false // (most words: no pattern walk)
	}
	for _, p := range ranked {
		n := len(p.words)
		if n < 2 || i+n > len(toks) || !(p.kind == KindCountry || p.kind == KindAdjective || p.kind == KindOrg) {
			continue
		}
		last := toks[i+n-1].Lower
		h := strings.IndexByte(last, '-')
		if h <= 0 || last[:h] != p.words[n-1] || !compoundSuffixes[last[h+1:]] {
			continue
		}
		ok := true
		for k := 1; k < n-1; k++ {
			ok = ok && toks[i+k].Lower == p.words[k]
		}
		if ok {
			return raw{start: i, end: i + n, p: &pattern{words: p.words, exact: p.exact, rules: p.rules, kind: KindAdjective, entries: p.entries, compound: true}}, true
		}
	}
	return raw{}, false
}

// hyphenAhead reports a token in toks[a:b] (b capped at the sentence's
// end) whose lower-case form has a hyphen after its first byte: the last
// word of a compound name ("Islands-flagged") is one.
func hyphenAhead(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if strings.IndexByte(toks[k].Lower, '-') > 0 {
			return true
		}
	}
	return false
}

// kindRank breaks ties between patterns of the same length: a named
// organisation or person beats a role noun ("State Department").
var kindRank = map[string]int{KindAgent: 1, KindAdjective: 2, KindCapital: 3, KindCountry: 4, KindOrg: 5, KindPerson: 6}

// assemble merges raw matches into noun-phrase mentions.
func (m *Matcher) assemble(s *dyad.Sentence, raws []raw, date string) []Mention {
	toks := s.Tokens
	var out []Mention
	if len(raws) > 0 {
		out = make([]Mention, 0, len(raws)) // each raw match makes one mention at most
	}
	var listRoles []string // roles shared by a coordinated list: "diplomats from Iran, Britain and France"
	listEnd := -1
	for i := 0; i < len(raws); i++ {
		r := raws[i]
		asEnd := r.end
		if len(r.p.entries) > 0 && r.p.entries[0].Code == "BUS" {
			asEnd = len(toks) // "as investors fretted": a market's mood, no "as" clause's actor (asClause)
		}
		if r.p.kind == KindAgent && m.notActorAgent(toks, r.start, asEnd) {
			// "Baltic leaders", "foreign media", "appeared in court", "as a
			// private citizen": no actor, and nothing after joins it
			for i+1 < len(raws) && raws[i+1].start == r.end && raws[i+1].p.kind == KindAgent {
				i++
				r = raws[i]
			}
			continue
		}
		if r.p.kind == KindOrg && r.end == r.start+1 && m.camera(toks, r.start) {
			continue // "CCTV captured the defendant": a camera, not the broadcaster (camera.go)
		}
		if i+1 < len(raws) && syrianKurdishForce(toks, r, raws[i+1], date) {
			continue // "Syrian Kurdish fighters": the force is the actor, not "Syrian" (syrian_kurds.go)
		}
		mt := Mention{Start: r.start, End: r.end, Kind: r.p.kind}
		country, sectors, code := "", []string(nil), ""
		named := ""        // the entity of the org or person entry that decided code
		ofState := false   // an agent with "of" and a state after it: "the governor of Nigeria"
		fromState := false // an agent with "from" and a state after it: "gunmen from Nigeria"
		if listRoles != nil && !(r.p.kind == KindCountry || r.p.kind == KindCapital) || !Coordinated(toks, listEnd, r.start) {
			listRoles = nil
		}
		switch r.p.kind {
		case KindCountry, KindCapital, KindAdjective:
			country = countryOf(r.p.entries[0].Code) // "UN-backed" names no country
			if listRoles != nil {
				sectors = listRoles
				mt.Kind = KindAgent
			}
			// "South Korean and US troops": the first adjective shares the
			// roles of the agent after the second
			// ("US and Taliban negotiators": a group's keep its own code)
			// ("French, German and British troops": a longer list too)
			if r.p.kind == KindAdjective || r.p.kind == KindCountry {
				// ("Somalia and Kenyan-backed militias": a backer names no
				// list item, and the state keeps its own code)
				j, conj := i+1, false
				for j < len(raws) && Coordinated(toks, raws[j-1].end, raws[j].start) && !raws[j].p.compound &&
					(raws[j].p.kind == KindAdjective || raws[j].p.kind == KindCountry || raws[j].p.kind == KindOrg) {
					conj = conj || hasConj(toks, raws[j-1].end, raws[j].start)
					j++
				}
				// ("Chinese and American trade officials": across a noun
				// modifier too)
				// ("Mali, Niger and Burkina Faso's leaders": after the last
				// one's possessive too)
				if j > i+1 && conj && j < len(raws) && (raws[j].start == raws[j-1].end || m.nounBridge(toks, raws[j-1].end, raws[j].start, false) ||
					raws[j].start == raws[j-1].end+1 && isPoss(toks[raws[j-1].end]) && raws[j-1].p.kind == KindCountry) && raws[j].p.kind == KindAgent && !r.p.compound {
					sectors = splitRoles(raws[j].p.entries[0].Code)
					mt.Kind = KindAgent
				}
			}
			if r.p.kind == KindAdjective && sectors == nil && m.ownersProperty(toks, raws, i) {
				// "three Palestinian homes", "Palestinian farmland": their
				// owners, the state's civilians (CVL), whom a demolition or
				// seizure strikes
				sectors, mt.Kind, mt.Owners = []string{"CVL"}, KindAgent, true
				r.end++
				mt.End = r.end
			}
		case KindOrg:
			e := pick(r.p.entries, date)
			mt.Seat = strings.HasSuffix(e.File, "metonyms.txt")
			code, named = e.Code, e.Entity()
			country = countryOf(code)
		case KindAgent:
			sectors = splitRoles(r.p.entries[0].Code)
			if k := m.leaderBefore(toks, r, date); k >= 0 {
				// "the Biden administration", "Netanyahu's government": a
				// known leader's surname names the government
				country, mt.Start = m.surnameOn(toks[k].Lower, date), k
			} else if k, c := m.holderForces(toks, r, date); k >= 0 {
				country, mt.Start = c, k // "Assad's forces": the holder's state's
			}
			// "people of Afghanistan", "diplomats from Iran, Britain …"
			gap := 1
			if r.end+1 < len(toks) && (toks[r.end+1].Lower == "the" || toks[r.end].Lower == "of" && (toks[r.end+1].Lower == "a" || toks[r.end+1].Lower == "an")) {
				gap = 2 // "the leaders of the United States, …", "a leader of a FARC dissident faction"
			}
			// "troops in Lithuania" are stationed there, not Lithuania's
			// "its ambassador from Israel" is its own, not Israel's, and so
			// is "its own envoy from Israel"
			owned := r.start > 0 && (toks[r.start-1].Tag == "PRP$" || toks[r.start-1].Lower == "own" && r.start > 1 && toks[r.start-2].Tag == "PRP$")
			if i+1 < len(raws) && raws[i+1].start == r.end+gap && !owned && (toks[r.end].Lower == "of" || toks[r.end].Lower == "from" || toks[r.end].Lower == "in" && !hasRole(sectors, "MIL")) &&
				(raws[i+1].p.kind == KindCountry || raws[i+1].p.kind == KindOrg && toks[r.end].Lower != "in" ||
					raws[i+1].p.kind == KindCapital && toks[r.end].Lower == "in" && (toks[r.end-1].Lower == "officials" || toks[r.end-1].Lower == "authorities") &&
						toks[raws[i+1].start].Lower != "brussels") { // "officials in Washington" (in Brussels they are the EU's)
				if raws[i+1].p.kind == KindOrg {
					e := pick(raws[i+1].p.entries, date) // "the leaders of the G7"
					code, named = e.Code, e.Entity()
					sectors = nil
					mt.OfGroup = true
				}
				country = countryOf(raws[i+1].p.entries[0].Code) // "rebels of the Allied Democratic Forces": COD, not the group's code CODREB (a bare agent beside it takes this country)
				mt.End = raws[i+1].end
				ofState = raws[i+1].p.kind == KindCountry && toks[r.end].Lower == "of"
				fromState = raws[i+1].p.kind == KindCountry && toks[r.end].Lower == "from"
				listRoles, listEnd = sectors, raws[i+1].end
				i++
				r = raw{start: r.start, end: raws[i].end, p: r.p}
				if e := raws[i].end; raws[i].p.kind == KindCountry && e < len(toks) && isMission(toks[e].Lower) && !hasRole(sectors, "GOV") {
					// "staff members of the US embassy": a mission's
					// people are its government's
					sectors, listRoles = []string{"GOV"}, nil
					mt.End = e + 1
					r.end = e + 1
				}
			} else if k, nation := memberOf(toks, raws, i); k > i && !owned {
				// "officials of the state-owned metals company", "staff
				// members of the investigative outlet": a body's people
				// take its role (members.go)
				sectors = splitRoles(raws[k].p.entries[0].Code)
				if nation >= 0 {
					country = countryOf(raws[nation].p.entries[0].Code)
				}
				mt.End = raws[k].end
				i = k
				r = raw{start: r.start, end: raws[k].end, p: r.p}
			}
		case KindPerson:
			code, country = personCode(r.p.entries, date)
			named = r.p.entries[0].Entity()
			mt.Person = true
			mt.roles, mt.roleCode = r.p.entries, code
		}
		if listRoles != nil && (r.p.kind == KindCountry || r.p.kind == KindCapital) {
			listEnd = r.end
		}
		// absorb following pieces of the same noun phrase
		j := i + 1
		end := r.end
		if len(sectors) == 1 && (ofState || fromState && sectors[0] != "GOV") && mt.Kind == KindAgent && !mt.Person {
			units := m.words.peopleUnits
			if fromState {
				units = m.words.commUnits // "armed youths from South Sudan's Lou Nuer community"
			} else if sectors[0] == "GOV" {
				units = m.words.stateUnits
			}
			if e := m.unitOfState(toks, end, units); e > end {
				// "the governor of Nigeria's Zamfara state", "troops of
				// Somalia's Puntland region": the official or force of a
				// unit of that state, the state's (not its owner)
				end = e
				for j < len(raws) && raws[j].start < end {
					j++
				}
			}
		}
		orgTitle := false // an organisation and a holder's title: "ECOWAS Commission President"
		for j < len(raws) {
			n := raws[j]
			gap := n.start - end
			poss := gap == 1 && isPoss(toks[end])
			// "Ethiopian federal troops", "Iranian air defences", "Chad's
			// military council": modifiers between a nationality and the
			// agent noun that heads the phrase
			from := end
			if from < n.start && isPoss(toks[from]) {
				from++ // "Japan's immigration agency"
			}
			// (and before a person: "Brazil's president-elect Luiz Inacio
			// Lula da Silva")
			bridge := gap > 0 && (n.p.kind == KindAgent || n.p.kind == KindPerson) && len(sectors) == 0 && !mt.Person &&
				(code == "" && (r.p.kind == KindAdjective || r.p.kind == KindCountry || r.p.kind == KindCapital) ||
					r.p.kind == KindOrg && from > end && n.p.kind == KindAgent) && // "the EU's enlargement commissioner"
				!r.p.compound && m.nounBridge(toks, from, n.start, from > end)
			// "French dairy group Danone", "Russian oil giant Rosneft": a
			// nationality, a lower-case description and a named body of that
			// state are one phrase, the body (not the nationality as owner)
			bridge = bridge || gap > 0 && n.p.kind == KindOrg && r.p.kind == KindAdjective && !r.p.compound && code == "" && len(sectors) == 0 && !mt.Person &&
				countryOf(pick(n.p.entries, date).Code) == country && country != "" && m.nounBridge(toks, end, n.start, false)
			if !(gap == 0 || poss || bridge) {
				break
			}
			if n.p.kind == KindAdjective && gap == 0 && j == i+1 && r.p.kind == KindAgent && code == "" && country == "" && !mt.Person &&
				len(sectors) == 1 && !n.p.compound && n.end < len(toks) && m.words.bodyNouns[toks[n.end].Lower] {
				// "four militant Palestinian groups", "a rebel Somali
				// faction": a nationality between the agent word and the
				// body's noun names the body's state, as in "Palestinian
				// militant groups" (words.txt [body nouns])
				country = countryOf(n.p.entries[0].Code)
				end = n.end + 1
				j++
				for j < len(raws) && raws[j].start < end {
					j++
				}
				break
			}
			if r.p.kind == KindAdjective && j == i+1 && n.p.kind == KindCountry || r.p.compound {
				break // "Russian Iran"? not one phrase; "Iran-backed rebels" are not Iran's
			}
			if hostEnvoy(r, n, poss, code, sectors, mt.Person) && envoyTo(toks, raws, j) {
				// "Russia's UK ambassador": the first state's envoy to the
				// second, which is only the post
				end = n.end
				j++
				continue
			}
			switch n.p.kind {
			case KindAgent:
				if code != "" && !mt.Person {
					// an org followed by an agent: "NATO leaders", "Hamas
					// fighters" keep the org's code
					orgTitle = gap == 0 && isHolderNoun(toks[n.end-1].Lower) // "ECOWAS Commission President"
					if c := governingForces(code, splitRoles(n.p.entries[0].Code)); (gap == 0 || poss || from > end) && c != code {
						code, named = c, "" // "Taliban forces" in 2024: the state's army; "the Taliban's morality police" its police (forces.go)
					}
					if add := splitRoles(n.p.entries[0].Code); gap == 0 && len(add) == 1 && add[0] == "LAB" &&
						countryOf(code) != "" && strings.Join(rolesOf(code), "") == "BUS" {
						// "Samsung workers", "Samsung machinists": a firm's
						// workers are their country's labour, not the firm,
						// which stays their employer
						mt.Employer = code
						code, named = countryOf(code)+"LAB", ""
					}
					if add := splitRoles(n.p.entries[0].Code); poss && len(add) == 1 && add[0] == "MED" && countryOf(code) != "" &&
						!hasRole(rolesOf(code), "GOV") && !strings.HasPrefix(code, "IGO") {
						// "the Wagner group's media outlets": a body's own
						// press is media, the head noun decides
						code, named = countryOf(code)+"MED", ""
					}
				} else if code != "" && strings.HasPrefix(code, "IGO") {
				} else if mt.Person {
					code = personForces(code, poss, splitRoles(n.p.entries[0].Code))
				} else if !mt.Person {
					if (toks[end-1].Lower == "civilian" || toks[end-1].Lower == "national") && gap == 0 {
						sectors = nil // "a civilian government": the head noun decides
					}
					if add := splitRoles(n.p.entries[0].Code); (poss || gap == 0) && len(sectors) == 1 && sectors[0] == "GOV" && forceRole(add) != "" {
						sectors = add // "the Myanmar junta's air force", "the government's troops", "regime forces": its military
					} else {
						sectors = appendRoles(sectors, add)
					}
				}
				mt.Kind = chooseKind(mt.Kind, KindAgent)
			case KindPerson:
				pc, pcountry := personCode(n.p.entries, date)
				if pcountry == country || country == "" {
					mt.roles, mt.roleCode = n.p.entries, pc
					shadow := hasRole(sectors, "GOV") && !mt.Person && shadowIn(toks, mt.Start, n.start) && !formerIn(toks, mt.Start, n.start)
					if shadow {
						// "Shadow home secretary David Davis", "the shadow
						// chancellor, George Osborne": a Westminster-system
						// opposition post, the country's OPP on any date and
						// in an undated article, whatever office the
						// dictionary gives him (the title GOV alone would
						// make him a minister)
						pc = pcountry + "OPP"
					}
					if date == "" && pc == pcountry && len(sectors) > 0 && !mt.Person && titleRole(strings.Join(sectors, "")) &&
						r.p.kind != KindOrg && !formerIn(toks, mt.Start, n.start) {
						// "Foreign Secretary Jack Straw", "Pakistan's President
						// Pervez Musharraf" in an undated article: the title
						// names the office held then, though the dated entry
						// cannot be checked
						pc = pcountry + strings.Join(sectors, "")
					}
					if orgTitle && pc == pcountry && len(code) > 3 && !formerIn(toks, mt.Start, n.start) &&
						!(strings.HasPrefix(code, "IGO") && pcountry != "" && statesDiplomat(toks, n.start)) {
						// "Hezbollah commander Fuad Shukr" on a date outside
						// his dictionary role: the text names his group
						pc = code
					}
					if orgTitle && pc == pcountry && pcountry != "" && strings.HasPrefix(code, "IGO") && statesDiplomat(toks, n.start) &&
						!formerIn(toks, mt.Start, n.start) {
						// "UN ambassador Nikki Haley" on a date outside her
						// dictionary role: an organisation's ambassador is
						// a state's diplomat posted there, the person's
						// state's government (never the organisation)
						pc = pcountry + "GOV"
					}
					if len(sectors) == 1 && sectors[0] == "MIL" && !mt.Person && len(pc) > 3 && pc != pcountry+"MIL" && !armedGroupRole(pc) && !formerIn(toks, mt.Start, n.start) {
						// "Sudanese army chief Abdel Fattah al-Burhan": the
						// text names him as the army's (CODING.md: text that
						// says military keeps MIL), whatever else he heads
						// (not an armed group's commander: "eastern
						// commander Khalifa Haftar" leads the LNA, LBYREB)
						pc = pcountry + "MIL"
					}
					if len(sectors) == 1 && (sectors[0] == "LEG" || sectors[0] == "REL") && !mt.Person && pc == pcountry && pcountry != "" && !formerIn(toks, mt.Start, n.start) {
						// "Senator Marco Rubio" in 2018: out of the office
						// the dictionary dates for him, and the text names
						// the seat he holds then (CODING.md: lawmakers LEG);
						// "Shi'ite cleric Moqtada al-Sadr", whom it codes by
						// his country alone: the calling the text names
						pc = pcountry + sectors[0]
					}
					if len(sectors) == 1 && sectors[0] == "OPP" && !mt.Person && pc == pcountry && !formerIn(toks, mt.Start, n.start) {
						// "jailed opposition leader Khaleda Zia": out of
						// office, and the text says she leads the opposition
						// (CODING.md: OPP when leading the opposition)
						pc = pcountry + "OPP"
					}
					code, country, named = pc, pcountry, n.p.entries[0].Entity()
				} else if pcountry == "" && country != "" && len(sectors) == 1 && sectors[0] == "OPP" && !mt.Person && !formerIn(toks, mt.Start, n.start+1) {
					// "Gabon's opposition leader Jean Ping", whom the
					// dictionary knows only as an organisation's head
					// (the AU Commission's): the text names his state and
					// his role in it (CODING.md: OPP when leading the
					// opposition)
					code, named = country+"OPP", n.p.entries[0].Entity()
				} else if c, name := m.longerNameOf(n.p.words, country, date); c != "" && !mt.Person && !formerIn(toks, mt.Start, n.start+1) {
					// "Jordan's King Abdullah" in 2010, when the short name
					// alone is the Saudi king's: the state the text names
					// has a holder whose fuller name it is (King Abdullah II)
					code, named = c, name
				}
				mt.Person = true
				mt.Kind = KindPerson
				sectors = nil
			case KindOrg:
				e := pick(n.p.entries, date)
				if code == "" && country != "" && len(sectors) == 0 && !mt.Person && stateOrgan(e.Code) && countryOf(e.Code) != country &&
					m.agentWords(n.p.words) {
					// "Pakistan's Foreign Office", "the Kenyan Home Office":
					// a state's organ named by a common noun that another
					// state's organ also bears as a name (the UK's Foreign
					// Office) is the named state's (agents.txt)
					sectors = rolesOf(e.Code)
					mt.Kind = chooseKind(mt.Kind, KindAgent)
					end = n.end
					j++
					continue
				}
				if code == "" && country != "" && len(sectors) == 0 && !mt.Person && strings.HasPrefix(e.Code, "IGO") && envoyTo(toks, raws, j) {
					// "Russia's UN ambassador", "the French NATO envoy": the
					// state's own diplomat at the organisation
					end = n.end
					j++
					continue
				}
				if poss && code == "" && country != "" && len(sectors) == 0 && !mt.Person && strings.HasPrefix(e.Code, "IGO") && splitCompound(toks, n.end) {
					// "Libya's U.N.-backed government", read as "U.N.", "-",
					// "backed": the organisation is the compound's modifier,
					// as in "Libya's UN-backed government"; the state owns
					// the noun after it
					goto done
				}
				if poss && code == "" && country != "" && len(sectors) == 0 && !mt.Person && strings.HasPrefix(e.Code, "IGO") && n.end < len(toks) &&
					(toks[n.end].Tag == "NN" || toks[n.end].Tag == "NNS") && !startsUpper(toks[n.end].Text) && !rawAt(raws, n.end) {
					// "Sweden's NATO bid", "Hungary's EU presidency": the
					// organisation names what the state's thing is about;
					// the state is the actor (its diplomats there are
					// envoyTo's, above)
					goto done
				}
				if (e.Phrase == "Red Cross" || e.Phrase == "Red Crescent") && country != "" && code == "" {
					// "the Egyptian Red Crescent", "South Korea's Red Cross":
					// a national society is its country's health body
					code, named = country+"HLH", ""
				} else if code == "" && len(sectors) == 1 && sectors[0] == "OPP" && !mt.Person && len(e.Code) == 6 && strings.HasSuffix(e.Code, "PTY") &&
					(country == "" || countryOf(e.Code) == country) {
					// "Bangladesh's opposition Awami League": a party the
					// text calls the opposition leads it (CODING.md: OPP)
					code, named = countryOf(e.Code)+"OPP", e.Entity()
					country = countryOf(code)
				} else {
					code, named = e.Code, e.Entity()
					country = countryOf(code)
				}
				mt.Kind = KindOrg
				sectors = nil
			default:
				goto done
			}
			end = n.end
			j++
		}
	done:
		// a transnational group's branch in one state: "Al Qaeda's Yemen
		// branch", "Islamic State's Afghan affiliate" fight there, that
		// state's rebels (groups.txt: regional affiliates take the
		// country where they fight, as AQAP is YEMREB)
		if r.p.kind == KindOrg && strings.HasPrefix(code, "IMG") && end == r.end && !mt.Person && end+1 < len(toks) && isPoss(toks[end]) &&
			j < len(raws) && raws[j].start == end+1 && (raws[j].p.kind == KindCountry || raws[j].p.kind == KindAdjective) && !raws[j].p.compound &&
			raws[j].end < len(toks) && isBranchNoun(toks[raws[j].end].Lower) {
			if c := countryOf(raws[j].p.entries[0].Code); c != "" && len(raws[j].p.entries[0].Code) == 3 {
				code, country, named, sectors = c+"REB", c, "", nil
				end = raws[j].end + 1
				j++
			}
		}
		// a state and the surname of one of its office holders: "Russia's
		// Lavrov", "Israel's Netanyahu"
		if (r.p.kind == KindCountry || r.p.kind == KindAdjective || r.p.kind == KindCapital) && !r.p.compound && code == "" &&
			len(sectors) == 0 && !mt.Person && end == r.end {
			k := end
			if k < len(toks) && isPoss(toks[k]) {
				k++
			}
			if k < len(toks) && toks[k].Tag == "NNP" && !rawAt(raws, k) && (k+1 == len(toks) || toks[k+1].Tag != "NNP") {
				if c, name := m.holder(toks[k].Lower, country, date); c != "" {
					code, named, end, mt.Person, mt.Kind = c, name, k+1, true, KindPerson
					j = i + 1
					for j < len(raws) && raws[j].start < end {
						j++
					}
				}
			}
		}
		// "two Myanmar staff members of the World Food Programme": people
		// of a state who work for an organisation are the organisation's
		if (r.p.kind == KindCountry || r.p.kind == KindAdjective) && code == "" && len(sectors) == 1 && sectors[0] == "CVL" && !mt.Person &&
			end+1 < len(toks) && toks[end].Lower == "of" {
			o := end + 1
			if toks[o].Lower == "the" {
				o++
			}
			for x := j; x < len(raws) && raws[x].start <= o; x++ {
				if raws[x].start == o && raws[x].p.kind == KindOrg && !raws[x].p.compound {
					e := pick(raws[x].p.entries, date)
					code, named, sectors = e.Code, e.Entity(), nil
					country = countryOf(code)
					mt.Kind = KindOrg
					end = raws[x].end
					j = x + 1
					break
				}
			}
		}
		// a state and an institution of it the dictionary lacks, named
		// in capitals: "Nigeria's Department of State Services", "the
		// Nigerian National Investigation Agency"
		if (r.p.kind == KindCountry || r.p.kind == KindAdjective) && !r.p.compound && code == "" && len(sectors) == 0 && !mt.Person && end == r.end {
			k := end
			if r.p.kind == KindCountry && k < len(toks) && isPoss(toks[k]) {
				k++
			}
			if k > end || r.p.kind == KindAdjective {
				if e, role := institutionRun(toks, raws, k); e > k {
					sectors, end, mt.Kind = []string{role}, e, KindAgent
					j = i + 1
					for j < len(raws) && raws[j].start < end {
						j++
					}
				}
			}
		}
		// nationality/agent + title + unknown capitalised name:
		// "Iranian Foreign Minister Abbas Araghchi", "UN nuclear watchdog
		// chief Rafael Grossi"
		k0 := end
		if end+1 < len(toks) && isTitleWord(toks[end].Lower) && (len(sectors) > 0 || code != "") {
			k0 = end + 1
		}
		if (len(sectors) > 0 || k0 > end || orgTitle) && !mt.Person && k0 < len(toks) && startsUpper(toks[k0].Text) && toks[k0].Tag == "NNP" &&
			(k0 > end || isTitledAgent(toks, r.start, end) || (country != "" || orgTitle || m.placeTitled(toks, mt.Start, end)) && (isHolderNoun(toks[end-1].Lower) || country != "" && privateTitle(toks[end-1].Lower)) && nameRun(toks, raws, k0) >= 2 ||
				(privateRoles(sectors) || conjoinedRebel(toks, raws, r.start, sectors)) && (isHolderNoun(toks[end-1].Lower) || privateTitle(toks[end-1].Lower) && toks[end-1].Lower != "activist") && nameRun(toks, raws, k0) >= 2) {
			// (a private person's or an opponent's title takes the name
			// too when no state is said: "opposition leader Rahul
			// Mehta", "veteran journalist Anna Hazare"; the context
			// gives the state: privateroles.go. "activist" was tried
			// and left out: it cost two held-out lines, s60)
			// (a lower-case title takes a name of two words or more: "US
			// peace envoy Anthony Zinni", "Iran's foreign minister Abbas
			// Araqchi")
			k := m.nameRunAt(toks, raws, k0)
			if k > k0 {
				end = k
				mt.Person = true
				if code == "" {
					mt.Kind = "title"
				}
				if code == "" && country == "" && k-k0 == 1 {
					// a title and the surname of people of one state:
					// "Prime Minister Sharon", "President Musharraf"
					// (and "President Lee", "Premier Li": titled_surname.go)
					if c, hc, name := m.titledSurname(toks[r.start:k0], toks[k0].Lower, date); c != "" {
						country = c
						if hc != "" {
							code, named, sectors, mt.Kind = hc, name, nil, KindPerson
						}
					}
				}
			}
		}
		if e := orgOrgan(toks, end); e > end && r.p.kind == KindOrg && strings.HasPrefix(code, "IGO") && !mt.Person {
			end = e // "the IAEA's board of governors": the organisation's own organ
			for j < len(raws) && raws[j].start < end {
				j++
			}
		}
		if e := m.ruledBy(toks, raws, j, end); e > end && code == "" && !mt.Person && len(sectors) == 1 && sectors[0] == "GOV" {
			end = e // "Congo's government of Laurent Kabila": the government (of_heads.go)
			for j < len(raws) && raws[j].start < end {
				j++
			}
		}
		i = j - 1
		if k := envoyToOrg(toks, raws, j, end); k > 0 && code == "" && country != "" && !mt.Person {
			// "the US ambassador to the UN, Linda Thomas-Greenfield": the
			// state's own diplomat; the organisation is no actor
			end, i = raws[k].end, k
		}
		if r.p.kind == KindOrg && mt.Start == r.start {
			// "a panel of UN experts", "a team of IAEA inspectors": the
			// organisation's own body acts for it; "the board of the
			// IAEA", "members of Hamas": any organisation's (of_heads.go)
			k := -1
			if strings.HasPrefix(code, "IGO") {
				k = headOf(toks, r.start)
			}
			if k < 0 {
				k = bodyOf(toks, r.start)
			}
			if k >= 0 && (len(out) == 0 || out[len(out)-1].End <= k) && !rawAt(raws, k) {
				mt.Start = k
			}
		}
		if mt.Kind == KindAgent && code == "" && len(sectors) == 1 && sectors[0] == "CVL" && toks[end-1].Lower == "national" && end < len(toks) &&
			startsUpper(toks[end-1].Text) && startsUpper(toks[end].Text) {
			i = j - 1
			continue // "the National Electoral Council": part of a name, no person
		}
		if k := m.nameTailAt(toks, raws, end); k > end && (mt.Person || r.p.kind == KindPerson) && !(i+1 < len(raws) && raws[i+1].start < k) {
			end = k // "Sheikh Tamim bin Hamad al-Thani": the rest of a known person's name (names.go)
		}
		if k := m.groupHeadAt(toks, end, sectors); k > end && code == "" && !mt.Person && !(i+1 < len(raws) && raws[i+1].start < k) {
			end = k // "Togo's opposition coalition", "a student federation": the body is the agent's (names.go)
		}
		if k := m.groupInitialsAt(toks, raws, end); k > end && code == "" && !mt.Person && len(sectors) == 1 {
			end = k // "the indigenous confederation CONAIE": the body's initials (names.go)
		}
		if k := partyName(toks, end); k > end && code == "" && country != "" && !mt.Person && len(sectors) == 1 && (sectors[0] == "OPP" || sectors[0] == "REB") {
			n := i // the bare party noun of the name is the name's: "main opposition United Democratic Party"
			for n+1 < len(raws) && raws[n+1].start < k && raws[n+1].end <= k && partyNounRaw(raws[n+1]) {
				n++
			}
			if !(n+1 < len(raws) && raws[n+1].start < k) {
				end, i = k, n // "Ghana's opposition New Patriotic Party": the group's name is the phrase's head
			}
		}
		mt.End = end
		// an agent used as a modifier is no actor: "military support",
		// "police station" (but "the military said", "troops withdrew")
		if mt.Kind == KindAgent && code == "" && !mt.Person && toks[end-1].Lower == "military" && end < len(toks) {
			// "military" as an adjective: "a military base" names a place
			// (still the target of an attack on it), "Israel's military
			// operations" are the state's acts
			if w := strings.TrimSuffix(toks[end].Lower, "s"); country == "" && (w == "base" || w == "installation" || w == "facilitie" || w == "facility") {
				mt.Modifier = true
			}
			if militaryActivity(toks[end].Lower) {
				sectors = nil
			}
		}
		if code == "" && country == "" || mt.Kind == KindAgent && code == "" {
			if k := m.personNounAt(toks, end); k > 0 && country != "" && k-end == 1 {
				// "a US Navy veteran": a person of that country
				sectors, end, mt.End, mt.Kind = []string{"CVL"}, k, k, KindAgent
			} else if (modifies(toks, end) && !unitOwner(sectors, toks, end) && !m.compassOf(toks, end) || peoplePlace(sectors, toks, end)) && !(country != "" && eventNounAt(toks, end) > 0) {
				if country == "" && !m.authoredAct(toks, mt, end) {
					continue
				}
				// "US government networks": a modifier, still the target of
				// an attack on them
				mt.Modifier = true
			}
		}
		if mt.Kind == KindAgent && code == "" && !mt.Person && isMission(toks[end-1].Lower) {
			if is, _ := building(toks, r.start); is && country == "" {
				continue // "the strike on the consulate": a building
			} else if is {
				// "the closure of Russia's consulate", "outside the US
				// embassy", "protesters stormed the French embassy":
				// the state's, attacked or not (gold README, "Conventions
				// fixed here": a mission as a building is its state)
				sectors = nil
			}
		}
		if mt.End < len(toks) && isPoss(toks[mt.End]) {
			mt.Possessive = true
		}
		if disguisedAs(toks, mt.Start) {
			mt.Modifier = true // "FARC rebels disguised as soldiers kidnapped": the soldiers are no one
		}
		// an adjective that modifies no actor is no mention ("Russian gas"),
		// unless it is a plural demonym used as a noun ("Israelis").
		if (r.p.kind == KindCountry || r.p.kind == KindCapital) && mt.Kind == r.p.kind && modifies(toks, end) && !mt.Possessive {
			mt.Modifier = true // "Guinea pigs", "the Gaza ceasefire": a noun modifier
		}
		if r.p.compound && mt.Kind == KindAdjective {
			mt.Modifier = true
			if strings.HasPrefix(r.p.entries[0].Code, "IGO") || len(r.p.entries[0].Code) > 3 {
				code, named = r.p.entries[0].Code, r.p.entries[0].Entity()
			} else if ownedVessel(toks, r.start, end) {
				sectors = []string{"BUS"} // "an Israel-linked container ship": that state's firms
			}
		} else if r.p.kind == KindAdjective && mt.Kind == KindAdjective {
			w := toks[end-1]
			if strings.HasSuffix(w.Lower, "s") && w.Tag == "NNS" || strings.HasSuffix(w.Lower, "s") && (end == len(toks) || !modifies(toks, end) && toks[end].Tag != "NNP") && strings.HasSuffix(r.p.words[len(r.p.words)-1], "s") {
				sectors = []string{"CVL"} // "Americans", "Israelis": the people
				if uprooted(toks, r.start) || uprootedAfter(toks, end) {
					sectors = []string{"REF"} // "undocumented Afghans", "displaced Sudanese": refugees
				} else if objectDemonym(toks, r.start, end) || nationSpeaks(toks, r.start, end) {
					sectors = nil // "aid to Palestinians in Gaza": the nation
				}
				mt.Kind = KindAgent
			} else if ethnicPeople(toks, r.start, end) {
				// "killed 33 ethnic Vietnamese", "attacks on ethnic
				// Chinese": a people, its civilians; ethnicKin below
				// leaves its country to the place of the act
				sectors = []string{"CVL"}
				mt.Kind = KindAgent
			} else if counted(toks, r.start) && (end == len(toks) || !headNoun(toks[end])) {
				sectors = []string{"CVL"} // "12 million Sudanese had fled": the people
				mt.Kind = KindAgent
			} else if r.start > 0 && (toks[r.start-1].Lower == "a" || toks[r.start-1].Lower == "an") && (end == len(toks) || !headNoun(toks[end])) &&
				!(end+1 < len(toks) && (toks[end+1].Tag == "NN" || toks[end+1].Tag == "NNS")) { // (not "a Philippine supply boat": a thing of the state's)
				sectors = []string{"CVL"} // "a Briton was arrested", "an Israeli was killed": a person
				mt.Kind = KindAgent
			} else if eventNounAt(toks, end) > 0 {
				// "Israeli air strikes", "Russian shelling": the actor of
				// the nominal event, coded as the country alone
			} else if k := rescueTeamAt(toks, end); k > 0 {
				// "Turkish rescue teams arrived in Myanmar": a state's
				// teams sent to help, the country alone (as "rescue
				// teams from Turkey")
				end = k
			} else if k := m.personNounAt(toks, end); k > 0 {
				sectors = []string{"CVL"} // "an American basketball player", "a US Navy veteran"
				if m.companyStaff(toks, raws, k) {
					sectors = []string{"BUS"} // "a Japanese employee of drugmaker Astellas" (company_staff.go)
				}
				mt.Kind = KindAgent
				end = k
			} else if end < len(toks) && charityNoun(toks[end].Lower) {
				// "six members of a French charity", "a rescue ship run by
				// the German charity Jugend Rettet": that state's NGO (a bare
				// "the charity" names no state and stays no actor)
				sectors = []string{"NGO"}
				mt.Kind = KindAgent
				end++
			} else if end < len(toks) && militaryNoun(toks[end].Lower) && (end+1 == len(toks) || !headNoun(toks[end+1]) || startsUpper(toks[end+1].Text) || verbLike(toks, end+1)) {
				// (the head noun: "an Israeli drone struck", not "a Chinese
				// drone maker")
				sectors = []string{"MIL"} // "Russian positions", "a Russian column"
				mt.Kind = KindAgent
				end++
			} else {
				mt.Modifier = true // "US goods", "Russian gas": usable as a target only
			}
			mt.End = end
		}
		if (mt.Kind == KindAgent || mt.Kind == "title" && (country != "" || formerAcross(toks, mt.Start))) && code == "" && (formerIn(toks, mt.Start, end) || formerAcross(toks, mt.Start) && !hasRole(sectors, "MIL")) {
			// "a former Peruvian minister", "a former opposition lawmaker":
			// no longer in the role, the country alone (a title after a
			// place's name, "former Chiapas governor Absalon Castellanos",
			// too: its country comes from the context, events/)
			sectors = nil
		}
		if mt.Kind == KindAgent && code == "" && country != "" && !mt.Person && ethnicKin(toks, mt.Start, sectors) {
			// "ethnic Armenian separatists in Nagorno-Karabakh", "Ethnic
			// Albanian protesters in Macedonia": a people named by its
			// kin state's adjective, not that state's; the country stays
			// open (the place of the act may give it, events/)
			country = ""
		}
		if mt.Kind == KindAgent && code == "" && country == "" && !mt.Person && syrianKurds(toks, mt.Start, sectors, date) {
			// "Kurdish militias shelled Kilis", "Kurdish forces attacked
			// the enclave": since 2012 the Kurdish armed groups of the
			// news are Syria's YPG and the SDF it leads (groups.txt:
			// SYRREB), not a state's forces; Iraq's peshmerga (a sentence
			// naming Iraq) and a Turkish or Iranian Kurdish group keep
			// the general rule
			code, country, sectors = "SYRREB", "SYR", nil
		}
		if (mt.Kind == KindAgent || mt.Kind == "title") && code == "" && hasRole(sectors, "GOV") && shadowIn(toks, mt.Start, end) {
			// "the shadow home secretary", "Shadow Foreign Affairs
			// Minister": the opposition's spokesperson for that office,
			// OPP (CODING.md: opposition parties and leaders), not a
			// minister
			sectors = []string{"OPP"}
		}
		if mt.Kind == KindAgent && code == "" && !mt.Person && len(sectors) == 1 && sectors[0] == "CVL" && displacedPeople(toks, mt.Start, end) {
			sectors = []string{"REF"} // "people displaced by fighting", "displaced families": refugees (displaced.go)
		}
		if mt.Kind == KindAgent && code == "" && hasRole(sectors, "GOV") && ousted(toks, mt.Start, end) && !exiledGovernment(toks, mt.Start, end) {
			// "Bolivia's ousted leader", "the deposed president", "Iran's
			// late president": out of office, the country alone as for
			// "former"
			sectors = nil
		}
		if mt.Kind == KindOrg && len(code) == 6 && strings.HasSuffix(code, "GOV") && end > mt.Start+1 && formerOfficer(toks[end-1].Lower) && formerIn(toks, mt.Start, end) {
			code = code[:3] // "a former Home Office minister", "a former Pentagon official": the country alone
		}
		if mt.Kind == KindOrg && stateOrgan(code) && !hasRole(rolesOf(code), "MIL") && formerOfficerOf(toks, mt.Start) {
			code = countryOf(code) // "a former director of the National Intelligence Service": the country alone
		} else if mt.Kind == KindAgent && code == "" && len(sectors) > 0 && stateOrgan("USA"+strings.Join(sectors, "")) && !hasRole(sectors, "MIL") && formerOfficerOf(toks, mt.Start) {
			sectors = nil // "a former commander of the army": the country alone
		}
		switch {
		case code != "":
			if len(sectors) > 0 && len(code) == 3 {
				code += strings.Join(sectors, "")
			}
		case country != "":
			code = country + strings.Join(sectors, "")
		default:
			code = strings.Join(sectors, "")
			mt.Unresolved = true
			mt.Plural = toks[end-1].Tag == "NNS"
		}
		mt.Code = code
		mt.Country = country
		mt.Sectors = rolesOf(code)
		// the canonical name: the entity matched for an organisation
		// ("Syrian Democratic Forces" for SDF, not the first group coded
		// SYRREB), the country's for state actors, people included ("North
		// Korea" for PRKGOV, not the ruling party's nor Kim Jong Un), the
		// organisation's for the people who lead one ("International
		// Atomic Energy Agency" for Rafael Grossi): a name stands for the
		// code in the store's actor and dyad lists, and the person is in
		// the mention's text. An organisation that is a state's organ
		// (stateOrgan: "White House" USAGOV, "Pentagon", "Kremlin") takes
		// its country's name too, so a code has one name in events and
		// lists alike ("United States" for USAGOV, however named)
		switch {
		case named != "" && !mt.Person && mt.Kind != KindPerson && !stateOrgan(code):
			mt.Name = named
		case stateOrgan(code):
			mt.Name = m.dict.Name(code) // the country's
		case country != "" && mt.Kind != KindOrg:
			mt.Name = m.dict.Name(country)
		default:
			mt.Name = m.dict.Name(code)
		}
		if mt.Name == "" {
			mt.Name = m.dict.Name(country)
		}
		if mt.roleCode != "" && (formerIn(toks, mt.Start, mt.End) || DeposedAt(toks, mt.Start-1)) {
			mt.roles, mt.roleCode = nil, "" // "former President X", "supporters of deposed President X": out of office whatever the event's date (Redate)
		}
		first := mt.Start
		if first > 0 && (toks[first-1].Lower == "the") {
			first--
		}
		mt.Text = s.Text[toks[first].Start:toks[mt.End-1].End]
		mt.Span = [2]int{toks[first].Start, toks[mt.End-1].End}
		out = append(out, mt)
	}
	return out
}

// disjoint keeps mentions from overlapping, as Find promises: of two that
// overlap (in order of start), the longer stays ("Iraqi Iraq citizen", not
// also "Iraq citizen" inside it).
func disjoint(ms []Mention) []Mention {
	out := ms[:0]
	for _, mn := range ms {
		if n := len(out); n > 0 && mn.Span[0] < out[n-1].Span[1] {
			if mn.Span[1]-mn.Span[0] > out[n-1].Span[1]-out[n-1].Span[0] {
				out[n-1] = mn
			}
			continue
		}
		out = append(out, mn)
	}
	return out
}

// ownersProperty reports a nationality adjective (raws[i]) followed right
// away by a noun of the [private property] list that no other match
// begins and that ends the noun phrase: "Palestinian homes", "Palestinian
// farmland" (but not "Palestinian homes minister", a noun after it,
// "Palestinian homes and livestock pens", a list of things, nor
// "Palestinian" before an agent).
func (m *Matcher) ownersProperty(toks []dyad.Token, raws []raw, i int) bool {
	e := raws[i].end
	if e >= len(toks) || !m.words.property[toks[e].Lower] || i+1 < len(raws) && raws[i+1].start <= e {
		return false
	}
	if e+1 >= len(toks) {
		return true
	}
	// (a list of things after it, "Palestinian homes and livestock pens",
	// is the nationality's buildings in a place, not its people's: the
	// bare state, as before)
	switch toks[e+1].Lower {
	case "and", "or", ",":
		return false
	}
	return toks[e+1].Tag != "NN" && toks[e+1].Tag != "NNS" && toks[e+1].Tag != "NNP"
}
