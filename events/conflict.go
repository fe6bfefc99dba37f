package events

// Material-conflict rules (roots 15–20): the weapon that decides a
// strike's code, the victims of an assault, mass violence told by its
// scale, forced displacement, chemical agents, and the participles and
// means clauses that only tell more of an act already coded.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// modelName reports an aircraft, ship or weapon model designation: a
// token with a letter and a digit joined by a hyphen or run together
// ("Tu-95", "F-16", "Su-34", "J-20", "B-52", "MiG-31", "S-400").
func modelName(t dyad.Token) bool {
	s := t.Text
	if len(s) < 2 || len(s) > 10 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '-' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return digit
}

// modelAdjective returns the nationality adjective of a force named with
// a model designation between them ("Russian Tu-95 bombers", "Chinese
// J-20 fighters", "US F-35 jets"): the last mention of out, a modifier
// two tokens before m with the model name between. The matcher sees the
// adjective as modifying the model name and leaves the force without a
// country.
func modelAdjective(toks []dyad.Token, out []actors.Mention, m actors.Mention) *actors.Mention {
	if len(out) == 0 || m.Start < 2 || !hasSector(m, "MIL") || !modelName(toks[m.Start-1]) {
		return nil
	}
	r := &out[len(out)-1]
	if r.End != m.Start-1 || !r.Modifier || r.Kind != actors.KindAdjective || r.Country == "" {
		return nil
	}
	return r
}

// aerialForce reports an aircraft named in a source's words: the jets,
// helicopters, gunships or drones that carried out an attack.
func aerialForce(text string) bool {
	if aerial(text) {
		return true
	}
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		switch w {
		case "gunships", "gunship", "helicopter", "warplane", "bomber", "plane", "fighter-bombers":
			return true
		}
	}
	return false
}

// chemicalAgent reports a chemical weapon or agent among toks (an attack's
// clause, starting at its head) used as the attack's means: after "with",
// "using", "filled/loaded/laced with" or "of" ("attacked civilians with
// chemical weapons", "grenades loaded with chloropicrin", "barrels of
// chlorine"), or naming the attack itself ("a nerve agent attack", "its
// chemical weapons attack"). A chemical weapon as the object or a purpose
// ("attacking Syria's chemical weapons capabilities", "to enforce a ban on
// the use of chemical weapons") is none.
func chemicalAgent(toks []dyad.Token, head int) bool {
	for k := range toks {
		n := chemicalTerm(toks, k)
		if n == 0 {
			continue
		}
		if k+n < len(toks) {
			switch toks[k+n].Lower {
			case "attack", "attacks", "strike", "strikes":
				return true
			}
		}
		j := k - 1
		for j > 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD") {
			j--
		}
		if j < 0 {
			continue
		}
		if j == 0 && chemicalMunition(toks, k+n) {
			return true // the act's own object: "dropped chlorine gas cylinders on Douma"
		}
		switch toks[j].Lower {
		case "with", "using", "of", "containing", "carrying":
			if toks[j].Lower == "of" && j > 0 && (toks[j-1].Lower == "use" || toks[j-1].Lower == "ban") {
				continue // "a ban on the use of chemical weapons"
			}
			return true
		}
	}
	return false
}

// chemicalMunition reports whether the chemical term ending before k is
// used as a munition: nothing nominal follows ("dropped chlorine on"), or
// a munition noun does ("chlorine gas cylinders", "sarin rockets"), not a
// site or a programme ("chemical weapons facilities").
func chemicalMunition(toks []dyad.Token, k int) bool {
	for ; k < len(toks) && (toks[k].Lower == "gas" || toks[k].Lower == "-filled"); k++ {
	}
	if k >= len(toks) || toks[k].Tag != "NN" && toks[k].Tag != "NNS" {
		return true
	}
	switch toks[k].Lower {
	case "cylinder", "cylinders", "canister", "canisters", "shell", "shells", "bomb", "bombs", "barrel", "barrels",
		"rocket", "rockets", "munitions", "grenade", "grenades", "missile", "missiles":
		return true
	}
	return false
}

// chemicalTerm returns the length in tokens of a chemical weapon or agent
// named at k ("sarin", "chemical weapons", "nerve agent"), 0 when none.
func chemicalTerm(toks []dyad.Token, k int) int {
	switch toks[k].Lower {
	case "chloropicrin", "sarin", "chlorine", "phosgene", "novichok":
		return 1
	case "chemical":
		if k+1 < len(toks) {
			switch toks[k+1].Lower {
			case "weapons", "weapon", "agents", "agent", "munitions", "shells", "bombs", "grenades", "gas":
				return 2
			}
		}
	case "mustard", "nerve", "tear":
		if k+1 < len(toks) && (toks[k+1].Lower == "gas" || toks[k+1].Lower == "agent" || toks[k+1].Lower == "agents") && toks[k].Lower != "tear" {
			return 2
		}
	}
	return 0
}

// ownedObject reports a pronoun or possessive pronoun in or right after a
// hit's words ("pushed him into", "attacked one of its armoured
// vehicles"): the owner is the one struck, not the place named later.
func ownedObject(toks []dyad.Token, h *verbHit) bool {
	for k := h.head + 1; k < len(toks) && k < h.end+4; k++ {
		if toks[k].Tag == "PRP" || toks[k].Tag == "PRP$" {
			return true
		}
		if toks[k].Text == "," || toks[k].Lower == "in" || toks[k].Lower == "on" || toks[k].Lower == "at" {
			return false
		}
	}
	return false
}

// clauseToks returns the tokens of h's clause after its head, up to a
// semicolon or the next comma.
func clauseToks(st *sentence, h *verbHit) []dyad.Token {
	k := h.head
	for k < len(st.toks) && st.toks[k].Text != ";" && (k < h.end || st.toks[k].Text != ",") {
		k++
	}
	return st.toks[h.head:k]
}

// massOfCivilians reports a killing's object that counts its civilian
// target in dozens or more, right after the verb: "killed dozens of
// villagers", "killed dozens of ethnic Hazaras" (a people's civilians,
// CVL or REF), not "dozens of soldiers" or "dozens of militants".
func massOfCivilians(st *sentence, h *verbHit) bool {
	toks := st.toks
	k := h.head + 1
	if k+2 >= len(toks) || toks[k+1].Lower != "of" || len(h.target) != 1 || !hasSector(h.target[0], "CVL", "REF") {
		return false
	}
	switch toks[k].Lower {
	case "dozens", "hundreds", "thousands", "scores":
	default:
		return false
	}
	t := h.target[0]
	if t.Start < k+2 || t.Start > k+4 {
		return false
	}
	for j := k + 2; j < t.Start; j++ {
		if tg := toks[j].Tag; tg != "JJ" && tg != "NNP" {
			return false // "dozens of them and their civilians"
		}
	}
	return true
}

// massCount reports a victim count in the dozens, hundreds or thousands
// right after from: "hundreds of civilians", "thousands of villagers",
// "scores of people", "dozens of young men" (the victims a noun of [mass
// victims], data/words.txt, or a people's members: "dozens of ethnic
// Amharas").
func (v *vocab) massCount(toks []dyad.Token, from int) bool {
	for k := from; k+2 < len(toks) && k < from+5; k++ {
		switch toks[k].Lower {
		case "dozens", "hundreds", "thousands", "scores":
			if toks[k+1].Lower != "of" {
				return false
			}
			if toks[k+2].Lower == "ethnic" && k+3 < len(toks) && toks[k+3].Text[0] >= 'A' && toks[k+3].Text[0] <= 'Z' && strings.HasSuffix(toks[k+3].Text, "s") {
				return true // "dozens of ethnic Amharas": a people's members, not fighters
			}
			return v.massVictims[toks[k+2].Lower] || k+3 < len(toks) && v.massVictims[toks[k+3].Lower]
		}
		if toks[k].Tag != "RB" && toks[k].Tag != "IN" && toks[k].Tag != "JJ" && toks[k].Tag != "DT" && toks[k].Tag != "RP" && toks[k].Tag != "TO" && toks[k].Lower != "death" && toks[k].Lower != "dead" {
			return false
		}
	}
	return false
}

// wholePopulation reports words saying everyone of a place was driven
// out: "the entire population", "all residents", "tens of thousands".
func wholePopulation(toks []dyad.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].Lower {
		case "entire", "whole":
			switch toks[k+1].Lower {
			case "population", "populations", "village", "town", "community", "neighbourhood", "neighborhood":
				return true
			}
		case "all":
			switch toks[k+1].Lower {
			case "residents", "inhabitants", "villagers", "civilians", "families":
				return true
			}
		}
	}
	return false
}

// refineConflict sharpens a material-conflict hit after refine's rules:
//   - an attack by aircraft is aerial (195), whatever its verb ("helicopter
//     gunships pounded militant hideouts"; pound and shell are 194 from the
//     ground);
//   - an attack with a chemical agent named in its clause is 2041 ("dropped
//     grenades loaded with chloropicrin");
//   - killings told in the hundreds or thousands are mass killings (202:
//     "executed hundreds of civilians");
//   - an assault or bombing with no victim named takes the civilians of the
//     place it struck, not the place's state ("blew himself up at a mosque
//     in Peshawar, killing 40 people"); the state is the target of a strike
//     on its soil by another (19x).
func (c *Coder) refineConflict(st *sentence, h *verbHit) {
	if h.code == "" || len(h.source) == 0 {
		return
	}
	src := h.source[0]
	if h.code == "150" && st.toks[h.head].Lemma == "fly" && (!warplanes(src.Text) && !flownWarplanes(c, st, h) && !flownCraft(st, h) || permitted(st.toks, h.head)) {
		// "Putin flew over the flooded region", "Pakistani aircraft would
		// not be allowed to fly over Indian airspace": only warplanes
		// flying show force (the subject's or its object: "Russia flew two
		// bombers near Japanese airspace", source RUS as CODING.md says)
		h.code = ""
		return
	}
	if h.code == "174" && !expelledToLeave(st, h) {
		h.code = "" // "forced residents to stay indoors", "ordered residents to leave as the fire spread"
		return
	}
	switch st.toks[h.head].Lemma {
	case "order":
		if h.code == "154" && h.end < len(st.toks) && strings.HasPrefix(st.toks[h.end].Tag, "VB") {
			h.code = "" // "ordered Russian troops to withdraw": an order to act, no deployment
			return
		}
	case "call":
		if h.code == "154" && h.end == h.head+2 && !callUp(st.toks, h) {
			h.code = "" // "called up the ambassador": only reservists and conscripts are mobilised
			return
		}
	case "target", "attack", "hit", "breach", "infiltrate", "steal", "compromise", "penetrate":
		if hackers(src.Text) && (cameo.Root(h.code) == "19" || h.code == "171") {
			h.code = "176" // "Chinese state-backed hackers targeted US power grids"
		} else if st.toks[h.head].Lemma == "target" && h.code == "190" && (!armed(src) || !st.words.armedWords.anyIn(clauseToks(st, h)) || h.passive && src.Kind == "coref") {
			// "the new law targets migrants", "police targeted migrants",
			// "children targeted by extremists": no attack; "targeted by
			// jets" names no one whose jets
			h.code = ""
			return
		}
	}
	if h.code == "174" && civil(src) && populationDriven(st.toks, h.head+1, h.end+2) && !h.passive {
		h.code = "" // "villagers forced the families out": no state or armed group expels them
		return
	}
	if h.code == "174" && st.toks[h.head].Lemma != "deport" && (nonState(src) || hasSector(src, "MIL")) && (bigCount(st.toks, h.head+1, h.end+6) || populationDriven(st.toks, h.head+1, h.end+2) && !campPeople(st.toks, h.end)) {
		// "has driven more than 700,000 Rohingya into Bangladesh", "forced
		// the remaining Muslim families out of the town of Boda", "ordered
		// the residents of four villages to leave": an armed force or
		// group driving a population from its homes (gold README: 201; a
		// state deporting 1,200 migrants deports them, 174)
		h.code = "201"
		if len(h.target) == 1 && onlySectors(h.target[0], "REF") && h.target[0].Country == src.Country && !populationMigrants(st.toks, h.head+1, h.end+2) {
			v := h.target[0] // (residents driven out are the place's people, not refugees yet)
			v.Code, v.Sectors = v.Country+"CVL", []string{"CVL"}
			h.target = []actors.Mention{v}
		}
	}
	if h.p.Noun && len(h.target) == 1 && h.target[0].Code == src.Code {
		// "the kidnapping of two soldiers by ELN rebels": the act's object
		// after "of" is its target, the by-agent its source
		for k := h.end; k+1 < len(st.toks) && k < h.end+6 && st.toks[k].Lower != "by"; k++ {
			if m := st.at[k]; m >= 0 && k > 0 && (st.toks[h.end].Lower == "of") && st.ments[m].Code != src.Code && !st.ments[m].Place {
				h.target = []actors.Mention{st.ments[m]}
				break
			}
		}
	}
	if (h.code == "190" || h.code == "180") && st.toks[h.head].Lemma == "kill" {
		// "killing dozens of civilians in an air strike": the strike is how
		// they were killed (the nominal itself is dropped: elaboration)
		if k := meansNoun(st.toks, h.end); k >= 0 {
			for _, g := range st.hits {
				if g.head == k && g.p.Noun && g.code != "190" && (cameo.Root(g.code) == "19" || cameo.Root(g.code) == "18") {
					h.code = g.code // (not a plain "in an attack": a killing stays the assault it is)
				}
			}
		}
	}
	if r := cameo.Root(h.code); h.passive && (r == "18" || r == "19" || r == "20") && len(h.target) == 0 {
		// "Ukraine's largest power plant was struck by Russian drones": the
		// state owning what was struck
		if t := c.possessiveSubject(st, h); t != nil {
			h.target = []actors.Mention{*t}
		}
	}
	if h.code == "171" && nonState(src) && vesselObject(st.toks, h.end) && st.words.hostageNouns.anyIn(st.toks) {
		// "seized the cargo ship and took its 25 crew members hostage": a
		// hijacking (a ship seized alone is 171, gold README)
		h.code = "181"
	}
	if h.code == "190" && !words(st.toks[h.head:h.end], "ground", "land") {
		// "carried out a massive missile attack on Kyiv": the weapon named
		// in the act's words decides (not in "a ground and air offensive")
		for _, t := range st.toks[h.head:h.end] {
			switch t.Lower {
			case "missile", "air", "aerial", "airstrike", "airstrikes":
				h.code = "195"
			case "drone":
				h.code = "195" // (as refine's "the drone attack")
			case "rocket", "artillery", "mortar":
				h.code = "194"
			case "grenade":
				h.code = "183" // "carried out a grenade attack on a convoy": a bombing, as thrown grenades are
			}
		}
	}
	root := cameo.Root(h.code)
	switch {
	case (h.code == "194" || h.code == "190") && aerialForce(src.Text):
		h.code = "195"
	}
	if (root == "19" || root == "18") && !h.threat && chemicalAgent(clauseToks(st, h), h.head) {
		h.code = "2041"
	}
	switch h.code {
	case "190", "180", "1823", "193":
		if l := st.toks[h.head].Lemma; st.words.killingHead(st.toks, h) || l == "shoot" || l == "gun" { // (mass_killing.go)
			if (st.words.massCount(st.toks, h.head+1) || massOfCivilians(st, h)) && !unidentifiedAttacker(src) { // (codes.go)
				h.code = "202"
			}
		}
		if st.words.massExecuted(st.toks, h) && !unidentifiedAttacker(src) {
			h.code = "202" // "executed dozens of Syrian soldiers", "hanged hundreds of prisoners" (executions.go)
		}
	}
	c.massKilledThem(st, h, src) // "rounded up dozens of young men and shot them dead" (mass_killing_them.go)
	c.venueCivilians(st, h)      // "a gunman opened fire at a cinema in Louisiana": USACVL (targets_venue.go)
	root = cameo.Root(h.code)
	if (root == "18" || root == "19" || root == "20") && len(h.target) == 0 && !h.p.has(flagMutual) && nonState(src) && !ownedObject(st.toks, h) {
		// "M23 rebels captured the airport in Goma": an armed group's attack
		// on a place in its own country is aimed at that state (refine
		// takes only a foreign place)
		if t := c.attackPlace(st, h); t != nil {
			h.target = []actors.Mention{*t}
		}
	}
	if (root == "19" || root == "18") && len(h.target) == 0 && !h.p.has(flagMutual) && src.Country != "" {
		if t := c.stateControlledGround(st, h, src); t != nil {
			h.target = []actors.Mention{*t} // "fired missiles into Pakistani-controlled territory" (controlled_territory.go)
		}
	}
	if (root == "19" && h.code != "191" && h.code != "192" && h.code != "196" || root == "20") && len(h.target) == 0 && !h.p.has(flagMutual) && !nonState(src) && src.Kind != "coref" && src.Country != "" && !ownedObject(st.toks, h) && noArmedObject(st.toks, h.end) && noHeldObject(st, h.end) {
		// "Myanmar military aircraft bombed a village in Sagaing": a state
		// never targets itself; its strike at home hits the civilians of
		// the place (gold README, conventions audit)
		if t := c.attackPlace(st, h); t != nil && t.Country == src.Country && !offensiveNamed(st.toks, h) {
			v := *t
			v.Code, v.Sectors, v.Kind = v.Country+"CVL", []string{"CVL"}, "coref"
			h.target = []actors.Mention{v}
		}
	}
	if (root == "19" || root == "18") && (len(h.target) == 0 || h.target[0].Kind == "place") {
		// "pounded militant hideouts in the Tirah valley": the armed
		// group of the place, else of the attacker's own country
		k, sector := armedObject(st.toks, h.end)
		country := src.Country
		if k < 0 {
			// "bombed rebel-held Idlib": the armed group holding a named
			// place, of the place's country (controlledPlace)
			if j, sec, p, ok := c.controlledPlace(st, h.end); ok {
				k, sector, country = j, sec, p
			}
		}
		if k < 0 && (len(h.target) == 0 || h.target[0].Country == src.Country) {
			// "pounded the rebel-held mountain town of Zintan": the group
			// holding the place, modifiers between (held_place.go)
			k, sector = heldObject(st, h.end)
		}
		if k >= 0 {
			if len(h.target) > 0 && h.target[0].Country != "" {
				country = h.target[0].Country
			}
			if country != "" && !hasSector(src, "REB", "UAF", "CRM") {
				h.target = []actors.Mention{c.armedGroupAt(st, src, k, sector, country)}
			}
		}
	}
	if (root == "19" || root == "20") && len(h.target) == 0 && h.end+1 < len(st.toks) && st.toks[h.end].Lower == "of" && siegeNoun(st.toks[h.end-1].Lower) {
		// "tightened its siege of Gaza", "the bombardment of Kharkiv": the
		// place besieged or struck
		j := h.end + 1
		if x := partOf(st.toks, j); x > j {
			j = x
		}
		if p, n, ok := c.placeAt(st, j, len(st.toks), 2); ok && p.Country != src.Country && !featureName(st.toks, j+n) {
			h.target = []actors.Mention{*c.placeMention(p.Country, st.toks[j:j+n], st.s.Text)}
		}
	}
	if root == "15" && len(h.target) == 1 && h.target[0].Country != "" && h.target[0].End < len(st.toks) {
		switch st.toks[h.target[0].End].Lower {
		case "zone", "airspace", "waters", "identification":
			// "into Taiwan's air defence zone": the state's zone, not its
			// air defence forces
			v := h.target[0]
			v.Code, v.Sectors = v.Country, nil
			h.target = []actors.Mention{v}
		}
	}
	if h.code == "150" && len(h.target) == 0 {
		switch st.toks[h.head].Lemma {
		case "fly", "sail", "enter", "cross", "violate", "breach":
			// "Japan scrambled fighter jets after Chinese drones flew near
			// Yonaguni": the state that scrambled is the one shown force
			for _, g := range st.hits {
				if len(g.source) == 0 || g.head == h.head || g.source[0].Country == "" || g.source[0].Country == src.Country {
					continue
				}
				switch st.toks[g.head].Lemma {
				case "scramble", "intercept", "shadow":
					v := g.source[0]
					v.Code, v.Sectors = v.Country, nil
					h.target = []actors.Mention{v}
				}
			}
		}
	}
	if (h.code == "201" || h.code == "174") && st.toks[h.head].Lemma != "deport" && len(h.target) == 1 && h.target[0].Start > 0 && src.Country != "" && len(h.target[0].Sectors) == 0 {
		switch st.toks[h.target[0].Start-1].Lower {
		case "into", "across":
			// "driven 70,000 Rohingya into Bangladesh": the country they
			// fled to is no target; the people driven out are the
			// expelling state's
			v := h.target[0]
			v.Code, v.Country, v.Sectors, v.Kind = src.Country+"CVL", src.Country, []string{"CVL"}, "coref"
			v.Name = c.matcher.Dictionary().Name(src.Country)
			h.target = []actors.Mention{v}
		}
	}
	if h.code == "201" && len(h.target) == 0 && src.Country != "" && populationDriven(st.toks, h.head+1, h.end+2) {
		// "forced the remaining Muslim families out of the western town of
		// Boda": the people driven out are the civilians of the place, of
		// the expelling group's country when the place names none (gold
		// README: mass violence targets the victims)
		country := src.Country
		if t := c.attackPlace(st, h); t != nil && t.Country != "" {
			country = t.Country
		}
		v := src
		v.Code, v.Country, v.Sectors, v.Kind = country+"CVL", country, []string{"CVL"}, "coref"
		v.Name = c.matcher.Dictionary().Name(country)
		v.Person, v.Possessive, v.Modifier, v.Place = false, false, false, false
		h.target = []actors.Mention{v}
	}
	if (h.code == "201" || h.code == "174") && len(h.target) == 1 && hasSector(h.target[0], "CVL") && campPeople(st.toks, h.end) {
		// "forced the entire population of the Zamzam displacement camp
		// to leave": the people of a camp for the displaced are refugees
		v := h.target[0]
		v.Code, v.Sectors = v.Country+"REF", []string{"REF"}
		h.target = []actors.Mention{v}
	}
	if cameo.Root(h.code) == "18" && len(h.target) == 1 && h.target[0].Kind == "place" {
		v := h.target[0]
		v.Code, v.Sectors, v.Kind = v.Country+"CVL", []string{"CVL"}, "coref"
		h.target = []actors.Mention{v}
	}
}

// featureName reports a geographic feature noun at token i after a place
// name: "the Tirah valley" is a valley, not the town of Tirah the
// gazetteer knows elsewhere.
func featureName(toks []dyad.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "valley", "river", "mountains", "mountain", "pass", "gorge", "plateau", "lake", "desert", "forest", "hills", "basin", "corridor", "plain", "plains", "delta":
		return true
	}
	return false
}

// nonState reports an armed group, gang or unidentified attacker: rebels,
// militias, criminals and the international militant groups (IMG…).
func nonState(m actors.Mention) bool {
	return hasSector(m, "REB", "UAF", "CRM") || strings.HasPrefix(m.Code, "IMG")
}

// armedObject returns the token of an armed-group word opening the object
// after from ("militant hideouts", "rebel positions", "insurgent camps",
// "bandit camps"), with the group's role code (REB; CRM for bandits and
// gangs), or -1 when there is none.
func armedObject(toks []dyad.Token, from int) (int, string) {
	for k := from; k+1 < len(toks) && k < from+4; k++ {
		sector := ""
		switch w := strings.TrimSuffix(strings.TrimSuffix(toks[k].Lower, "-held"), "-controlled"); w {
		case "militant", "rebel", "insurgent", "jihadist", "terrorist", "separatist", "guerrilla", "islamist", "opposition":
			sector = "REB"
			if w == "opposition" && w == toks[k].Lower {
				sector = "" // "opposition positions" are a party's, not fighters'
			}
		case "bandit", "gang", "cartel":
			sector = "CRM"
		}
		if sector != "" {
			switch toks[k+1].Lower {
			case "hideouts", "hideout", "positions", "position", "camps", "camp", "bases", "base", "targets", "strongholds", "stronghold", "posts", "compounds", "training", "enclaves", "dens",
				"areas", "area", "towns", "town", "territory", "districts", "district", "neighbourhoods", "neighborhoods", "villages", "suburbs", "parts":
				return k, sector
			}
			return -1, ""
		}
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "CD" && toks[k].Lower != "suspected" {
			return -1, ""
		}
	}
	return -1, ""
}

// flownWarplanes reports the source's own warplanes named as the object
// of a "fly" hit ("flew two bombers near …").
func flownWarplanes(c *Coder, st *sentence, h *verbHit) bool {
	f, ok := c.ownForce(st, h)
	return ok && warplanes(f.Text)
}

// flownCraft reports a word of the [flown craft] list between a "fly"
// hit's verb and its end, a spying craft its pattern names as the object
// ("flew a spy balloon over Lithuania").
func flownCraft(st *sentence, h *verbHit) bool {
	for k := h.head + 1; k < h.end && k < len(st.toks); k++ {
		if st.words.flownCraft[st.toks[k].Lower] {
			return true
		}
	}
	return false
}

// warplanes reports military aircraft named in a source's words: jets,
// bombers, fighters, warplanes, drones, helicopters, gunships ("aircraft"
// and "planes" alone may be airliners).
func warplanes(text string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		switch w {
		case "jets", "jet", "bombers", "bomber", "fighters", "warplanes", "warplane", "drones", "drone", "helicopters", "gunships", "military":
			return true
		}
	}
	return false
}

// permitted reports "allowed/permitted to" or "banned from" right before
// the verb at i: a permission or ban on the act, not the act.
func permitted(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].Lower {
		case "allowed", "permitted", "banned", "barred", "cleared":
			return true
		}
	}
	return false
}

// facilityOwner reports a possessive people noun naming a kind of
// building or place: "a children's hospital", "a women's shelter", "the
// people's park" are things struck, not actors.
func facilityOwner(toks []dyad.Token, m actors.Mention) bool {
	if m.Kind == actors.KindPerson || !hasSector(m, "CVL", "EDU") {
		return false
	}
	k := m.End + 1 // the noun after "children's"
	if !m.Possessive {
		k = m.End - 1 // "children's hospital" as one mention
		if k < 1 || !isPossTok(toks[k-1]) {
			return false
		}
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "hospital", "hospitals", "school", "schools", "ward", "clinic", "shelter", "shelters", "playground", "park", "home", "homes", "camp", "prison", "theatre", "theater", "library":
		return true
	}
	return false
}

// tollVerb reports a past participle telling casualties: "killed",
// "wounded", "injured".
func tollVerb(t dyad.Token) bool {
	switch t.Lower {
	case "killed", "wounded", "injured", "maimed", "hurt":
		return true
	}
	return false
}

// forceAct reports a code of material conflict short of protest: a show
// of force, reduced relations, coercion, assault, fighting or mass
// violence (roots 15–20).
func forceAct(code string) bool {
	switch cameo.Root(code) {
	case "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// elaboration reports a hit that only tells more of the act of force
// coded before it in the sentence (force, nil when none), by the same
// actor:
//   - a participle showing force after a show of force or an attack, or
//     one of the act's own kind: "launched drills around Taiwan, sending
//     warships close to the island"; "tried to assassinate the mayor,
//     firing 30 shots at his car"; "tightened its siege of Gaza, cutting
//     off electricity and water";
//   - the means of a ceasefire violation: "violating the ceasefire by
//     firing at its positions";
//   - the deadline of an expulsion: "expelled the French ambassador and
//     gave him 72 hours to leave";
//   - the means of a killing: "killing dozens of civilians in an air
//     strike".
func elaboration(st *sentence, h, force *verbHit) bool {
	if force == nil || force.head >= h.head || len(h.source) == 0 || len(force.source) == 0 ||
		h.source[0].Country != force.source[0].Country {
		return false
	}
	toks := st.toks
	root, froot := cameo.Root(h.code), cameo.Root(force.code)
	switch {
	case toks[h.head].Tag == "VBG" && toks[h.head-1].Text == "," && (root == "15" || root == froot) && !arrestAfterRepression(st, h): // (targets_protest.go)
		return froot == "15" || froot == "17" || froot == "18" || froot == "19" || froot == "20"
	case toks[h.head].Tag == "VBG" && toks[h.head-1].Lower == "by" && (root == "18" || root == "19"):
		return force.code == "196"
	case h.p.Noun && (root == "18" || root == "19") && (froot == "18" || froot == "19" || froot == "20") && meansNoun(toks, force.end) == h.head:
		return true // "killing dozens of civilians in an air strike": the strike is the killing's means
	case h.code == "139" && (froot == "16" || force.code == "174"):
		return words(toks[h.head:min(len(toks), h.end+8)], "leave", "depart", "quit")
	}
	return false
}

// expelledToLeave checks a "forced/ordered <people>" expulsion: an
// infinitive "to leave/flee/abandon/quit/vacate" follows in the clause; an
// order comes from armed forces or groups (a government's order to leave
// may be an evacuation); no disaster is named. Other 174 hits pass.
func expelledToLeave(st *sentence, h *verbHit) bool {
	toks := st.toks
	switch toks[h.head].Lemma {
	case "force", "order", "compel":
	default:
		return true
	}
	if h.end-h.head != 2 {
		return true // another expulsion pattern: "forced … out of their homes"
	}
	leave := false
	for k := h.end; k+1 < len(toks) && k < h.end+14 && toks[k].Text != ";"; k++ {
		if toks[k].Lower == "to" {
			switch toks[k+1].Lemma {
			case "leave", "flee", "abandon", "quit", "vacate":
				leave = true
			}
			break
		}
	}
	if !leave || words(toks, "hurricane", "storm", "flood", "floods", "flooding", "fire", "fires", "wildfire", "wildfires", "typhoon", "cyclone", "volcano", "eruption", "earthquake", "tsunami", "landslide") {
		return false
	}
	if toks[h.head].Lemma == "order" {
		src := h.source[0]
		return hasSector(src, "MIL", "REB", "UAF", "CRM") || strings.HasPrefix(src.Code, "IMG")
	}
	return true
}

// campPeople reports an object phrase after from naming the people of a
// camp for the displaced or refugees: "the population of the Zamzam
// displacement camp", "residents of a refugee camp".
func campPeople(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		switch toks[k].Lower {
		case ",", ";", "to", "and":
			return false
		case "camp", "camps":
			for j := k - 1; j >= from && j >= k-3; j-- {
				switch toks[j].Lower {
				case "displacement", "displaced", "refugee", "refugees", "idp":
					return true
				}
			}
			return false
		}
	}
	return false
}

// directParty reports a fighting verb at head whose other party is its
// direct object at k, past determiners and modifiers only: "fought the
// RSF", "battled Fano militiamen" (other mutual verbs take the party after
// "with": "clashed with").
func directParty(toks []dyad.Token, head, k int) bool {
	switch toks[head].Lemma {
	case "fight", "battle":
	default:
		return false
	}
	switch toks[head].Tag {
	case "VBD", "VBZ", "VBP":
		// a finite verb: not "a nurse who was fighting Isis", "rebels
		// fighting the regime" (a party described, no event told)
	default:
		return false
	}
	if head > 0 && (toks[head-1].Lower == "who" || toks[head-1].Lower == "that" || toks[head-1].Lower == "which") {
		return false
	}
	if k <= head || k > head+4 {
		return false
	}
	for j := head + 1; j < k; j++ {
		switch toks[j].Tag {
		case "DT", "PRP$", "JJ", "NNP", "CD", "HYPH":
		default:
			return false
		}
	}
	return true
}

// armed reports an actor that attacks: armed forces, police, armed
// groups, criminals, or a state named alone.
func armed(m actors.Mention) bool {
	return len(m.Sectors) == 0 && m.Country != "" || hasSector(m, "MIL", "COP", "REB", "UAF", "CRM", "SPY") || strings.HasPrefix(m.Code, "IMG")
}

// hackers reports hackers named in an actor's words.
func hackers(text string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		if w == "hackers" || w == "hacker" || w == "cyberattackers" || w == "hacking" {
			return true
		}
	}
	return false
}

// callUp reports a "call up" whose object (or, in the passive, subject)
// is soldiers to be mobilised: "called up 300,000 reservists", "thousands
// of reservists were called up".
func callUp(toks []dyad.Token, h *verbHit) bool {
	soldiers := func(w string) bool {
		switch w {
		case "reservists", "reserves", "reservist", "conscripts", "recruits", "troops", "soldiers", "men", "volunteers":
			return true
		}
		return false
	}
	for k := h.end; k < len(toks) && k < h.end+5; k++ {
		if soldiers(toks[k].Lower) {
			return true
		}
	}
	if h.passive {
		for k := h.head - 1; k >= 0 && k >= h.head-6; k-- {
			if soldiers(toks[k].Lower) {
				return true
			}
		}
	}
	return false
}

// vesselObject reports a ship, plane or vehicle as the object after from:
// "seized a Bangladeshi-flagged ship", "seized a passenger plane".
func vesselObject(toks []dyad.Token, from int) bool {
	return objectNoun(toks, from, "ship", "vessel", "tanker", "freighter", "carrier", "boat", "yacht", "plane", "aircraft", "airliner", "bus", "train", "trawler", "dhow")
}

// siegeNoun reports a noun of an attack or siege whose "of PLACE" names
// the place attacked.
func siegeNoun(w string) bool {
	switch w {
	case "siege", "blockade", "bombardment", "shelling", "bombing", "invasion", "occupation", "encirclement", "assault", "capture":
		return true
	}
	return false
}

// agentFrom returns where a passive hit's "by" agent is looked for: at its
// end, or at its last word when the pattern ends in "by" ("were beaten by
// police").
func agentFrom(st *sentence, h *verbHit) int {
	if h.end > h.head+1 && st.toks[h.end-1].Lower == "by" {
		return h.end - 1
	}
	if h.head+1 < h.end && st.toks[h.head+1].Lower == "by" && h.p != nil && len(h.p.Slots) > 2 {
		return h.head + 1 // "was hit by Russian missiles": the pattern holds its agent
	}
	return h.end
}

// bigCount reports a count of 1,000 or more among toks[from:to]: "more
// than 700,000 Rohingya".
func bigCount(toks []dyad.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Tag == "CD" && leadingNumber(toks[k].Text) >= 1000 && !(len(toks[k].Text) == 4 && (strings.HasPrefix(toks[k].Text, "19") || strings.HasPrefix(toks[k].Text, "20"))) {
			return true
		}
	}
	return false
}

// chargeNoun reports "charges" at i as a noun after a preposition and its
// modifiers: "on espionage charges", "over terrorism-related charges",
// "on charges" — not "prosecutors charges" read as a verb.
func chargeNoun(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && (toks[k].Tag == "NN" || toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || strings.IndexByte(toks[k].Text, '-') > 0) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "on", "over", "of", "for", "with", "under", "face", "faces", "faced", "deny", "denied", "denies":
		return true
	}
	return false
}

// meansNoun returns the head of an attack noun in an "in a/an …" phrase
// within eight words after from, in the same clause ("killed dozens of
// civilians in an air strike"), or -1.
func meansNoun(toks []dyad.Token, from int) int {
	for k := from; k+1 < len(toks) && k < from+8; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return -1
		}
		if toks[k].Lower != "in" || toks[k+1].Lower != "a" && toks[k+1].Lower != "an" {
			continue
		}
		for j := k + 2; j < len(toks) && j < k+6; j++ {
			switch toks[j].Lower {
			case "strike", "airstrike", "attack", "shelling", "bombing", "raid", "bombardment", "ambush":
				return j
			case "air", "drone", "missile", "rocket", "artillery", "suicide":
				if j+1 < len(toks) {
					switch toks[j+1].Lower {
					case "strike", "attack", "raid", "bombing":
						return j
					}
				}
			}
		}
		return -1
	}
	return -1
}

// possessiveSubject returns the state named with a possessive opening the
// subject of a passive attack ("Ukraine's largest power plant was
// struck", "Russia's Black Sea fleet was hit"), nil when none.
func (c *Coder) possessiveSubject(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	aux := h.head - 1
	for aux >= 0 && (toks[aux].Tag == "RB" || isAux(toks[aux])) {
		aux--
	}
	for k := 0; k <= aux && k < 3; k++ {
		m := st.at[k]
		if m < 0 {
			if toks[k].Tag == "DT" {
				continue
			}
			return nil
		}
		mt := st.ments[m]
		if !mt.Possessive || mt.Person || mt.Country == "" || mt.End+1 > aux ||
			!(mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital) || hasVerbBetween(toks, mt.End, aux+1) {
			return nil
		}
		return &mt
	}
	return nil
}

// noArmedObject reports no armed-group object after from ("pounded militant
// hideouts" is aimed at the militants, not at civilians).
// offensiveNamed reports an offensive or counterattack among the words of
// hit h or right after them: "Ukrainian forces launched a counteroffensive
// near Bakhmut" is aimed at the force holding the place, not at the
// civilians of the attacker's own country.
func offensiveNamed(toks []dyad.Token, h *verbHit) bool {
	for k := h.head; k < len(toks) && k < h.end+3; k++ {
		switch strings.TrimSuffix(strings.ReplaceAll(toks[k].Lower, "-", ""), "s") {
		case "offensive", "counteroffensive", "counterattack", "counterstrike":
			return true
		}
	}
	return false
}

// controlledPlace reads an object that opens, after determiners and
// adjectives, with an armed group's "-held" or "-controlled" word right
// before a place the gazetteer knows: "rebel-held Idlib",
// "militant-controlled Kunduz". It returns the word's token, the group's
// role (armedObject's words) and the place's country.
func (c *Coder) controlledPlace(st *sentence, from int) (int, string, string, bool) {
	toks := st.toks
	for k := from; k+1 < len(toks) && k < from+3; k++ {
		w := toks[k].Lower
		if held := strings.TrimSuffix(strings.TrimSuffix(w, "-held"), "-controlled"); held != w {
			probe := []dyad.Token{{Lower: held + "-held"}, {Lower: "areas"}}
			_, sector := armedObject(probe, 0)
			if sector == "" {
				return -1, "", "", false
			}
			if p, _, ok := c.placeAt(st, k+1, len(toks), 3); ok && p.Country != "" {
				return k, sector, p.Country, true
			}
			return -1, "", "", false
		}
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" {
			return -1, "", "", false
		}
	}
	return -1, "", "", false
}

func noArmedObject(toks []dyad.Token, from int) bool {
	k, _ := armedObject(toks, from)
	return k < 0
}

// populationDriven reports, in toks[from:to], a word naming a settled
// population (residents, villagers, families, farmers …) and none naming
// migrants or foreigners: those an armed group drives out of a place are
// expelled en masse (201), migrants put out by a state are deported
// (174).
func populationDriven(toks []dyad.Token, from, to int) bool {
	found := false
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].Lower {
		case "residents", "inhabitants", "villagers", "families", "farmers", "herders", "households", "civilians",
			"communities", "population", "populations", "peasants", "tribesmen", "dwellers", "muslims", "christians", "minorities":
			found = true
		}
	}
	return found && !populationMigrants(toks, from, to)
}

// populationMigrants reports a word naming migrants, refugees or
// foreigners in toks[from:to].
func populationMigrants(toks []dyad.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].Lower {
		case "migrants", "migrant", "refugees", "refugee", "asylum-seekers", "foreigners", "deportees", "displaced":
			return true
		}
	}
	return false
}
