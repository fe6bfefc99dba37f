package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// possessedTarget gives an act of force with no target the state an "its"
// or "their" in its object means, when that is the speaker who reports
// the act: "Ukraine said Russia attacked its energy infrastructure" is
// RUS 190 UKR, "Israel said Hezbollah fired rockets at its northern
// towns" LBNREB 190 ISR, "Japan's defence ministry said Chinese navy
// ships had entered its territorial waters" CHNMIL 150 JPN; so is "the
// country" ("According to Ukraine's air force, Russia fired 40 drones at
// the country overnight"). The object
// must follow the verb (at most three words on, or after "at", "on",
// "against"); the target is the speaker's state, its military for
// military objects ("attacked its border posts"). A speaker of the
// source's own state ("Russia said its forces had …") gives nothing. The
// owner is the target before the place ("Iran said Israel had bombed its
// embassy in Damascus" is ISR 195 IRN, located in Damascus).
func (c *Coder) possessedTarget(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "15", "17", "18", "19", "20":
	default:
		return
	}
	r := st.reporter
	if len(h.target) > 0 && h.target[0].Kind != "place" || len(h.source) == 0 || r == nil || r.Country == "" || r.End > h.head || h.passive {
		return
	}
	src := h.source[0]
	if src.Country == "" || src.Country == r.Country {
		return
	}
	toks := st.toks
	k := h.head + 1
	for ; k < len(toks) && k < h.end+3; k++ {
		if k+1 < len(toks) && toks[k].Lower == "the" && toks[k+1].Lower == "country" && st.at[k] < 0 {
			break // "fired 40 drones at the country": the speaker's
		}
		if w := toks[k].Lower; w == "its" || w == "their" || st.at[k] >= 0 || toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "V") {
			break // (the pattern's own words may hold the object: "entered its territorial waters")
		}
	}
	country := k+1 < len(toks) && toks[k].Lower == "the" && toks[k+1].Lower == "country"
	if k >= len(toks) || toks[k].Lower != "its" && toks[k].Lower != "their" && !country || st.at[k] >= 0 {
		return
	}
	if toks[k-1].Lower == "from" || toks[k-1].Lower == "of" || ownThing(toks, k+1) {
		return // "fired a missile from its capital", "one of its missile tests": the source's own
	}
	m := c.countryAt(st, k, r.Country)
	if militaryOwned(toks, k+1) {
		m.Code, m.Sectors = r.Country+"MIL", []string{"MIL"}
	}
	h.target = []actors.Mention{m}
}

// countryAt is the state country as a mention standing at token k (an
// "its" or "their" read as that state): kind coref, no sectors, the span
// and text token k's.
func (c *Coder) countryAt(st *sentence, k int, country string) actors.Mention {
	m := actors.Mention{Kind: "coref", Start: k, End: k + 1}
	m.Code, m.Country, m.Sectors = country, country, []string{}
	m.Name = c.matcher.Dictionary().Name(country)
	m.Span = [2]int{st.toks[k].Start, st.toks[k].End}
	m.Text = st.s.Text[m.Span[0]:m.Span[1]]
	return m
}

// militaryOwned reports an owned object phrase from token k whose head is
// a military post or force: "(its) border posts", "(their) forward
// positions", "(its) troops".
func militaryOwned(toks []dyad.Token, k int) bool {
	return ownedHead(toks, k, func(w string) bool {
		switch w {
		case "positions", "position", "bases", "base", "outposts", "outpost", "posts", "post", "troops", "soldiers", "forces",
			"checkpoints", "checkpoint", "warships", "ships", "vessels", "jets", "aircraft", "drones", "patrol", "patrols", "convoy":
			return true
		}
		return false
	})
}

// ownThing reports an owned object phrase from token k that names what an
// actor uses, not what it strikes: "(its) missile tests", "(its) weapons".
func ownThing(toks []dyad.Token, k int) bool {
	return ownedHead(toks, k, func(w string) bool {
		switch w {
		case "missile", "missiles", "test", "tests", "weapon", "weapons", "drills", "exercises", "arsenal", "nuclear", "programme", "program", "capital", "territory", "own":
			return true
		}
		return false
	})
}

// ownedHead reports a word of the set among the first three words of
// the noun phrase from token k (nouns and adjectives only).
func ownedHead(toks []dyad.Token, k int, set func(string) bool) bool {
	for n := 0; k < len(toks) && n < 3; n, k = n+1, k+1 {
		if set(toks[k].Lower) {
			return true
		}
		if t := toks[k].Tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// tradePartner returns the state named as the other end of a trade flow
// in h's clause ("lifted its ban on rice exports to Bangladesh", "curbs
// on imports from China"), for an act on trade with no target yet: the
// partner is whom the embargo or its easing touches. nil when none.
func (c *Coder) tradePartner(st *sentence, h *verbHit) []actors.Mention {
	switch h.code {
	case "085", "163", "061", "1312":
	default:
		return nil
	}
	toks := st.toks
	_, hi := clauseBounds(toks, h.head)
	for k := h.head + 1; k+2 < hi && k < h.end+10; k++ {
		w := toks[k].Lower
		if !(w == "exports" || w == "export" || w == "shipments") || toks[k+1].Lower != "to" && toks[k+1].Lower != "into" {
			if !(w == "imports" || w == "import") || toks[k+1].Lower != "from" {
				continue
			}
		}
		j := k + 2
		if toks[j].Lower == "the" && j+1 < hi {
			j++
		}
		if m := st.at[j]; m >= 0 && !st.ments[m].Modifier && (len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
			return []actors.Mention{st.ments[m]}
		}
		if p, n, ok := c.placeAt(st, j, hi, 3); ok && (len(h.source) == 0 || p.Country != h.source[0].Country) {
			pm := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
			pm.Start, pm.End = j, j+n
			return []actors.Mention{*pm}
		}
		return nil
	}
	return nil
}
