package events

import "github.com/dyad-events/dyad/actors"

// protestedMission gives a protest (root 14) whose only target is another
// state's embassy or consulate ([embassy nouns]) that state alone: the
// mission is a building the crowd marched past, rallied at or stormed, and
// the gold sets code such a building as its state, bare ("Hundreds of
// Vietnamese marched past the Chinese embassy in Hanoi" VNMCVL 141 CHN, as
// "protested outside the Chinese embassy" already was; gold README,
// Conventions, decided 2026-12-01). The mission's own staff or envoy
// ("the embassy's spokesman") is no building and is left as found.
func (c *Coder) protestedMission(st *sentence, h *verbHit) {
	if len(h.target) != 1 || len(h.source) == 0 || len(h.code) < 2 || h.code[:2] != "14" {
		return
	}
	toks := st.toks
	t := h.target[0]
	if len(t.Country) != 3 || t.Code == t.Country || t.Country == h.source[0].Country || t.End < 1 || t.End > len(toks) {
		return
	}
	n := t.End
	if n < len(toks) && (toks[n].Text == "'s" || toks[n].Text == "'") {
		n++
	}
	mission := !t.Possessive && c.words.embassyNouns[toks[t.End-1].Lower] ||
		t.Possessive && n < len(toks) && c.words.embassyNouns[toks[n].Lower]
	if !mission {
		return
	}
	if n < len(toks) && (toks[n].Text == "'s" || toks[n].Text == "'") && !t.Possessive {
		return // "the embassy's spokesman"
	}
	h.target = []actors.Mention{bareCountry(c, t)}
}
