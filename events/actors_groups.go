package events

// Generic groups as actors: people named by what they are ("protesters",
// "residents", "students", "workers", "villagers") rather than by a name
// in the actor dictionary. The dictionary (actors/data/agents.txt) gives
// each such word its CAMEO sector (CVL, OPP, EDU, LAB, REF, HLH, MED, AGR,
// REL, BUS); the coder gives it a country from context (coref.go resolve).
// This file adds the places that context comes from:
//
//   - a place named right before the group: "Gaza residents", "Lagos
//     traders" are of the place's state, as "Borno state governor" is of
//     its (jurisdictionCountry, actors_places.go);
//   - the workplace the group is at: a firm, university or hospital the
//     dictionary knows ("unionised workers at Samsung Electronics"
//     KORLAB, "students at Dhaka University");
//   - for an unnamed crowd at home with no place of its own, the place
//     one of the two sentences before put things in ("Police in Paris
//     arrested 40 people … Protesters …").
//
// A mutual verb ("clashed with anti-government protesters", "clashed with
// thousands of protesters") takes the group named after "with" as its
// other party (mutualWithGroup), as mutualWithModified
// (targets_implied.go) does for named parties.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// workplaceCountry returns the state of the workplace that the unresolved
// people noun ms[k] is placed at, or "" when none is named:
//
//   - a firm, university or hospital the dictionary knows, right after
//     "at", "of" or "from" ("unionised workers at Samsung Electronics" →
//     KOR, so KORLAB; "employees of Boeing" → USA);
//   - a university or college named by a place, after the noun ("students
//     at Dhaka University"), before it ("Belgrade University students")
//     or where students act ("Students staged a sit-in at Dhaka
//     University"): the place's state (the matcher keeps no actor inside such a name).
//
// Only workers, students, staff and medics (LAB, EDU, HLH) are placed so:
// the people of a workplace are that state's, in their own role.
func (c *Coder) workplaceCountry(st *sentence, ms []actors.Mention, k int) string {
	m := ms[k]
	if !hasSector(m, "LAB", "EDU", "HLH") || len(m.Sectors) != 1 || m.End <= m.Start {
		return ""
	}
	toks := st.toks
	if e := m.End; e+1 < len(toks) {
		switch toks[e].Lower {
		case "at", "of", "from":
			j := e + 1
			if toks[j].Lower == "the" {
				j++
			}
			for _, n := range ms[k+1:] {
				if n.Start > j {
					break
				}
				if n.Start == j && n.Kind == actors.KindOrg && len(n.Country) == 3 && !n.Modifier && hasSector(n, "BUS", "EDU", "HLH") {
					return n.Country
				}
			}
			if p := c.schoolPlace(st, j, true); p != "" {
				return p
			}
		}
	}
	j := m.Start
	for j > 0 && toks[j-1].Tag == "NNP" && startsUpperASCII(toks[j-1].Text) {
		j--
	}
	if j < m.Start && schoolWord(toks[m.Start-1].Lower) {
		return c.schoolPlace(st, j, false)
	}
	if hasSector(m, "EDU") {
		// "Students staged a sit-in at Dhaka University": where students
		// act is their own school
		for i := m.End; i+1 < len(toks); i++ {
			if toks[i].Lower == "at" || toks[i].Lower == "outside" || toks[i].Lower == "inside" {
				if p := c.schoolPlace(st, i+1, true); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// schoolPlace returns the state of the place naming the university or
// college whose capitalised name starts at token j ("Dhaka University",
// "Tehran University of Medical Sciences"), or "". With after set the name
// must end in (or contain) a school word; "University of X" names are the
// matcher's own (X is a place mention there).
func (c *Coder) schoolPlace(st *sentence, j int, after bool) string {
	toks := st.toks
	if j >= len(toks) || !startsUpperASCII(toks[j].Text) || schoolWord(toks[j].Lower) {
		return ""
	}
	p, n, ok := c.placeAt(st, j, len(toks), 3)
	if !ok || len(p.Country) != 3 {
		return ""
	}
	if k := j + n; after && !(k < len(toks) && schoolWord(toks[k].Lower) && startsUpperASCII(toks[k].Text)) {
		return ""
	}
	return p.Country
}

// schoolWord reports w (lower case) as the head of a university's or
// college's name.
func schoolWord(w string) bool {
	switch w {
	case "university", "college", "polytechnic":
		return true
	}
	return false
}

// workplaceFirm returns the firm that the workers src are placed at
// ("unionised workers at Samsung Electronics", "employees of Boeing"),
// or nil. Their strike with no target named is aimed at that employer,
// not at the state (KORLAB 1432 KORBUS).
func workplaceFirm(st *sentence, src actors.Mention) *actors.Mention {
	if !hasSector(src, "LAB") || len(src.Sectors) != 1 {
		return nil
	}
	e := src.End
	if e+1 >= len(st.toks) || st.toks[e].Lower != "at" && st.toks[e].Lower != "of" {
		return nil
	}
	j := e + 1
	if st.toks[j].Lower == "the" {
		j++
	}
	for k := range st.ments {
		n := st.ments[k]
		if n.Start == j && n.Kind == actors.KindOrg && n.Country == src.Country && !n.Modifier && hasSector(n, "BUS") {
			return &n
		}
	}
	return nil
}

// placePhraseStart returns the preposition opening a place phrase that
// ends at token k ("in the Russian city of Yekaterinburg", "at the
// southern port of Odesa", "in Russia's Kursk region") when a noun stands right before it
// (the phrase locates that noun: "A court in the Russian city of
// Yekaterinburg sentenced"), else -1. The subject search goes on from
// there to the head noun.
func placePhraseStart(st *sentence, k int) int {
	toks := st.toks
	if k < 2 || st.at[k] >= 0 {
		return -1
	}
	p := -1
	switch {
	case k >= 3 && toks[k].Tag == "NNP" && toks[k-1].Lower == "of" && st.words.placeNoun(toks[k-2].Lower):
		// "in the Russian city of Yekaterinburg"
		p = k - 3
		for p >= 0 && p >= k-6 && (st.at[p] >= 0 && st.ments[st.at[p]].Modifier || toks[p].Tag == "JJ" || toks[p].Tag == "DT") {
			p--
		}
	case st.words.placeNoun(toks[k].Lower) || toks[k].Lower == "oblast" || toks[k].Lower == "state":
		// "in Russia's Kursk region", "in Nigeria's Borno state"
		p = k - 1
		place := false
		for p >= 0 && p >= k-6 {
			if m := st.at[p]; m >= 0 {
				if !st.ments[m].Place {
					break
				}
				place = true
				p = st.ments[m].Start - 1
				continue
			}
			if toks[p].Tag == "NNP" && startsUpperASCII(toks[p].Text) || isPossTok(toks[p]) || toks[p].Tag == "JJ" || toks[p].Tag == "DT" {
				p--
				continue
			}
			break
		}
		if !place {
			return -1
		}
	default:
		return -1
	}
	if p < 1 || st.at[p] >= 0 {
		return -1
	}
	switch toks[p].Lower {
	case "in", "at", "near", "outside":
	default:
		return -1
	}
	if toks[p-1].Tag == "VBN" && p >= 2 && (st.at[p-2] >= 0 || toks[p-2].Tag == "NNS" || toks[p-2].Tag == "NN") {
		return p - 1 // "North Korean soldiers deployed in Russia's Kursk region attacked"
	}
	if b := toks[p-1]; st.at[p-1] < 0 && b.Tag != "NN" && b.Tag != "NNS" {
		return -1
	}
	return p
}

// homePeople reports an unnamed collective of people at home: a crowd,
// residents, workers, students, activists, opposition supporters,
// refugees or the police (not a government, a legislature, a court,
// armed forces or spies, which act abroad or are named with their state).
func homePeople(m actors.Mention) bool {
	return len(m.Sectors) > 0 && hasSector(m, "CVL", "OPP", "LAB", "EDU", "HRI", "AGR", "REF", "COP") && !hasSector(m, "GOV", "MIL", "SPY", "JUD", "LEG", "REB", "UAF")
}

// whereFirst returns the country of the place one of the two sentences
// before put things in (a city, a region, a country named as a place;
// "Police in Paris arrested 40 people after a visit by Germany's
// chancellor. Protesters were angered by the police": France's), "" when
// they named none or that place is of the last country named. A place
// named longer ago says less than the states named since.
func (ctx *articleCtx) whereFirst() string {
	if ctx.whereAge > 1 || ctx.lastWhere == ctx.lastCtry {
		return ""
	}
	return ctx.lastWhere
}

// placedAt reports a place name at token k that follows a preposition of
// place, past "the" and a compass word ("in Paris", "across Britain",
// "in northern Syria"): where the story puts things, not a name that
// only looks like a place ("NELSON: Good morning") nor the venue of a
// meeting ("talks in Geneva").
func (v *vocab) placedAt(toks []dyad.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Lower == "the" || !startsUpperASCII(toks[j].Text) && (strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || v.compassPoint(toks[j].Lower))) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "in", "at", "near", "across", "outside", "inside", "through", "around", "throughout", "within":
		return j == 0 || !gatheringNoun(toks[j-1].Lower) // ("talks in Geneva": where a meeting was)
	}
	return false
}

// isGroup reports a mention whose only sector is a generic group's
// (CVL, OPP, EDU, LAB, REF, HLH, MED, AGR, REL, BUS): "protesters" (CVL),
// "traders" (BUS), not "state media" (GOV, MED).
func isGroup(m actors.Mention) bool {
	return len(m.Sectors) == 1 && hasSector(m, "CVL", "OPP", "EDU", "LAB", "REF", "HLH", "MED", "AGR", "REL", "BUS")
}

// groupPlaceCountry returns the country of a place named right before
// an unresolved group mention m ("Gaza residents", "Mosul residents",
// "Lagos traders": PSE, IRQ, NGA), or "" when m is no group or no known
// place stands there. The place may follow a determiner ("the Gaza
// residents") and be up to three words long ("Gaza City residents").
// A capitalised word at the start of the sentence is a place only when
// the gazetteer knows it; names of people are not in the gazetteer.
func (c *Coder) groupPlaceCountry(st *sentence, m actors.Mention) string {
	if !isGroup(m) || m.Start == 0 {
		return ""
	}
	toks := st.toks
	end := m.Start
	for end > 1 && end > m.Start-2 && lowerNounModifier(toks[end-1]) {
		end-- // "Melbourne construction workers", "Dhaka garment factory workers"
	}
	for j := max(0, end-3); j < end; j++ {
		if j > 0 && possessiveOrName(toks[j-1]) {
			continue // "Trump's Gaza plan", "John Gaza": not a place opening the phrase
		}
		if p, n, ok := c.placeAt(st, j, end, 3); ok && j+n == end && p.Country != "" {
			return p.Country
		}
	}
	return ""
}

// lowerNounModifier reports a lower-case common noun that may stand between
// a place and a group noun as the group's trade or workplace:
// "construction" in "Melbourne construction workers", "garment" in
// "Dhaka garment workers".
func lowerNounModifier(t dyad.Token) bool {
	return t.Tag == "NN" && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

// possessiveOrName reports a token after which a capitalised word does
// not open a place name before a noun: a possessive ("Trump's") or
// another capitalised word that is not the start of the sentence.
func possessiveOrName(t dyad.Token) bool {
	return isPossTok(t) || t.Tag == "NNP" && startsUpperASCII(t.Text)
}

// countWord reports a word that counts people before "of": "thousands
// of protesters", "dozens of students".
func countWord(w string) bool {
	switch w {
	case "hundreds", "thousands", "dozens", "scores", "tens", "millions", "groups", "group", "crowds", "crowd", "band", "bands":
		return true
	}
	return false
}

// mutualWithGroup gives a mutual verb (clash, fight) with no target the
// generic group named after "with" behind a count or lower-case
// modifiers: "Serbian police clashed with anti-government protesters",
// "Police clashed with thousands of protesters", "troops clashed with
// hundreds of angry villagers". The group is the other party, whose
// country its own mention already carries (coref.go: the police's own
// people, the place of the clause). A party named by a name or a state
// is mutualWithModified's (targets_implied.go); "with other protesters" and
// "with allied groups" are unnamed collectives and stay no target.
func (c *Coder) mutualWithGroup(st *sentence, h *verbHit) {
	if !h.p.has(flagMutual) || len(h.target) != 0 {
		return
	}
	toks := st.toks
	j, det := mutualWith(toks, h)
	if j < 0 || det == "all" || det == "each" || det == "another" {
		return // "with all sides", "with each other": no party named
	}
	skipped := 0
	for j < len(toks) && skipped < 5 {
		w := toks[j].Lower
		switch {
		case st.at[j] >= 0:
		case j+1 < len(toks) && toks[j+1].Lower == "of" && (countWord(w) || toks[j].Tag == "CD"):
			j += 2 // "thousands of", "tens of" (thousands of)
			skipped++
			continue
		case toks[j].Tag == "CD":
			j++ // "with 200 protesters"
			skipped++
			continue
		case collectiveWord(w) && w != "several" && w != "many" && w != "some":
			return // "with other protesters": an unnamed collective
		case modifierTag(toks[j].Tag) && !startsUpperASCII(toks[j].Text) || toks[j].Tag == "HYPH" || w == "several" || w == "many" || w == "some":
			j++ // "anti-government", "angry", "striking"
			skipped++
			continue
		}
		break
	}
	if skipped == 0 || j >= len(toks) {
		return
	}
	m := st.at[j]
	if m < 0 {
		return
	}
	x := st.ments[m]
	if x.Start != j || x.Modifier || x.Place || x.Country == "" || !isGroup(x) {
		return
	}
	for _, s := range h.source {
		if s.Code == x.Code {
			return // "protesters clashed with rival protesters": one side
		}
	}
	h.target = c.group(st, m)
}
