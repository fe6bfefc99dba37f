package events

// Targets the object scan (roles.go) misses because the sentence names
// them obliquely. Each rule runs only when the hit has no target yet
// (except where it says), and each stands for a structure, not a phrasing:
//
//   - a treaty's other party: leaving, suspending or scrapping a
//     bilateral treaty reduces relations with the state on its other
//     side, named by the treaty ("New START", "the Indus Waters Treaty")
//     or by a two-country compound ("the inter-Korean military
//     agreement");
//   - the author of a nominal act that is rejected or condemned, named
//     in a "by"/"from" phrase after the act's noun ("stonewalled a
//     request by U.N. nuclear inspectors", "snubbed a delegation from
//     ECOWAS") or in the passive subject ("An offer of talks by
//     Azerbaijan was rejected"); the object of an act noun in a rejected
//     phrase ("opposed any unilateral sanctions on Iran");
//   - the object of a condemnation placed after its "as" complement
//     ("condemned as state terrorism an Israeli air strike");
//   - the accuser's own thing inside an alleged act ("accused China of a
//     cyber attack on its electoral commission": Britain's), and the
//     country of the facility an alleged act of force hit;
//   - the accuser as the target of force alleged by a "blamed X for"
//     whose act names no one ("Kyiv blamed Moscow for a missile strike
//     that killed 13 people");
//   - a demand for the release of people held in a country, aimed at
//     that country ("demanded that jailed Georgian opposition leaders be
//     released");
//   - a show of force in a sea named for a country ("drills in the
//     Taiwan Strait");
//   - a state's own unnamed people as the object of its release, apology
//     or restriction ("apologised to victims", "free political
//     prisoners");
//   - the side people or bodies are handed over or returned "to"
//     ("handed over the bodies of four hostages to Israel",
//     targets_handed_to.go);
//   - the state an envoy is recalled from ("recalled its own envoy from
//     Tehran"), and the state a passive expulsion or release names after
//     "from" ("two Iranian diplomats expelled from Germany");
//   - the place a possessive "the port's", "the city's" refers to, named
//     earlier in the sentence;
//   - the accuser as the target of force whose denial names no other
//     ("denied a Saudi accusation that it had launched the drone
//     attack");
//   - the reporting state as the target of force or a withdrawal at "the
//     border" it reports, and of a ceasefire violation it reports;
//   - the author of the act a relative or reduced clause comments on (",
//     an escalation that Caracas denounced", ", a charge Israel
//     rejected");
//   - a person's own government ("Former prime minister Boris Johnson
//     criticised the government's plan");
//   - the body whose act a veto blocks ("blocked an EU statement on Hong
//     Kong"), the state a complaint is "against";
//   - the government of the leader outside whose residence or office a
//     protest is held;
//   - the partner an intent to talk names in its condition ("ready to
//     resume talks … if Washington lifted sanctions"), the intruders
//     warning shots answer ("after North Korean soldiers crossed"), and
//     a state's own civilians named by a role the matcher leaves without
//     its sector ("a prominent human rights lawyer");
//   - the reporter's own thing hit by force it reports ("MSF said
//     Israeli forces had fired on one of its convoys"), the state whose
//     bid support is drummed up for ("among EU partners for Ukraine's
//     bid"), the country of the people aid is pledged for ("for victims
//     of the earthquake in Myanmar");
//   - the subject of the clause a passive participle in a time phrase
//     names ("adopted a tough stance after being urged by Trump");
//   - and no target where the obvious noun is none: the victim of a
//     killing or arrest condemned with no author named, a protest "in
//     solidarity with" a people, deportees sent "to the Libyan border".
//
// The rules are kept by family: treaties in targets_treaty.go, the
// authors of acts in targets_act_author.go, alleged force in
// targets_alleged.go, held and own people in targets_held_people.go, the
// reporter's own in targets_reporter.go, dropped targets in
// targets_not_aimed.go; places, seas, conditions and aid here.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// obliqueTargets runs the oblique rules on h, in this order, after
// targetFamilies'.
func (c *Coder) obliqueTargets(st *sentence, h *verbHit) {
	if h.code == "" {
		return
	}
	c.treatyParty(st, h)
	c.asComplementObject(st, h)
	c.nominalAuthor(st, h)
	c.accuserOwned(st, h)
	c.blamedForceTarget(st, h)
	c.releaseHolder(st, h)
	c.namedSea(st, h)
	c.ownPeople(st, h)
	c.returnedHome(st, h)
	c.handedTo(st, h)
	c.recalledFrom(st, h)
	withdrawnDiplomats(st, h)
	c.placePossessor(st, h)
	c.deniedForceTarget(st, h)
	c.reporterBorder(st, h)
	solidarity(st, h)
	borderDestination(st, h)
	c.importsFrom(st, h)
	c.antecedentAct(st, h)
	c.ownGovernment(st, h)
	vetoedBody(st, h)
	complaintAgainst(st, h)
	c.reporterCeasefire(st, h)
	victimNotCondemned(st, h)
	c.protestAtSeat(st, h)
	conditionPartner(st, h)
	warnedIntruder(st, h)
	civilObject(st, h)
	reporterOwned(st, h)
	supportedBid(st, h)
	c.aidForPeopleIn(st, h)
}

// implicitTarget is a state mention for country that no words of the
// sentence name as an actor: the empty span and text mark it implicit.
func (c *Coder) implicitTarget(h *verbHit, country string) actors.Mention {
	var m actors.Mention
	m.Code, m.Country, m.Kind = country, country, actors.KindCountry
	m.Name = c.matcher.Dictionary().Name(country)
	m.Start, m.End = h.head, h.head
	return m
}

// namedSea gives a show of force (root 15) in a sea or strait named for a
// country that is not the actor's ("drills in the Taiwan Strait": gold
// CHN 150 TWN) that country as target, as one near its coast is.
func (c *Coder) namedSea(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "15" || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && k >= h.end {
			return
		}
		if w := toks[k].Lower; w != "in" && w != "into" && w != "across" && w != "through" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		if j+1 >= len(toks) {
			return
		}
		switch toks[j+1].Lower {
		case "strait", "straits":
		default:
			continue
		}
		if cn := c.countryWord(toks[j].Lower); cn != "" && cn != h.source[0].Country {
			m := c.implicitTarget(h, cn)
			m.Start, m.End = j, j+1
			m.Text = st.s.Text[toks[j].Start:toks[j].End]
			m.Span = [2]int{toks[j].Start, toks[j].End}
			h.target = []actors.Mention{m}
			return
		}
	}
}

// clauseWord gives the first token w in [from, to) before any comma or
// semicolon, with a token after it, -1 for none.
func clauseWord(toks []dyad.Token, from, to int, w string) int {
	for k := from; k+1 < len(toks) && k < to; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return -1
		}
		if toks[k].Lower == w {
			return k
		}
	}
	return -1
}

// placePossessor gives force (roots 18–20) aimed at "the port's", "the
// city's" things the country of the place the sentence named before:
// "grain shipments from Odesa were suspended after Russian drones struck
// the port's storage terminals" (gold: RUSMIL 1952 UKR).
func (c *Coder) placePossessor(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	k := h.end
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k+1 >= len(toks) || !st.words.placeNoun(toks[k].Lower) || toks[k+1].Text != "'s" && toks[k+1].Text != "’s" {
		return
	}
	// the last place named before the verb
	country := ""
	for j := 0; j < h.head; j++ {
		if m := st.at[j]; m >= 0 {
			if mt := st.ments[m]; mt.Place && mt.Country != "" {
				country = mt.Country
			}
			j = st.ments[m].End - 1
			continue
		}
		if p, n, ok := c.placeAt(st, j, h.head, 2); ok && startsUpperASCII(toks[j].Text) {
			if p.Country != "" {
				country = p.Country
			}
			j += n - 1
		}
	}
	if country == "" || country == h.source[0].Country {
		return
	}
	m := c.implicitTarget(h, country)
	m.Start, m.End = k, k+2
	m.Text = st.s.Text[toks[k].Start:toks[k+1].End]
	m.Span = [2]int{toks[k].Start, toks[k+1].End}
	h.target = []actors.Mention{m}
}

// importsFrom gives an investigation (root 09) into imports from a
// country that country as target, as tariffs on its goods take it: "an
// anti-dumping investigation … into steel imports from Vietnam" (gold:
// INDGOV 090 VNM).
func (c *Coder) importsFrom(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "09" || len(h.target) != 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+10; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && k >= h.end {
			return
		}
		if toks[k].Lower != "from" || toks[k-1].Lower != "imports" {
			continue
		}
		if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && (len(h.source) == 0 || st.ments[m].Country != h.source[0].Country) {
			mt := st.ments[m]
			mt.Place, mt.Code, mt.Sectors = false, mt.Country, nil
			h.target = []actors.Mention{mt}
		}
		return
	}
}

// protestAtSeat gives a protest held outside or at a leader's residence
// or office ("rallied outside Prime Minister Benjamin Netanyahu's
// residence") that leader's government as target, as a march on the
// capital is aimed at the government there.
func (c *Coder) protestAtSeat(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.target) != 0 || len(h.source) == 0 || !civil(h.source[0]) {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+4; k++ {
		if w := toks[k].Lower; w != "outside" && w != "at" && w != "near" {
			continue
		}
		m := st.at[k+1]
		if m < 0 && k+2 < len(toks) && toks[k+1].Lower == "the" {
			m = st.at[k+2]
		}
		if m < 0 {
			return
		}
		mt := st.ments[m]
		if !mt.Possessive || !hasSector(mt, "GOV") || mt.Country != h.source[0].Country || mt.End+1 >= len(toks) {
			return
		}
		if st.words.seatNouns[toks[mt.End+1].Lower] {
			gov := mt
			gov.Code, gov.Sectors, gov.Possessive = mt.Country+"GOV", []string{"GOV"}, false
			h.target = []actors.Mention{gov}
		}
		return
	}
}

// conditionPartner gives an intent to negotiate or meet (036, 039, 030)
// with no partner named the state its "if" clause names: "ready to resume
// talks on the nuclear deal if Washington lifted sanctions" (gold: IRN
// 036 USA); the condition tells whom the talks are with.
func conditionPartner(st *sentence, h *verbHit) {
	switch h.code {
	case "036", "039", "030", "031", "032":
	default:
		return
	}
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+8; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && toks[k+1].Lower != "if" {
			return
		}
		if toks[k].Lower != "if" {
			continue
		}
		if m := st.at[k+1]; m >= 0 {
			mt := st.ments[m]
			if mt.Country != "" && mt.Country != h.source[0].Country && !mt.Modifier && !mt.Place {
				mt.Code, mt.Sectors = mt.Country, nil // the state, as its capital stands for it
				h.target = []actors.Mention{mt}
			}
		}
		return
	}
}

// warnedIntruder gives warning shots (150) the forces whose crossing an
// "after" clause tells: "fired warning shots after North Korean soldiers
// crossed the demilitarised zone" (gold: KORMIL 150 PRKMIL).
func warnedIntruder(st *sentence, h *verbHit) {
	if h.code != "150" || len(h.target) != 0 || len(h.source) == 0 || !words(st.toks[h.head:h.end], "warning") {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] {
		k++ // "fired warning shots on Tuesday after …"
	}
	if k+2 >= len(toks) || toks[k].Lower != "after" && toks[k].Lower != "when" && toks[k].Lower != "as" {
		return
	}
	j := countBefore(toks, k+1) // "after about 20 North Korean soldiers crossed" (targets_places.go)
	if j >= len(toks) {
		return // the sentence ends on the count ("… warning shots after about 20")
	}
	m := st.at[j]
	if m < 0 {
		return
	}
	mt := st.ments[m]
	if mt.Country == "" || mt.Country == h.source[0].Country || mt.End >= len(toks) {
		return
	}
	v := mt.End
	if v+1 < len(toks) && toks[v].Tag == "RB" {
		v++ // "soldiers briefly crossed"
	}
	if st.words.intrusionVerbs[toks[v].Lemma] {
		h.target = []actors.Mention{mt}
	}
}

// supportedBid gives support drummed up among an audience (05x) "for X's
// bid" X as target: "drummed up support among EU partners … for
// Ukraine's bid to open membership talks" (gold: POL 053 UKR), not the
// partners addressed.
func supportedBid(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "05" || len(h.target) != 1 || h.target[0].Start < 1 || st.toks[h.target[0].Start-1].Lower != "among" {
		return
	}
	k := clauseWord(st.toks, h.target[0].End, h.target[0].End+6, "for")
	if k < 0 {
		return
	}
	if m := st.at[k+1]; m >= 0 && st.ments[m].Possessive && st.ments[m].Country != "" {
		mt := st.ments[m]
		mt.Possessive = false
		h.target = []actors.Mention{mt}
	}
}

// aidForPeopleIn gives aid given or pledged (07x, 033x) "for" people "in"
// a country that country as target, as aid sent to it: "pledged $10
// million in emergency aid for victims of the earthquake in Myanmar"
// (gold: JPN 0333 MMR).
func (c *Coder) aidForPeopleIn(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "07") && !strings.HasPrefix(h.code, "033") || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	k := clauseWord(toks, h.end, h.end+8, "for")
	if k < 0 {
		return
	}
	people := false
	for j := k + 1; j < len(toks) && j < k+9; j++ {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return
		}
		if st.words.aidedPeople[toks[j].Lower] {
			people = true
		}
		if toks[j].Lower == "in" && people && j+1 < len(toks) {
			if m := st.at[j+1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != h.source[0].Country {
				t := st.ments[m]
				t.Place, t.Code, t.Sectors = false, t.Country, nil
				h.target = []actors.Mention{t}
			}
			return
		}
	}
}
