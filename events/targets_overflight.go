package events

// A show of force flown or fired over another state targets that state
// (gold README, decided 2026-12-01: a missile fired over a country has
// that country as target): "North Korea launched a ballistic missile over
// Japan" is PRK 150 JPN, "fired a missile over Japan's northern island of
// Hokkaido" too. The object scan reads no actor in a "over" phrase, and a
// launch "over" a state is no strike on it (firedPast keeps it 150). Only
// "over" names the state so: "into the sea off its east coast" and "into
// the sea near the border" have no target, and a sea ("over the Baltic
// Sea") or the source's own state ("over its territory") none either.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// overflownState sets h's target to the state named after "over" (or
// "above": "fired rockets above Tel Aviv") in the clause of a show of force (150) that has no target: the place's country
// resolved in the gazetteer, as a mention of that country alone (Code and
// Country the ISO code, no sectors). A direction word or "the" may stand
// between ("over northern Japan"); the phrase must follow the verb within
// eight tokens of the hit's end, with no comma before it. A noun hit
// with its actor ("conducted a missile launch over Japan", "North
// Korea's missile launch over Japan") takes the state the same way. A
// relative clause on the missile after a comma names it too: "fired a
// ballistic missile, which passed through Japan's airspace" (through, a
// state, then "airspace"), "…, which flew over Japan".
func (c *Coder) overflownState(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.end - 1; k < len(toks)-1 && k < h.end+8; k++ {
		if k <= h.head {
			continue
		}
		if w := toks[k].Text; w == "," && k+1 < len(toks) && toks[k+1].Lower == "which" {
			continue // "fired a ballistic missile, which passed through Japan's airspace"
		}
		if w := toks[k].Text; w == "," || w == ";" || w == "." {
			return
		}
		through := toks[k].Lower == "through" && k > 0 && flownVerb(toks[k-1])
		if toks[k].Lower != "over" && toks[k].Lower != "above" && !through {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		p, n, ok := c.overPlace(st, j)
		if !ok {
			j, p, n, ok = c.overPlaceIn(st, j)
		}
		if ok {
			if p == "" || p == h.source[0].Country || j+n < len(toks) && waterWord(toks[j+n].Lower) {
				return // "over the Taiwan Strait": a sea, not the state
			}
			if through && !airspaceAfter(toks, j+n) {
				return // "passed through Hokkaido" says no state's airspace
			}
			m := c.placeMention(p, toks[j:j+n], st.s.Text)
			m.Start, m.End = j, j+n
			h.target = []actors.Mention{*m}
		}
		return
	}
}

// overPlaceIn reads the place of an "in" phrase that ends the noun
// phrase after "over" ("flew low over Kurdish villages in northern Iraq's
// Amadiya district" is over Iraq): "in" within five tokens of j, with no
// comma, verb or other preposition before it, then the place (past
// "the"). It returns the place's first token, its country and length.
func (c *Coder) overPlaceIn(st *sentence, j int) (int, string, int, bool) {
	toks := st.toks
	for k := j; k < len(toks)-1 && k < j+5; k++ {
		t := toks[k]
		if t.Lower == "in" {
			at := k + 1
			if toks[at].Lower == "the" && at+1 < len(toks) {
				at++
			}
			p, n, ok := c.overPlace(st, at)
			return at, p, n, ok
		}
		if t.Tag == "IN" || t.Tag == "," || t.Text == "," || t.Tag == "CC" || t.Tag == "TO" || len(t.Tag) > 1 && t.Tag[:2] == "VB" {
			break
		}
	}
	return j, "", 0, false
}

// overPlace returns the country of the place at j, or at j+1 past a
// capitalised direction word ("Northern Japan"), with the place's length
// in tokens; ok is false when no place starts there.
func (c *Coder) overPlace(st *sentence, j int) (string, int, bool) {
	if p, n, ok := c.placeAt(st, j, len(st.toks), 3); ok {
		return p.Country, n, true
	}
	if j+1 < len(st.toks) && st.words.compassWord(st.toks[j].Lower) {
		if p, n, ok := c.placeAt(st, j+1, len(st.toks), 3); ok {
			return p.Country, n + 1, true
		}
	}
	return "", 0, false
}

// waterWord reports a noun that makes a place name before it a sea or a
// strait: "the Taiwan Strait", "the Black Sea", "the Gulf of Oman".
func waterWord(w string) bool {
	switch w {
	case "strait", "straits", "sea", "gulf", "ocean", "channel", "bay":
		return true
	}
	return false
}

// flownVerb reports a verb of a missile's flight before "through" ("passed
// through", "flew through").
func flownVerb(t dyad.Token) bool {
	return t.Lemma == "pass" || t.Lemma == "fly"
}

// airspaceAfter reports "airspace" at j, past a possessive ending ("Japan's
// airspace", "Japanese airspace" is no place name and stays unread).
func airspaceAfter(toks []dyad.Token, j int) bool {
	if j < len(toks) && toks[j].Tag == "POS" {
		j++
	}
	return j < len(toks) && toks[j].Lower == "airspace"
}
