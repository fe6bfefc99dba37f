package events

// A protest held at an organisation's office or at another state's military
// base is aimed at the organisation or at that state's forces: the place
// phrase after the protest verb names the seat, and the seat's owner is
// the protest's target.
//
//	"Refugees staged a sit-in outside the UNHCR office in Amman"       SYRREF 141 IGOUNOHCR
//	"Villagers staged a sit-in at the gate of a U.S. Marine base"      JPNCVL 141 USAMIL
//
// The gold sets code protests by whom they are aimed at ("Conventions fixed
// here": protests against a state's policy take that government; a
// mission as a building is its state; a protest outside a parliament its
// legislature), and the dev wire sets code these two seats so (W40048,
// W50038). The office rule reads only international and non-governmental
// organisations (an office of the protesters' own state is a government
// building, left to the protest rules); the base rule only a state other
// than the protesters' own ("protested outside a U.S. base in Okinawa"
// by Japanese villagers). Only a protest (root 14) with no target found
// reads so, after missionProtested.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// officeProtested gives a protest hit with no target the owner of the
// office or base named by the first place phrase (buildingObject) within
// ten tokens after the pattern, past "the gate of" or "the entrance to" and
// an article: an IGO or NGO mention whose last word or next word is an
// office noun ([protested office nouns]), or a mention of another state
// than the protesters' followed within three words by a base noun
// ([protested base nouns]), coded as that state's MIL.
func (c *Coder) officeProtested(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || cameo.Root(h.code) != "14" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k <= h.end+10; k++ {
		if k >= h.end && placePhraseEnd(toks[k].Lower) {
			return
		}
		j := buildingObject(toks, k)
		if j < 0 {
			continue
		}
		if j+2 < len(toks) && seatArticle(toks[j].Lower) && seatPart(toks[j+1].Lower) && (toks[j+2].Lower == "of" || toks[j+2].Lower == "to") {
			j += 3 // "at the gate of a U.S. Marine base"
		}
		if j < len(toks) && seatArticle(toks[j].Lower) {
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
		owner := strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "NGO")
		if owner && (c.words.officeNouns[toks[m.End-1].Lower] || n < len(toks) && c.words.officeNouns[toks[n].Lower]) {
			h.target = []actors.Mention{m}
			return
		}
		if len(m.Country) == 3 && m.Country != h.source[0].Country && !owner && c.baseAfter(st, n) {
			t := m
			t.Code, t.Sectors, t.Name = m.Country+"MIL", []string{"MIL"}, c.matcher.Dictionary().Name(m.Country)
			h.target = []actors.Mention{t}
		}
		return
	}
}

// baseAfter reports a base noun within three words from token n, the words
// before it nouns or adjectives ("Marine base", "military air base").
func (c *Coder) baseAfter(st *sentence, n int) bool {
	for k := n; k < len(st.toks) && k < n+3; k++ {
		if c.words.baseNouns[st.toks[k].Lower] {
			return true
		}
		switch st.toks[k].Tag {
		case "NN", "NNP", "JJ":
		default:
			return false
		}
	}
	return false
}

// seatPart lists the parts of a building a protest is held at: "the gate
// of", "the entrance to".
func seatPart(w string) bool {
	switch w {
	case "gate", "gates", "entrance", "entrances", "doors", "fence", "perimeter":
		return true
	}
	return false
}

// seatArticle reports an article before a seat's noun phrase.
func seatArticle(w string) bool {
	return w == "the" || w == "a" || w == "an"
}
