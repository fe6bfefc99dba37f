package events

// Role: a mass killing told in two steps, the victims counted as the
// object of a first verb and the killing's object "them": "dragged 24
// workers from a food plant and shot them dead", "rounded up dozens of
// young men and shot them dead" (202, as "shot dead dozens of young
// men" is).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// massKilledThem makes h a mass killing (202) when its head kills (a
// verb of [killing verbs] or [killing manners] with its word, or "shot
// them dead", "gunned them down": shotThemDead), "them" comes right
// after the head, and the nearest count
// before the head in the same clause part (no comma, semicolon or clause
// break between) counts a mass of unarmed victims: more than 20 of
// [mass victims] (countedMass: "24 villagers"), or of [victim group
// heads] right after the count ("24 workers", taken before they were
// shot), or dozens or more of them (massCount: "dozens of young men"). Soldiers or fighters counted
// ("captured 30 soldiers and shot them") are no such victims. When "them"
// gave no target, the victims are the civilians of the country of the
// place the clause names ("rounded up dozens of men in Bucha": Ukraine's,
// clauseCountry), else of the source's country (the unnamed "young men"
// of the source's own streets). An unidentified
// lone attacker keeps its code, as for the one-step killing (codes.go
// unidentifiedAttacker). Called from refineConflict with the other
// mass-killing rules.
func (c *Coder) massKilledThem(st *sentence, h *verbHit, src actors.Mention) {
	switch h.code {
	case "190", "180", "1823", "193":
	default:
		return
	}
	toks := st.toks
	if h.passive || h.head+1 >= len(toks) || toks[h.head+1].Lower != "them" || unidentifiedAttacker(src) {
		return
	}
	if !st.words.killingHead(toks, h) && !shotThemDead(toks, h.head) {
		return // "shot them in the legs", "shot them with rubber bullets": a wounding
	}
	if !st.words.massBefore(toks, h.head) {
		return
	}
	if len(h.target) > 1 || len(h.target) == 1 && !civil(h.target[0]) {
		return
	}
	h.code = "202"
	country := c.clauseCountry(st, h.head)
	if country == "" {
		country = src.Country
	}
	if len(h.target) == 0 && country != "" {
		k := h.head + 1
		v := actors.Mention{Start: k, End: k + 1, Kind: "coref", Plural: true}
		v.Code, v.Country, v.Sectors = country+"CVL", country, []string{"CVL"}
		v.Name = c.matcher.Dictionary().Name(country)
		v.Span = [2]int{toks[k].Start, toks[k].End}
		v.Text = st.s.Text[v.Span[0]:v.Span[1]]
		h.target = []actors.Mention{v}
	}
}

// shotThemDead reports "shot them dead", "shot them down", "gunned them
// down" at head: a shooting that kills, not "shot them in the legs".
func shotThemDead(toks []dyad.Token, head int) bool {
	if l := toks[head].Lemma; l != "shoot" && l != "gun" || head+2 >= len(toks) {
		return false
	}
	return toks[head+2].Lower == "dead" || toks[head+2].Lower == "down"
}

// massBefore reports the nearest count before head, within twenty tokens
// of its clause part, as a mass of unarmed victims (countedMass or
// massCount); false at a comma or a clause break before any count.
func (v *vocab) massBefore(toks []dyad.Token, head int) bool {
	for k := head - 1; k >= 0 && k >= head-20; k-- {
		if toks[k].Text == "," || isHardBreak(toks[k]) {
			return false
		}
		switch {
		case toks[k].Tag == "CD":
			return v.countedMass(toks, k) || leadingNumber(toks[k].Text) > 20 && k+1 < len(toks) && v.victimGroupHeads[toks[k+1].Lower]
		case toks[k].Lower == "dozens" || toks[k].Lower == "hundreds" || toks[k].Lower == "thousands" || toks[k].Lower == "scores":
			return v.massCount(toks, k)
		}
	}
	return false
}
