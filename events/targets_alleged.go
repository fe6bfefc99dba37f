package events

// Targets of force or coercion that an accusation, a blame or a denial
// alleges: the accuser's own thing, the facility hit, the accuser itself.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// allegedForce reports an act of force (roots 18–20) that an accusation
// alleges in a gerund ("Washington accused Iran of attacking two oil
// tankers"): the accusation makes it an event even when the text names no
// one it was aimed at (CODING.md: "X accused Y of Z" is X 112 Y plus Y Z,
// alleged; the gold sets code such an act with target null). Nouns and
// infinitives in the scope ("of planning a chemical weapons attack", "of
// sending troops to fight for Russia") are not the act alleged.
func allegedForce(st *sentence, h *verbHit) bool {
	if h.status != dyad.Alleged || len(h.accuser) == 0 || len(h.source) == 0 || h.p.Noun ||
		st.toks[h.head].Tag != "VBG" || !gerundOf(st.toks, h.head) {
		return false
	}
	switch cameo.Root(h.code) {
	case "18", "20":
		return true
	case "19":
		// (not a blockade or an occupation, whose object is named: "of
		// blocking progress" is figurative)
		return !strings.HasPrefix(h.code, "191") && !strings.HasPrefix(h.code, "192")
	}
	return false
}

// allegedFacility gives an alleged act of force with no target (see
// allegedForce) the country of the facility it hit: "Putin accused
// Ukraine of attacking the Kursk nuclear power plant" is UKR 190 RUS.
// (refine leaves facilities of alleged acts alone for the sides that
// accuse each other of shelling a plant; h.accuser is unset there.)
func (c *Coder) allegedFacility(st *sentence, h *verbHit) {
	if c.accusersPost(st, h) {
		return
	}
	if len(h.target) != 0 || !allegedForce(st, h) {
		return
	}
	if m := c.facilityPlace(st, h.end); m != nil && m.Country != h.source[0].Country {
		h.target = []actors.Mention{*m}
	}
}

// accusersPost gives an alleged act of force (see allegedForce) on
// "its"/"their" embassy or consulate the accuser's state as target,
// wherever the post stands, and reports whether it did: "Iran accused
// Israel of attacking its embassy in Damascus" is ISR 190 IRN, where the
// object scan had read the host city (SYR). A post named by its state
// ("the Syrian embassy") is left to the other rules.
func (c *Coder) accusersPost(st *sentence, h *verbHit) bool {
	k, toks := h.end, st.toks
	if k+1 >= len(toks) || toks[k].Lower != "its" && toks[k].Lower != "their" || !diplomaticPost(toks[k+1].Lower) {
		return false
	}
	if len(h.target) > 1 || !allegedForce(st, h) {
		return false
	}
	acc := h.accuser[0]
	if acc.Country == "" || acc.Country == h.source[0].Country {
		return false
	}
	if len(h.target) == 1 && h.target[0].Country != acc.Country {
		// only the host city read as the object: "in Damascus"
		if k+3 >= len(toks) || toks[k+2].Lower != "in" || st.at[k+3] < 0 || st.ments[st.at[k+3]].Country != h.target[0].Country {
			return false
		}
	}
	h.target = []actors.Mention{c.countryAt(st, k, acc.Country)}
	return true
}

// accuserOwned gives force or coercion alleged by an accusation (roots
// 15, 17–20) whose object is "its"/"their" thing the accuser's thing as
// target: in "Britain accused China of a cyber attack on its electoral
// commission" the commission is Britain's (gold: CHN 176 GBRGOV), where
// the object scan reads "its" as the alleged actor's own.
func (c *Coder) accuserOwned(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.accuser) == 0 || len(h.source) == 0 || h.status != dyad.Alleged {
		return
	}
	switch cameo.Root(h.code) {
	case "15", "17", "18", "19", "20":
	default:
		return
	}
	acc, toks := h.accuser[0], st.toks
	if acc.Person && acc.Code != h.source[0].Code {
		for k := h.head + 1; k+1 < len(toks) && k < h.end; k++ {
			if (toks[k].Lower == "his" || toks[k].Lower == "her") && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") {
				// "accused the army chief of ordering his arrest": the accuser's
				a := acc
				a.Possessive = false
				h.target = []actors.Mention{a}
				return
			}
		}
	}
	if acc.Country != "" && acc.Country == h.source[0].Country {
		c.ownAccuserOwned(st, h)
		return
	}
	if acc.Country == "" {
		return
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.end+6; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) {
			return
		}
		if toks[k].Lower != "its" && toks[k].Lower != "their" {
			continue
		}
		if p := toks[k-1].Lower; p != "on" && p != "against" && p != "at" && k != h.end {
			return
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if m := st.at[j]; m >= 0 {
				v := st.ments[m]
				if len(v.Sectors) == 0 || v.Person {
					return
				}
				v.Country = acc.Country
				v.Code = acc.Country + strings.Join(v.Sectors, "")
				v.Name = c.matcher.Dictionary().Name(acc.Country)
				v.Unresolved = false
				h.target = []actors.Mention{v}
				return
			}
			if toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
				break
			}
		}
		return
	}
}

// ownAccuserOwned gives force or coercion alleged by an accuser of the
// alleged actor's own country the accuser as target when the act's object
// is "its"/"their" thing and the accuser is no arm of the state (rebels,
// opposition, parties, refugees, civilians) while the actor is one (its
// army, police, government or the state): the thing is the accuser's, as
// a state's own force does not strike its own positions.
//
//	"The M23 accused Congolese forces of bombing its positions"          CODMIL 195 CODREB
//	"The opposition accused police of raiding its offices"               COP 17x OPP
//	"Displaced families accused the army of shelling their camps"        MIL 194 REF/CVL
//
// "Russia's army said its forces …" (a state's own body) and an accuser
// that is itself of the state ("Ukraine's military accused Russian
// forces …" is another country, accuserOwned) give nothing here.
func (c *Coder) ownAccuserOwned(st *sentence, h *verbHit) {
	acc, src, toks := h.accuser[0], h.source[0], st.toks
	if acc.Person || acc.Code == src.Code || !stateArm(src) || stateArm(acc) || len(acc.Sectors) == 0 {
		return
	}
	for k := h.head + 1; k+1 < len(toks) && k < h.end+4; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag)) || st.at[k] >= 0 {
			return
		}
		if toks[k].Lower != "its" && toks[k].Lower != "their" {
			continue
		}
		if p := toks[k-1].Lower; p != "on" && p != "against" && p != "at" && k != h.end {
			return
		}
		if ownedByActor(toks, k+1) {
			return // "their own", "their weapons": what the accused use
		}
		a := acc
		a.Possessive = false
		h.target = []actors.Mention{a}
		return
	}
}

// stateArm reports a mention of a state or one of its arms: the state
// itself (no sector), its government, military, police, intelligence,
// judiciary or legislature.
func stateArm(m actors.Mention) bool {
	if m.Country == "" || nonState(m) {
		return false
	}
	return len(m.Sectors) == 0 && m.Code == m.Country || hasSector(m, "GOV", "MIL", "COP", "SPY", "JUD", "LEG")
}

// blamedForceTarget gives force alleged through "blamed X for" (an act
// the blame's noun names, status alleged) the accuser as target when the
// act names no one, as refine does for acts in an accusation's scope
// ("Kyiv blamed Moscow for a missile strike that killed 13 people in
// Zaporizhzhia": gold RUS 195 UKR).
func (c *Coder) blamedForceTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.accuser) != 0 || len(h.source) == 0 || h.status != dyad.Alleged || h.source[0].Country == "" {
		return
	}
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	for _, g := range st.hits {
		if g.head >= h.head || len(g.source) == 0 || len(g.target) == 0 || st.toks[g.head].Lemma != "blame" {
			continue
		}
		if g.target[0].Code != h.source[0].Code || g.source[0].Country == "" || g.source[0].Country == h.source[0].Country {
			continue
		}
		if t := c.attackPlace(st, h); t != nil && t.Country != h.source[0].Country {
			h.target = []actors.Mention{*t}
			return
		}
		// the accuser only when the act's clause names a place of its own
		// ("… that killed 13 people in Zaporizhzhia"), not a third
		// country's attack it blames ("blamed the Syrian government for
		// the attack")
		if c.placeOf(st, h.end, g.source[0].Country) {
			h.target = []actors.Mention{referent(g.source[0], st, h.head, h.end)}
		}
		return
	}
}

// placeOf reports a place of country named after token from within the
// sentence.
func (c *Coder) placeOf(st *sentence, from int, country string) bool {
	toks := st.toks
	for k := from; k < len(toks) && toks[k].Text != ";"; k++ {
		if m := st.at[k]; m >= 0 {
			if st.ments[m].Place && st.ments[m].Country == country {
				return true
			}
			k = st.ments[m].End - 1
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(toks), 2); ok {
			if p.Country == country {
				return true
			}
			k += n - 1
		}
	}
	return false
}

// deniedForceTarget gives force whose denial names an accuser (status
// denied, roots 15, 18–20) the place attacked, else that accuser, as
// refine does for force alleged in an accusation's scope: "Tehran denied
// a Saudi accusation that it had launched the drone attack on the Abqaiq
// oil facility" (gold: IRN 195 SAU denied).
func (c *Coder) deniedForceTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.status != dyad.Denied || h.source[0].Country == "" {
		return
	}
	switch cameo.Root(h.code) {
	case "15", "18", "19", "20":
	default:
		return
	}
	for _, g := range st.hits {
		if g.head >= h.head || !g.p.has(flagDeny) || len(g.source) == 0 || len(g.target) == 0 {
			continue
		}
		acc := g.target[0]
		if g.source[0].Country != h.source[0].Country || acc.Country == "" || acc.Country == h.source[0].Country {
			continue
		}
		c.forceOnAccuser(st, h, acc)
		return
	}
	// the denial's target is set after the hits are read: the accuser
	// named as "a Saudi accusation" right after a denial verb
	for _, g := range st.hits {
		if g.head >= h.head || !g.p.has(flagDeny) || len(g.source) == 0 || g.source[0].Country != h.source[0].Country {
			continue
		}
		for j := g.end; j < h.head && j < g.end+3; j++ {
			m := st.at[j]
			if m < 0 {
				continue
			}
			mt := st.ments[m]
			if mt.Country != "" && mt.Country != h.source[0].Country && mt.End < len(st.toks) && strings.HasPrefix(st.toks[mt.End].Lower, "accusation") || mt.Possessive && mt.Country != "" && mt.Country != h.source[0].Country {
				mt.Possessive = false
				c.forceOnAccuser(st, h, mt)
			}
			return
		}
	}
}

// forceOnAccuser aims h at the place attacked when one is named (none if
// it is the source's own), else at the state of accuser a.
func (c *Coder) forceOnAccuser(st *sentence, h *verbHit, a actors.Mention) {
	if t := c.attackPlace(st, h); t != nil {
		if t.Country != h.source[0].Country {
			h.target = []actors.Mention{*t}
		}
		return
	}
	a.Code, a.Sectors, a.Modifier, a.Place = a.Country, nil, false, false
	h.target = []actors.Mention{a}
}

// diplomaticPost reports a noun for a state's post abroad (an embassy, a
// consulate), the sending state's wherever it stands.
func diplomaticPost(w string) bool {
	switch w {
	case "embassy", "embassies", "consulate", "consulates":
		return true
	}
	return false
}
