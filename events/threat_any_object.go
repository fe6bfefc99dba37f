package events

// A threat against "any" craft or settlement ("threatened to shoot down
// any plane flying over Aleppo", "warned that its patrol boats would board
// any Chinese vessel", "warned that any village found sheltering Islamic
// State fighters would be razed") names no party, yet the sentence says
// whose they are, and the gold codes that owner as the target (dev43
// W43053 SYRREB 138 SYRMIL, dev50 W50043 JPNGOV 130 CHNCVL, dev40 W40060
// IRQUAF 138 IRQCVL):
//   - a demonym before the noun names the country: a vessel or a
//     settlement its civilians (CVL), a warplane its forces (MIL);
//   - with none, a warplane is the force the sentence tells striking the
//     threatener ("after government jets bombed rebel-held districts");
//   - with none, a village or town threatened by an armed group (rebels,
//     militias) is of the group's own country, its civilians.
// A vessel with no demonym ("any ship heading to Israel") and a state's
// threat to unnamed villages keep no target: the sentence names no owner.
// The nouns are the [threatened craft], [threatened warplanes] and
// [threatened settlements] lists.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// anyObjectOwner returns the owner of an "any" craft or settlement in the
// threat hits[k]'s clause, within fifteen words after its verb and before
// a comma or a semicolon; nil when there is none or the sentence names
// no owner. Between "any" and the noun (at most five words) stand
// adjectives, a demonym of one word or more ("any South Korean vessel")
// and nouns of a compound ("any Indonesian fishing boat", "any patrol
// boat"); a mention with a role of its own there ("any Japanese coast
// guard vessel") is no demonym, and gives no target.
func (c *Coder) anyObjectOwner(st *sentence, hits []verbHit, live []bool, k int) []actors.Mention {
	h := &hits[k]
	if len(h.source) == 0 {
		return nil
	}
	src := h.source[0]
	toks := st.toks
	a := -1
	for x := h.head + 1; x < len(toks) && x <= h.end+15; x++ {
		if toks[x].Text == "," || toks[x].Text == ";" {
			return nil
		}
		if toks[x].Lower == "any" {
			a = x
			break
		}
	}
	if a < 0 {
		return nil
	}
	country, n := "", a+1
	for ; n < len(toks) && n <= a+5; n++ {
		if m := st.at[n]; m >= 0 {
			if v := st.ments[m]; v.Country != "" && country == "" && !v.Person && len(v.Sectors) == 0 {
				country = v.Country // "any Chinese vessel", "any South Korean vessel"
				n = v.End - 1
				continue
			}
			return nil
		}
		if toks[n].Tag != "JJ" && toks[n].Tag != "VBN" && !nounModifier(toks, n) {
			break // (adjectives: "any foreign vessel", "any armed boat")
		}
	}
	if n >= len(toks) || n > a+5 {
		return nil
	}
	w := toks[n].Lower
	craft, warplane, settlement := st.words.threatenedCraft[w], st.words.threatenedWarplanes[w], st.words.threatenedSettlements[w]
	switch {
	case country != "" && (craft || settlement):
		return []actors.Mention{c.armedGroupAt(st, src, n, "CVL", country)}
	case country != "" && warplane:
		return []actors.Mention{c.armedGroupAt(st, src, n, "MIL", country)}
	case warplane:
		return strikerOf(st, hits, live, k)
	case settlement && nonState(src) && src.Country != "":
		return []actors.Mention{c.armedGroupAt(st, src, n, "CVL", src.Country)}
	}
	return nil
}

// nounModifier reports a singular noun or a gerund at n that a noun
// follows: the first word of a compound ("fishing boat", "patrol boat").
func nounModifier(toks []dyad.Token, n int) bool {
	if n+1 >= len(toks) || (toks[n].Tag != "NN" && toks[n].Tag != "VBG") {
		return false
	}
	switch toks[n+1].Tag {
	case "NN", "NNS":
		return true
	}
	return false
}

// strikerOf returns the force the sentence tells striking the threatener
// of hits[k] from the air or by fire, in an asserted act of force (roots
// 18-20) against it: "after government jets bombed rebel-held districts"
// (the districts the rebels', SYRMIL 195 SYRREB), its target the
// threatener or a place held by the threatener's kind of group in its
// country. Nil when there is no such act.
func strikerOf(st *sentence, hits []verbHit, live []bool, k int) []actors.Mention {
	src := hits[k].source[0]
	for j := range hits {
		g := &hits[j]
		if j == k || !live[j] || g.status != dyad.Asserted || len(g.source) == 0 {
			continue
		}
		if r := cameo.Root(g.code); r < "18" || r > "20" {
			continue
		}
		if g.source[0].Code == src.Code || !hasSector(g.source[0], "MIL") {
			continue
		}
		if len(g.target) > 0 && g.target[0].Code == src.Code {
			return g.source[:1]
		}
		if x, sector := heldObject(st, g.end); len(g.target) == 0 && x >= 0 && hasSector(src, sector) && g.source[0].Country == src.Country {
			return g.source[:1] // "bombed rebel-held districts": the rebels' ground (held_place.go)
		}
	}
	return nil
}
