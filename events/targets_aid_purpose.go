package events

// Aid, and a pledge of aid, that names no recipient but says what the
// money or goods are for and where goes to the state of that place:
//
//	"Qatar pledged $100 million to rebuild homes destroyed in Yemen's southern Abyan province"   QAT 0331 YEM (was no target)
//	"Kuwait pledged $500 million for reconstruction in Iraq"                                      KWT 0331 IRQ (was no target)
//
// The gold sets code the place's state as the recipient of aid for a
// place ("pledged $400 million for housing and roads in Gaza" PSE, "sent
// $100 million to help rebuild Mosul" IRQ, "lent Kenya 30 million euros
// for water projects in the arid north"). Only aid codes (aidCode), only
// when no target was found, only a purpose ("to" and a verb, or "for")
// within six words after the verb phrase, and only a place "in" that
// purpose within its clause that is not the giver's own country; "to
// help its farmers in the drought-hit north" keeps no target, and neither
// do military aid and peacekeepers (072, 074, 0332, 0334: "ready to send
// 20,000 troops to help keep the peace in Gaza" has none).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// aidPurposePlace gives an aid hit with no target the state of the place
// its purpose clause names after "in".
func (c *Coder) aidPurposePlace(st *sentence, h *verbHit) {
	if !aidCode(h.code) || len(h.target) != 0 || len(h.source) == 0 || h.passive {
		return
	}
	switch h.code {
	case "072", "074", "0332", "0334":
		return // troops "to help keep the peace in Gaza": no recipient (gold dev8-wire C0183)
	}
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+6; k++ {
		w := toks[k].Lower
		switch w {
		case ",", ";", "that", "which", "who", "after", "before", "when", "while", "as", "because", "but", "and":
			return
		}
		j := -1
		if w == "to" && k+1 < len(toks) && !startsUpperASCII(toks[k+1].Text) && (toks[k+1].Tag == "VB" || purposeVerb(toks[k+1].Lower)) {
			j = k + 1
		} else if w == "for" {
			j = k
		}
		if j < 0 {
			continue
		}
		p := purposeIn(toks, j)
		if p < 0 {
			return
		}
		t := c.placeAfter(st, p)
		if len(t) == 0 || len(t[0].Country) != 3 {
			return
		}
		for _, s := range h.source {
			if s.Country == t[0].Country {
				return // "to help its farmers in the north": the giver's own
			}
		}
		h.target = t[:1]
		return
	}
}

// purposeIn returns the token after "in" in the purpose opening at j
// ("to rebuild roads and bridges in Haiti", "for reconstruction in Iraq",
// "to repair homes destroyed in Yemen's Abyan province"), within ten words
// and the clause (a comma, a relative word, a finite verb); -1 when none.
func purposeIn(toks []dyad.Token, j int) int {
	for k := j + 1; k < len(toks)-1 && k < j+10; k++ {
		switch toks[k].Lower {
		case ",", ";", "that", "which", "who", "after", "before", "when", "while", "as", "because", "but", "to", "for":
			return -1
		case "in":
			return k + 1
		}
		if tg := toks[k].Tag; tg == "VBZ" || tg == "VBP" || tg == "MD" || strings.HasPrefix(tg, "PRP") {
			return -1
		}
	}
	return -1
}
