package events

// Troops sent abroad, by the purpose the sentence gives them. Troops a
// country sends to another country protect it or keep the peace there
// (074, 0334 as a plan: refine.go); the purpose named after the
// deployment, in the same clause, can make it another act:
//
//   - "for training", "for exercises", "to train": military cooperation
//     with the host (062, 0312 as a plan): "North Korea has sent about
//     3,000 troops to Russia for training";
//   - "to fight for" or "to fight alongside" a country, "to support its
//     war": military aid to that country (072, 0332 as a plan), the country
//     after "for" or "alongside" its recipient: "accused North Korea of
//     sending troops to fight for Russia";
//   - "to help fight" or "to fight" an epidemic or a disaster: humanitarian
//     aid (073, 0333 as a plan): "would send 3,000 troops to West Africa to
//     help fight the Ebola epidemic";
//   - "to keep the peace", "to help keep the peace": peacekeeping (074,
//     0334 as a plan) also where only a place is named: "is ready to send
//     20,000 troops to help keep the peace in Gaza".
//
// Troops sent to fight an enemy stay a deployment aimed at it (154,
// targets_enemy.go), also alongside an ally ("to fight alongside Somali
// soldiers against al-Shabaab"), and troops moved to a border stay aimed
// at the neighbour: "deployed troops to Ukraine's border for drills" is
// RUS 154 UKR (borderOf), no 074 or 062 with Ukraine.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// sentToward reports whether the mention starting at token start follows
// "to" (or "into" when into is set), the article and up to two adjectives
// between ("sent troops to the Central African Republic", "sent soldiers
// to eastern Congo", "deployed troops into the Congolese town of Bunia").
// Troops sent or poured "into" a country are an incursion or a build-up
// (154: "Turkey sent troops into Iraq"); only "deployed into" is told as
// a deployment there.
func sentToward(toks []dyad.Token, start int, into bool) bool {
	k := start - 1
	for n := 0; k >= 1 && n < 2 && toks[k].Tag == "JJ"; n++ {
		k--
	}
	if k >= 1 && toks[k].Lower == "the" {
		k--
	}
	return k >= 0 && (toks[k].Lower == "to" || into && toks[k].Lower == "into")
}

// borderOf reports a country's border after its mention ending at token
// end: "'s" and at most two modifiers, then a noun of the [border nouns]
// of data/words.txt ("to Ukraine's border", "to Armenia's eastern border").
func (v *vocab) borderOf(toks []dyad.Token, end int) bool {
	if end >= len(toks) || toks[end].Tag != "POS" && toks[end].Lower != "'s" && toks[end].Lower != "’s" {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+3; k++ {
		if v.borderNouns[toks[k].Lower] {
			return true
		}
		if t := toks[k].Tag; t != "JJ" && t != "NN" && t != "NNP" {
			return false
		}
	}
	return false
}

// troopsPurpose recodes a deployment hit h (154, 074 or 0334, troops or
// soldiers among its words) by the purpose phrase after it, within 14
// tokens and before a comma, semicolon or finite verb; see the file
// comment. A plan (status future) takes the 03x intent code.
func (v *vocab) troopsPurpose(st *sentence, h *verbHit) {
	if h.code != "154" && h.code != "074" && h.code != "0334" || len(h.source) != 1 ||
		!words(st.toks[h.head:h.end], "troops", "soldiers", "forces", "personnel", "servicemen") {
		return
	}
	toks := st.toks
	future := h.status == dyad.Future
	set := func(code, intent string) {
		if future {
			code = intent
		}
		h.code = code
	}
	for k := h.end; k+1 < len(toks) && k <= h.end+14; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || finite(t.Tag) {
			return
		}
		next := toks[k+1].Lower
		switch {
		case t.Lower == "for" && (next == "training" || next == "exercises" || next == "drills"),
			t.Lower == "to" && next == "train":
			// trained by the host: cooperation with the country they go to
			if h.code != "154" && len(h.target) > 0 && len(h.target[0].Sectors) == 0 {
				set("062", "0312")
			}
			return
		case t.Lower == "to" && (next == "fight" || next == "support" || next == "help"):
			j := k + 2
			if next == "help" && j < len(toks) && toks[j].Lower == "fight" {
				j++
			}
			if j >= len(toks) {
				return
			}
			w := toks[j].Lower
			switch {
			case next == "fight" && (w == "for" || w == "alongside"):
				// (troops moved to a border to fight alongside an ally stay
				// aimed at the neighbour: "moved troops to its border with
				// Ukraine to fight alongside Russian forces" BLR 154 UKR)
				// ("to fight alongside Somali soldiers against al-Shabaab"
				// is aimed at the enemy: targets_enemy.go)
				if againstAfter(toks, j+1, j+12) >= 0 {
					return
				}
				if m, ok := foreignActorAt(st, h, j+1); ok && (h.code != "154" || len(h.target) == 0 || h.target[0].Country == m.Country) {
					set("072", "0332")
					h.target = []actors.Mention{m}
				}
			case next == "support" && (w == "its" || w == "their" || w == "the") && j+1 < len(toks) &&
				(toks[j+1].Lower == "war" || toks[j+1].Lower == "invasion" || toks[j+1].Lower == "offensive"):
				if h.code != "154" && len(h.target) > 0 {
					set("072", "0332")
				}
			case next != "support" && v.disasterAhead(toks, j):
				set("073", "0333")
			case next == "help" && (w == "keep" || w == "maintain") && j+2 < len(toks) && toks[j+2].Lower == "peace":
				set("074", "0334")
			}
			return
		case t.Lower == "to" && (next == "keep" || next == "maintain") && k+3 < len(toks) && toks[k+3].Lower == "peace":
			set("074", "0334") // "to keep the peace"
			return
		}
	}
}

// foreignActorAt returns the actor mention starting within two tokens of
// from that is a country's, not the source's own, and no place.
func foreignActorAt(st *sentence, h *verbHit, from int) (actors.Mention, bool) {
	for j := from; j < len(st.toks) && j <= from+2; j++ {
		m := st.at[j]
		if m < 0 {
			continue
		}
		e := st.ments[m]
		if e.Place || e.Country == "" || e.Country == h.source[0].Country {
			return actors.Mention{}, false
		}
		return e, true
	}
	return actors.Mention{}, false
}

// disasterAhead reports an epidemic or natural disaster (the [disaster
// words] of data/words.txt) named within four tokens from k: "(to help fight) the Ebola epidemic", "the wildfires".
func (v *vocab) disasterAhead(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if v.disasterWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// foughtAlongside gives troops fighting alongside another country's
// forces (062, "fight alongside" in verbs.txt) that force as target, the
// actor right after "alongside": "North Korean troops are fighting
// alongside Russian forces" PRKMIL 062 RUSMIL, not the enemy named after
// "against". An actor of the fighters' own country is none. Volunteers,
// militiamen and gunmen fighting alongside a force ("a British woman
// fighting alongside Kurdish forces") and civilians fought alongside are
// no state's cooperation: no event.
func foughtAlongside(st *sentence, h *verbHit) {
	if h.code != "062" || st.toks[h.head].Lemma != "fight" || len(h.source) == 0 {
		return
	}
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		if st.toks[k].Lower != "alongside" {
			continue
		}
		h.target = nil
		if m, ok := foreignActorAt(st, h, k+1); ok && !m.Place {
			h.target = []actors.Mention{m}
		}
		irregular := func(m actors.Mention) bool { return hasSector(m, "CVL", "UAF", "CRM", "REF") }
		var src []actors.Mention
		for _, m := range h.source {
			if !irregular(m) {
				src = append(src, m)
			}
		}
		h.source = src
		if len(src) == 0 || len(h.target) > 0 && irregular(h.target[0]) {
			h.code = ""
		}
		return
	}
}

// arrivedIn makes the country a force arrived, landed, crossed or flew
// into the target of its protection (074): "Saudi troops crossed into
// Bahrain … to help put down protests" is SAUMIL 074 BHR, "Rwandan troops
// arrived in Mozambique to help the army fight insurgents" RWAMIL 074 MOZ,
// not the insurgents the purpose names. The country is the state itself
// or a place the gazetteer knows, within three words after the first "in",
// "into" or "at" following the verb; a hit of any other verb, or a place in the
// source's own country, keeps its target. A police force (COP) is a force
// sent abroad only when it arrives in another country: police arriving in
// a town of their own country, or in no place named, are no event.
func (c *Coder) arrivedIn(st *sentence, h *verbHit) {
	if h.code != "074" || len(h.source) != 1 {
		return
	}
	switch st.toks[h.head].Lemma {
	case "arrive", "land", "cross", "move", "fly", "roll", "head", "pour":
	default:
		return
	}
	if !c.arrivedAbroad(st, h) && hasSector(h.source[0], "COP") && !hasSector(h.source[0], "MIL", "REB", "UAF") {
		h.code = ""
	}
}

// arrivedAbroad sets the target of arrival hit h to the country named or
// placed within three words after the first "in", "into" or "at" following the
// verb when it is not the source's own (arrivedIn), and reports whether it
// did.
func (c *Coder) arrivedAbroad(st *sentence, h *verbHit) bool {
	toks := st.toks
	k := h.head + 1
	for ; k < len(toks) && k <= h.head+2; k++ {
		if toks[k].Lower == "in" || toks[k].Lower == "into" || toks[k].Lower == "at" {
			break // (a port or airport landed at: "landed at the Albanian port of Durres")
		}
	}
	if k >= len(toks) || k > h.head+2 {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+4; j++ {
		if m := st.at[j]; m >= 0 && st.ments[m].Kind == actors.KindCountry && len(st.ments[m].Sectors) == 0 {
			if st.ments[m].Country == h.source[0].Country {
				return false
			}
			h.target = []actors.Mention{st.ments[m]}
			return true
		}
		p, _, ok := c.placeAt(st, j, len(toks), 1)
		if !ok {
			continue
		}
		if p.Country == h.source[0].Country {
			return false
		}
		m := c.placeMention(p.Country, toks[j:j+1], st.s.Text)
		m.Start, m.End = j, j+1
		h.target = []actors.Mention{*m}
		return true
	}
	return false
}
