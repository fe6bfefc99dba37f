package events

// This file holds the rule families that decide an event's target where
// the object scan (roles.go) alone picks the wrong one: the beneficiaries
// named in an appeal's content clause, the victims of mass violence and
// the people a state deports, the owners of ships, and the places of
// attacks named through a hedge ("at what it said were …") or a
// possessive state ("in Pakistan's Balochistan province").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// appealContent reports whether the actor mention at token k stands in
// the content of an appeal (root 02): after the infinitive of "called on
// all parties in Syria to protect civilians" or "appealed for $100
// million to help families displaced by fighting in Haiti". Whoever the
// content names is what the appeal is for, not whom it is made to, so the
// object scan stops there (CODING.md: unnamed collectives are no actors;
// gold sets: "called on all parties …" has target null). An appeal made
// to a named actor names it before the infinitive ("urged Egypt to
// release …", "called on the EU to lift …").
func appealContent(st *sentence, h *verbHit, k int) bool {
	if cameo.Root(h.code) != "02" {
		return false
	}
	toks := st.toks
	for j := h.head + 1; j+1 < k; j++ {
		if j+1 < h.end && h.p != nil && slotHas(h.p.Slots[1:], "to") {
			continue // the pattern's own infinitive ("applied to join NATO") opens no content clause
		}
		if toks[j].Lower == "to" && !startsUpperASCII(toks[j+1].Text) && (toks[j+1].Tag == "VB" || toks[j+1].Tag == "VBP" || purposeVerb(toks[j+1].Lower)) {
			return true
		}
	}
	return false
}

// purposeVerb reports the verbs that open an appeal's content clause,
// which the tagger may take for nouns after "to" ("to protect civilians"
// came out protect/NN, "to avoid harmful competition" avoid/NN).
func purposeVerb(w string) bool {
	switch w {
	case "help", "protect", "support", "assist", "aid", "feed", "shelter", "save", "spare", "allow", "ensure", "end", "stop",
		"halt", "reach", "rebuild", "respect", "release", "free", "resettle", "evacuate", "care",
		"avoid", "refrain", "exercise", "show", "cease", "comply", "abide":
		return true
	}
	return false
}

// targetFamilies recodes the target h's object scan found where a rule
// family below (or in targets_oblique.go) knows better; it runs once per hit after refine and
// refineConflict.
func (c *Coder) targetFamilies(st *sentence, h *verbHit) {
	c.victimTarget(h)
	ownedShip(st, h)
	c.detainedGrievance(st, h) // grids.go
	c.protestTarget(st, h)
	c.grievanceHolder(st, h)
	linkedOnly(st, h)
	c.ownPersonTarget(st, h)
	c.droppedOver(st, h)
	c.obliqueTargets(st, h)  // targets_oblique.go
	c.possessedTarget(st, h) // "Ukraine said Russia attacked its energy infrastructure" (possessed.go)
	c.possessiveOwner(st, h) // "Poland shot down Russian drones that entered its airspace" (targets_possessive.go)
	c.ownStateMoved(st, h)   // "pulled the United States out of the Paris accord" (targets_ownstate.go)
	listOwner(st, h)         // "remove Cuba from Washington's list": no owner of the list (targets_listed.go)
	if len(h.target) == 0 {
		h.target = c.tradePartner(st, h) // "lifted its ban on rice exports to Bangladesh" (possessed.go)
	}
	c.impliedTargets(st, h)     // targets_implied.go
	c.farTargets(st, h)         // targets_far.go
	c.sanctionsTargeting(st, h) // ", targeting Russia's central bank" (targets_sanctioned.go)
	carriedPeople(st, h)        // "seized three boats carrying 400 migrants": no target (targets_carried.go)
	c.protestTargets(st, h)     // targets_protest.go
	c.bodyTargets(st, h)        // targets_bodies.go
	c.proposalOwner(st, h)      // targets_implied.go
	c.repelledTarget(st, h)     // targets_places.go
	c.memorialTarget(st, h)     // "laid a wreath at a memorial to Indian soldiers": IND (targets_memorial.go)
	deployedAgainst(st, h)      // targets_enemy.go
	foughtAlongside(st, h)      // troops_abroad.go
	c.overflownState(st, h)     // "launched a ballistic missile over Japan" (targets_overflight.go)
	c.showAimedAt(st, h)        // "in a show of strength aimed at Armenia" (targets_show_aimed.go)
	c.reasonTargets(st, h)      // "in retaliation for US strikes": no target of the act (targets_reason.go)
	c.propertyOwner(st, h)      // "set fire to houses in the Palestinian town of Huwara" (targets_property.go)
	c.cyberTarget(st, h)        // "a cyberattack that disrupted power grids in Azerbaijan" (targets_cyber.go)
	c.strongholdPlace(st, h)    // "struck the al Shabaab stronghold of Kismayo" (targets_stronghold.go)
	relativeToll(st, h)         // "set off a roadside bomb that killed four policemen" (targets_toll.go)

	// "burned tyres outside the Turkish consulate": TUR (targets_mission_protest.go)
	c.missionProtested(st, h)
	// "staged a sit-in outside the UNHCR office": IGOUNOHCR (targets_office_protest.go)
	c.officeProtested(st, h)
	// "fired two missiles, one of which landed in Japan's waters": JPN (targets_missile_landing.go)
	c.missileLanding(st, h)
	// "fired two rockets that landed near the Israeli town of Nahariya": ISR 194 (targets_rocket_landing.go)
	c.rocketLanding(st, h)
	// "dropped chlorine on the rebel-held town of X": its civilians (targets_gassed_town.go)
	c.gassedTown(st, h)
	// "sent rice to Myanmar's Shan state for villagers affected by floods": MMRCVL (targets_aid_people.go)
	c.aidForPeople(st, h)
	// "flew doctors and field hospitals to southern Somalia": SOM, not the doctors (targets_aid_sent.go)
	c.aidSentTo(st, h)
	// "pledged $100 million to rebuild homes in Yemen's Abyan province": YEM (targets_aid_purpose.go)
	c.aidPurposePlace(st, h)
	// "flew police advisers to Honiara to help the Solomon Islands police": SLBCOP (targets_helped.go)
	helpedForce(st, h)
	// "fired on a Chinese fishing boat": CHNBUS (targets_fishing.go)
	c.fishingBoatOwner(st, h)
	// "deposited $2 billion in Egypt's central bank": EGY (targets_central_bank.go)
	centralBankAid(st, h)
	// "allowed a U.N. convoy carrying food to reach Iraqi refugees": IGOUNO (targets_convoy_owner.go)
	convoyOwner(st, h)
	// "was confident that Tehran would accept": IRN (targets_outlook.go)
	c.outlookTarget(st, h)
	// "kidnapped the son of a Venezuelan bank manager": VENCVL (targets_kin_of.go)
	kinOfTarget(st, h)
	// "walked out of the Doha negotiations": no party in Doha (places_venuecompound.go)
	venueTargets(st, h)
	if h.claimed && len(h.target) > 0 {
		// "the shooting … in the West Bank shortly before Blinken's
		// visit": no attack on Blinken, the place attacked (claims.go)
		if h.target = untimedTargets(st, h.end, h.target); len(h.target) == 0 {
			if t := c.attackPlace(st, h); t != nil {
				h.target = untimedTargets(st, h.end, []actors.Mention{*t})
			}
		}
	}
}

// placeAfterCountry is a target mention of country named by the place
// phrase at token k.
func (c *Coder) placeAfterCountry(st *sentence, k int, country string) []actors.Mention {
	end := k + 1
	for end < len(st.toks) && end < k+4 && (st.toks[end].Tag == "NNP" || st.toks[end-1].Tag == "JJ") {
		end++
	}
	m := c.placeMention(country, st.toks[k:end], st.s.Text)
	m.Start, m.End = k, end
	return []actors.Mention{*m}
}

// droppedOver gives aid dropped over a place (07x) the place's state as
// target, not the building it fell on: "planes dropped medical supplies
// over a field hospital in northern Gaza" aids PSE, as the gold sets code
// airdrops.
func (c *Coder) droppedOver(st *sentence, h *verbHit) {
	if !strings.HasPrefix(h.code, "07") {
		return
	}
	if len(h.target) == 0 {
		// "airdropped food parcels over northern Gaza": the place's state
		for k := h.end; k < len(st.toks)-1 && k < h.end+4; k++ {
			if st.toks[k].Lower != "over" {
				continue
			}
			if p, ok := c.namedPlace(st, k+1, len(st.toks)); ok && p.Country != "" && (len(h.source) == 0 || h.source[0].Country != p.Country) {
				h.target = c.placeAfterCountry(st, k+1, p.Country)
			} else if p, ok := c.compassPlace(st, k+1, len(st.toks)); ok && p.Country != "" && (len(h.source) == 0 || h.source[0].Country != p.Country) {
				h.target = c.placeAfterCountry(st, k+1, p.Country)
			}
			return
		}
		return
	}
	if len(h.target) != 1 || len(h.target[0].Sectors) == 0 || h.target[0].Country == "" {
		return
	}
	k := h.target[0].Start - 1
	for k > h.head && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "JJ" || st.toks[k].Tag == "NN" && st.at[k] < 0) {
		k--
	}
	if k <= h.head || st.toks[k].Lower != "over" {
		return
	}
	h.target = []actors.Mention{bareCountry(c, h.target[0])}
}

// bareCountry returns m recoded as its country alone, no role, named as
// the dictionary names the country.
func bareCountry(c *Coder, m actors.Mention) actors.Mention {
	m.Code, m.Sectors, m.Name = m.Country, nil, c.matcher.Dictionary().Name(m.Country)
	return m
}

// ownPersonTarget gives a state's arrest, detention or conviction (173,
// 116) of an unnamed person no dictionary knows ("Indian police arrested
// a man accused of spying") a target: the state's own civilians, as the
// gold sets code them (suspects stay no one, as they code those). Only
// when the object right after the verb is such a person: a noun of
// [unnamed persons], a part of a group told by a possessive ("dozens of
// his supporters", "41 of its staff"), or a private person named with an
// age. A former office holder no dictionary knows ("convicted former
// dictator Efrain Rios Montt", "found a former opposition lawmaker
// guilty", "arrested a former air force general") is the state alone
// (CODING.md: former officeholders take the country code alone).
func (c *Coder) ownPersonTarget(st *sentence, h *verbHit) {
	if h.code != "173" && h.code != "116" || len(h.source) != 1 || h.p.Noun {
		return
	}
	if h.passive {
		c.passivePersonTarget(st, h)
		return
	}
	src := h.source[0]
	if len(h.target) > 0 && !(len(h.target) == 1 && ownCity(st, h.target[0].Start, src.Country)) {
		return // (the state's own capital naming the person is no target: "a Moscow theatre director")
	}
	if len(src.Country) != 3 || !hasSector(src, "COP", "GOV", "MIL", "JUD", "SPY") && src.Code != src.Country {
		return // (a state named alone arrests by its authorities: "Britain arrested a parliamentary researcher")
	}
	toks := st.toks
	k := h.end
	if h.end > h.head+2 && (toks[h.head+1].Tag == "DT" || toks[h.head+1].Lower == "former") {
		k = h.head + 1 // "found a former opposition lawmaker guilty": the object inside the pattern
	}
	if k+3 < len(toks) && (toks[k].Tag == "CD" || groupCount(toks[k].Lower)) && toks[k+1].Lower == "of" && toks[k+2].Tag == "PRP$" {
		k += 3 // "dozens of his supporters", "41 of its staff"
	} else if k+2 < len(toks) && groupCount(toks[k].Lower) && toks[k].Tag != "CD" && toks[k+1].Lower == "of" && st.at[k+2] < 0 {
		k += 2 // "dozens of men", "hundreds of young men" (arrested_counted.go)
	}
	former := -1
	for k < len(toks) && k < h.end+6 && (personPremodifier(toks, k, former >= 0) || ownCity(st, k, src.Country) || c.suspectedOrKin(st, k)) {
		if toks[k].Lower == "former" {
			former = k
		}
		if st.at[k] >= 0 && !ownCity(st, k, src.Country) && !(former >= 0 && formerTitleWord(st, k, src.Country)) {
			return
		}
		k++
	}
	if k >= len(toks) {
		return
	}
	if former >= 0 {
		if e := formerHolder(st, k); e > k {
			t := actors.Mention{Start: former, End: e, Kind: "coref", Person: true}
			t.Code, t.Country, t.Sectors, t.Name = src.Country, src.Country, nil, c.matcher.Dictionary().Name(src.Country)
			t.Text = st.s.Text[toks[former].Start:toks[e-1].End]
			t.Span = [2]int{toks[former].Start, toks[e-1].End}
			h.target = []actors.Mention{t}
		}
		return
	}
	if st.at[k] >= 0 {
		return
	}
	e := k + 1 // one past the person's words
	if w := toks[k].Lower; (w == "supporters" || w == "supporter" || w == "followers" || w == "follower") && k > h.end && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNP") {
		return // "30 opposition supporters": the noun before says whose, not the state's civilians
	}
	if !c.words.unnamedPersons[toks[k].Lower] {
		if e = agedName(st, k); e < 0 {
			return
		}
	}
	t := actors.Mention{Start: k, End: e}
	cc := src.Country
	if src.Code == src.Country {
		// a state named alone may arrest abroad or in land it holds
		// ("Israel arrested a man in Jenin"); its police and courts are
		// read at home, as the gold sets code them
		cc = c.arrestPlaceCountry(st, e, src.Country)
	}
	t.Code, t.Country, t.Sectors, t.Name = cc+"CVL", cc, []string{"CVL"}, c.matcher.Dictionary().Name(cc)
	t.Text = st.s.Text[toks[k].Start:toks[e-1].End]
	t.Span = [2]int{toks[k].Start, toks[e-1].End}
	t.Kind = "coref"
	h.target = []actors.Mention{t}
}

// passivePersonTarget gives a passive arrest, detention or conviction
// (173, 116) by a state's agent whose subject is an unnamed person the
// same target ownPersonTarget gives the active one: "He was arrested by
// British police at Manchester airport" and "A woman was detained by
// Iranian security forces" are the agent state's own civilians (GBRCOP
// 173 GBRCVL), as "British police arrested a man" is. The subject is a
// personal pronoun no coreference resolved ("he", "she", "they") or a
// noun of [unnamed persons] after a determiner, right before the passive
// "be" (past adverbs); a subject the matcher names keeps its own code,
// and suspects stay no one.
func (c *Coder) passivePersonTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 {
		return
	}
	src := h.source[0]
	if len(src.Country) != 3 || !hasSector(src, "COP", "GOV", "MIL", "JUD", "SPY") {
		return
	}
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Lower == "been" || toks[k].Lower == "being") {
		k--
	}
	if k < 1 || !beForm(toks[k].Lower) {
		return
	}
	k-- // the subject's last word
	if toks[k].Text == "," {
		// "The man, who said he had been kidnapped, was detained by …":
		// the noun before the relative clause
		j := k - 1
		for j > 1 && toks[j].Text != "," && toks[j].Text != ";" && j > k-30 {
			j--
		}
		if j < 2 || toks[j].Text != "," || toks[j+1].Lower != "who" {
			return
		}
		k = j - 1
	}
	if st.at[k] >= 0 {
		return
	}
	if !c.words.unnamedPersons[toks[k].Lower] || k == 0 || toks[k-1].Tag != "DT" && toks[k-1].Tag != "CD" && toks[k-1].Tag != "JJ" {
		return // (an unresolved "he", "they" may be a foreigner told before: "An American reporter … He was detained by Russian security services")
	}
	t := actors.Mention{Start: k, End: k + 1, Kind: "coref"}
	cc := c.arrestPlaceCountry(st, h.end, src.Country)
	t.Code, t.Country, t.Sectors, t.Name = cc+"CVL", cc, []string{"CVL"}, c.matcher.Dictionary().Name(cc)
	t.Text = st.s.Text[toks[k].Start:toks[k].End]
	t.Span = [2]int{toks[k].Start, toks[k].End}
	h.target = []actors.Mention{t}
}

// arrestPlaceCountry returns the country whose civilians an unnamed
// person arrested by the state own is: the country of a place named
// after "in", "at" or "near" from token from to the end of the clause
// ("Israel arrested a man in Jenin": PSE; "Russia detained a man in
// occupied Kherson": UKR), as coreference places "dozens of people in the
// West Bank"; else own.
func (c *Coder) arrestPlaceCountry(st *sentence, from int, own string) string {
	toks := st.toks
	_, hi := clauseBounds(toks, max(from-1, 0))
	for k := from; k+1 < hi; k++ {
		switch toks[k].Lower {
		case "in", "at", "near":
		default:
			continue
		}
		j := pastThe(toks, k+1)
		for j+1 < hi && !startsUpperASCII(toks[j].Text) && (toks[j].Lower == "occupied" || strings.HasSuffix(toks[j].Lower, "ern") || toks[j].Lower == "central" || st.words.compassPoint(toks[j].Lower)) {
			j++ // "in occupied Kherson", "in northern Gaza"
		}
		p, n, ok := c.placeAt(st, j, hi, 2)
		if !ok || nameGoesOn(toks, j+n) || featureName(toks, j+n) {
			continue
		}
		if country, ok := c.storyCountry(st, p); ok && len(country) == 3 && country != own {
			return country
		}
		return own // a place of the state's own
	}
	return own
}

// personPremodifier reports a word at k before the noun for a person
// arrested or convicted: a determiner, adjective or number, "former", a
// noun before another ("a parliamentary researcher", "an air force
// general"; not "guilty", which the tagger may take for a noun: "found a
// man guilty"), and in a former office holder's title a name before a
// noun ("a former Assad-era general").
func personPremodifier(toks []dyad.Token, k int, former bool) bool {
	t := toks[k]
	switch {
	case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Lower == "former":
		return true
	case t.Tag != "NN" && !(former && t.Tag == "NNP"):
		return false
	}
	return k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") && toks[k+1].Lower != "guilty"
}

// groupCount reports a word that counts people before "of": "dozens of
// his supporters".
func groupCount(w string) bool {
	switch w {
	case "dozens", "hundreds", "thousands", "scores", "several", "some", "many", "two", "three", "four", "five":
		return true
	}
	return false
}

// formerTitleWord reports an actor mention at token k that is part of a former
// office holder's title: a role with no state ("air force" in "a former
// air force general") or a modifier of the state itself ("Assad-era").
func formerTitleWord(st *sentence, k int, country string) bool {
	m := st.ments[st.at[k]]
	return m.Country == "" && m.Kind != actors.KindOrg || m.Modifier && m.Country == country
}

// formerHolder returns one past the title noun at k of a former office
// holder and the name that follows it (capitalised words no dictionary
// codes: "dictator Efrain Rios Montt"), or -1: the title is a singular or
// plural common noun, the name at most four words, and no actor mention
// may lie in the name.
func formerHolder(st *sentence, k int) int {
	toks := st.toks
	if t := toks[k].Tag; t != "NN" && t != "NNS" || st.at[k] >= 0 && !formerTitleWord(st, k, "") {
		return -1
	}
	e := k + 1
	for e < len(toks) && e < k+5 && toks[e].Tag == "NNP" && startsUpperASCII(toks[e].Text) {
		if st.at[e] >= 0 {
			return -1
		}
		e++
	}
	return e
}

// agedName returns one past the last word of a person's name no
// dictionary knows at token k, given with an age in commas as the wire
// introduces private people ("arrested one Anthony Scott Boeckholt, 42,",
// "detained Maria Lopez, 29, at her home"), or -1: two to four
// capitalised words, none part of an actor mention, then ", NUMBER".
// Named so, the person is a private one, not an office holder.
func agedName(st *sentence, k int) int {
	toks := st.toks
	e := k
	for e < len(toks) && e < k+4 && toks[e].Tag == "NNP" && startsUpperASCII(toks[e].Text) && st.at[e] < 0 {
		e++
	}
	if e-k < 2 || e+1 >= len(toks) || toks[e].Text != "," || toks[e+1].Tag != "CD" {
		return -1
	}
	return e
}

// ownCity reports a capital of country at token k used as a modifier of
// a person noun ("a Moscow theatre director"): the state's own place.
func ownCity(st *sentence, k int, country string) bool {
	m := st.at[k]
	if m < 0 || k+1 >= len(st.toks) {
		return false
	}
	mt := st.ments[m]
	return mt.Kind == actors.KindCapital && mt.Country == country && mt.End == k+1 && (st.toks[k+1].Tag == "NN" || st.toks[k+1].Tag == "NNS")
}

// linkedOnly drops the target of sanctions and tariffs (163, 1312) whose
// state is named only in the description of those hit: "sanctions on 16
// individuals and entities linked to Russia's shadow fleet", "tariffs on
// buyers of Russian oil" name no sanctioned state (gold README: target
// null when no country is named, the unnamed "buyers of Russian oil";
// dev2: "individuals linked to Russia's …", Russia's is a modifier).
func linkedOnly(st *sentence, h *verbHit) {
	if len(h.target) != 1 || h.code != "163" && h.code != "1312" {
		return
	}
	t := h.target[0]
	if t.Code != t.Country || len(t.Sectors) != 0 || t.Start < 2 {
		return
	}
	toks := st.toks
	switch toks[t.Start-1].Lower {
	case "to":
		switch toks[t.Start-2].Lower {
		case "linked", "tied", "connected":
			h.target = nil
		}
	case "of":
		switch toks[t.Start-2].Lower {
		case "buyers", "buyer", "importers", "purchasers", "users", "customers":
			h.target = nil
		}
	}
}

// grievanceHolder re-aims a protest the coder gave the protesters' own
// government (refine, protestTarget) at the holder the sentence names:
// prisoners "in Israeli jails" protest against Israel's government
// (gold: PSECVL 142 ISRGOV), and a grievance over a death "by police" or
// "in police custody" is against the police (gold: riots "in anger over
// a killing by police" FRACOP).
func (c *Coder) grievanceHolder(st *sentence, h *verbHit) {
	if len(h.target) != 1 || len(h.source) == 0 || !(cameo.Root(h.code) == "14" || h.code == "133") {
		return
	}
	src, t := h.source[0], h.target[0]
	if src.Country == "" || t.Code != src.Country+"GOV" || !(t.Text == "" || t.Start == src.Start || t.Kind == actors.KindCapital) {
		return // a government the sentence names stays (a capital is the seat of one, refine)
	}
	toks := st.toks
	// "prisoners in Israeli jails": the state holding them
	for k := src.End; k+2 < len(toks) && k < src.End+3; k++ {
		if toks[k].Lower != "in" {
			continue
		}
		if m := st.at[k+1]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != src.Country && st.ments[m].End < len(toks) {
			if st.words.custodyNouns[toks[st.ments[m].End].Lower] {
				v := st.ments[m]
				v.Code, v.Sectors, v.Kind = v.Country+"GOV", []string{"GOV"}, "coref"
				v.Modifier, v.Place = false, false
				h.target = []actors.Mention{v}
				return
			}
		}
		break
	}
	// "over the killing of a teenager by police", "the death of a
	// blogger in police custody"
	for k := h.end; k+1 < len(toks) && toks[k].Text != ";" && toks[k].Text != "."; k++ {
		if a, ok := c.grievanceAgent(st, h, k, src); ok {
			h.target = a // "over the killing of a rebel commander by soldiers" (grievance_agent.go)
			return
		}
		if toks[k].Lower != "police" {
			continue
		}
		if toks[k-1].Lower == "by" || toks[k+1].Lower == "custody" {
			v := t
			v.Code, v.Sectors = src.Country+"COP", []string{"COP"}
			h.target = []actors.Mention{v}
		}
		return
	}
}

// protestTarget gives a protest that tells its demand, and a threat to
// strike that tells its grievance, the protesters' government as target
// when none is named: "students marched in Novi Sad to demand the
// resignation of the government" SRBGOV, "women staged a protest in
// Kabul, demanding the right to work" AFGGOV, "doctors threatened to down
// tools over unpaid salaries" KENGOV (gold README: protests and strikes
// against a state's policy or pay take that government even when it is
// not named; threats to strike take the same target). A march with no
// demand or grievance keeps no target (refine codes "against"/"over").
func (c *Coder) protestTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.code == "" {
		return
	}
	src := h.source[0]
	if src.Country == "" || !civil(src) {
		return
	}
	switch {
	case cameo.Root(h.code) == "14" && (len(h.code) == 4 || demandAfter(st.toks, h.end)):
	case h.code == "133" && against(st.toks, h.head):
	default:
		return
	}
	if c.foreignCause(st, h.end, src.Country) {
		return // "marched in London to demand a ceasefire in Gaza": solidarity with a foreign cause
	}
	h.target = []actors.Mention{c.implicitGov(src, h)}
}

// implicitGov returns the government of src's state as the implicit
// target of h ("protested against pension cuts": the government).
func (c *Coder) implicitGov(src actors.Mention, h *verbHit) actors.Mention {
	return c.implicitActor(src, h, "GOV")
}

// implicitActor returns src's state with the one role code sector as an
// actor of h that no words name: no text and an empty span, at h's head
// (the government a protest is aimed at, the civilians police act on).
func (c *Coder) implicitActor(src actors.Mention, h *verbHit, sector string) actors.Mention {
	m := src
	m.Code, m.Sectors, m.Kind = src.Country+sector, []string{sector}, "coref"
	m.Name = c.matcher.Dictionary().Name(src.Country)
	m.Start, m.End, m.Span, m.Text = h.head, h.head, [2]int{0, 0}, ""
	m.Person, m.Possessive, m.Modifier, m.Place = false, false, false, false
	return m
}

// demandAfter reports a demand told within the clause after token from:
// "to demand …", ", demanding …", "calling for …". Past the twelfth word
// (place and time phrases: "marched in the city's main square on Monday
// for a third week, chanting for the fall of …") it reads on to the
// twentieth while no finite verb stands between.
func demandAfter(toks []dyad.Token, from int) bool {
	fin := false
	for k := from; k < len(toks) && (k < from+12 || k < from+20 && !fin); k++ {
		switch toks[k].Lower {
		case ";", "but", "while", "after", "before", "when":
			return false
		case "demand", "demanding", "demanded":
			return true
		case "calling", "call", "chanting":
			if k+1 < len(toks) && toks[k+1].Lower == "for" {
				return true
			}
		}
		fin = fin || finite(toks[k].Tag)
	}
	return false
}

// ownedShip gives a ship or a business's property named by its owners'
// state ("a Greek-owned tanker", "a British-owned cargo ship", "a
// Canadian-owned gold mine") that state's business as
// target, GRCBUS, as the gold sets code an owner's country + BUS; the
// actor matcher codes the compound as the state alone.
func ownedShip(st *sentence, h *verbHit) {
	if len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Country == "" || t.Code != t.Country || len(t.Sectors) != 0 || t.Start < 0 || t.Start >= len(st.toks) || !strings.HasSuffix(st.toks[t.Start].Lower, "-owned") {
		return
	}
	if !vesselAfter(st.toks, t.End) && !st.words.ownedAssetAfter(st.toks, t.End) {
		return
	}
	t.Code, t.Sectors = t.Country+"BUS", []string{"BUS"}
	h.target = []actors.Mention{t}
}

// ownedAssetAfter reports a noun of [owned assets] (words.txt) within
// three words from token i: "a Canadian-owned gold mine".
func (v *vocab) ownedAssetAfter(toks []dyad.Token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if v.ownedAssets[toks[k].Lower] {
			return true
		}
	}
	return false
}

// vesselAfter reports a ship noun within three words from token i.
func vesselAfter(toks []dyad.Token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "ship", "vessel", "tanker", "supertanker", "freighter", "carrier", "cargo", "boat", "trawler":
			return true
		}
	}
	return false
}

// victimTarget gives mass violence (20x) and deportation (174) aimed at a
// state named alone its people: the civilians of a genocide "against
// Palestinians in Gaza" (PSECVL), the deportees of "deported 40 Uyghur
// men to China" (CHNREF), as the gold sets' conventions code them
// (testdata/gold/README.md: mass violence targets the victims; migrants
// and deportees are REF). The codebook's target of such acts is never
// the state itself.
func (c *Coder) victimTarget(h *verbHit) {
	if len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if t.Country == "" || t.Code != t.Country || len(t.Sectors) != 0 || t.Kind == actors.KindOrg {
		return
	}
	sector := ""
	switch {
	case cameo.Root(h.code) == "20" && !strings.HasPrefix(h.code, "204"):
		sector = "CVL"
	case h.code == "174":
		sector = "REF"
	default:
		return
	}
	t.Code, t.Sectors = t.Country+sector, []string{sector}
	h.target = []actors.Mention{t}
}

// claimHedge reports the speaker of a hedge inside an attack's object,
// "what it said were militant bases", "what Israel called Hamas
// positions": the one who says it is no party the attack met.
func claimHedge(toks []dyad.Token, m actors.Mention) bool {
	w := m.Start - 1
	if w >= 1 && (toks[w].Tag == "DT" || toks[w].Tag == "PRP$") {
		w-- // "what the military said were …" (farTargets)
	}
	if w < 0 || m.End >= len(toks) || toks[w].Lower != "what" {
		return false
	}
	switch toks[m.End].Lower {
	case "said", "says", "called", "calls", "described", "claimed", "claims", "termed":
		return true
	}
	return false
}

// placeOwner reports a state named as the owner of a place after a
// place preposition: "in Pakistan's Balochistan province", "near
// Lebanon's southern border". Such a mention is where the act happened,
// and as the place of an attack it is the attack's target (gold README:
// attacks on a place take its country).
func placeOwner(st *sentence, m actors.Mention) bool {
	toks := st.toks
	if !m.Possessive || m.Country == "" || m.Code != m.Country || m.Start < 1 || m.End+1 >= len(toks) {
		return false
	}
	switch toks[m.Start-1].Lower {
	case "in", "into", "near", "across":
	default:
		return false
	}
	// past the possessive's "'s": a capitalised place name or a place noun
	j := m.End + 1
	for j < len(toks) && j < m.End+4 && (toks[j].Tag == "JJ" || startsUpperASCII(toks[j].Text)) {
		j++
	}
	return j > m.End+1 && j < len(toks) && st.words.placeNoun(toks[j].Lower) || startsUpperASCII(toks[m.End+1].Text) && st.at[m.End+1] < 0
}

// foreignCause reports a state or place of another country than own
// named after token from in the clause: the cause of a protest abroad.
func (c *Coder) foreignCause(st *sentence, from int, own string) bool {
	toks := st.toks
	for k := from; k < len(toks) && toks[k].Text != ";"; k++ {
		if m := st.at[k]; m >= 0 {
			if cn := st.ments[m].Country; cn != "" && cn != own {
				return true
			}
			k = st.ments[m].End - 1
			continue
		}
		if p, n, ok := c.placeAt(st, k, len(toks), 2); ok {
			if p.Country != "" && p.Country != own {
				return true
			}
			k += n - 1
		}
	}
	return false
}

// oneDenial drops a denial (016) with no target when the same source's
// denial in the sentence names the accuser: "denied any role in the
// attack, dismissing Washington's accusations as baseless" is one denial,
// of Washington (CODING.md: one per accuser).
func oneDenial(evs []dyad.Event) []dyad.Event {
	named := func(e dyad.Event) bool {
		for _, o := range evs {
			if o.CAMEO == "016" && o.Target != nil && o.Source != nil && e.Source != nil && o.Source.Code == e.Source.Code && o.Sentence == e.Sentence {
				return true
			}
		}
		return false
	}
	return dropEvents(evs, func(e dyad.Event) bool { return e.CAMEO == "016" && e.Target == nil && named(e) })
}

// coordinatedDemand gives a demand (root 10) that names no one the target
// of the act it is coordinated with by "and" under the same subject:
// "summoned Japan's ambassador and demanded an apology" is a demand of
// Japan's government (gold: "Denmark summoned the U.S. ambassador … and
// demanded an explanation" DNK 100 USAGOV). An act alleged of another
// in between is passed over, to the accusation that alleges it.
func coordinatedDemand(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if !live[k] || cameo.Root(h.code) != "10" || len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.head < 2 {
			continue
		}
		// "and" right before the verb, past adverbs and date words
		j := h.head - 1
		for j > 0 && (toks[j].Tag == "RB" || st.isDate[j]) {
			j--
		}
		if toks[j].Lower != "and" || toks[j-1].Text == "," && j >= 2 && st.at[j-2] >= 0 {
			continue
		}
		for g := k - 1; g >= 0; g-- {
			o := &hits[g]
			if !live[g] || o.head >= j || len(o.source) == 0 || o.p.has(flagSpeech) {
				continue
			}
			if len(o.accuser) > 0 && o.source[0].Code != h.source[0].Code && toks[j-1].Text != "," {
				continue // the act alleged in an accusation before it: "accused China of beating fishermen … and demanded compensation" is a demand of China, the accused
			}
			if o.source[0].Code == h.source[0].Code && len(o.target) > 0 && !o.target[0].Place && !o.target[0].Modifier && clauseBetweenFree(st, o.end, j) {
				h.target = o.target
			}
			break
		}
	}
	laterCoordinated(st, hits, live)
}

// laterCoordinated gives a demand (root 10) that names no one the target
// of the act coordinated after it by "and" under the same subject:
// "demanded an immediate ceasefire in Gaza and recalled its ambassador
// from Israel" is a demand of Israel (gold: JOR 1056 ISR), as
// coordinatedDemand does for a demand after the act.
func laterCoordinated(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if !live[k] || cameo.Root(h.code) != "10" || len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive {
			continue
		}
		for g := k + 1; g < len(hits); g++ {
			o := &hits[g]
			if !live[g] || o.head <= h.end || o.p.has(flagSpeech) {
				continue
			}
			j := o.head - 1 // "and" right before the verb, past adverbs and date words
			for j > h.end && (toks[j].Tag == "RB" || st.isDate[j]) {
				j--
			}
			if toks[j].Lower == "and" && toks[j-1].Text != "," && len(o.source) > 0 && o.source[0].Code == h.source[0].Code &&
				len(o.target) > 0 && !o.target[0].Place && !o.target[0].Modifier && o.target[0].Country != h.source[0].Country && clauseBetweenFree(st, h.end, j) {
				h.target = o.target
			}
			break
		}
	}
}

// clauseBetweenFree reports no finite verb and no semicolon between
// tokens a and b: the two verbs share a clause's subject.
func clauseBetweenFree(st *sentence, a, b int) bool {
	for k := a; k < b && k < len(st.toks); k++ {
		if st.toks[k].Text == ";" || finite(st.toks[k].Tag) {
			return false
		}
	}
	return true
}

// complementTarget reports a live hit after the threat hits[k] and before
// its "if"/"unless" clause that has a target: the act threatened names
// whom it is aimed at ("warned that Israel would strike Beirut if
// Hezbollah fired rockets" is aimed at Lebanon, not at Hezbollah), and
// combine gives the threat that target.
func complementTarget(st *sentence, hits []verbHit, live []bool, k int) bool {
	h := &hits[k]
	cond := -1
	for j := h.end; j < len(st.toks); j++ {
		if w := st.toks[j].Lower; w == "if" || w == "unless" {
			cond = j
			break
		}
	}
	if cond < 0 {
		return false
	}
	for j := range hits {
		g := &hits[j]
		if live[j] && j != k && g.head > h.head && g.head < cond && len(g.target) > 0 && !g.p.has(flagSpeech) {
			return true
		}
	}
	return false
}

// stateOf gives a state's forces named in a condition as the state
// itself: a threat held over "if US strategic bombers flew near its
// territory" is a threat to the United States (gold: PRKGOV 138 USA).
// Other actors (a government, armed groups, organisations) keep their
// codes ("unless the government raised the minimum wage" NGAGOV).
func stateOf(ms []actors.Mention) []actors.Mention {
	if len(ms) == 0 {
		return ms
	}
	out := make([]actors.Mention, len(ms))
	for i, m := range ms {
		if m.Country != "" && len(m.Sectors) == 1 && m.Sectors[0] == "MIL" && m.Kind != actors.KindOrg {
			m.Code, m.Sectors = m.Country, nil
		}
		out[i] = m
	}
	return out
}

// forceRoot reports the roots of force (15, 18–20), whose object is
// never named in an "if" clause after it.
func forceRoot(code string) bool {
	switch cameo.Root(code) {
	case "15", "18", "19", "20":
		return true
	}
	return false
}
