package events

// This file keeps the verbs of the section "word families of roots 10-20"
// of data/verbs.txt to their literal sense.
// Many wire verbs of force have a common figurative use: markets are
// "hammered", a storm "batters" a coast, a firm "hauls in" a profit, a
// striker "snatches" a winner, tourists "descend on" a city. The patterns
// name the verb; the rules here keep the event only when its source can
// do the act: armed forces or groups for raids, bombardment and
// abductions, police for arrests, protesters for marches on a place.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// lexFamily checks a hit made by one of the figurative-prone verbs of the
// "word families of roots 10-20" section and clears h.code (no event) when its source
// cannot do the act, or recodes it when the source decides the code
// ("stormed" is a riot by protesters, an assault by troops). Hits of
// other verbs, and the longer patterns of these verbs ("raid the offices
// of", "hammer out a deal"), are left as they are. It runs before refine,
// which drops protests by armed sources.
func (c *Coder) lexFamily(st *sentence, h *verbHit) {
	if h.code == "" || len(h.source) == 0 {
		return
	}
	src := h.source[0]
	head := st.toks[h.head]
	bare := len(h.p.Slots) == 1 // the verb alone, no slot words
	if ws := firedWarningShots(st.toks, h.head); ws >= 0 {
		// "Turkish artillery fired warning shots at a Syrian army
		// position": a show of force (150), as "fire warning shots" is,
		// whatever the weapon ("artillery fired" 194) or the noun
		// ("warning" 130) read alone
		switch {
		case cameo.Root(h.code) == "19":
			h.code = "150"
		case h.code == "130" && h.head == ws:
			h.code = ""
		}
	}
	if h.code == "071" && len(h.target) > 0 && h.target[0].Country == src.Country && len(h.target[0].Sectors) > 0 &&
		!hasSector(h.target[0], "CVL", "REF", "AGR", "GOV") {
		h.code = "" // "announced new funding for schools": a budget at home, no aid given
	}
	if (h.code == "161" || h.code == "050" && head.Lemma == "reopen") && len(h.target) == 0 {
		// "scaled down its embassy in Minsk", "closed its embassy in
		// Belarus", "reopened its embassy in Libya": the state where the
		// embassy is
		if t := c.embassyPlace(st, h); t != nil {
			h.target = []actors.Mention{*t}
		}
	}
	if h.code == "1712" && (crowd(src) || burningYouths(src)) && !(len(h.target) > 0 && civil(h.target[0]) && !hasSector(h.target[0], "PTY", "OPP")) {
		// "Protesters set fire to Nepal's parliament building and the
		// homes of several senior politicians": a riot, as a crowd's
		// attack on a state's building is (case "attack" below), and so
		// is one on a party's offices ("set fire to the ruling party's
		// offices" BGDCVL 145 BGDPTY); a mob's burning of a community's
		// homes stays the destruction (W10378)
		h.code = "145"
	}
	switch head.Lemma {
	case "hold":
		if h.code == "181" && st.toks[h.end-1].Lower != "hostage" && !gunpoint(st.toks[h.end-1].Lower) && (h.end-1 > h.head+8 || heldForHostages(st.toks[h.head+1:h.end-1])) {
			// the idiom is "held X hostage" or "held 30 hostages", not "held
			// a ceremony on Monday for the hostages" or, past 8 words, "held
			// a long meeting … with relatives of the hostages"; "held
			// its 17 crew at gunpoint" is the idiom too)
			h.code = ""
		}
	case "strike":
		// "the judge struck down the policy", "Ankara has not struck a
		// rapprochement with Assad": a ruling or a settlement, no force
		if cameo.Root(h.code) == "19" && struckFigure(st.toks, h.head) {
			h.code = ""
		}
	case "negotiate":
		if words(clauseToks(st, h), "curve", "bend", "corner", "turn", "bends", "curves", "corners", "obstacle", "obstacles", "terrain", "traffic", "rapids", "slope") {
			h.code = "" // "the tram was negotiating a sharp curve": no talks
		}
	case "whip":
		if h.head+1 < len(st.toks) && (st.toks[h.head+1].Lower == "up" || h.head+2 < len(st.toks) && st.toks[h.head+2].Lower == "up") {
			h.code = "" // "whipping up support", "whipping it up": stirring, no flogging
		}
	case "clash":
		// "Erdogan and Putin clashed in public over the ceasefire",
		// "Trump clashed with Zelensky": leaders and governments clash in
		// words (111), armed sides in arms (190)
		if h.code == "190" && verbalSide(src) && (len(h.target) > 0 && verbalSide(h.target[0]) || len(h.target) == 0 && len(h.source) >= 2 && verbalSide(h.source[1])) {
			h.code = "111"
		}
		if h.code == "190" && (len(h.target) > 0 && unarmedClash(src, h.target[0]) || len(h.target) == 0 && len(h.source) >= 2 && unarmedClash(src, h.source[1])) {
			h.code = "111" // "Australia and the United Nations have openly clashed over …" (verbalattack.go)
		}
		if h.code == "145" && !bare && hasSector(src, "EDU", "OPP", "PTY") && !st.words.riotingCrowds.anyIn(st.toks[src.Start:src.End]) {
			// "Nursing students clashed with police", "the opposition
			// leader's supporters clashed with riot police": students and
			// a party's followers fight both ways (190); a crowd named as
			// rioters or protesters riots ("Rioters clashed with police",
			// "opposition protesters clashed with police" 145), and so
			// do other civilians
			h.p, h.code = h.p.with(flagMutual), "190"
		}
	case "launch":
		if strings.HasPrefix(h.code, "09") && words(clauseToks(st, h), "space", "lunar", "moon", "mars", "jupiter", "venus", "satellite", "orbit", "asteroid") {
			h.code = "" // "launched a space probe", "a probe to Jupiter": a spacecraft, no inquiry
		}
	case "order", "approve", "authorise", "authorize", "grant":
		if h.code == "0841" && head.Tag == "VBG" && h.head > 0 && strings.HasPrefix(st.toks[h.head-1].Tag, "NN") {
			h.code = "" // "defied a ruling by the ECOWAS court ordering the release of": the ruling's content, no release
		}
	case "raid":
		// "Israeli forces raided Jenin": by armed forces, armed groups or a
		// state (findHits reads only "raided" and "raiding" as verbs: a
		// headline's "Taliban raid on …" is a noun); police and
		// prosecutors raiding premises are probing (091, other patterns)
		if bare && h.code == "190" && !fighting(src) {
			h.code = ""
		}
		if h.code == "190" && (stormArrest(st, h) || andVerbAfter(st, h, st.words.raidSeizures) && !securityTarget(h)) {
			// "troops raided a radio station and confiscated its
			// transmitters", "soldiers raided a camp and rounded up 30
			// men": the seizure or arrest tells the raid, one act, as
			// a police raid to arrest is (stormArrest); a raid on an
			// armed or security force stays an attack, its spoils
			// aside ("rebels raided an army base and confiscated
			// weapons")
			h.code = ""
		}
	case "hammer", "batter", "blitz":
		// "Russian forces hammered Ukraine's grid", not "markets were
		// hammered" or "Argentina hammered Brazil"
		if bare && h.code == "190" && !(fighting(src) && (len(src.Sectors) > 0 || st.words.armedWords.anyIn(clauseToks(st, h)))) {
			h.code = ""
		}
		if h.code == "190" {
			h.code = weaponCode(clauseToks(st, h)) // "hammered Kharkiv with missiles"
		}
	case "lash", "pan":
		// "India panned Canada's decision"; "Russia lashed Kyiv with
		// missiles" is fighting (other patterns), "a storm lashed the coast" none
		if h.code == "111" && (hasSector(src, "MIL", "REB") || st.words.armedWords.anyIn(clauseToks(st, h))) {
			h.code = ""
		}
	case "hang":
		// "Iran hanged a protester": a state or its courts; not "hanged a
		// portrait" (no actor) nor a gang's lynching (told as a killing)
		if len(h.p.Slots) == 1 && (head.Lower != "hanged" || !(len(src.Sectors) == 0 && src.Country != "" && !src.Person || hasSector(src, "GOV", "JUD"))) {
			h.code = ""
		}
	case "take":
		// "the junta took a TV station off the air"; not "taken off air by
		// BBC bosses"
		if h.code == "1721" && !(len(src.Sectors) == 0 && src.Country != "" && !src.Person || hasSector(src, "GOV", "JUD", "MIL", "COP")) {
			h.code = ""
		}
		if h.code == "192" && !(len(src.Sectors) > 0 && fighting(src)) {
			h.code = "" // "Azerbaijani forces took the town of Lachin"
		}
		if h.code == "173" && len(h.target) > 0 && thingOfTarget(st.toks, h.head, h.target[0].Start) {
			h.code = "" // "took the laptops of two journalists for examination and questioning": a thing taken, not a person
		}
	case "snatch", "grab":
		// "gunmen snatched 280 pupils", not "Argentina snatched a win" or
		// "the party grabbed headlines"
		if !(len(src.Sectors) > 0 && fighting(src) || hasSector(src, "COP", "SPY")) {
			h.code = ""
		}
	case "haul", "collar":
		// "riot police hauled away demonstrators", not "the company hauled
		// in a record profit"
		if h.code == "173" && !hasSector(src, "COP", "MIL", "JUD", "SPY") {
			h.code = ""
		}
	case "descend", "converge":
		// "farmers descended on Warsaw", not "tourists descended on Paris"
		// or "leaders converged on Brussels"
		if h.code == "141" && (!civil(src) || !protesters(st, h)) {
			h.code = ""
		}
	case "bring", "grind":
		// "unions brought the country to a standstill with a general
		// strike", not "fog brought traffic to a halt"
		if h.code == "143" && (!civil(src) || !words(clauseToks(st, h), "strike", "strikes", "walkout", "walkouts", "shutdown", "stoppage")) {
			h.code = ""
		}
	case "buzz":
		// "Russian warplanes buzzed a Polish aircraft"
		if h.code == "150" && !hasSector(src, "MIL") && !warplanes(src.Text) {
			h.code = ""
		}
	case "steal":
		// "North Korean hackers stole $1.5 billion from Bybit" (176,
		// refineConflict), "Russian forces stole Ukrainian grain"; a thief
		// in a crime story is no political event
		if !(hackers(src.Text) || fighting(src)) {
			h.code = ""
		}
	case "ram":
		// "Chinese coast guard vessels rammed a Philippine supply boat"
		if h.code == "190" && !hasSector(src, "MIL") {
			h.code = ""
		}
	case "suspend":
		// "The African Union suspended Niger": an organisation suspends a
		// member state (160); a bare suspension of anything else is none
		if bare && h.code == "160" && !(strings.HasPrefix(src.Code, "IGO") && len(h.target) > 0 && (len(h.target[0].Sectors) == 0 || hasSector(h.target[0], "GOV"))) {
			h.code = ""
		}
	case "throw", "kick", "boot":
		// "Niger's rulers threw out the Red Cross": an organisation
		// expelled from a country (aid agencies 1663, peacekeeping and
		// monitoring missions by their other patterns); a person or a
		// proposal thrown out is none here
		if bare2(h) && h.code == "166" {
			switch {
			case len(h.target) == 0 || !strings.HasPrefix(h.target[0].Code, "IGO") && !strings.HasPrefix(h.target[0].Code, "NGO"):
				h.code = ""
			case strings.HasPrefix(h.target[0].Code, "NGO"):
				h.code = "1663"
			}
		}
	case "eliminate", "annihilate", "obliterate", "eradicate", "wipe", "crush", "smash":
		// "Israel vowed to eliminate Hamas": an armed foe; not tariffs,
		// poverty or a team knocked out of a cup
		// (a state threatened with annihilation is a threat's target:
		// "Kim Jong Un threatened to annihilate South Korea")
		// (an elimination the parties plan together is their planned
		// cooperation, 03x, whatever it removes: planned.go)
		// (a threat to crush or smash a state is military only: not
		// its team in a qualifier, nor "Ukraine's economy")
		if h.p.Code == "190" && !strings.HasPrefix(h.code, "03") && (len(h.target) == 0 || !armedFoe(h.target[0]) && !((h.threat || h.status == dyad.Future) && len(h.target[0].Sectors) == 0 && h.target[0].Country != "" && !crushedNonMilitary(st, h))) {
			h.code = ""
		}
	case "break", "breach", "violate", "force":
		// "accepted a ceasefire, though each accused the other of violating
		// it": "it" takes up a truce named before, not "broke it off",
		// and the nearest noun of an accord before the verb: "signed a
		// trade agreement with Kosovo, but Kosovo accused Serbia of
		// breaching it" breaks no truce
		if h.code == "196" && h.end > 0 && st.toks[h.end-1].Lower == "it" && !truceAntecedent(st, h.head) {
			h.code = ""
		}
		if h.code == "145" && hasSector(src, "MIL", "COP") && !civil(src) {
			h.code = "190" // troops breaking or forcing their way into a compound assault it, as when they storm it
		}
	case "go":
		// "said his country would go to war if Ethiopia built a naval
		// base": a state, its leaders or an armed group; not "doctors
		// went to war with the ministry over pay", nor a war on an
		// organisation or over an issue ("went to war with the European
		// Commission over the budget")
		if h.p.Code == "190" && (!fighting(src) && !hasSector(src, "GOV") || len(h.target) > 0 && orgCode(h.target[0].Code) || warOverIssue(st, h)) {
			h.code = ""
		}
	case "flood":
		// "Police flooded the centre of Nairobi": police power massed
		if h.code == "153" && !hasSector(src, "COP", "MIL") {
			h.code = ""
		}
	case "roll", "sweep", "pour", "surge", "move":
		if t := h.target; h.code == "190" && len(t) > 0 && (t[0].Modifier || t[0].End < len(st.toks) && strings.HasPrefix(st.toks[t[0].End].Text, "-")) {
			h.target = nil // "moved into the U.N.-patrolled buffer zone": a modifier, no foe
		}
		// "Israeli tanks rolled into Rafah", not "investors poured into
		// bonds" or "a storm swept into Florida"
		if h.code == "190" && (!(len(src.Sectors) > 0 && fighting(src)) || head.Tag != "VBD" && head.Tag != "VBN") {
			h.code = "" // (and only done: "what happens if … jihadists sweep into Kabul")
		}
	case "storm":
		// protesters storming parliament riot (145); troops and armed
		// groups storming a place assault it (190)
		// (an armed group storming a hotel to take hostages is told by the
		// hostage-taking: refine drops the storming)
		if h.code == "145" && head.Tag == "VBG" {
			break // "preparing to help in storming the area": no assault yet
		}
		if h.code == "145" && hasSector(src, "MIL", "COP") && !civil(src) {
			h.code = "190" // (and police: "Police stormed the parliament building")
			if stormArrest(st, h) {
				// "police stormed the embassy and arrested a former vice
				// president": the arrest tells the storming, as the
				// abduction does below
				h.code = ""
				break
			}
		}
		if h.code == "145" && nonState(src) && (src.Kind != "coref" || hasSector(src, "REB", "UAF", "CRM") && st.toks[src.Start].Tag != "PRP") {
			if stormAbduction(st, h) {
				// "stormed a school and abducted 25 students": the
				// abduction tells the storming
				h.code = ""
				break
			}
			h.code = "180" // "PKK militants stormed the headquarters of …"
			if len(h.target) > 0 && hasSector(h.target[0], "MIL", "COP") || stormedHeld(st, h.head+1) || stormToll(st, h) {
				h.code = "190" // "jihadists stormed an army post", "Hamas fighters stormed Israeli towns"
			}
		}
		if h.code == "190" && head.Lower != "stormed" && head.Lower != "storming" && len(h.p.Slots) == 2 {
			h.code = "" // "storm into": only the past ("a storm into the night")
		}
	case "call":
		// "in what Kyiv called a barbaric attack on civilians": a word of
		// blame inside the name called ("a vile attack"), right after the
		// verb, frames an act told by the sentence's own verb; "called
		// the attack "vile"" and "called the launch a reckless act"
		// criticise it
		if h.code == "111" && len(h.p.Slots) == 2 && h.end-2 == h.head+1 && (st.toks[h.end-2].Lower == "a" || st.toks[h.end-2].Lower == "an") &&
			h.end < len(st.toks) && strings.HasPrefix(st.toks[h.end].Tag, "NN") {
			h.code = ""
		}
		// "called Zelenskiy after the monstrous strike", "called for an
		// inquiry into the appalling attack": a word of blame before a
		// noun, after "the", inside a phrase a preposition opens, names
		// the thing talked of; it is said of nothing ("called the attack
		// on Sumy vile" and "called the shelling of the town a monstrous
		// crime" still criticise)
		if h.code == "111" && len(h.p.Slots) == 2 && attributiveInPhrase(st.toks, h.head, h.end-1) {
			h.code = ""
		}
	case "attack":
		// "Protesters attacked the embassies of Rwanda, France and the
		// United States": a crowd's attack on a state's building or body
		// is a riot (145), not armed force; gunmen, rebels and troops keep
		// 190, and so does a crowd's attack on people ("supporters
		// attacked opposition protesters"); an attack on soldiers or police
		// that kills is force too ("attacked an army convoy near Goma,
		// killing two soldiers")
		if h.code == "190" && h.p.Code == "190" && crowd(src) && !(len(h.target) > 0 && civil(h.target[0])) && !(len(h.target) > 0 && hasSector(h.target[0], "MIL", "COP") && words(st.toks[h.head:], "killing", "killed", "kill", "killings")) {
			h.code = "145"
		}
	case "arm":
		// "accused France of arming jihadist groups"; "armed opposition
		// groups" and "terrorist armed groups" name the groups, and
		// "armed the militants" after a claim verb is left to the claim
		if h.code == "072" && head.Lower == "armed" {
			h.code = ""
		}
	case "hit":
		// "Spain hit back at Trump" is criticism; in war copy "hit back
		// at" is fighting, told by the other patterns
		if h.code == "111" && (hasSector(src, "MIL", "REB") || st.words.armedWords.anyIn(clauseToks(st, h))) {
			h.code = ""
		}
	case "send":
		// "sent back thousands of Afghans", not "sent the bill back to
		// parliament" or "sent back the ambassador"
		if h.code == "174" && len(h.target) > 0 && hasSector(h.target[0], "GOV", "LEG", "JUD", "MIL", "COP") {
			h.code = ""
		}
	case "mow", "butcher":
		if h.code == "180" && st.words.massCount(st.toks, h.head+1) {
			h.code = "202" // "mowed down hundreds of civilians"
		}
		if !fighting(src) {
			h.code = ""
		}
	}
}

// fighting reports a source that can wage the force of roots 18–20:
// armed forces, armed groups, criminals, intelligence services, or a
// state named alone ("Russia pounded …"), not police, civilians, firms
// or parties.
func fighting(m actors.Mention) bool {
	if len(m.Sectors) == 0 {
		return m.Country != "" && !m.Person || nonState(m)
	}
	return hasSector(m, "MIL", "REB", "UAF", "CRM", "SPY") || nonState(m)
}

// weaponCode is the fighting code of the weapons named among toks:
// aerial weapons (missiles, drones, bombs, air strikes) 195, artillery
// and rockets 194, else the unspecified 190.
func weaponCode(toks []dyad.Token) string {
	code := "190"
	for _, t := range toks {
		switch t.Lower {
		case "missile", "missiles", "drone", "drones", "bombs", "airstrikes", "warplanes", "jets":
			return "195"
		case "artillery", "shells", "shelling", "rockets", "mortars", "mortar":
			code = "194"
		}
	}
	return code
}

// facilityPlace returns the country of a place named before a facility
// noun, as the target of an attack on it: "the Zaporizhzhia nuclear
// plant", "the Jenin refugee camp", "the Kursk nuclear power station";
// nil when toks at j open no such phrase.
func (c *Coder) facilityPlace(st *sentence, j int) *actors.Mention {
	toks := st.toks
	if j+2 >= len(toks) || toks[j].Lower != "the" {
		return nil
	}
	p, n, ok := c.placeAt(st, j+1, len(toks), 2)
	if !ok {
		return nil
	}
	for k := j + 1 + n; k < len(toks) && k < j+1+n+3; k++ {
		switch toks[k].Lower {
		case "plant", "station", "reactor", "camp", "airport", "airbase", "base", "refinery", "dam", "port", "crossing", "hospital", "prison", "complex", "facility":
			return c.placeMention(p.Country, toks[j+1:j+1+n], st.s.Text)
		}
		if t := toks[k].Tag; t != "NN" && t != "JJ" {
			return nil
		}
	}
	return nil
}

// protesters reports a protest named in the source's words or the clause
// ("protesters", "supporters", "demanding", "against"): tourists and
// fans descending on a city are none.
func protesters(st *sentence, h *verbHit) bool {
	for w := range strings.FieldsSeq(strings.ToLower(h.source[0].Text)) {
		switch w {
		case "protesters", "protestors", "demonstrators", "supporters", "marchers", "strikers", "activists", "farmers", "workers", "students", "opposition", "unions":
			return true
		}
	}
	return words(clauseToks(st, h), "protest", "protests", "protesting", "demand", "demanding", "against", "rally", "march", "strike")
}

// crowd reports a source that is an unarmed crowd by its words
// ("protesters", "demonstrators", "a mob", "supporters of Imran Khan"),
// civilians or opposition by sector, and no armed group.
func crowd(m actors.Mention) bool {
	return hasSector(m, "CVL", "OPP", "PTY", "LAB", "EDU") && unarmedNamed(m, func(w string) bool {
		switch w {
		case "protesters", "protestors", "demonstrators", "rioters", "mob", "mobs", "crowd", "crowds", "supporters", "marchers", "students":
			return true
		}
		return false
	})
}

// unarmedNamed reports a mention of no armed group or force (REB, UAF,
// CRM, MIL, COP) with a word of its text, lowered, that is, by is: the
// shared test of crowd and burningYouths.
func unarmedNamed(m actors.Mention, is func(string) bool) bool {
	if hasSector(m, "REB", "UAF", "CRM", "MIL", "COP") {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(m.Text)) {
		if is(w) {
			return true
		}
	}
	return false
}

// burningYouths reports youths of no armed group ("Youths in Athens",
// "French youths"), civilians by sector: what they burn or destroy is a
// riot (145) as a crowd's is ("French youths set fire to more than 1,400
// cars" FRACVL 145, no target), not a destruction of someone's property.
func burningYouths(m actors.Mention) bool {
	return hasSector(m, "CVL") && unarmedNamed(m, isYouths)
}

func isYouths(w string) bool { return w == "youths" }

// embassyPlace returns the country of the place named after "embassy
// in" or "consulate in" within the hit's clause, nil when none.
func (c *Coder) embassyPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+2; k++ {
		switch toks[k].Lower {
		case "embassy", "embassies", "consulate", "consulates", "mission":
		default:
			continue
		}
		if toks[k+1].Lower != "in" {
			return nil
		}
		if p, n, ok := c.placeAt(st, k+2, len(toks), 2); ok {
			return c.placeMention(p.Country, toks[k+2:k+2+n], st.s.Text)
		}
		return nil
	}
	return nil
}

// nominalSubject returns the source of the nominal event that is the
// subject of hits[k] ("the Ugandan army's crackdown on protesters drew
// condemnation from the UN": the army), the nearest live noun hit before
// the verb in its clause; nil when there is none.
func nominalSubject(st *sentence, hits []verbHit, live []bool, k int) []actors.Mention {
	h := &hits[k]
	for g := k - 1; g >= 0; g-- {
		a := &hits[g]
		if !live[g] || a.head >= h.head {
			continue
		}
		if !a.p.Noun || len(a.source) == 0 || clauseBreakBetween(st.toks, a.end, h.head) {
			return nil
		}
		return a.source[:1]
	}
	return nil
}

// bare2 reports a pattern of a verb and its particle alone ("threw out"),
// no object words.
func bare2(h *verbHit) bool { return len(h.p.Slots) == 2 }

// jailer returns the country of a state mention right before "jail",
// "jails", "prison", "prisons", "custody" or "detention" in the sentence
// ("prisoners in Israeli jails": ISR), "" when none: a hunger strike's
// target is the state that holds the striker (gold README).
func jailer(st *sentence) string {
	for k := 1; k < len(st.toks); k++ {
		if st.words.custodyNouns[st.toks[k].Lower] {
			if m := st.at[k-1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].End == k {
				return st.ments[m].Country
			}
		}
	}
	return ""
}

// armedFoe reports an armed actor as a target: armed forces, armed
// groups, criminals or international militant groups.
func armedFoe(m actors.Mention) bool {
	return hasSector(m, "MIL", "REB", "UAF", "CRM", "SPY") || strings.HasPrefix(m.Code, "IMG")
}

// verbalSide reports an actor that clashes in words: a named person or a
// government, legislature or court, not an armed force, police or crowd.
func verbalSide(m actors.Mention) bool {
	if hasSector(m, "MIL", "REB", "UAF", "COP", "CVL", "CRM", "SPY") {
		return false
	}
	return m.Person || m.Kind == actors.KindPerson || hasSector(m, "GOV", "LEG", "JUD", "OPP")
}

// struckFigure reports "strike" at i used for a ruling or a settlement:
// "struck down" (a law), "struck a rapprochement/balance/compromise/deal".
func struckFigure(toks []dyad.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].Lower {
		case "down", "off", "out":
			return k == i+1
		case "rapprochement", "balance", "compromise", "deal", "bargain", "accord", "agreement", "chord", "note", "tone", "pose", "truce", "partnership", "alliance":
			return true
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "RB" && t != "PRP$" && t != "CD" {
			return false
		}
	}
	return false
}

// stormedHeld reports that the object after from, past determiners,
// numbers, adjectives and actor words, is ground or a post the state
// holds: a town, village or city (the words of groundObject), a military
// base, post or checkpoint, a prison. Armed men storming it assault it
// (190: "Hamas fighters stormed Israeli towns", "gangs stormed Haiti's
// two largest prisons"), as storming an army post is; storming a hotel, a
// school or a firm's offices stays an attack on civilians (180).
func stormedHeld(st *sentence, from int) bool {
	for i := from; i < len(st.toks) && i < from+6; i++ {
		t := st.toks[i]
		switch t.Lower {
		case "town", "towns", "city", "cities", "village", "villages", "settlement", "settlements",
			"base", "bases", "barracks", "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints",
			"garrison", "prison", "prisons", "jail", "jails", "penitentiary":
			if i+1 < len(st.toks) && (st.toks[i+1].Tag == "POS" || st.toks[i+1].Lower == "'s") {
				continue // a possessor: "the city's main hotel" is a hotel, "the town's prison" a prison
			}
			// the head noun, not a modifier ("a village school")
			return i+1 == len(st.toks) || st.toks[i+1].Tag != "NN" && st.toks[i+1].Tag != "NNS"
		}
		if st.at[i] >= 0 {
			continue
		}
		switch t.Tag {
		case "DT", "JJ", "JJS", "CD", "POS", "PRP$", "NNP", "NN":
			continue // (the tagger gives "several" and "main" NN)
		}
		return false
	}
	return false
}

// stormAbduction reports an abduction the storming at h tells, in its
// clause: a verb of abducting (not tagged as the noun "kidnapping") with
// an actor among the six words after it ("stormed a school and abducted
// 30 pupils", which codes the 181), or hostages taken, seized or held
// ("stormed the hotel and took dozens of hostages"). "stormed a
// hotel and kidnapped foreigners", whose abduction names no actor and is
// no event, keeps the storming, as does "the prison holding kidnapping
// suspects".
func stormAbduction(st *sentence, h *verbHit) bool {
	end := h.head + len(clauseToks(st, h))
	for k := h.head + 1; k < end; k++ {
		t := st.toks[k]
		switch {
		case t.Lower == "abducted" || t.Lower == "abducting" || t.Lower == "kidnapped" || t.Lower == "kidnapping":
			if strings.HasPrefix(t.Tag, "NN") {
				continue
			}
			for j := k + 1; j < end && j <= k+6; j++ {
				if st.at[j] >= 0 {
					return true
				}
			}
		case st.words.hostageNouns[t.Lower]:
			for j := k - 1; j > h.head && j >= k-4; j-- {
				if l := st.toks[j].Lemma; l == "take" || l == "seize" || l == "hold" || l == "took" || l == "held" {
					return true
				}
			}
		}
	}
	return false
}

// stormArrest reports a storming whose own clause goes on "and arrested"
// or "and detained" someone named ("stormed the presidential palace and
// detained President Mamadou Tandja", "raided the offices and arrested
// 41 of its staff"): the forces stormed the place to arrest, one act
// (173), not an armed attack besides. A storming that kills ("stormed the
// camp, killing four") is no arrest and stays, and so does the storming
// of a town or city named ("stormed Bakhmut for months and detained
// thousands"): an assault on a place, not a raid to arrest
// (stormedTown). The verbs after "and" are [storm arrests] of
// data/words.txt.
func stormArrest(st *sentence, h *verbHit) bool {
	if stormedTown(st, h.head+1) {
		return false
	}
	return andVerbAfter(st, h, st.words.stormArrests)
}

// andVerbAfter reports "and" followed (past one adverb) by a past verb
// whose lemma is in list, in h's own clause, with a person, number, noun
// or pronoun within six tokens after it: "… and arrested 41 of its staff",
// "… and confiscated its transmitters".
func andVerbAfter(st *sentence, h *verbHit, list wordList) bool {
	end := h.head + len(clauseToks(st, h))
	for k := h.head + 1; k+1 < end; k++ {
		if st.toks[k].Lower != "and" {
			continue
		}
		v := k + 1
		if st.toks[v].Tag == "RB" && v+1 < end {
			v++ // "and then arrested"
		}
		if t := st.toks[v]; t.Tag != "VBD" || !list[t.Lemma] {
			continue
		}
		for j := v + 1; j < end && j <= v+6; j++ {
			if t := st.toks[j].Tag; st.at[j] >= 0 || t == "CD" || strings.HasPrefix(t, "NN") || t == "PRP" {
				return true
			}
		}
	}
	return false
}

// attributiveInPhrase reports whether the adjective at adj (a pattern's last
// word, after the verb at head) stands between "the" and a noun, with a
// preposition between the verb and it: "after the monstrous strike".
func attributiveInPhrase(toks []dyad.Token, head, adj int) bool {
	if adj-1 <= head || adj+1 >= len(toks) || toks[adj-1].Lower != "the" || !strings.HasPrefix(toks[adj+1].Tag, "NN") {
		return false
	}
	for i := head + 1; i < adj-1; i++ {
		if toks[i].Tag == "IN" {
			return true
		}
	}
	return false
}

// stormedTown reports a place name right at k, after a storming verb,
// that is no building's: "stormed Bakhmut", "stormed Mosul", but not
// "stormed Parliament", "stormed the Capitol" (a building after "the"),
// nor a name ending in a building's noun ([stormed buildings] of
// data/words.txt: "stormed Kabul Airport").
func stormedTown(st *sentence, k int) bool {
	toks := st.toks
	if k >= len(toks) || toks[k].Tag != "NNP" || !startsUpperASCII(toks[k].Text) {
		return false
	}
	if i := st.at[k]; i >= 0 && !st.ments[i].Place && st.ments[i].Kind != actors.KindCapital && st.ments[i].Kind != actors.KindCountry {
		return false // an actor's name: "stormed Hamas positions"
	}
	e := k
	for e+1 < len(toks) && toks[e+1].Tag == "NNP" {
		e++
	}
	return !st.words.stormedBuildings[toks[e].Lower]
}

// orgCode reports an actor code of an organisation (IGO, NGO, MNC): "went
// to war with the European Commission" wages no war on a state.
func orgCode(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC")
}

// warOverIssue reports "go to war … over" an issue: "over" after the hit,
// in its clause, followed (past an article) by no actor or place: "went to
// war with Brussels over the budget" (not "over Crimea").
func warOverIssue(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+8; k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "if", "and", "but":
			return false
		case "over":
			j := k + 1
			for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ") {
				j++
			}
			return j < len(toks) && st.at[j] < 0 && toks[j].Tag != "NNP"
		}
	}
	return false
}

// crushedNonMilitary reports a crush or smash of a state that is not
// military: a game ("would smash Japan in the World Cup qualifier", the
// signs sportFight reads) or a thing of the state's ("would crush
// Ukraine's economy"): its target followed by a possessive.
func crushedNonMilitary(st *sentence, h *verbHit) bool {
	t := h.target[0]
	if t.Possessive || t.End < len(st.toks) && (st.toks[t.End].Lower == "'s" || st.toks[t.End].Lower == "’s") {
		return true
	}
	probe := *h
	probe.code = "190"
	return sportFight(st, &probe)
}

// truceAntecedent reports that the "it" a violation takes up is a truce:
// the nearest noun of an accord before token head (a ceasefire, truce,
// armistice, agreement, deal, accord, pact or treaty) is a truce, or an
// agreement one of the truce words names ("the ceasefire agreement");
// "signed a trade agreement with Kosovo … of breaching it" breaks none.
func truceAntecedent(st *sentence, head int) bool {
	toks := st.toks
	truce := func(w string) bool {
		return w == "ceasefire" || w == "truce" || w == "armistice" || w == "cease-fire"
	}
	for k := head - 1; k >= 0; k-- {
		w := toks[k].Lower
		if truce(w) {
			return true
		}
		switch w {
		case "agreement", "deal", "accord", "pact", "treaty":
			return k > 0 && truce(toks[k-1].Lower)
		}
	}
	return false
}

// heldForHostages reports a preposition other than "of" or "as" among
// the words between "held" and "hostages": the hostages are the object
// of a phrase ("held a vigil for the hostages"), not the ones held
// ("held dozens of foreigners as hostages").
func heldForHostages(between []dyad.Token) bool {
	for _, t := range between {
		if t.Tag == "IN" && t.Lower != "of" && t.Lower != "as" {
			return true
		}
	}
	return false
}

// stormToll reports a storming at h whose toll, a participle after a comma
// later in the sentence, names police or soldiers among its victims: "Maoist
// rebels stormed a district headquarters, killing more than 100 police and
// soldiers" is fighting (190), as storming an army post is, not an assault
// on civilians (180). A civilian venue stormed stays an assault whoever
// dies ("stormed a hotel in Mogadishu, killing ten soldiers" is 180).
func stormToll(st *sentence, h *verbHit) bool {
	for k := h.head + 1; k < len(st.toks) && k < h.head+8; k++ {
		switch st.toks[k].Lower {
		case "hotel", "hotels", "restaurant", "restaurants", "mall", "school", "schools", "market", "church", "mosque", "theatre", "theater", "hospital", "university", "college":
			return false
		}
	}
	for _, g := range st.hits {
		if g.head <= h.end || st.toks[g.head].Tag != "VBG" || st.toks[g.head-1].Text != "," || !st.words.tollVerbs[st.toks[g.head].Lemma] {
			continue
		}
		for _, t := range g.target {
			if hasSector(t, "MIL", "COP") && !t.Modifier && !t.Place {
				return true
			}
		}
		return false // only the first toll tells this storming's
	}
	return false
}

// firedWarningShots returns the index of "warning" in "fired warning shots"
// when head is the verb "fire", the weapon or force firing right before
// it ("artillery fired warning shots"), or "warning" itself; -1
// otherwise.
func firedWarningShots(toks []dyad.Token, head int) int {
	for k := head; k < len(toks)-1 && k <= head+2; k++ {
		if toks[k].Lower == "warning" && (toks[k+1].Lower == "shots" || toks[k+1].Lower == "shot") && k > 0 && toks[k-1].Lemma == "fire" {
			return k
		}
	}
	return -1
}

// gunpoint reports the noun of "held … at gunpoint" or "at knifepoint",
// a hostage-taking idiom as "held … hostage" is.
func gunpoint(w string) bool { return w == "gunpoint" || w == "knifepoint" }

// thingOfTarget reports a target at start that is the "of" phrase of a
// noun other than a number or a part of a crowd, after the verb at head:
// "took the laptops of two journalists", "the phones of two reporters"
// (the thing is taken), not "took dozens of protesters", "took members
// of the opposition", "took three of the journalists".
func thingOfTarget(toks []dyad.Token, head, start int) bool {
	k := start - 1
	for k > head && (toks[k].Tag == "CD" || toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	if k <= head+1 || toks[k].Lower != "of" {
		return false
	}
	n := toks[k-1]
	if n.Tag == "CD" || !strings.HasPrefix(n.Tag, "NN") {
		return false
	}
	switch n.Lower {
	case "dozens", "hundreds", "thousands", "scores", "tens", "members", "member", "group", "groups", "number",
		"couple", "handful", "leaders", "leader", "relatives", "families", "supporters", "some", "several", "many", "most", "all":
		return false
	}
	return true
}

// securityTarget reports h's first target as an armed or security force
// (military, police, rebels, insurgents, unidentified armed men,
// intelligence): "raided an army base", "raided a police post".
func securityTarget(h *verbHit) bool {
	return len(h.target) > 0 && hasSector(h.target[0], "MIL", "COP", "REB", "INS", "UAF", "SPY")
}
