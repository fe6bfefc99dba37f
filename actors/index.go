package actors

// The matcher's index, built once from a dictionary: each phrase's words with
// their case rules (a pattern), the dotted and plural variants wire style
// writes, and the persons whose every dated term lies within a longer name's.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/sentences"
)

// case rules of a pattern word (see the package's format notes).
const (
	anyCase   = iota // written in lower case: matches any case
	capFirst         // Capitalised: the text's first letter must be upper case
	exactCase        // ALL CAPS (2+ letters): must match exactly
	// acronymCase: ALL CAPS of 3+ letters that is no ordinary word:
	// exactly or in title case, as the Guardian and the BBC write
	// acronyms ("FARC" or "Farc", "UNICEF" or "Unicef"; acronyms.go)
	acronymCase
	// camelCase: a short word of letters only (5 or fewer) with two or
	// more capitals that is not ALL CAPS ("LeT", "JeM", "AfD", "BelTA"): an
	// acronym whose inner capitals tell it from an ordinary word ("Let",
	// "Jem"), matched only as written or in ALL CAPS
	camelCase
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
	m.family = map[string][]*pattern{}
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
		if familyFirst(p.words, p.entries[0].Code) {
			m.family[p.words[0]] = append(m.family[p.words[0]], p)
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
// sharing p's last word), that began no later and ended no sooner and in
// which the namesake led a state or an international organisation (leads):
// Romania's Ludovic Orban (prime minister 2019-2020) while Viktor Orbán
// has led Hungary since 2010, Timor-Leste's Francisco Guterres (president
// 2017-2022) while António Guterres has led the UN since 2017-01-01. The
// lone surname never was the lesser namesake's alone, so it keeps naming
// the other: such a person is matched by full name only, and left out of
// the surname lookups (Holder, "Prime Minister Orban", "the Orban
// government"). Namesakes whose terms do not nest both stay (Tony Blair
// 1997-2007, Bill Blair from 2018): a lone "Blair" is theirs to share; so
// do namesakes nested in the term of one who led nothing then (Kamala
// Harris, US vice president 2021-2025, within Simon Harris's years in
// Ireland's government from 2014, a junior minister's at first): a lone
// "Harris" of 2024 names neither.
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
				if leads(f) && countryOf(f.Code) != countryOf(e.Code) && f.From != "" && f.From <= e.From && (f.To == "" || f.To >= e.To) {
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

// leads reports a dated entry in which a person leads a state (the head
// of state or government by people.txt's office field) or an
// international organisation (a code of IGO…): the terms that leave a
// lone surname to that person over a lesser namesake (overshadowed).
func leads(e Entry) bool {
	return holdsOffice(e, "head of state") || holdsOffice(e, "head of government") || strings.HasPrefix(e.Code, "IGO")
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
	if upper >= 2 && letters <= 5 && letters == utf8.RuneCountInString(w) {
		return camelCase
	}
	return capFirst
}
