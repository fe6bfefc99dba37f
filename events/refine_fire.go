package events

// Fire and strikes in refine: missiles and shells fired at, near, past or
// toward a state, artillery, bombs dropped, air strikes and whose aircraft
// flew them, the source's own forces, retaliation, armed victims and "shot and
// wounded".

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// firedAt reports missiles or shells fired or launched at the hit's
// target ("fired missiles at Guam", "launched rockets into Israel"), not
// merely fired (a test into the sea is a show of force).
func firedAt(st *sentence, h *verbHit) bool {
	return firedNear(st, h) && !firedPast(st, h) && !firedToward(st, h)
}

// firedNear reports missiles or shells fired or launched at, into,
// toward or near the hit's target: a strike on it (firedAt), or a launch
// past it, which threatened is a threat of force all the same
// ("threatened to fire four missiles into the sea near Guam": 138).
func firedNear(st *sentence, h *verbHit) bool {
	head := st.toks[h.head].Lemma
	return len(h.target) > 0 && (head == "fire" || head == "launch") && h.target[0].Start > h.head &&
		aimed(st.toks[h.head:h.target[0].Start])
}

// targetPrep returns the index of the preposition that governs the hit's
// target, past the target's own determiners and modifiers ("into the sea
// off Japan": "off"), -1 when none.
func targetPrep(st *sentence, h *verbHit) int {
	k := h.target[0].Start - 1
	for k > h.head && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "JJ" || st.toks[k].Lower == "mainland") {
		k--
	}
	if k <= h.head {
		return -1
	}
	return k
}

// firedPast reports missiles fired beside, near or over a state, or into
// its waters, rather than into it: "into the sea off Japan", "into waters
// near Guam", "into Japan's exclusive economic zone", "over Japan" (CODING.md:
// launches and tests are 150, only strikes 19x).
func firedPast(st *sentence, h *verbHit) bool {
	toks := st.toks
	if k := targetPrep(st, h); k >= 0 {
		switch toks[k].Lower {
		case "off", "near", "over", "past", "around", "beyond", "outside":
			return true
		}
	}
	if e := h.target[0].End; e+1 < len(toks) && isPossTok(toks[e]) {
		for j := e + 1; j < len(toks) && j <= e+4; j++ {
			switch toks[j].Lower {
			case "waters", "sea", "zone", "eez", "coast", "coastline":
				return true // "into Japan's exclusive economic zone"
			}
		}
	}
	return false
}

// firedToward reports missiles fired toward a state or in its direction
// ("fired three ballistic missiles toward Japan"): a launch, not a strike
// on its territory. Rockets, shells and mortars fired toward a state are
// fire on it ("fired hundreds of rockets toward southern Israel" stays
// 194).
func firedToward(st *sentence, h *verbHit) bool {
	toks := st.toks
	k := targetPrep(st, h)
	if k < 0 {
		return false
	}
	toward := toks[k].Lower == "toward" || toks[k].Lower == "towards" ||
		toks[k].Lower == "of" && k >= 1 && toks[k-1].Lower == "direction"
	if !toward {
		return false
	}
	missile := false
	for _, t := range toks[h.head:k] {
		switch t.Lower {
		case "rocket", "rockets", "shells", "shell", "mortars", "mortar", "artillery", "drones", "drone":
			return false
		case "missile", "missiles", "projectile", "projectiles", "icbm", "icbms":
			missile = true
		}
	}
	return missile
}

// firedAtPosition reports missiles or shells fired or launched at a
// military position or into a state's territory, or with casualties
// named in the clause's first participle ("fired a guided missile at a
// Kurdish position, wounding two soldiers", "fired missiles into
// Pakistani-controlled territory in the early hours of Wednesday,
// killing at least 26 people"): an attack with no actor target, not a
// show of force.
func firedAtPosition(st *sentence, h *verbHit) bool {
	toks := st.toks
	head := toks[h.head].Lemma
	if head != "fire" && head != "launch" {
		return false
	}
	for k := h.end; k < len(toks) && k <= h.end+12; k++ {
		switch toks[k].Lower {
		case "at", "on", "into":
			if k > h.end+6 {
				continue // (only a casualty clause counts this far: "into Pakistani-controlled territory in the early hours of Wednesday, killing")
			}
			limit := k + 4
			if k+1 < len(toks) && toks[k+1].Lower == "what" {
				limit += 4 // "at what it said were militant bases"
			}
			for m := k + 1; m < len(toks) && m <= limit; m++ {
				switch toks[m].Lower {
				case "position", "positions", "base", "bases", "outpost", "outposts", "convoy", "convoys", "checkpoint",
					"troops", "soldiers", "forces", "camp", "post", "posts", "vehicle", "vehicles", "targets", "patrol", "territory":
					return true
				}
			}
		case ",":
			if k+1 < len(toks) {
				switch toks[k+1].Lower {
				case "killing", "wounding", "injuring":
					return true
				}
			}
			return false
		}
	}
	return false
}

// aimed reports "at", "on" or "into" among toks: fire aimed at something.
func aimed(toks []dyad.Token) bool {
	for _, t := range toks {
		if t.Lower == "at" || t.Lower == "on" || t.Lower == "into" || t.Lower == "toward" || t.Lower == "towards" {
			return true
		}
	}
	return false
}

// namesAct reports an object noun phrase naming a use of force: "the
// launch", "Tuesday's strikes".
func namesAct(toks []dyad.Token, from int) int {
	for k := from; k < len(toks) && k < from+4; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "launch", "launche", "test", "attack", "strike", "airstrike", "drill", "exercise", "bombing",
			"incursion", "shelling", "raid", "offensive", "invasion", "missile":
			return k
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// actInSpan returns the token of a definite act noun inside a pattern's
// own words, its object ("called the launch a reckless act", "called
// the missile launch \"deeply deplorable\"": the pattern runs to the
// complement), or -1. Only "the" (with at most two modifiers) before the
// noun: "the launch" refers to an act told before; "a launch" does not.
func actInSpan(toks []dyad.Token, h *verbHit) int {
	for k := h.head + 1; k < h.end && k < len(toks) && k <= h.head+4; k++ {
		if namesAct(toks[k:k+1], 0) != 0 {
			continue
		}
		j := k - 1
		for j > h.head && j >= k-2 && (toks[j].Tag == "NN" || toks[j].Tag == "NNP" || toks[j].Tag == "JJ") {
			j--
		}
		if j > h.head && toks[j].Lower == "the" {
			return k
		}
		return -1
	}
	return -1
}

func aerial(text string) bool {
	if strings.Contains(strings.ToLower(text), "suicide") {
		return false // suicide bombers are no aircraft
	}
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		switch w {
		case "jets", "jet", "warplanes", "warplane", "aircraft", "drones", "drone", "helicopters", "bombers", "planes", "f-16", "f-35", "air":
			return true
		}
	}
	return false
}

// ownForce finds the source's own armed forces or police named as the
// object of the hit ("put its army on alert", "scrambled fighter jets",
// "sent peacekeepers"): an agent mention of the source's country with a
// MIL or COP role, or a force noun, inside the pattern or right after it.
// It recodes the source only for a force put on alert; a country that
// sends or scrambles its force stays the source (CODING.md).
func (c *Coder) ownForce(st *sentence, h *verbHit) (actors.Mention, bool) {
	src := h.source[0]
	if src.Country == "" {
		return actors.Mention{}, false
	}
	for k := h.head + 1; k < len(st.toks) && k < h.end+3; k++ {
		if m := st.at[k]; m >= 0 {
			f := st.ments[m]
			if f.Country == src.Country && hasSector(f, "MIL", "COP") && !f.Possessive {
				return f, true
			}
			return actors.Mention{}, false
		}
		sector := ""
		switch st.toks[k].Lower {
		case "jets", "fighters", "warplanes", "bombers", "warships", "troops", "soldiers", "army", "navy", "peacekeepers", "forces":
			sector = "MIL"
		case "police":
			sector = "COP"
		}
		if sector != "" && !(k+1 < len(st.toks) && st.toks[k+1].Tag == "POS") {
			f := src
			f.Code, f.Sectors, f.Kind = src.Country+sector, []string{sector}, "coref"
			f.Start, f.End = k, k+1
			f.Span = [2]int{st.toks[k].Start, st.toks[k].End}
			f.Text = st.s.Text[f.Span[0]:f.Span[1]]
			f.Person, f.Possessive, f.Modifier, f.Place = false, false, false, false
			return f, true
		}
	}
	return actors.Mention{}, false
}

// retaliation reports words of a retaliation among toks: "retaliate",
// "revenge", "reprisals", "respond".
func retaliation(toks []dyad.Token) bool {
	for _, t := range toks {
		switch t.Lemma {
		case "retaliate", "retaliation", "revenge", "avenge", "reprisal", "reprisals", "retribution", "respond", "response":
			return true
		}
	}
	return false
}

// forceNounAt reports a noun of an air or drone strike at token i:
// "airstrike", "air strikes", "drone strike" (flown by a military, as the
// "Israeli air strikes" rule above says; "Russian shelling" and "a
// Russian missile strike" stay the country's: the gold sets code one
// missile strike as the subject, A0089, MIL).
func forceNounAt(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "airstrike", "airstrikes":
		return true
	case "air", "drone":
		if i+1 < len(toks) {
			switch toks[i+1].Lower {
			case "strike", "strikes", "attack", "attacks", "raid", "raids":
				return true
			}
		}
	}
	return false
}

// stateForceModifier reports a state named as the modifier of an air or
// drone strike noun right after it (forceNounAt): a nationality ("an
// Israeli air strike"), a country name or a possessive ("a U.S. air
// strike", "Israel's airstrikes"), with no sector of its own. Such a
// strike is the state's military's (gold README, decided 2026-12-01); a
// plain "Israeli strike" or "Russian missiles" is not one.
func stateForceModifier(toks []dyad.Token, m actors.Mention) bool {
	if m.Kind != actors.KindAdjective && m.Kind != actors.KindCountry || len(m.Sectors) > 0 || len(m.Country) != 3 || m.Code != m.Country {
		return false
	}
	return forceNounAt(toks, m.End)
}

// flownBy reports an air strike flown "by" aircraft a nationality names,
// m right after "by" (and an article) past the strike noun: "air strikes
// by Syrian planes".
func flownBy(toks []dyad.Token, h *verbHit, m actors.Mention) bool {
	s := m.Start
	by := s > 0 && toks[s-1].Lower == "by" || s > 1 && toks[s-2].Lower == "by" && toks[s-1].Tag == "DT"
	return by && s > h.head && m.Kind == actors.KindAdjective && len(m.Sectors) == 0 && m.Country != "" && forceNounAt(toks, h.head)
}

// artilleryFired reports a "fire" hit whose object is artillery, shells
// or mortars fired somewhere other than into the sea, near a maritime
// border or into the air, and not
// in a drill, test or warning ("fired artillery along the Line of
// Control", "fired mortar shells at the town").
func artilleryFired(st *sentence, h *verbHit) bool {
	if !words(st.toks[h.head:h.end], "artillery", "shells", "shell", "mortar", "mortars") {
		return false
	}
	return !words(st.toks[h.head:], "sea", "waters", "maritime", "air", "drill", "drills", "exercise", "exercises", "test", "tests", "warning", "salute")
}

// bombedRange reports bombs dropped (the hit h, verb "drop") on a
// military field or firing range ("on a shooting range"), up
// to the clause's end: a drill only when the range is what is bombed (not
// bombs dropped on a village "near the firing range") and is the
// dropper's own or no one's ("on a Ukrainian military training range",
// "on a Hamas training field" are strikes), and no other actor is the
// target. (Bombs dropped "near" a town are a strike as often as a drill.)
func bombedRange(st *sentence, h *verbHit) bool {
	toks := st.toks
	own := func(m actors.Mention) bool {
		return len(h.source) > 0 && m.Country != "" && m.Country == h.source[0].Country && !nonState(m)
	}
	for _, m := range h.target {
		if !m.Place && !own(m) {
			return false
		}
	}
	k := h.head
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if m := st.at[j]; m >= 0 && !own(st.ments[m]) {
			return false // another's range: "a Ukrainian military training range"
		}
		switch w := toks[j].Lower; w {
		case ",", ";", "killing", "and", "near", "outside", "beside", "close", "next":
			return false
		case "field", "range", "ranges", "drill", "drills", "exercise", "exercises":
			switch toks[j-1].Lower {
			case "military", "firing", "training", "shooting", "bombing", "live-fire", "joint":
				return true
			}
		}
	}
	return false
}

// armedTargets reports a hit whose targets are all armed forces (MIL):
// "rebels killed 20 soldiers in fighting" is fighting (19x), not the
// unconventional violence against non-combatants of 180.
func armedTargets(h *verbHit) bool {
	if len(h.target) == 0 {
		return false
	}
	for _, t := range h.target {
		if !hasSector(t, "MIL") {
			return false
		}
	}
	return true
}

// armedVictim returns the token of an [armed person nouns] word heading
// h's object ("shot the gunman dead", "shot dead the attacker"), after
// at most a determiner and modifiers, or -1: the victim is an armed man,
// no civilian.
func armedVictim(st *sentence, h *verbHit) int {
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+4; k++ {
		t := toks[k]
		if st.words.armedPersonNouns[t.Lower] {
			return k
		}
		if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Lower != "dead" {
			return -1
		}
	}
	return -1
}

// shotAndWounded reports "wound" at i as the second verb of "shot and
// (seriously) wounded".
func shotAndWounded(toks []dyad.Token, i int) bool {
	j := skipAdverbsBack(toks, i-1)
	return j >= 1 && toks[j].Lower == "and" && toks[j-1].Lemma == "shoot"
}
