package events

// Targets named through a body that stands behind what the sentence names:
// a state's military behind its air bases and border posts ("fired
// missiles at the U.S. al-Udeid air base"), the court named earlier for a
// bare "the court", the firm where a strike is held, the person named in
// apposition after a role ("the group's leader, Mohamed Hamdan Dagalo"),
// the party after the source's own nationality adjective ("cut off U.S.
// aid to Colombia"), the military behind "a Russian missile", and the
// state alone behind its embassy or consulate attacked or closed.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// bodyTargets recodes h's source and target by the bodies behind what
// the sentence names (the rules of this file), after the other target
// families.
func (c *Coder) bodyTargets(st *sentence, h *verbHit) {
	c.ownModifierTarget(st, h)
	armyFacility(st, h)
	missionBuilding(st, h)
	appositivePerson(st, h)
	strikeAtFirm(st, h)
	namedCourt(st, h)
	weaponSubject(st, h)
}

// weaponSubject gives a harm done by "a Russian missile" (or rocket,
// shell, drone, with words that say which: "a Ukrainian sea drone",
// "a Russian cruise missile") that opens the sentence as the verb's
// subject the state's military, as "Russian missiles struck" (an agent
// in the dictionary) already is: "A Russian missile tore through an
// apartment block" is RUSMIL 195 (w2-0001). The singular stays out of the
// dictionary, where it would make "a Russian missile strike" and "North
// Korea's missile launch" the military too.
func weaponSubject(st *sentence, h *verbHit) {
	if !harm(h.code) || h.passive || len(h.source) != 1 {
		return
	}
	s := &h.source[0]
	if s.Kind != actors.KindAdjective || len(s.Sectors) != 0 || s.Country == "" || s.Code != s.Country {
		return
	}
	toks := st.toks
	if !(s.Start == 0 || s.Start == 1 && toks[0].Tag == "DT") || s.End+1 >= len(toks) {
		return
	}
	n := s.End
	for n+2 < len(toks) && n < s.End+2 {
		switch toks[n].Lower {
		case "sea", "naval", "ballistic", "cruise", "hypersonic", "guided", "kamikaze", "anti-ship", "attack":
			n++ // "A Ukrainian sea drone struck", "a Russian cruise missile hit"
			continue
		}
		break
	}
	switch toks[n].Lower {
	case "missile", "rocket", "shell", "drone":
	default:
		return
	}
	if h.head != n && h.head != n+1 || !strings.HasPrefix(toks[n+1].Tag, "VB") {
		return // "a Russian missile strike killed": the strike is the subject (refine.go)
	}
	s.Code, s.Sectors = s.Country+"MIL", []string{"MIL"}
}

// namedCourt gives a target "the court" or "the tribunal" (a judiciary
// agent the coder would give the source's own state) the court the
// sentence named before it: "imposed sanctions on four judges of the
// International Criminal Court, hours after Secretary of State Marco
// Rubio denounced the court's investigations" is USAGOV 111 IGOICC, not
// USAJUD. (The article's earlier sentences already give it.)
func namedCourt(st *sentence, h *verbHit) {
	if len(h.target) != 1 || !hasSector(h.target[0], "JUD") {
		return
	}
	t := h.target[0]
	toks := st.toks
	if t.Start < 1 || t.End-t.Start > 3 || toks[t.Start].Lower != "the" && toks[t.Start].Lower != "court" && toks[t.Start].Lower != "tribunal" {
		return
	}
	head := toks[t.Start].Lower
	if head == "the" && t.Start+1 < len(toks) {
		head = toks[t.Start+1].Lower
	}
	if head != "court" && head != "tribunal" {
		return
	}
	for m := len(st.ments) - 1; m >= 0; m-- {
		o := st.ments[m]
		if o.End > t.Start {
			continue
		}
		if o.Kind != actors.KindOrg && !strings.HasPrefix(o.Code, "IGO") || !courtName(toks[o.Start:o.End]) {
			continue // (an org, or an IGO's officers: "judges of the International Criminal Court")
		}
		o.Place, o.Possessive = false, t.Possessive
		o.Start, o.End, o.Text, o.Span = t.Start, t.End, t.Text, t.Span
		h.target = []actors.Mention{o}
		return
	}
}

// courtName reports an organisation's name that is a court's:
// "International Criminal Court", "ICC", "ICJ", "Tribunal".
func courtName(toks []dyad.Token) bool {
	for _, t := range toks {
		switch t.Text {
		case "Court", "Tribunal", "ICC", "ICJ":
			return true
		}
	}
	return false
}

// strikeAtFirm gives a strike or walkout (root 14) held at a firm the
// firm as its target, as the gold sets code strikes against employers
// (d5t039 KORLAB 1432 KORBUS, d6a005): "began an indefinite strike at
// Samsung Electronics" is … KORBUS, "went on strike at Volkswagen plants"
// DEUBUS, not the government the protest rules default to.
func strikeAtFirm(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.source) == 0 || h.passive {
		return
	}
	if len(h.target) == 1 && hasSector(h.target[0], "BUS") {
		return
	}
	toks := st.toks
	strike := false
	for k := h.head; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages":
			strike = true
		}
	}
	if !strike {
		return
	}
	for k := h.end; k+1 < len(toks) && k < h.end+4; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return
		}
		if toks[k].Lower != "at" {
			continue
		}
		j := k + 1
		j = pastThe(toks, j)
		if m := st.at[j]; m >= 0 && hasSector(st.ments[m], "BUS") && st.ments[m].Country != "" {
			t := st.ments[m]
			t.Place = false
			h.target = []actors.Mention{t}
		}
		return
	}
}

// appositivePerson gives a target named by a role and then by name in an
// apposition the named person's code: "imposed sanctions on the group's
// leader, Mohamed Hamdan Dagalo" is SDNREB (the dictionary dates him),
// not whatever "the group's" was read as. The role ends in a common noun
// and the name, a dictionary person, follows its comma.
func appositivePerson(st *sentence, h *verbHit) {
	if len(h.target) != 1 {
		return
	}
	t := h.target[0]
	toks := st.toks
	if t.Person || t.Kind == actors.KindPerson {
		return
	}
	e := t.End // past a role the mention left out: "the party's founder"
	if e < len(toks) && isPossTok(toks[e]) {
		e++
	}
	for n := 0; n < 2 && e < len(toks) && st.at[e] < 0 && (toks[e].Tag == "NN" || toks[e].Tag == "JJ") && !startsUpperASCII(toks[e].Text); n++ {
		e++
	}
	if e+1 >= len(toks) || toks[e].Text != "," || startsUpperASCII(toks[e-1].Text) {
		return
	}
	if w := toks[e-1].Tag; w != "NN" && w != "NNS" {
		return
	}
	m := st.at[e+1]
	if m < 0 {
		return
	}
	p := st.ments[m]
	if p.Kind != actors.KindPerson || p.Country == "" || p.End < len(toks) && toks[p.End].Text != "," && toks[p.End].Text != "." {
		return
	}
	h.target = []actors.Mention{p}
}

// ownModifierTarget gives an act whose object scan stopped at the source's
// own nationality adjective the party after the object's preposition:
// "Trump said he would cut off all U.S. aid payments to Colombia" is
// USAGOV 1311 COL, "Trump said he would lift all U.S. sanctions on Syria"
// USAGOV 0354 SYR, not the United States against itself.
func (c *Coder) ownModifierTarget(st *sentence, h *verbHit) {
	if len(h.source) == 0 || len(h.target) != 1 || h.source[0].Country == "" {
		return
	}
	t := h.target[0]
	if t.Country != h.source[0].Country || t.End <= h.head || t.Person {
		return
	}
	toks := st.toks
	k := t.End
	n := 0
	for k < len(toks) && n < 4 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ") && !startsUpperASCII(toks[k].Text) {
		k++
		n++
	}
	if n == 0 || toks[k-1].Tag != "NN" && toks[k-1].Tag != "NNS" || k+1 >= len(toks) {
		return // "U.S. aid payments", "U.S. sanctions": a noun after the adjective
	}
	switch toks[k].Lower {
	case "to", "on", "against", "for":
	default:
		return
	}
	j := k + 1
	j = pastThe(toks, j)
	m := st.at[j]
	if m < 0 {
		return
	}
	mt := st.ments[m]
	if mt.Country == "" || mt.Country == t.Country {
		return
	}
	if mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital || mt.Kind == actors.KindAdjective {
		mt.Place, mt.Code, mt.Sectors = false, mt.Country, nil
	}
	h.target = []actors.Mention{mt}
}

// armyFacility gives force aimed at a state's air base, naval base,
// border post or outpost that state's military: "Iran fired missiles at
// the U.S. al-Udeid air base" is IRN 195 USAMIL, "attacked several
// Pakistani border posts" … PAKMIL. Only a state named by its adjective
// or name right before the facility (a base's name may come between:
// "al-Udeid") takes it; "its border posts" stays the state.
func armyFacility(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	if len(h.target) != 1 || h.passive {
		return
	}
	t := &h.target[0]
	if t.Code != t.Country || t.Country == "" || t.Kind != actors.KindAdjective && t.Kind != actors.KindCountry || t.Possessive {
		return
	}
	toks := st.toks
	k := t.End
	for n := 0; n < 4 && k < len(toks) && st.at[k] < 0 && baseNameWord(toks[k]); n++ {
		k++ // a base's own name: "the U.S. al-Udeid air base"
	}
	if !armyFacilityAt(toks, k) {
		return
	}
	t.Code = t.Country + "MIL"
	t.Sectors = []string{"MIL"}
}

// baseNameWord reports a word of a base's name: a capitalised word, a
// hyphen, or an Arabic article ("al-Udeid", "Ain al-Asad").
func baseNameWord(t dyad.Token) bool {
	switch t.Lower {
	case "-", "al", "el", "ad", "as":
		return true
	}
	if i := strings.IndexByte(t.Text, '-'); i > 0 && i+1 < len(t.Text) && t.Text[i+1] >= 'A' && t.Text[i+1] <= 'Z' {
		return true // "al-Udeid"
	}
	return startsUpperASCII(t.Text) || t.Tag == "NNP"
}

// armyFacilityAt reports a military facility noun phrase at token k:
// "air base(s)", "naval base", "airbase", "border post(s)", "outpost(s)",
// "army post(s)", "military positions" (the last with an agent word
// already codes MIL).
func armyFacilityAt(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	next := func(ws ...string) bool {
		if k+1 >= len(toks) {
			return false
		}
		for _, w := range ws {
			if toks[k+1].Lower == w {
				return true
			}
		}
		return false
	}
	switch toks[k].Lower {
	case "airbase", "airbases", "outpost", "outposts", "garrison", "barracks", "base", "bases":
		return true // (a state's "base" right after its name: "fired rockets at a U.S. base")
	case "air", "naval", "navy", "army":
		return next("base", "bases", "post", "posts")
	case "border":
		return next("post", "posts", "outpost", "outposts")
	}
	return false
}

// missionBuilding gives a material act on a state's embassy or consulate
// (riots 145 and roots 15–20: stormed, set on fire, struck, closed) the
// state alone as target: the mission is a building there, as the gold
// README fixes ("Protesters attacked the embassies of Rwanda and France"
// RWA, FRA; "the closure of the last Russian consulate" RUS; "an air
// strike destroyed Iran's consulate" IRN). The matcher codes the building
// so when the verb or preposition right before says it (actors.building);
// this rule reads the phrases it cannot: "the embassies of X", the
// coordinated "the Danish and Norwegian embassies", and words between
// ("the last Russian consulate"). A mission that speaks or is spoken to
// ("the embassy said", "urged the embassy") keeps its government.
func missionBuilding(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "15", "16", "17", "18", "19", "20":
	case "14":
		if !strings.HasPrefix(h.code, "145") {
			return // a march to an embassy is addressed to its government
		}
	default:
		return
	}
	if h.passive {
		return
	}
	toks := st.toks
	for i := range h.target {
		t := &h.target[i]
		if t.Country == "" || t.Code != t.Country+"GOV" || t.Person || !missionOf(toks, t.Start, t.End) {
			continue
		}
		t.Code = t.Country
		t.Sectors = nil
	}
}

// missionOf reports a mention toks[s:e] that names an embassy or a
// consulate: one ending in the noun ("Iran's consulate"; not "French
// embassy staff" nor "staff of the US embassy") or opening with it and
// "of" ("the embassy of Bangladesh"), one a mission noun and "of" open ("the embassies of Rwanda, France and Belgium"), or
// a state's adjective in a list the noun ends ("the Danish and
// Norwegian embassies").
func missionOf(toks []dyad.Token, s, e int) bool {
	if e > s && missionAt(toks, e-1) {
		// "Iran's consulate", not "staff members of the US embassy"
		// (its people are its government)
		for j := s; j < e-1; j++ {
			if toks[j].Lower == "of" {
				return false
			}
		}
		return true
	}
	if e > s+1 && isMissionNoun(toks[s].Lower) && toks[s+1].Lower == "of" {
		return true // "the embassy of Bangladesh"
	}
	k := s - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	for n := 0; k >= 0 && n < 8; n++ {
		// back over the list of states before this one: "of Rwanda,
		// France, Belgium and"
		if toks[k].Lower == "of" {
			return k > 0 && missionAt(toks, k-1)
		}
		if toks[k].Text == "," || toks[k].Lower == "and" || toks[k].Lower == "the" || startsUpperASCII(toks[k].Text) || toks[k].Text == "'s" {
			k--
			continue
		}
		break
	}
	for j := e; j < len(toks) && j < e+6; j++ {
		if isMissionNoun(toks[j].Lower) {
			return missionAt(toks, j)
		}
		if toks[j].Text == "," || toks[j].Lower == "and" || startsUpperASCII(toks[j].Text) {
			continue // "the Danish and Norwegian embassies"
		}
		return false
	}
	return false
}

// isMissionNoun reports a diplomatic mission's noun: "embassy",
// "consulates".
func isMissionNoun(w string) bool {
	switch w {
	case "embassy", "embassies", "consulate", "consulates":
		return true
	}
	return false
}

// missionAt reports a mission noun at token q that names the building,
// not its people: not "embassy staff", "consulate employees" (the people
// of a mission are its government).
func missionAt(toks []dyad.Token, q int) bool {
	if q < 0 || q >= len(toks) || !isMissionNoun(toks[q].Lower) {
		return false
	}
	if q+1 < len(toks) {
		switch toks[q+1].Lower {
		case "staff", "employee", "employees", "worker", "workers", "personnel", "official", "officials", "diplomat", "diplomats",
			"member", "members", "spokesman", "spokeswoman", "spokesperson", "officer", "officers", "guard", "guards":
			return false
		}
	}
	return true
}
