package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
)

// placeHead reports a noun heading a phrase that names a place by its
// kind: the settlements and regions of [place nouns] ("the port of
// Odesa", "the southern Lebanese city of Tyre") and the further kinds of
// [place kinds] an attack or a location names ("the border enclave of
// Afrin", "the suburbs of"); data/words.txt.
func (v *vocab) placeHead(w string) bool {
	return v.placeNouns[w] || v.placeKinds[w]
}

// regionHead reports a place noun naming a first-level region ("the
// province of Idlib", "the state of Zamfara"): [region heads] of
// data/words.txt.
func (v *vocab) regionHead(w string) bool {
	return v.regionHeads[w]
}

// namedPlace reads a place named from token j up to hi: "Odesa", "the
// port of Odesa", "the southern Ukrainian city of Odesa" (at most four
// modifiers before the place noun and "of"; "a residential area of
// Raqqa" too, whose place phrase follows "a").
func (c *Coder) namedPlace(st *sentence, j, hi int) (gazetteer.Place, bool) {
	toks := st.toks
	if j < hi && toks[j].Lower == "the" {
		j++
	}
	if j < hi && (toks[j].Lower == "a" || toks[j].Lower == "an") && j+1 < hi && !startsUpperASCII(toks[j+1].Text) {
		j++
	}
	if p, n, ok := c.placeAt(st, j, hi, 3); ok {
		if nameGoesOn(toks, j+n) || featureName(toks, j+n) {
			return gazetteer.Place{}, false // "near Scarborough Shoal" is no Scarborough
		}
		if k := j + n; p.Kind == gazetteer.KindCountry && k+1 < hi && (toks[k].Text == "'s" || toks[k].Text == "’s") {
			// "in Russia's Kursk region", "Nigeria's Borno state": the
			// region or city of that country named after it
			if q, _, ok := c.placeAt(st, k+1, hi, 3); ok && q.Country == p.Country && q.Kind != gazetteer.KindCountry {
				return q, true
			}
		}
		if q, ok := c.townOfRegion(st, p, j+n, hi); ok {
			return q, true // "the Nile Delta town of Mahalla el-Kubra": the town (location_town_of.go)
		}
		return p, true
	}

	for k := j; k < hi-2 && k < j+5; k++ {
		if st.words.placeHead(toks[k].Lower) && toks[k+1].Lower == "of" {
			n := k + 2
			if toks[n].Lower == "the" {
				n++
			}
			p, m, ok := c.placeAt(st, n, hi, 3)
			if ok && p.Kind != gazetteer.KindRegion && st.words.regionHead(toks[k].Lower) {
				// "the province of Idlib": the region "Idlib province", not the city
				name := st.s.Text[toks[n].Start:toks[n+m-1].End] + " " + toks[k].Lower
				if r, ok := c.gaz.Lookup(name); ok && r.Kind == gazetteer.KindRegion && r.Country == p.Country {
					return r, true
				}
			}
			return p, ok
		}
		if t := toks[k].Tag; !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return gazetteer.Place{}, false
		}
	}
	return gazetteer.Place{}, false
}

// struckPlace finds the place an act of force struck, for roots 18–20:
// the target when it is a place ("shelled Kharkiv", "Odesa was hit by"),
// or a place phrase right after the verb ("struck the Ukrainian port of
// Odesa", "captured the eastern town of Avdiivka").
func (c *Coder) struckPlace(st *sentence, h *verbHit, tgt *actors.Mention) (gazetteer.Place, bool) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return gazetteer.Place{}, false
	}
	if tgt != nil && len(tgt.Sectors) == 0 && tgt.Text != "" && !isAccuser(h, tgt) {
		if p, ok := c.gaz.Lookup(strings.TrimPrefix(tgt.Text, "the ")); ok {
			return c.targetNamesake(p, tgt), true
		}
		if tgt.Start < tgt.End && tgt.End <= len(st.toks) {
			if p, ok := c.namedPlace(st, tgt.Start, tgt.End); ok {
				return p, true // "The city of Kharkiv was shelled"
			}
		}
	}
	_, hi := clauseBounds(st.toks, h.head)
	hi = reasonStart(st, max(h.head, h.end-1), hi, false) // "in retaliation for strikes on Kunduz" (reasonclause.go)
	if h.end < hi {
		return c.namedPlace(st, h.end, min(hi, h.end+9))
	}
	return gazetteer.Place{}, false
}

// isAccuser reports a target that is the accuser of an alleged act, taken
// when the accusation names no target of the act ("Russia accused
// Ukraine of shelling a market": RUS is the target, but no place struck).
func isAccuser(h *verbHit, tgt *actors.Mention) bool {
	for _, a := range h.accuser {
		if a.Start == tgt.Start && a.End == tgt.End {
			return true
		}
	}
	return false
}

// widenPlaceTarget widens a target named by a country adjective before a place
// phrase to the whole phrase, so its evidence names the place: "the
// Ukrainian port of Odesa", not "the Ukrainian". Other targets are
// returned as they are.
func (c *Coder) widenPlaceTarget(st *sentence, tgt *actors.Mention) *actors.Mention {
	if tgt == nil || tgt.Kind != actors.KindAdjective || tgt.End <= tgt.Start || tgt.End > len(st.toks) {
		return tgt
	}
	toks := st.toks
	k := tgt.End
	for n := 0; n < 2 && k < len(toks) && !st.words.placeHead(toks[k].Lower) && (strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ")); n++ {
		k++ // "the Ukrainian Black Sea port of"
	}
	if k+2 >= len(toks) || !st.words.placeHead(toks[k].Lower) || toks[k+1].Lower != "of" {
		return tgt
	}
	p, n, ok := c.placeAt(st, k+2, len(toks), 3)
	if !ok || p.Country != tgt.Country {
		return tgt
	}
	t := *tgt
	t.End = k + 2 + n
	t.Span[1] = toks[t.End-1].End
	t.Text = st.s.Text[t.Span[0]:t.Span[1]]
	return &t
}

// passivePlaceTarget returns the country of a place that is the subject
// of a passive act of force ("Odesa was struck by Russian missiles", "The
// city of Kharkiv was shelled by Russian forces"), as the place struck is
// the target of the active form; nil for other roots or subjects, and
// when the place is the agent's own country.
func (c *Coder) passivePlaceTarget(st *sentence, h *verbHit) []actors.Mention {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return nil
	}
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "RB" || st.isDate[k] || isAux(toks[k]) || toks[k].Tag == "MD") {
		k--
	}
	if k < 0 || k == h.head-1 {
		return nil // no auxiliary: a reduced relative
	}
	j := k
	for j > 0 && k-j < 8 {
		t := toks[j-1]
		if !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "DT" || t.Lower == "of" || t.Tag == "CD") {
			break
		}
		j--
	}
	p, ok := c.namedPlace(st, j, k+1)
	if !ok || len(h.source) > 0 && h.source[0].Country == p.Country {
		return nil
	}
	m := c.placeMention(p.Country, toks[j:k+1], st.s.Text)
	m.Start, m.End = j, k+1
	return []actors.Mention{*m}
}

// seatOfEU recodes "Brussels" used as an actor ("Brussels warned London",
// "Brussels' sanctions") as the European Union, whose institutions it
// names in international news; after a preposition it stays the Belgian
// capital, a place ("talks in Brussels", "flew to Brussels").
func (c *Coder) seatOfEU(toks []dyad.Token, ms []actors.Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != actors.KindCapital || m.Code != "BEL" || m.Start >= len(toks) || toks[m.Start].Text != "Brussels" {
			continue
		}
		j := beforeThe(toks, m.Start)
		if j >= 0 && (toks[j].Tag == "IN" || toks[j].Tag == "TO") {
			continue
		}
		if e := m.End; e < len(toks) && strings.HasPrefix(toks[e].Tag, "NN") && startsLowerASCII(toks[e].Text) {
			continue // "the Brussels assault", "Brussels airport": the city
		}
		if c.words.attackPlaceCompound(toks, m) {
			continue // "The Brussels attack killed …", "attack" read as a verb: the city (places_attackcompound.go)
		}
		m.Code, m.Country, m.Sectors, m.Kind = "IGOEUREEC", "", []string{}, actors.KindOrg
		m.Name = c.matcher.Dictionary().Name("IGOEUREEC")
	}
}

// topicNoun reports nouns naming a situation talked about, whose place ("the
// war in Syria", "the crisis in Sudan") is not where the talk happens:
// [topic nouns] of data/words.txt.
func (v *vocab) topicNoun(w string) bool {
	return v.topicNouns[w]
}

// compassPlace reads a place named after an adjective of direction from
// token j: "(the) northern Syria", "central Mali". It locates an event,
// but names no venue of a meeting (CODING.md's third-country 044 asks for
// where the parties met, not a region talked about).
func (c *Coder) compassPlace(st *sentence, j, hi int) (gazetteer.Place, bool) {
	toks := st.toks
	if j < hi && toks[j].Lower == "the" {
		j++
	}
	if j+1 < hi && st.words.compassWord(toks[j].Lower) {
		if p, _, ok := c.placeAt(st, j+1, hi, 3); ok {
			return p, true
		}
	}
	return gazetteer.Place{}, false
}

// compassWord reports an adjective of direction before a place name:
// "northern", "south-eastern", "central" ([compass adjectives] of
// data/words.txt).
func (v *vocab) compassWord(w string) bool {
	return v.compassAdjectives[w]
}

// militaryObject reports a military object right after token from
// ("accused Rwandan troops of shelling positions near Sake in North
// Kivu"): the force alleged is aimed at the accuser's forces, not at the
// place named after it. The objects are [military objects] of
// data/words.txt, the nouns that may modify one ("army positions")
// [military object modifiers].
func (v *vocab) militaryObject(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		w := toks[k].Lower
		if v.militaryObjects[w] {
			return true
		}
		if w == "its" || w == "their" || w == "the" || v.militaryObjectModifiers[w] {
			continue
		}
		return false
	}
	return false
}

// targetNamesake returns the namesake of place p in the country the
// coder gave the target that names it, when the gazetteer gives p's name
// to places of several countries: the place struck is the target's
// ("Venezuelan rebels attacked Valencia in Spain" struck Spain's
// Valencia, the target ESP, not Venezuela's, the gazetteer's first);
// else p.
func (c *Coder) targetNamesake(p gazetteer.Place, tgt *actors.Mention) gazetteer.Place {
	if len(tgt.Country) != 3 || tgt.Country == p.Country || p.Kind == gazetteer.KindCountry {
		return p
	}
	for _, q := range c.gaz.All(p.Name) {
		if q.Country == tgt.Country && q.Kind != gazetteer.KindCountry {
			return q
		}
	}
	return p
}
