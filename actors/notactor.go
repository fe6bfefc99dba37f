package actors

// Agent and people nouns that name no actor where they stand (assemble's
// filters): counted or uprooted people, a demonym as an object, vessels and
// buildings, a state's military activity or mission, an agent noun with no
// actor, kin across a border, Syria's Kurdish forces, and a bare state body
// that authored an act.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// counted reports a quantity right before token i: "12 million Sudanese",
// "thousands of Afghans".
func counted(toks []dyad.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "of" {
		i--
	}
	if i == 0 {
		return false
	}
	switch p := toks[i-1]; p.Lower {
	case "million", "millions", "thousand", "thousands", "hundreds", "dozens", "billion":
		return true
	default:
		return p.Tag == "CD"
	}
}

// disguisedAs reports a mention starting at token i (after an article)
// that follows "disguised as", "dressed as", "posing as" or "masquerading
// as": whom the actor before pretends to be, no actor ("a suicide bomber
// disguised as a Taliban envoy", "rebels dressed as soldiers").
func disguisedAs(toks []dyad.Token, i int) bool {
	if i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an" || toks[i-1].Lower == "the") {
		i--
	}
	if i < 2 || toks[i-1].Lower != "as" {
		return false
	}
	switch toks[i-2].Lower {
	case "disguised", "dressed", "posing", "masquerading", "impersonating":
		return true
	}
	return false
}

// uprooted reports a word before token i that makes the people named
// there refugees or migrants (REF, as "migrants" and "asylum seekers" are
// in agents.txt): "undocumented Afghans", "displaced Syrians",
// "stateless Kuwaitis" (plural demonyms ending in -s only).
func uprooted(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "undocumented", "displaced", "stateless", "unregistered", "uprooted":
		return true
	}
	return false
}

// uprootedAfter reports a participle of uprooting right after a plural
// demonym ending at end: "Georgians displaced from villages near South
// Ossetia", "Syrians uprooted by the war" are refugees (REF), as
// "displaced Sudanese" are (uprooted). So are those who fled, told by a
// participle or a relative clause right after them: "Syrians fleeing the
// war", "thousands of Yemenis who fled fighting" (gold dev50-wire W50030
// YEMREF, as dev19-wire W19034 codes "Iraqi Christians who had fled" IRQREF;
// CODING.md: refugees REF).
func uprootedAfter(toks []dyad.Token, end int) bool {
	if end+1 >= len(toks) {
		return false
	}
	if fledAfter(toks, end) {
		return true
	}
	switch toks[end].Lower {
	case "displaced", "uprooted":
	default:
		return false
	}
	switch toks[end+1].Lower {
	case "by", "from", "in", "during", "since", "after", "when", ",", ".":
		return true
	}
	return false
}

// fledAfter reports "fleeing" at end, or "who" then "fled" (past "had",
// "have" or "had been"/"were" before "displaced").
func fledAfter(toks []dyad.Token, end int) bool {
	if toks[end].Lower == "fleeing" {
		return true
	}
	if toks[end].Lower != "who" {
		return false
	}
	k := end + 1
	if k < len(toks) && (toks[k].Lower == "had" || toks[k].Lower == "have") {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "been" || toks[k].Lower == "were") {
		k++
		return k < len(toks) && toks[k].Lower == "displaced"
	}
	return k < len(toks) && toks[k].Lower == "fled"
}

// objectDemonym reports a bare plural demonym, tokens [i, end), that is
// the object of a preposition or of a verb acting on a whole people, not
// a subject nor counted: a people as the object of an act ("airdropped
// food to Palestinians", "forcibly displacing Palestinians") stand for
// its state, as CAMEO's dictionaries code them; counted, acting or held
// ("thousands of Israelis rallied", "Britons were evacuated", "detaining
// Americans") they are its civilians.
func objectDemonym(toks []dyad.Token, i, end int) bool {
	if i == 0 || end != i+1 || counted(toks, i) {
		return false
	}
	p := toks[i-1]
	if p.Tag == "IN" || p.Tag == "TO" {
		return p.Lower != "of"
	}
	// a verb acting on a whole people ("detaining Americans" are some
	// people, the civilians)
	for _, v := range []string{"displac", "expel", "relocat", "resettl", "starv", "transfer"} {
		if strings.HasPrefix(p.Lower, v) {
			return true
		}
	}
	return false
}

// ownedVessel reports a compound at token i naming a state whose
// business a ship is linked to, "X-linked", before a vessel noun within
// the next three words: "an Israel-linked container ship" (a
// "Greek-owned tanker" is coded as Greece's).
func ownedVessel(toks []dyad.Token, i, end int) bool {
	if !strings.HasSuffix(toks[i].Lower, "-linked") {
		return false
	}
	for k := end; k < len(toks) && k < end+3; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "ship", "vessel", "tanker", "freighter", "carrier", "cargo":
			return true
		}
	}
	return false
}

// militaryActivity lists nouns for what a state does with its forces:
// "Israel's military operations", "military action against" (a build-up
// stays its forces': "China's military build-up").
func militaryActivity(w string) bool {
	switch w {
	case "operation", "operations", "campaign", "campaigns", "action", "actions", "intervention", "involvement":
		return true
	}
	return false
}

// isMission reports a diplomatic mission's noun: "embassy", "consulates".
func isMission(w string) bool {
	switch w {
	case "embassy", "embassies", "consulate", "consulates":
		return true
	}
	return false
}

// building reports a noun phrase starting at token i that names a
// mission as a building: the object of a place preposition ("outside the
// US embassy", "the strike on the consulate"), of an act on a building
// ("the closure of Russia's consulate") or of a verb storming, attacking
// or closing it ("stormed the French embassy"); attacked is set when the
// act is an attack on it ("on", "storming of", "stormed"). A mission that
// speaks or acts ("the embassy said") is its government.
func building(toks []dyad.Token, i int) (is, attacked bool) {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 0 {
		return false, false
	}
	switch toks[k].Lower {
	case "on":
		return true, true
	case "at", "outside", "near", "into", "inside", "in", "from":
		// "a truck bombing at the German consulate", "struck at the
		// consulate": an attack on it all the same
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			switch strings.TrimSuffix(toks[j].Lemma, "s") {
			case "attack", "strike", "struck", "bomb", "bombing", "blast", "explosion", "shelling", "shoot", "fire", "storm", "raid":
				return true, true
			}
		}
		return true, false
	case "of":
		if k > 0 {
			switch toks[k-1].Lower {
			case "closure", "closing", "reopening", "gates", "compound", "grounds", "front", "roof":
				return true, false
			case "storming", "attack", "bombing", "siege":
				return true, true
			}
		}
		return false, false
	}
	switch toks[k].Lemma {
	case "close", "shut", "reopen", "evacuate", "surround":
		return true, false
	case "storm", "attack", "raid", "torch", "besiege", "target", "bomb":
		return true, true
	}
	return false, false
}

// notActorAgent reports an agent noun at token i that names no actor:
// an unnamed collective after a regional or foreign modifier ("Baltic
// leaders", "Western officials", "foreign media"), people named before
// ("the two leaders"), relief workers ("aid officials"), things ("think
// tanks", "a charter aircraft", "our sanctions regime"), an institution
// named as a place ("appeared in court"), or a role someone acts in ("as
// a private citizen"; not the subject of an "as" clause, followed by its
// finite verb: "as protesters blocked roads", asClause). The agent noun
// phrase is toks[i:end]; an end of len(toks) allows no "as" clause
// (business agents: "the peso fell as investors fretted").
func (m *Matcher) notActorAgent(toks []dyad.Token, i, end int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	switch p.Text {
	case "Baltic", "Nordic", "Scandinavian", "European", "Western", "Eastern", "Arab", "African", "Asian", "Gulf",
		"Balkan", "Caribbean", "Latin", "Pacific", "Sahel", "Sahelian", "Allied", "NATO-member", "G7", "G20":
		return true
	case "Muslim":
		return !m.words.faithArmed[toks[i].Lower] // "Muslim rebels" their faith, "Muslim leaders" no actor (faith_collective.go)
	}
	if (p.Text == "American" || p.Text == "Americans") && i >= 2 && continentPart(toks[i-2].Text) {
		return true // "Latin American leaders": a region's, no state's
	}
	switch p.Lower {
	case "foreign", "international", "world", "global", "western", "european", "arab", "african", "asian", "gulf",
		"baltic", "nordic", "scandinavian", "balkan", "caribbean", "pacific":
		return true
	case "two", "both", "three":
		// "the two leaders met": people named before, not one state
		switch toks[i].Lower {
		case "leaders", "presidents", "ministers", "counterparts", "sides", "heads", "premiers", "prime", "parties":
			return true
		}
	case "all", "warring", "conflicting", "rival", "belligerent", "opposing":
		// "called on all parties in Sudan", "the warring parties": the
		// sides of a conflict, no political party
		return toks[i].Lower == "parties" || toks[i].Lower == "party"
	case "other":
		// "the RSF and other groups": unnamed partners of an actor
		switch toks[i].Lower {
		case "militias", "militia", "groups", "forces", "fighters", "parties":
			return true
		}
	case "aid", "humanitarian":
		// "one aid official", "humanitarian officials": relief workers,
		// no state's
		switch toks[i].Lower {
		case "official", "officials", "agency", "agencies", "chief":
			return true
		}
	case "charter", "passenger", "commercial", "civilian", "cargo", "private", "light", "small", "civil", "airline":
		// "a charter aircraft": no air force's
		switch toks[i].Lower {
		case "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "vessel", "vessels":
			return true
		}
	case "think", "fuel", "oil", "water", "gas", "storage", "septic":
		// "think tanks", "fuel tanks"
		return toks[i].Lower == "tank" || toks[i].Lower == "tanks"
	case "sanctions", "visa", "tax", "trade", "inspection", "inspections", "export", "import", "customs", "security":
		// "our sanctions regime": a system, not a government
		return toks[i].Lower == "regime"
	case "in", "at":
		return toks[i].Lower == "court" // "appeared in court" (but "a vote in parliament")
	case "allied", "affiliated":
		// "the RSF and allied militias": unnamed partners of an actor
		switch toks[i].Lower {
		case "militias", "militia", "groups", "forces", "fighters":
			return true
		}
	case "a", "the":
		// "killed worshippers at a church": a building, where it happened
		if i >= 2 && (toks[i-2].Lower == "at" || toks[i-2].Lower == "in" || toks[i-2].Lower == "outside" || toks[i-2].Lower == "near") {
			switch toks[i].Lower {
			case "church", "mosque", "synagogue", "temple":
				return true
			}
		}
	}
	// "as a private citizen", "as prime minister" (not "as the army advanced")
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "as":
			return !asClause(toks, end)
		case "a", "an":
			continue
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" || startsUpper(toks[k].Text) {
			break
		}
	}
	return false
}

// asClause reports a finite verb at token end, right after an agent noun
// phrase that follows "as": the phrase is the subject of an "as" clause
// ("deployed police as protesters blocked roads", "as police fired tear
// gas"), no role someone acts in ("as prime minister").
func asClause(toks []dyad.Token, end int) bool {
	if end >= len(toks) {
		return false
	}
	switch toks[end].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// ethnicKin reports a people or non-state armed group whose nationality
// adjective follows "ethnic" ("ethnic Armenian separatists", "ethnic
// Serbs", "Ethnic Albanian protesters", "an ethnic Uzbek human rights
// activist", "an ethnic Albanian party"): a minority named by its kin
// state, whose members are not that state's actors (CAMEO codes a domestic
// group by the country it lives in). Only the sectors of private people
// and groups qualify (civilians, rebels, armed groups, opposition,
// parties, refugees, rights activists, media, students, workers, clergy,
// business, health): "ethnic Armenian leaders" keeps the general rule.
func ethnicKin(toks []dyad.Token, start int, sectors []string) bool {
	if start == 0 || toks[start-1].Lower != "ethnic" || len(sectors) != 1 {
		return false
	}
	switch sectors[0] {
	case "CVL", "REB", "UAF", "OPP", "REF", "PTY", "HRI", "MED", "EDU", "LAB", "REL", "BUS", "HLH":
		return true
	}
	return false
}

// ethnicPeople reports a nationality adjective [start, end) used as the
// noun of a people after "ethnic", with no head noun after it ("killed 33
// ethnic Vietnamese", "attacks on ethnic Chinese"): the minority's
// members, civilians, whom ethnicKin gives the country they live in, not
// the kin state (gold README, dev47 review: "the open files code ethnic
// minorities by the country they live in, not their kin state"; W47052
// KHMCVL). A plural demonym ("ethnic Serbs") is read as people already.
func ethnicPeople(toks []dyad.Token, start, end int) bool {
	if start == 0 || toks[start-1].Lower != "ethnic" {
		return false
	}
	return end == len(toks) || !headNoun(toks[end])
}

// syrianKurds reports an armed agent (MIL, UAF or REB) named "forces",
// "militia(s)", "militiamen" or "fighters" right after "Kurdish" or "Kurdish-led" (perhaps
// after "Syrian"), on a date from 2012-07-19, when the YPG took the
// Kurdish north of Syria, in a sentence that names no Iraqi place or
// force (peshmerga) and whose "Kurdish" follows no other state's
// adjective ("Turkish Kurdish rebels", "Iranian Kurdish groups").
func syrianKurds(toks []dyad.Token, start int, sectors []string, date string) bool {
	if date < "2012-07-19" || len(sectors) != 1 || !(sectors[0] == "MIL" || sectors[0] == "UAF" || sectors[0] == "REB") || start == 0 {
		return false
	}
	switch toks[start].Lower {
	case "forces", "force", "militia", "militias", "militiamen", "fighters":
	default:
		return false // "Kurdish militants", "Kurdish rebels", "Kurdish guerrillas": the PKK's words
	}
	k := start - 1
	if w := toks[k].Lower; w != "kurdish" && w != "kurdish-led" {
		return false
	}
	if k > 0 {
		switch toks[k-1].Lower {
		case "turkish", "iranian", "iraqi", "iran's", "iraq's", "turkey's":
			return false
		}
	}
	for _, t := range toks {
		switch t.Lower {
		case "iraq", "iraqi", "peshmerga", "kirkuk", "erbil", "irbil", "mosul", "sinjar", "krg", "pkk":
			return false
		}
	}
	return true
}

// authoredAct reports a bare state body's noun with no state of its own
// ("government", "court", "opposition") right before an [authored acts]
// noun at i: the body that put the bill, order or call ("rejected a
// government bill", "defied a court order"), a modifier whose state the
// sentence gives, not a kind of thing as in "a government building".
func (m *Matcher) authoredAct(toks []dyad.Token, mt Mention, i int) bool {
	if i >= len(toks) || mt.Kind != KindAgent || mt.Person || !m.words.authoredActs[toks[i].Lower] {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].Tag != "NN" && toks[i+1].Tag != "NNS"
}
