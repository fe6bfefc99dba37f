package actors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/internal/wordset"
	"github.com/dyad-events/dyad/sentences"
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
	// words holds the word lists of data/words/words.txt (words.go)
	words *matchWords
}

// case rules of a pattern word (see the package's format notes).
const (
	anyCase   = iota // written in lower case: matches any case
	capFirst         // Capitalised: the text's first letter must be upper case
	exactCase        // ALL CAPS (2+ letters): must match exactly
	// acronymCase: ALL CAPS of 3+ letters that is no ordinary word:
	// exactly or in title case, as the Guardian and the BBC write
	// acronyms ("FARC" or "Farc", "UNICEF" or "Unicef"; acronyms.go)
	acronymCase
)

type pattern struct {
	words   []string // lower case
	exact   []string // as written in the dictionary
	rules   []uint8
	kind    string
	entries []Entry // one per dated role of the same phrase and kind
	// compound marks a synthetic pattern for "X-flagged" words: always a
	// modifier, whatever follows (CODING.md: "UN-backed", "Saudi-led"
	// name no actor).
	compound bool
}

// NewMatcher indexes the dictionary's phrases and loads the word lists
// of the embedded actors/data/words/words.txt (words.go), which the
// package tests check parse (it panics on a malformed one).
func NewMatcher(d *Dictionary) *Matcher {
	m := &Matcher{dict: d, first: make(map[string][]*pattern, len(d.Entries)), surname: map[string]string{}, words: defaultMatchWords()}
	byKey := make(map[string]*pattern, len(d.Entries))
	m.bearers = map[string][]*pattern{}
	plain := map[string]bool{} // surnames some person's full name ends in as written
	addSurname := func(p *pattern, e Entry) {
		for _, last := range surnameKeys(p.words[len(p.words)-1], plain) {
			c := countryOf(e.Code)
			if prev, ok := m.surname[last]; ok && prev != c {
				c = ""
			}
			m.surname[last] = c
		}
	}
	var persons []*pattern // person patterns in file order, for the surnames below
	for _, e := range d.Entries {
		key := e.Kind + "\x00" + e.Phrase
		if p, ok := byKey[key]; ok {
			p.entries = append(p.entries, e)
			continue
		}
		toks := sentences.Tokenize(e.Phrase)
		if len(toks) == 0 {
			continue
		}
		p := &pattern{kind: e.Kind, entries: []Entry{e}}
		for _, t := range toks {
			p.words = append(p.words, t.Lower)
			p.exact = append(p.exact, t.Text)
			p.rules = append(p.rules, caseRule(t.Text))
		}
		byKey[key] = p
		m.acronymRules(p)
		if e.Kind == KindPerson {
			persons = append(persons, p)
		}
		m.first[p.words[0]] = append(m.first[p.words[0]], p)
		if v := dotted(p); v != nil {
			// "U.N. agency for Palestinian refugees" for "UN agency for
			// Palestinian refugees": wire style writes both, the files list one
			if _, ok := byKey[e.Kind+"\x00"+strings.Join(v.exact, " ")]; !ok {
				m.first[v.words[0]] = append(m.first[v.words[0]], v)
			}
		}
		// plural demonyms as nouns: "Americans", "Israelis", "Palestinians",
		// and of two or more words the last made plural: "South Koreans",
		// "Sri Lankans", "Costa Ricans"
		if n := len(p.words); e.Kind == KindAdjective && pluralizable(p.words[n-1]) {
			pl := &pattern{kind: KindAdjective, entries: p.entries, rules: p.rules,
				words: slices.Concat(p.words[:n-1], []string{p.words[n-1] + "s"}), exact: slices.Concat(p.exact[:n-1], []string{p.exact[n-1] + "s"})}
			m.first[pl.words[0]] = append(m.first[pl.words[0]], pl)
		}
	}
	for _, p := range persons {
		if v := undotted(p); v != nil {
			// "Surangel Whipps Jr" for the file's "Surangel Whipps Jr.":
			// wires drop the suffix's period (actors/suffix.go)
			m.first[v.words[0]] = append(m.first[v.words[0]], v)
		}
	}
	byLast := map[string][]*pattern{}
	for _, p := range persons {
		if len(p.words) >= 2 {
			byLast[p.words[len(p.words)-1]] = append(byLast[p.words[len(p.words)-1]], p)
		}
	}
	for w := range byLast {
		plain[w] = true
	}
	for _, p := range persons {
		if len(p.words) < 2 || overshadowed(p, byLast[p.words[len(p.words)-1]]) {
			continue
		}
		for _, last := range surnameKeys(p.words[len(p.words)-1], plain) {
			m.bearers[last] = append(m.bearers[last], p)
		}
		for _, e := range p.entries {
			addSurname(p, e)
		}
	}
	m.ranked = make(map[string][]*pattern, len(m.first))
	for w, ps := range m.first {
		r := slices.Clone(ps)
		slices.SortStableFunc(r, func(a, b *pattern) int {
			if len(a.words) != len(b.words) {
				return len(b.words) - len(a.words)
			}
			return kindRank[b.kind] - kindRank[a.kind]
		})
		m.ranked[w] = r
		m.firsts.Add(w)
	}
	return m
}

// overshadowed reports a person whose every dated term lies within the
// term of a namesake of another state, among others (the person patterns
// sharing p's last word), that began no later and ended no sooner:
// Romania's Ludovic Orban (prime minister 2019-2020) while Viktor Orbán
// has led Hungary since 2010, Timor-Leste's Francisco Guterres (president
// 2017-2022) while António Guterres has led the UN since 2017-01-01. The
// lone surname never was the lesser namesake's alone, so it keeps naming
// the other: such a person is matched by full name only, and left out of
// the surname lookups (Holder, "Prime Minister Orban", "the Orban
// government"). Namesakes whose terms do not nest both stay (Tony Blair
// 1997-2007, Bill Blair from 2018): a lone "Blair" is theirs to share.
func overshadowed(p *pattern, others []*pattern) bool {
	if len(p.entries) == 0 {
		return false
	}
	for _, e := range p.entries {
		if e.From == "" || e.To == "" {
			return false
		}
	}
	for _, q := range others {
		if q == p || gazetteer.Key(q.words[0]) == gazetteer.Key(p.words[0]) {
			continue
		}
		within := true
		for _, e := range p.entries {
			found := false
			for _, f := range q.entries {
				if countryOf(f.Code) != countryOf(e.Code) && f.From != "" && f.From <= e.From && (f.To == "" || f.To >= e.To) {
					found = true
					break
				}
			}
			if !found {
				within = false
				break
			}
		}
		if within {
			return true
		}
	}
	return false
}

// dottedAbbrev maps the all-caps abbreviations that wire style also
// writes with full stops to that spelling.
var dottedAbbrev = map[string]string{"UN": "U.N.", "US": "U.S.", "UK": "U.K."}

// dotted returns p's phrase with its first word, an abbreviation of
// dottedAbbrev ("UN humanitarian office"), spelt with full stops ("U.N.
// humanitarian office"), sharing p's entries; nil for any other phrase
// and for the abbreviation alone (the files list "U.S." and "U.N." as
// entries of their own).
func dotted(p *pattern) *pattern {
	d, ok := dottedAbbrev[p.exact[0]]
	if !ok || len(p.words) < 2 {
		return nil
	}
	v := &pattern{kind: p.kind, entries: p.entries,
		words: slices.Clone(p.words), exact: slices.Clone(p.exact), rules: slices.Clone(p.rules)}
	v.words[0], v.exact[0] = strings.ToLower(d), d
	return v
}

func pluralizable(w string) bool {
	for _, suf := range []string{"ese", "s", "sh", "ch", "x", "z"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return len(w) > 3
}

func caseRule(w string) uint8 {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return anyCase
	}
	letters, upper := 0, 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters {
		return exactCase
	}
	return capFirst
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
	var raws []raw
	title := -1 // titleCased(toks), computed when first needed
	for i := 0; i < len(toks); {
		best := m.longest(toks, i)
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

// regionAcronym reports a news outlet's name (an org coded …MED) of one
// word followed by a noun of [region heads]: "the MENA region", "MENA
// countries" name the Middle East and North Africa, not the agency.
func (m *Matcher) regionAcronym(toks []dyad.Token, r raw) bool {
	return r.p.kind == KindOrg && r.end-r.start == 1 && r.end < len(toks) && strings.HasSuffix(r.p.entries[0].Code, "MED") && m.words.regionHeads[toks[r.end].Lower]
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
// the state's military; a capitalised role
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

// compoundSuffixes make "X-flagged", "X-linked" … a modifier naming X
// (CODING.md: "UN-backed" names no actor).
var compoundSuffixes = map[string]bool{"flagged": true, "linked": true, "owned": true, "registered": true,
	"based": true, "backed": true, "led": true, "made": true, "allied": true, "aligned": true, "funded": true,
	"supported": true, "controlled": true, "run": true, "operated": true, "sponsored": true, "built": true,
	"administered": true, "occupied": true, "held": true, "annexed": true, "brokered": true, "mediated": true,
	"affiliated": true, "inspired": true, "friendly": true,
	"patrolled": true, "monitored": true, "guarded": true, "enforced": true, "imposed": true, "designated": true}

// CompoundSuffix reports w (lower case) as the second half of a compound
// modifier naming who backs, leads, patrols or owns a thing: "backed" in
// "UN-backed", "patrolled" in "U.N.-patrolled".
func CompoundSuffix(w string) bool { return compoundSuffixes[w] }

// OriginModifier reports w (lower case) as a compound adjective of origin,
// style or period, "colonial-era", "Soviet-style", "German-born",
// "Chinese-made": the nationality in it or right before it ("a Spanish
// colonial-era church") tells where a thing or person comes from and
// names no actor.
func OriginModifier(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 {
		return false
	}
	switch w[h+1:] {
	case "era", "style", "born", "made", "built", "designed", "type":
		return true
	}
	return false
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

// agentWords reports whether words (lower case) are also the phrase of an
// agent pattern: "foreign office" is a role noun of agents.txt as well as
// the UK's organ in metonyms.txt.
func (m *Matcher) agentWords(words []string) bool {
	for _, p := range m.first[words[0]] {
		if p.kind == KindAgent && slices.Equal(p.words, words) {
			return true
		}
	}
	return false
}

// kindRank breaks ties between patterns of the same length: a named
// organisation or person beats a role noun ("State Department").
var kindRank = map[string]int{KindAgent: 1, KindAdjective: 2, KindCapital: 3, KindCountry: 4, KindOrg: 5, KindPerson: 6}

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
// one holds a role on date, the one person of one state who held one
// before gives that state's code alone ("merkel" in 2024: DEU). ok is
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
				if former.Code == "" && e.EndedBefore(date) {
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

// guarded reports matches that are known traps: "Washington state",
// a country name that is part of a person's name ("Chad Smith",
// "Michael Jordan"), "Georgia" next to a US place.
func (m *Matcher) guarded(toks []dyad.Token, r raw) bool {
	if r.p.kind == KindPerson && len(r.p.words) == 1 {
		return loneGuard(toks, r.start)
	}
	if waterBody(toks, r) {
		return true // "the Indian Ocean", "the South China Sea", "the Gulf of Aden": the water, no party
	}
	if r.p.kind != KindCountry && r.p.kind != KindCapital {
		return false
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

// isHolderNoun lists singular role nouns a name may follow: "envoy",
// "minister", "spokesman".
func isHolderNoun(w string) bool {
	switch w {
	case "envoy", "minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
		"leader", "commander", "chief", "general", "premier", "chancellor", "governor", "mayor", "official",
		"negotiator", "diplomat", "prosecutor", "judge", "lawmaker", "senator", "adviser", "advisor":
		return true
	}
	return false
}

// nameRun returns how many capitalised NNP words that start no dictionary
// match follow from token k (at most 4).
func nameRun(toks []dyad.Token, raws []raw, k int) int {
	n := 0
	for k+n < len(toks) && n < 4 && toks[k+n].Tag == "NNP" && startsUpper(toks[k+n].Text) && !rawAt(raws, k+n) {
		n++
	}
	return n
}

// titleRole reports role codes whose nouns are titles before a name
// (government, military, police, courts, legislators, opposition,
// parties, rebels, intelligence).
func titleRole(code string) bool {
	switch code[:3] {
	case "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SPY", "UAF":
		return true
	}
	return false
}

// titleCased reports a headline written in title case, where a capital
// says nothing about names: four words or more and no lower-case word of
// four letters or more ("Police Arrest Protesters in Paris"). A sentence
// full of names still has its verbs in lower case.
func titleCased(toks []dyad.Token) bool {
	words := 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsLower(r) && utf8.RuneCountInString(t.Text) >= 4 {
			return false
		}
	}
	return words >= 4
}

// isBranchNoun reports a noun naming a group's regional offshoot:
// "Al Qaeda's Yemen branch", "Islamic State's Afghan affiliate".
func isBranchNoun(w string) bool {
	switch w {
	case "branch", "affiliate", "franchise", "offshoot", "wing":
		return true
	}
	return false
}

// isTitleWord lists role nouns that may follow an organisation before
// its holder's name: "watchdog chief Rafael Grossi".
func isTitleWord(w string) bool {
	switch w {
	case "chief", "head", "boss", "commander", "director", "secretary-general", "chairman", "chair", "president", "envoy", "spokesman", "spokeswoman", "leader":
		return true
	}
	return false
}

// headOf returns the start of "a panel of", "a team of" (a collective
// noun, "of" and an optional "the") that ends just before token k, the
// start of an organisation's name; -1 when there is none. ("The head of
// the WFP" waits: it would give the verb coder sources it still codes
// wrongly, "warned that … famine" as a threat.)
func headOf(toks []dyad.Token, k int) int {
	j := k - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j].Lower != "of" {
		return -1
	}
	switch toks[j-1].Lower {
	case "head", "chief", "director", "director-general", "secretary-general", "chairman", "chair", "panel", "team":
	default:
		return -1
	}
	j--
	if j > 0 && (toks[j-1].Lower == "the" || toks[j-1].Lower == "a") {
		j--
	}
	return j
}

// rawAt reports whether a dictionary match starts at token k.
func rawAt(raws []raw, k int) bool {
	for _, r := range raws {
		if r.start == k {
			return true
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

// assemble merges raw matches into noun-phrase mentions.
func (m *Matcher) assemble(s *dyad.Sentence, raws []raw, date string) []Mention {
	toks := s.Tokens
	var out []Mention
	var listRoles []string // roles shared by a coordinated list: "diplomats from Iran, Britain and France"
	listEnd := -1
	for i := 0; i < len(raws); i++ {
		r := raws[i]
		asEnd := r.end
		if len(r.p.entries) > 0 && r.p.entries[0].Code == "BUS" {
			asEnd = len(toks) // "as investors fretted": a market's mood, no "as" clause's actor (asClause)
		}
		if r.p.kind == KindAgent && notActorAgent(toks, r.start, asEnd) {
			// "Baltic leaders", "foreign media", "appeared in court", "as a
			// private citizen": no actor, and nothing after joins it
			for i+1 < len(raws) && raws[i+1].start == r.end && raws[i+1].p.kind == KindAgent {
				i++
				r = raws[i]
			}
			continue
		}
		mt := Mention{Start: r.start, End: r.end, Kind: r.p.kind}
		country, sectors, code := "", []string(nil), ""
		named := ""      // the entity of the org or person entry that decided code
		ofState := false // an agent with "of" and a state after it: "the governor of Nigeria"
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
			// "its ambassador from Israel" is its own, not Israel's
			owned := r.start > 0 && (toks[r.start-1].Tag == "PRP$")
			if i+1 < len(raws) && raws[i+1].start == r.end+gap && !owned && (toks[r.end].Lower == "of" || toks[r.end].Lower == "from" || toks[r.end].Lower == "in" && !hasRole(sectors, "MIL")) &&
				(raws[i+1].p.kind == KindCountry || raws[i+1].p.kind == KindOrg && toks[r.end].Lower != "in" ||
					raws[i+1].p.kind == KindCapital && toks[r.end].Lower == "in" && (toks[r.end-1].Lower == "officials" || toks[r.end-1].Lower == "authorities") &&
						toks[raws[i+1].start].Lower != "brussels") { // "officials in Washington" (in Brussels they are the EU's)
				if raws[i+1].p.kind == KindOrg {
					e := pick(raws[i+1].p.entries, date) // "the leaders of the G7"
					code, named = e.Code, e.Entity()
					sectors = nil
				}
				country = raws[i+1].p.entries[0].Code
				mt.End = raws[i+1].end
				ofState = raws[i+1].p.kind == KindCountry && toks[r.end].Lower == "of"
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
		if ofState && mt.Kind == KindAgent && !mt.Person && len(sectors) == 1 && sectors[0] == "GOV" {
			if e := m.unitOfState(toks, end); e > end {
				// "the governor of Nigeria's Zamfara state": the official
				// of a unit of that state, the state's (not its owner)
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
						// workers are their country's labour, not the firm
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
			(k0 > end || isTitledAgent(toks, r.start, end) || (country != "" || orgTitle || m.placeTitled(toks, mt.Start, end)) && (isHolderNoun(toks[end-1].Lower) || country != "" && privateTitle(toks[end-1].Lower)) && nameRun(toks, raws, k0) >= 2) {
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
					if c := m.surnameOn(toks[k0].Lower, date); c != "" {
						country = c
						if hc, name := m.holder(toks[k0].Lower, c, date); hc != "" {
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
		i = j - 1
		if k := envoyToOrg(toks, raws, j, end); k > 0 && code == "" && country != "" && !mt.Person {
			// "the US ambassador to the UN, Linda Thomas-Greenfield": the
			// state's own diplomat; the organisation is no actor
			end, i = raws[k].end, k
		}
		if r.p.kind == KindOrg && mt.Start == r.start && strings.HasPrefix(code, "IGO") {
			// "a panel of UN experts", "a team of IAEA inspectors": the
			// organisation's own body acts for it
			if k := headOf(toks, r.start); k >= 0 && (len(out) == 0 || out[len(out)-1].End <= k) && !rawAt(raws, k) {
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
		if k := partyName(toks, end); k > end && code == "" && country != "" && !mt.Person && len(sectors) == 1 && (sectors[0] == "OPP" || sectors[0] == "REB") &&
			!(i+1 < len(raws) && raws[i+1].start < k) {
			end = k // "Ghana's opposition New Patriotic Party": the group's name is the phrase's head
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
			if k := personNounAt(toks, end); k > 0 && country != "" && k-end == 1 {
				// "a US Navy veteran": a person of that country
				sectors, end, mt.End, mt.Kind = []string{"CVL"}, k, k, KindAgent
			} else if (modifies(toks, end) && !unitOwner(sectors, toks, end) || peoplePlace(sectors, toks, end)) && !(country != "" && eventNounAt(toks, end) > 0) {
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
				if uprooted(toks, r.start) {
					sectors = []string{"REF"} // "undocumented Afghans", "displaced Sudanese": refugees
				} else if objectDemonym(toks, r.start, end) || nationSpeaks(toks, r.start, end) {
					sectors = nil // "aid to Palestinians in Gaza": the nation
				}
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
			} else if k := personNounAt(toks, end); k > 0 {
				sectors = []string{"CVL"} // "an American basketball player", "a US Navy veteran"
				mt.Kind = KindAgent
				end = k
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
		if (mt.Kind == KindAgent || mt.Kind == "title" && country != "") && code == "" && formerIn(toks, mt.Start, end) {
			// "a former Peruvian minister", "a former opposition lawmaker":
			// no longer in the role, the country alone
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
		if mt.Kind == KindAgent && code == "" && hasRole(sectors, "GOV") && ousted(toks, mt.Start, end) {
			// "Bolivia's ousted leader", "the deposed president", "Iran's
			// late president": out of office, the country alone as for
			// "former"
			sectors = nil
		}
		if mt.Kind == KindOrg && len(code) == 6 && strings.HasSuffix(code, "GOV") && end > mt.Start+1 && formerOfficer(toks[end-1].Lower) && formerIn(toks, mt.Start, end) {
			code = code[:3] // "a former Home Office minister", "a former Pentagon official": the country alone
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

// isModifiedNoun reports a lower-case common noun or adjective right
// after an agent, which makes the agent its modifier.
func isModifiedNoun(t dyad.Token) bool {
	if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" {
		return false
	}
	switch t.Lower {
	case "last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "overnight", "early", "late", "again", "too", "alone", "themselves", "itself":
		return false // a date or adverb after the agent: "the army last month"
	}
	switch strings.TrimSuffix(t.Lower, "s") {
	case "drone", "jet", "helicopter", "warship", "vessel", "convoy", "base", "position", "patrol", "post",
		"unit", "vehicle", "plane", "aircraft", "ship", "boat", "tank", "checkpoint", "camp", "barrack",
		"headquarter", "outpost", "officer", "personnel", "commander", "chief", "official", "member",
		"troop", "soldier", "force", "fighter", "crew", "spokesman", "spokeswoman", "spokesperson", "target", "station", "building", "compound", "academy", "depot",
		"airport", "airfield", "airbase":
		return false // the unit itself: "a Malian army drone", "police officers"
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// modifies reports whether the token at i, right after an actor, is a
// common noun or adjective that the actor modifies ("Russian gas"), not a
// verb the tagger left as a noun ("the Greek navy shadowed a frigate").
func modifies(toks []dyad.Token, i int) bool {
	if i < len(toks) {
		switch toks[i].Lower {
		case "talks", "ties", "relations", "cooperation", "contacts", "links", "spending", "budget", "aid":
			return true // "restart military talks": tagged as a verb or not, a topic
		case "attacks", "strikes", "raids", "threats", "plots", "bombings", "cells", "networks":
			// "terrorist attacks in the UK": a plural noun the tagger took
			// for a verb ("the army attacks the city" has its object next,
			// as "Russia attacks Ukraine" has a name: not a date, "Russian
			// strikes Monday")
			named := i+1 < len(toks) && toks[i+1].Tag == "NNP" && !dateName(toks[i+1].Lower)
			return !verbLike(toks, i) && !named
		}
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].Tag == "NNS" && strings.HasSuffix(toks[i].Lower, "ing") && placePrep(toks[i+1].Lower) {
		return false // a participle after plural people: "Iranian gunboats operating near the strait"
	}
	return i < len(toks) && isModifiedNoun(toks[i]) && !verbLike(toks, i)
}

// placePrep reports a preposition of place that, after an "-ing" word,
// makes it a participle: "operating near", "serving in".
func placePrep(w string) bool {
	switch w {
	case "near", "off", "along", "around", "across", "inside", "outside", "in", "close":
		return true
	}
	return false
}

// verbLike reports a word tagged as a noun that reads as a verb in
// context: a past form the lexicon does not know ("shadowed", "ousted",
// "presented") or a word followed by a determiner or possessive ("help
// Ukraine rebuild its army").
func verbLike(toks []dyad.Token, i int) bool {
	w := toks[i].Lower
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.ContainsRune(w, '-') && !edNoun(w) || irregularPast(w) {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "DT", "PRP$":
			return true
		}
	}
	return false
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

// irregularPast lists irregular past forms that are no nouns: "North
// Korean hackers stole", "an Israeli drone struck".
func irregularPast(w string) bool {
	switch w {
	case "stole", "struck", "took", "sent", "fled", "met", "won", "lost", "held", "told", "said", "gave", "went", "came",
		"ran", "began", "broke", "brought", "built", "bought", "caught", "chose", "drew", "drove", "fell", "fought",
		"found", "flew", "grew", "hid", "kept", "knew", "meant", "paid", "rose", "saw", "sold", "shook", "sank", "spoke",
		"spent", "stood", "swept", "swore", "tore", "thought", "threw", "wrote", "withdrew", "overran", "overthrew",
		"sought", "shot", "seized", "led", "left", "made", "got", "became", "hit", "killed",
		// present forms the tagger may take for plurals after a name ("The
		// UK remains committed")
		"remains", "says", "insists", "wants", "seeks", "warns", "urges", "denies", "accuses":
		return true
	}
	return false
}

// edNoun lists nouns and adjectives ending in -ed that are no verb forms.
func edNoun(w string) bool {
	switch w {
	case "hundred", "speed", "creed", "breed", "greed", "steed", "tweed", "seabed", "bloodshed", "watershed",
		"hatred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "wretched", "beloved", "aged",
		"armed", "embed", "airbed", "seaweed", "proceed":
		return true
	}
	return false
}

// eventNounAt returns the end of an event noun (after at most two noun
// modifiers) starting at token i, or 0: "air strikes", "military drills",
// "shelling". An actor modifying it is the nominal event's actor ("the
// Israeli strike on Jabalia was condemned"), not a mere modifier.
func eventNounAt(toks []dyad.Token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if startsUpper(t.Text) {
			return 0
		}
		switch strings.TrimSuffix(t.Lower, "s") {
		case "strike", "airstrike", "attack", "raid", "drill", "exercise", "offensive", "bombing", "bombardment",
			"shelling", "incursion", "invasion", "blockade", "crackdown", "assault", "shootdown",
			"counteroffensive", "counter-offensive":
			return k + 1
		}
		if t.Tag != "NN" && t.Tag != "JJ" || verbLike(toks, k) {
			return 0
		}
	}
	return 0
}

// nounBridge reports whether tokens [a, b) are one or two lower-case
// noun or adjective modifiers that may stand between a nationality and
// an agent noun: "federal" in "Ethiopian federal troops", "air" in
// "Iranian air defences". Plurals, verbs and dates end the phrase
// ("Chinese batteries worries officials").
//
// After a possessive a participle is an adjective too: "Myanmar's
// detained leader", and so, up to three words, are a "-ly" adverb and an
// "-ing" participle: "Yemen's internationally recognised government",
// "Estonia's newly appointed ambassador", "Bangladesh's acting high
// commissioner". "late" there is the holder's death, not a time: "Iran's
// late president". A capitalised word that starts a title may stand
// right before the agent: "Iranian Deputy Foreign Minister".
func (m *Matcher) nounBridge(toks []dyad.Token, a, b int, poss bool) bool {
	if b-a < 1 || b-a > 2 && !(poss && b-a == 3) {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if poss && !startsUpper(t.Text) && (t.Tag == "VBN" || t.Tag == "VBD" || strings.HasSuffix(t.Lower, "ed") ||
			t.Tag == "RB" && strings.HasSuffix(t.Lower, "ly") && k+1 < b ||
			t.Tag == "VBG" && strings.HasSuffix(t.Lower, "ing") ||
			t.Lower == "late" && k == a) {
			continue
		}
		if m.words.titlePrefixes[t.Lower] && startsUpper(t.Text) && k == b-1 {
			continue // "Iranian Deputy Foreign Minister", "Chilean Acting President"
		}
		if m.words.communities[t.Lower] && startsUpper(t.Text) && k == a && a > 0 && b-a == 1 && toks[a-1].Lower != "syrian" {
			// "Iraqi Kurdish authorities", "an Iranian Kurdish opposition
			// party", "Bosnian Serb leaders": a community of that state,
			// its actors (CAMEO codes a domestic group by the country it
			// lives in); Syria's Kurdish forces are syrianKurds'
			continue
		}
		if (t.Tag == "VB" || t.Tag == "VBP") && b-a == 1 && !poss && !startsUpper(t.Text) && !verbLike(toks, k) {
			// one word the tagger read as a verb between a nationality
			// and its role noun is the noun's modifier: "American trade
			// officials" (trade/VBP), "Chinese aid workers"
			continue
		}
		if t.Tag != "NN" && t.Tag != "JJ" || startsUpper(t.Text) || verbLike(toks, k) || OriginModifier(t.Lower) {
			return false // ("a Spanish colonial-era church" is no Spanish church)
		}
		switch t.Lower {
		case "last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "overnight", "early", "late",
			"again", "too", "alone", "themselves", "itself":
			return false
		}
	}
	return true
}

// peoplePlace reports a noun after an agent that names a place or a
// state of theirs, not them: "the Jenin refugee camp", "refugee flows",
// "terrorist camps".
//
// Craft are the unit itself only for a military, police or government
// ("an army drone"); for others they are things ("spy planes", "a
// civilian aircraft").
func peoplePlace(sectors []string, toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := strings.TrimSuffix(toks[i].Lower, "s")
	if !hasRole(sectors, "MIL") && !hasRole(sectors, "COP") && !hasRole(sectors, "GOV") && len(sectors) > 0 {
		switch w {
		case "plane", "ship", "vessel", "satellite", "balloon", "drone", "aircraft", "boat", "helicopter":
			return true
		}
	}
	if !hasRole(sectors, "MIL") && !hasRole(sectors, "COP") && !hasRole(sectors, "GOV") && len(sectors) > 0 && (w == "camp" || w == "hideout") {
		return true // "terrorist camps", "militant hideouts": places
	}
	if !hasRole(sectors, "REF") && !hasRole(sectors, "CVL") {
		return false
	}
	switch w {
	case "camp", "settlement", "centre", "center", "shelter", "crisi", "statu", "flow", "influx", "area", "home", "village":
		return true
	}
	return false
}

// headNoun reports a word that may head a noun phrase after a
// nationality: a capitalised word or a lower-case noun, adjective or
// plural the tagger took for a verb ("28 Afghan convicts").
func headNoun(t dyad.Token) bool {
	if startsUpper(t.Text) {
		return true
	}
	switch t.Tag {
	case "NN", "NNS", "JJ", "VBZ", "VBP":
		return !isAuxWord(t.Lower)
	}
	return false
}

func isAuxWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "do", "does", "did":
		return true
	}
	return false
}

// counted reports a quantity right before token i: "12 million Sudanese",
// "thousands of Afghans".
func counted(toks []dyad.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "of" {
		i--
	}
	if i == 0 {
		return false
	}
	switch p := toks[i-1]; p.Lower {
	case "million", "millions", "thousand", "thousands", "hundreds", "dozens", "billion":
		return true
	default:
		return p.Tag == "CD"
	}
}

// disguisedAs reports a mention starting at token i (after an article)
// that follows "disguised as", "dressed as", "posing as" or "masquerading
// as": whom the actor before pretends to be, no actor ("a suicide bomber
// disguised as a Taliban envoy", "rebels dressed as soldiers").
func disguisedAs(toks []dyad.Token, i int) bool {
	if i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an" || toks[i-1].Lower == "the") {
		i--
	}
	if i < 2 || toks[i-1].Lower != "as" {
		return false
	}
	switch toks[i-2].Lower {
	case "disguised", "dressed", "posing", "masquerading", "impersonating":
		return true
	}
	return false
}

// uprooted reports a word before token i that makes the people named
// there refugees or migrants (REF, as "migrants" and "asylum seekers" are
// in agents.txt): "undocumented Afghans", "displaced Syrians",
// "stateless Kuwaitis" (plural demonyms ending in -s only).
func uprooted(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "undocumented", "displaced", "stateless", "unregistered", "uprooted":
		return true
	}
	return false
}

// objectDemonym reports a bare plural demonym, tokens [i, end), that is
// the object of a preposition or of a verb acting on a whole people, not
// a subject nor counted: a people as the object of an act ("airdropped
// food to Palestinians", "forcibly displacing Palestinians") stand for
// its state, as CAMEO's dictionaries code them; counted, acting or held
// ("thousands of Israelis rallied", "Britons were evacuated", "detaining
// Americans") they are its civilians.
func objectDemonym(toks []dyad.Token, i, end int) bool {
	if i == 0 || end != i+1 || counted(toks, i) {
		return false
	}
	p := toks[i-1]
	if p.Tag == "IN" || p.Tag == "TO" {
		return p.Lower != "of"
	}
	// a verb acting on a whole people ("detaining Americans" are some
	// people, the civilians)
	for _, v := range []string{"displac", "expel", "relocat", "resettl", "starv", "transfer"} {
		if strings.HasPrefix(p.Lower, v) {
			return true
		}
	}
	return false
}

// ownedVessel reports a compound at token i naming a state whose
// business a ship is linked to, "X-linked", before a vessel noun within
// the next three words: "an Israel-linked container ship" (a
// "Greek-owned tanker" is coded as Greece's).
func ownedVessel(toks []dyad.Token, i, end int) bool {
	if !strings.HasSuffix(toks[i].Lower, "-linked") {
		return false
	}
	for k := end; k < len(toks) && k < end+3; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "ship", "vessel", "tanker", "freighter", "carrier", "cargo":
			return true
		}
	}
	return false
}

// militaryActivity lists nouns for what a state does with its forces:
// "Israel's military operations", "military action against" (a build-up
// stays its forces': "China's military build-up").
func militaryActivity(w string) bool {
	switch w {
	case "operation", "operations", "campaign", "campaigns", "action", "actions", "intervention", "involvement":
		return true
	}
	return false
}

// isMission reports a diplomatic mission's noun: "embassy", "consulates".
func isMission(w string) bool {
	switch w {
	case "embassy", "embassies", "consulate", "consulates":
		return true
	}
	return false
}

// building reports a noun phrase starting at token i that names a
// mission as a building: the object of a place preposition ("outside the
// US embassy", "the strike on the consulate"), of an act on a building
// ("the closure of Russia's consulate") or of a verb storming, attacking
// or closing it ("stormed the French embassy"); attacked is set when the
// act is an attack on it ("on", "storming of", "stormed"). A mission that
// speaks or acts ("the embassy said") is its government.
func building(toks []dyad.Token, i int) (is, attacked bool) {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 0 {
		return false, false
	}
	switch toks[k].Lower {
	case "on":
		return true, true
	case "at", "outside", "near", "into", "inside", "in", "from":
		// "a truck bombing at the German consulate", "struck at the
		// consulate": an attack on it all the same
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			switch strings.TrimSuffix(toks[j].Lemma, "s") {
			case "attack", "strike", "struck", "bomb", "bombing", "blast", "explosion", "shelling", "shoot", "fire", "storm", "raid":
				return true, true
			}
		}
		return true, false
	case "of":
		if k > 0 {
			switch toks[k-1].Lower {
			case "closure", "closing", "reopening", "gates", "compound", "grounds", "front", "roof":
				return true, false
			case "storming", "attack", "bombing", "siege":
				return true, true
			}
		}
		return false, false
	}
	switch toks[k].Lemma {
	case "close", "shut", "reopen", "evacuate", "surround":
		return true, false
	case "storm", "attack", "raid", "torch", "besiege", "target", "bomb":
		return true, true
	}
	return false, false
}

// notActorAgent reports an agent noun at token i that names no actor:
// an unnamed collective after a regional or foreign modifier ("Baltic
// leaders", "Western officials", "foreign media"), people named before
// ("the two leaders"), relief workers ("aid officials"), things ("think
// tanks", "a charter aircraft", "our sanctions regime"), an institution
// named as a place ("appeared in court"), or a role someone acts in ("as
// a private citizen"; not the subject of an "as" clause, followed by its
// finite verb: "as protesters blocked roads", asClause). The agent noun
// phrase is toks[i:end]; an end of len(toks) allows no "as" clause
// (business agents: "the peso fell as investors fretted").
func notActorAgent(toks []dyad.Token, i, end int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	switch p.Text {
	case "Baltic", "Nordic", "Scandinavian", "European", "Western", "Eastern", "Arab", "African", "Asian", "Gulf",
		"Balkan", "Caribbean", "Latin", "Pacific", "Sahel", "Sahelian", "Muslim", "Allied", "NATO-member", "G7", "G20":
		return true
	}
	if (p.Text == "American" || p.Text == "Americans") && i >= 2 && continentPart(toks[i-2].Text) {
		return true // "Latin American leaders": a region's, no state's
	}
	switch p.Lower {
	case "foreign", "international", "world", "global", "western", "european", "arab", "african", "asian", "gulf",
		"baltic", "nordic", "scandinavian", "balkan", "caribbean", "pacific":
		return true
	case "two", "both", "three":
		// "the two leaders met": people named before, not one state
		switch toks[i].Lower {
		case "leaders", "presidents", "ministers", "counterparts", "sides", "heads", "premiers", "prime", "parties":
			return true
		}
	case "all", "warring", "conflicting", "rival", "belligerent", "opposing":
		// "called on all parties in Sudan", "the warring parties": the
		// sides of a conflict, no political party
		return toks[i].Lower == "parties" || toks[i].Lower == "party"
	case "other":
		// "the RSF and other groups": unnamed partners of an actor
		switch toks[i].Lower {
		case "militias", "militia", "groups", "forces", "fighters", "parties":
			return true
		}
	case "aid", "humanitarian":
		// "one aid official", "humanitarian officials": relief workers,
		// no state's
		switch toks[i].Lower {
		case "official", "officials", "agency", "agencies", "chief":
			return true
		}
	case "charter", "passenger", "commercial", "civilian", "cargo", "private", "light", "small", "civil", "airline":
		// "a charter aircraft": no air force's
		switch toks[i].Lower {
		case "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "vessel", "vessels":
			return true
		}
	case "think", "fuel", "oil", "water", "gas", "storage", "septic":
		// "think tanks", "fuel tanks"
		return toks[i].Lower == "tank" || toks[i].Lower == "tanks"
	case "sanctions", "visa", "tax", "trade", "inspection", "inspections", "export", "import", "customs", "security":
		// "our sanctions regime": a system, not a government
		return toks[i].Lower == "regime"
	case "in", "at":
		return toks[i].Lower == "court" // "appeared in court" (but "a vote in parliament")
	case "allied", "affiliated":
		// "the RSF and allied militias": unnamed partners of an actor
		switch toks[i].Lower {
		case "militias", "militia", "groups", "forces", "fighters":
			return true
		}
	case "a", "the":
		// "killed worshippers at a church": a building, where it happened
		if i >= 2 && (toks[i-2].Lower == "at" || toks[i-2].Lower == "in" || toks[i-2].Lower == "outside" || toks[i-2].Lower == "near") {
			switch toks[i].Lower {
			case "church", "mosque", "synagogue", "temple":
				return true
			}
		}
	}
	// "as a private citizen", "as prime minister" (not "as the army advanced")
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "as":
			return !asClause(toks, end)
		case "a", "an":
			continue
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" || startsUpper(toks[k].Text) {
			break
		}
	}
	return false
}

// asClause reports a finite verb at token end, right after an agent noun
// phrase that follows "as": the phrase is the subject of an "as" clause
// ("deployed police as protesters blocked roads", "as police fired tear
// gas"), no role someone acts in ("as prime minister").
func asClause(toks []dyad.Token, end int) bool {
	if end >= len(toks) {
		return false
	}
	switch toks[end].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
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

// ethnicKin reports a people or non-state armed group whose nationality
// adjective follows "ethnic" ("ethnic Armenian separatists", "ethnic
// Serbs", "Ethnic Albanian protesters", "an ethnic Uzbek human rights
// activist", "an ethnic Albanian party"): a minority named by its kin
// state, whose members are not that state's actors (CAMEO codes a domestic
// group by the country it lives in). Only the sectors of private people
// and groups qualify (civilians, rebels, armed groups, opposition,
// parties, refugees, rights activists, media, students, workers, clergy,
// business, health): "ethnic Armenian leaders" keeps the general rule.
func ethnicKin(toks []dyad.Token, start int, sectors []string) bool {
	if start == 0 || toks[start-1].Lower != "ethnic" || len(sectors) != 1 {
		return false
	}
	switch sectors[0] {
	case "CVL", "REB", "UAF", "OPP", "REF", "PTY", "HRI", "MED", "EDU", "LAB", "REL", "BUS", "HLH":
		return true
	}
	return false
}

// syrianKurds reports an armed agent (MIL, UAF or REB) named "forces",
// "militia(s)", "militiamen" or "fighters" right after "Kurdish" or "Kurdish-led" (perhaps
// after "Syrian"), on a date from 2012-07-19, when the YPG took the
// Kurdish north of Syria, in a sentence that names no Iraqi place or
// force (peshmerga) and whose "Kurdish" follows no other state's
// adjective ("Turkish Kurdish rebels", "Iranian Kurdish groups").
func syrianKurds(toks []dyad.Token, start int, sectors []string, date string) bool {
	if date < "2012-07-19" || len(sectors) != 1 || !(sectors[0] == "MIL" || sectors[0] == "UAF" || sectors[0] == "REB") || start == 0 {
		return false
	}
	switch toks[start].Lower {
	case "forces", "force", "militia", "militias", "militiamen", "fighters":
	default:
		return false // "Kurdish militants", "Kurdish rebels", "Kurdish guerrillas": the PKK's words
	}
	k := start - 1
	if w := toks[k].Lower; w != "kurdish" && w != "kurdish-led" {
		return false
	}
	if k > 0 {
		switch toks[k-1].Lower {
		case "turkish", "iranian", "iraqi", "iran's", "iraq's", "turkey's":
			return false
		}
	}
	for _, t := range toks {
		switch t.Lower {
		case "iraq", "iraqi", "peshmerga", "kirkuk", "erbil", "irbil", "mosul", "sinjar", "krg", "pkk":
			return false
		}
	}
	return true
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

func hasRole(roles []string, r string) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

// personNounAt returns the end of a person noun (perhaps after one or two
// modifiers) starting at token i, or 0: "basketball player", "teenager",
// "football fans" (a nation's sports fans are its civilians), "economist",
// "filmmaker", "sprinter" (a private person of a trade or sport the agent
// dictionary has no role for: "freed Australian economist Sean Turnell"
// AUSCVL, not the state AUS).
func personNounAt(toks []dyad.Token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "player", "veteran", "man", "men", "woman", "women", "teenager", "girl", "boy", "child", "children",
			"tourist", "worker", "businessman", "businessmen", "businesswoman", "national", "passenger", "sailor",
			"fisherman", "fishermen", "pilgrim", "resident", "hostage", "detainee", "prisoner", "traveller", "traveler", "academic", "scholar", "interpreter", "journalist", "reporter",
			"engineer", "employee", "volunteer", "citizen", "couple", "family", "climber", "athlete", "lawyer", "writer", "blogger", "doctor", "nurse", "teacher", "priest", "nun", "sailors", "crew member",
			"fan", "economist", "filmmaker", "film-maker", "novelist", "poet", "artist", "musician", "singer", "rapper", "sprinter", "runner", "swimmer", "cyclist", "footballer", "boxer", "wrestler":
			return k + 1
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "NNP" {
			return 0
		}
	}
	return 0
}

// militaryNoun lists nouns that make a nationality adjective a military
// actor: "attacked Russian positions", "opened fire on a Thai patrol". ("Targets" is none: "sanctions on
// 500 Russian targets", "attacks on Israeli targets" name the state, and
// "military targets" say military themselves.)
func militaryNoun(w string) bool {
	switch w {
	case "positions", "position", "column", "convoy", "bases", "base", "outposts", "outpost", "posts",
		"warship", "warships", "lines", "trenches", "units", "garrison", "checkpoint", "checkpoints",
		"drone", "helicopter", "gunboat", "warplane", "jet", "tank", "submarine", "frigate", "destroyer", "patrol", "patrols",
		"general", "generals", "admiral", "admirals", "colonel", "colonels", "commander", "commanders":
		return true
	}
	return false
}

// hasConj reports "and" or "or" among tokens [a, b): "Israel, the
// Israeli army said" is no list.
func hasConj(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Lower == "and" || toks[k].Lower == "or" {
			return true
		}
	}
	return false
}

// Coordinated reports whether tokens [a, b) only join list items: ",",
// "and", "or", "the" (at most three of them).
func Coordinated(toks []dyad.Token, a, b int) bool {
	if a < 0 || b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case ",", "and", "or", "the":
		default:
			return false
		}
	}
	return true
}

func chooseKind(cur, next string) string {
	if cur == KindAdjective || cur == KindCountry || cur == KindCapital {
		return next
	}
	return cur
}

// isTitledAgent reports whether tokens [a,b) end in a capitalised title
// ("Foreign Minister", "President"), so that following capitalised words
// are the holder's name.
func isTitledAgent(toks []dyad.Token, a, b int) bool {
	last := toks[b-1]
	return startsUpper(last.Text) && last.Tag != "NNS"
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPoss(t dyad.Token) bool { return t.Lower == "'s" || t.Lower == "'" }

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

// countryOf returns the leading country code of an actor code ("PRKGOV" →
// "PRK"), or "" for IGO/NGO/IMG and role-only codes.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
		"EDU", "BUS", "CRM", "CVL", "LEG", "REF", "INS", "UAF", "SEP", "ELI", "LAB", "HLH", "AGR",
		"ENV", "RAD", "MOD", "IGW", "NGM", "HRI", "REL", "DEV", "SET":
		return ""
	}
	return code[:3]
}

// rolesOf returns the role codes of an actor code after its country
// ("PRKGOV" → [GOV]; "IGOWSTNAT" → []).
func rolesOf(code string) []string {
	c := countryOf(code)
	if c == "" && (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") || strings.HasPrefix(code, "MNC")) {
		return []string{}
	}
	return splitRoles(code[len(c):])
}

// stateOrgan reports a code of a state's own organs: a country followed
// only by GOV, MIL, LEG, JUD, COP or SPY ("USAGOV", "RUSMIL", "ISRLEG"),
// not a party, rebels or a firm of the country ("GBRPTY", "YEMREB").
func stateOrgan(code string) bool {
	c := countryOf(code)
	if c == "" || len(code) == len(c) {
		return false
	}
	roles := code[len(c):]
	for i := 0; i+3 <= len(roles); i += 3 {
		switch roles[i : i+3] {
		case "GOV", "MIL", "LEG", "JUD", "COP", "SPY":
		default:
			return false
		}
	}
	return true
}

// StateCode reports a code of a state itself or of its organs only: a
// country's code alone ("USA") or followed by GOV, MIL, LEG, JUD, COP or
// SPY ("USAGOV", "RUSGOVSPY"), whose one name is the country's
// (Dictionary.Name); not "GBRPTY", "YEMREB", "IGOUNO".
func StateCode(code string) bool {
	c := countryOf(code)
	return c != "" && (len(code) == len(c) || stateOrgan(code))
}

func splitRoles(code string) []string {
	out := []string{}
	for i := 0; i+3 <= len(code); i += 3 {
		out = append(out, code[i:i+3])
	}
	return out
}

func appendRoles(have, add []string) []string {
	if len(have) > 0 {
		return have // the first role noun decides: "army spokesman" → MIL
	}
	return add
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

// envoyTo reports the organisation raws[j] followed at once by a
// diplomat noun: "UN ambassador", "NATO envoy", "EU representative".
func envoyTo(toks []dyad.Token, raws []raw, j int) bool {
	if j+1 >= len(raws) || raws[j+1].start != raws[j].end || raws[j+1].p.kind != KindAgent {
		return false
	}
	switch toks[raws[j+1].end-1].Lower {
	case "ambassador", "ambassadors", "envoy", "envoys", "representative", "delegate", "delegation", "mission":
		return true
	}
	return false
}

// statesDiplomat reports the title just before a person's name at token
// k that names a state's diplomat at an organisation: "UN ambassador
// Nikki Haley", "NATO permanent representative Julianne Smith" (not
// "UN envoy": the organisation's own envoys are its officials).
func statesDiplomat(toks []dyad.Token, k int) bool {
	if k < 1 {
		return false
	}
	switch toks[k-1].Lower {
	case "ambassador":
		return true
	case "representative":
		return k >= 2 && toks[k-2].Lower == "permanent"
	}
	return false
}

// envoyToOrg returns the index of the intergovernmental organisation in
// raws after "to" or "to the" that follows a diplomat noun ending at end
// ("ambassador to the UN", "envoy to NATO"), starting the search at raws
// index j; -1 when there is none.
func envoyToOrg(toks []dyad.Token, raws []raw, j, end int) int {
	if j >= len(raws) || end+1 >= len(toks) || toks[end].Lower != "to" || raws[j].p.kind != KindOrg {
		return -1
	}
	switch toks[end-1].Lower {
	case "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates", "delegation", "mission":
	default:
		return -1
	}
	if s := raws[j].start; s != end+1 && !(s == end+2 && toks[end+1].Lower == "the") {
		return -1
	}
	if !strings.HasPrefix(raws[j].p.entries[0].Code, "IGO") {
		return -1
	}
	return j
}

// institutionRun reads a capitalised name at token k that no dictionary
// entry starts ("Department of State Services", "National Investigation
// Agency"; small words "of", "for", "and" inside) and ends in a noun of a
// state institution. It returns one past the name and the role code of
// the institution: SPY for intelligence and state security, COP for
// police and criminal investigation, MIL for armed forces, JUD for courts,
// LEG for parliaments, GOV for ministries, agencies, councils and other
// offices; (k, "") when there is none.
func institutionRun(toks []dyad.Token, raws []raw, k int) (int, string) {
	e := k
	words := []string{}
	for e < len(toks) && e-k < 7 {
		t := toks[e]
		if e > k && (t.Lower == "of" || t.Lower == "for" || t.Lower == "and") && e+1 < len(toks) && startsUpper(toks[e+1].Text) {
			words = append(words, t.Lower)
			e++
			continue
		}
		if !startsUpper(t.Text) || t.Tag != "NNP" && t.Tag != "NNPS" || rawAt(raws, e) {
			break
		}
		words = append(words, t.Lower)
		e++
	}
	for e > k && !institutionNoun(toks[e-1].Lower) {
		e-- // "Nigeria's Department of State Services Director": the institution ends before
		words = words[:len(words)-1]
	}
	if e-k < 2 {
		return k, "" // one word is a name, not an institution: "Nigeria's Tinubu"
	}
	name := " " + strings.Join(words, " ") + " "
	switch {
	case strings.Contains(name, " intelligence ") || strings.Contains(name, " state security ") || strings.Contains(name, " state services "):
		return e, "SPY"
	case strings.Contains(name, " police ") || strings.Contains(name, " investigation ") || strings.Contains(name, " investigations "):
		return e, "COP"
	case strings.Contains(name, " army ") || strings.Contains(name, " armed forces ") || strings.Contains(name, " navy ") || strings.HasSuffix(name, " force ") || strings.HasSuffix(name, " forces ") || strings.Contains(name, " guard "):
		return e, "MIL"
	case strings.HasSuffix(name, " court ") || strings.HasSuffix(name, " tribunal "):
		return e, "JUD"
	case strings.HasSuffix(name, " parliament ") || strings.HasSuffix(name, " assembly ") || strings.HasSuffix(name, " senate "):
		return e, "LEG"
	}
	return e, "GOV"
}

// institutionNoun reports the last word of a state institution's name.
func institutionNoun(w string) bool {
	switch w {
	case "department", "ministry", "agency", "service", "services", "council", "commission", "directorate", "office",
		"bureau", "authority", "secretariat", "court", "tribunal", "parliament", "assembly", "senate", "army", "navy",
		"force", "forces", "guard", "police", "investigations", "administration":
		return true
	}
	return false
}

// partyName returns the end of a capitalised name right at from that ends
// in a party or movement noun ("New Patriotic Party", "National Liberation
// Front"), from itself when there is none.
func partyName(toks []dyad.Token, from int) int {
	for k := from; k < len(toks) && k < from+6; k++ {
		if !startsUpper(toks[k].Text) || toks[k].Tag != "NNP" && toks[k].Tag != "NNPS" {
			return from
		}
		switch toks[k].Lower {
		case "party", "movement", "front", "alliance", "congress", "league":
			if k > from {
				return k + 1
			}
		}
	}
	return from
}

// rescueTeamAt returns the end of a rescue or relief team's noun phrase
// starting at token i ("rescue teams", "search and rescue teams", "relief
// workers", "rescuers"), or 0.
func rescueTeamAt(toks []dyad.Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch toks[i].Lower {
	case "rescuers", "firefighters":
		return i + 1
	case "search":
		if i+2 < len(toks) && toks[i+1].Lower == "and" && toks[i+2].Lower == "rescue" {
			i += 2
		}
	}
	switch toks[i].Lower {
	case "rescue", "relief":
		if i+1 < len(toks) {
			switch toks[i+1].Lower {
			case "team", "teams", "workers", "crews", "units":
				return i + 2
			}
		}
	}
	return 0
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

// authoredAct reports a bare state body's noun with no state of its own
// ("government", "court", "opposition") right before an [authored acts]
// noun at i: the body that put the bill, order or call ("rejected a
// government bill", "defied a court order"), a modifier whose state the
// sentence gives, not a kind of thing as in "a government building".
func (m *Matcher) authoredAct(toks []dyad.Token, mt Mention, i int) bool {
	if i >= len(toks) || mt.Kind != KindAgent || mt.Person || !m.words.authoredActs[toks[i].Lower] {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].Tag != "NN" && toks[i+1].Tag != "NNS"
}
