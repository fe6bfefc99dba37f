package events

import (
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
	case k >= 3 && toks[k].Tag == "NNP" && toks[k-1].Lower == "of" && placeNoun(toks[k-2].Lower):
		// "in the Russian city of Yekaterinburg"
		p = k - 3
		for p >= 0 && p >= k-6 && (st.at[p] >= 0 && st.ments[st.at[p]].Modifier || toks[p].Tag == "JJ" || toks[p].Tag == "DT") {
			p--
		}
	case placeNoun(toks[k].Lower) || toks[k].Lower == "oblast" || toks[k].Lower == "state":
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
