package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// An attack on "the [group] stronghold of PLACE" is aimed at the place's
// state, as an attack on "the town of PLACE" is, not at the group the
// stronghold is named by (the gold sets code strikes and assaults on a
// group's stronghold so):
//
//	"Kenyan jets struck the al Shabaab stronghold of Kismayo on Friday"   KENMIL 195 SOM
//	"Iraqi troops launched an assault on the militant stronghold of Mosul"  IRQMIL 190 IRQ
//
// Occupying a stronghold (192) keeps the group whose ground it was.

// strongholdPlace sets the target of a one-sided attack h (root 19 but 192) with
// "stronghold of" and a place the gazetteer knows after its verb, in its
// clause, when h has no target or only the group that names the
// stronghold.
func (c *Coder) strongholdPlace(st *sentence, h *verbHit) {
	toks := st.toks
	if cameo.Root(h.code) != "19" || h.code == "192" || h.p.has(flagMutual) || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	for k := h.head + 1; k+2 < len(toks) && k < h.end+10; k++ {
		if t := toks[k]; t.Text == "," || t.Text == ";" || finite(t.Tag) && k > h.end {
			return
		}
		if toks[k].Lower != "stronghold" && toks[k].Lower != "strongholds" || toks[k+1].Lower != "of" {
			continue
		}
		if len(h.target) > 0 && !namesStronghold(st, h.target[0], k) {
			return // a target named apart from the stronghold: "fighting the Taliban near their stronghold of …"
		}
		p, n, ok := c.placeAt(st, k+2, len(toks), 3)
		if !ok || p.Country == "" {
			return
		}
		m := c.placeMention(p.Country, toks[k+2:k+2+n], st.s.Text)
		m.Start, m.End = k+2, k+2+n
		h.target = []actors.Mention{*m}
		return
	}
}

// namesStronghold reports target mention t as the group that names the
// stronghold at token k: only modifiers stand between them ("the Islamic
// State stronghold", "the rebels' main stronghold").
func namesStronghold(st *sentence, t actors.Mention, k int) bool {
	if t.End > k || t.End < k-3 {
		return false
	}
	for j := t.End; j < k; j++ {
		switch st.toks[j].Tag {
		case "JJ", "NN", "NNP", "POS":
		default:
			return false
		}
	}
	return true
}
