package events

// A protest held at another state's embassy or consulate is aimed at that
// state: the mission is named by the place phrase after the protest verb,
// with the state as an adjective or a possessive before the mission noun
// ([embassy nouns] of words.txt).
//
//	"Protesters burned tyres outside the Iranian consulate in Basra"   IRQCVL 145 IRN
//	"Students rallied in front of Russia's embassy in Tbilisi"         GEOEDU 141 RUS
//
// A protest outside a parliament with no other target is aimed at that
// legislature ("Students rallied outside parliament in Jakarta" IDNEDU 141
// IDNLEG; a protest "against the government" outside it keeps the
// government, found before).
//
// Only a protest (root 14) with no target found reads so, and never its
// own state's mission ("Americans rallied outside the U.S. embassy in
// Paris" keeps what the object scan found).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// missionProtested gives a protest hit with no target the state whose
// mission stands after "outside", "at", "near", "before" or "in front of"
// plus "the" within ten tokens after the pattern: the country code alone
// of the adjective or possessive state (st.ments) right before the
// mission noun, or of the mission's own mention ("the Turkish consulate"
// is one mention, TUR).
func (c *Coder) missionProtested(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || cameo.Root(h.code) != "14" {
		return
	}
	toks := st.toks
	if leg := c.legislatureProtested(st, h); leg != nil {
		h.target = []actors.Mention{*leg}
		return
	}
	for k := h.end; k+3 < len(toks) && k <= h.end+10; k++ {
		if placePhraseEnd(toks[k].Lower) || toks[k].Lower == "before" && toks[k+1].Lower != "the" {
			return // the place phrase ends at a clause
		}
		j := buildingObject(toks, k)
		if j < 0 {
			continue
		}
		if j >= len(toks) || toks[j].Lower != "the" && !(j+1 < len(toks) && st.at[j] >= 0 && st.ments[st.at[j]].Possessive) {
			return
		}
		if toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 {
			return
		}
		m := st.ments[st.at[j]]
		n := m.End
		if n < len(toks) && (toks[n].Text == "'s" || toks[n].Text == "'") {
			n++
		}
		inner := m.End-m.Start > 1 && c.words.embassyNouns[toks[m.End-1].Lower] // "the Turkish consulate" is one mention
		if !inner && (n >= len(toks) || !c.words.embassyNouns[toks[n].Lower]) || len(m.Country) != 3 || m.Country == h.source[0].Country {
			return
		}
		h.target = []actors.Mention{bareCountry(c, m)}
		return
	}
}

// buildingObject returns the index of the first word after a preposition
// at token k that places an act by a building ("outside", "at", "near",
// "before", "opposite", "front" of "in front of": past its "of"), -1 when
// token k opens no such phrase.
func buildingObject(toks []dyad.Token, k int) int {
	switch toks[k].Lower {
	case "outside", "at", "near", "before", "opposite":
		return k + 1
	case "front":
		if k > 0 && toks[k-1].Lower == "in" && k+1 < len(toks) && toks[k+1].Lower == "of" {
			return k + 2
		}
	}
	return -1
}

// legislatureProtested returns the target of protest h held outside a
// legislature: the first place phrase after the protest verb (in the
// pattern, "rallied outside parliament", or after it) whose preposition
// (buildingObject) is followed, past "the" or a state's possessive,
// by a mention of role LEG alone ("parliament", "the National Assembly",
// "Kenya's parliament"); that mention, given the protesters' country when
// it names none. Nil when there is none.
func (c *Coder) legislatureProtested(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.end+6; k++ {
		if k >= h.end && placePhraseEnd(toks[k].Lower) {
			return nil
		}
		j := buildingObject(toks, k)
		if j < 0 {
			continue
		}
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j >= len(toks) || st.at[j] < 0 {
			return nil
		}
		m := st.ments[st.at[j]]
		if m.Possessive && m.End+1 < len(toks) && st.at[m.End+1] >= 0 {
			m = st.ments[st.at[m.End+1]] // "Kenya's parliament"
		}
		role := strings.TrimPrefix(m.Code, m.Country)
		if role != "LEG" {
			return nil
		}
		if m.Country == "" || m.Unresolved {
			src := h.source[0]
			if len(src.Country) != 3 {
				return nil
			}
			m.Country, m.Code, m.Unresolved = src.Country, src.Country+"LEG", false
		}
		return &m
	}
	return nil
}

// placePhraseEnd reports a word that ends a place phrase: a comma, a
// semicolon, a conjunction or relative word opening a clause.
func placePhraseEnd(w string) bool {
	switch w {
	case ",", ";", "after", "as", "when", "while", "because", "which", "who", "that":
		return true
	}
	return false
}
