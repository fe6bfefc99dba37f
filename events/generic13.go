package events

// Generic groups as actors (generic13): people named by what they are
// ("protesters", "residents", "students", "workers", "villagers") rather
// than by a name in the actor dictionary. The dictionary
// (actors/data/agents.txt) gives each such word its CAMEO sector (CVL,
// OPP, EDU, LAB, REF, HLH, MED, AGR, REL, BUS); the coder gives it a country
// from context (coref.go resolve). This file adds two places that
// context comes from:
//
//   - a place named right before the group: "Gaza residents", "Mosul
//     residents", "Lagos traders" are of the place's state
//     (groupPlaceCountry), as "Borno state governor" is of its
//     (jurisdictionCountry, actors8.go);
//   - the other party of a mutual verb named after "with" behind a count
//     or modifiers: "clashed with anti-government protesters", "clashed
//     with thousands of protesters" (mutualWithGroup), as
//     mutualWithModified (targets6.go) does for named parties.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

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
	for j := max(0, m.Start-3); j < m.Start; j++ {
		if j > 0 && possessiveOrName(toks[j-1]) {
			continue // "Trump's Gaza plan", "John Gaza": not a place opening the phrase
		}
		if p, n, ok := c.placeAt(st, j, m.Start, 3); ok && j+n == m.Start && p.Country != "" {
			return p.Country
		}
	}
	return ""
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
// is mutualWithModified's (targets6.go); "with other protesters" and
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
