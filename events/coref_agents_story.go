package events

// Unknown agents, the rules of the story's context: the bodies, groups,
// people and countries named before, the story's focus and places, in the
// order resolveAgent tries them after the sentence's own.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// ownPeopleBody resolves a leader's title to the leader last named ("Mr
// Trump … The president called out"), and "the government", "the
// police" or "the courts" to those of the people acting on them
// ("Lesotho residents protested against the government"), of the rebels
// they are paired with ("the government and Colombian rebels resumed
// talks"), or of the people police act on ("police fired tear gas at
// Kenyan protesters"). It also sets the.
func (u *unknownAgent) ownPeopleBody() agentVerdict {
	ctx, st, ms, out, k, mi := u.ctx, u.st, u.ms, u.out, u.k, u.k
	if u.country == "" && ctx.lastPers != nil && hasSector(*ctx.lastPers, "GOV") && leaderTitle(u.m.Text) {
		// "Mr Trump is another reason … The president called out":
		// the leader last named
		u.country = ctx.lastPers.Country
	}
	u.the = strings.HasPrefix(strings.ToLower(u.m.Text), "the ")
	if u.country == "" && u.the && hasSector(u.m, "GOV", "COP", "LEG", "JUD") {
		// "Lesotho residents protested against the government":
		// a state's own people acting on "the government", "the
		// police" or "the courts" act on their own state's, not on
		// a body named in an earlier sentence (the people of its
		// own clause first: "…, while Iranian protesters chanted
		// slogans against the government")
		if lo, _ := clauseBounds(st.toks, u.m.Start); lo > 0 {
			u.country = ownPeopleCountry(mentionsFrom(out, lo))
		}
		if u.country == "" {
			u.country = ownPeopleCountry(out)
		}
	}
	if u.country == "" && u.the && hasSector(u.m, "GOV", "MIL", "COP", "LEG", "JUD") && mi+1 < len(ms) {
		// "the government and Colombian rebels resumed talks in
		// Havana", "between the army and Kachin insurgents": the
		// state of its own rebels or people it is paired with, not
		// the venue's (anchored.go)
		u.country = pairedPeopleCountry(st.toks, u.m, ms[mi+1])
	}
	if u.country == "" && hasSector(u.m, "COP") && len(u.m.Sectors) == 1 {
		// "condemning the violence used against Georgia's
		// protesters by riot police", "police fired tear gas at
		// Kenyan protesters": police act on their own state's
		// people, before or after them in the sentence
		if u.country = ownPeopleCountry(out); u.country == "" {
			u.country = ownPeopleCountry(ms[k+1:])
		}
	}
	return agentNext
}

// ruledOrSpeaker takes the territory a ruled body serves ("the
// Hamas-run health ministry") and the subject a closing attribution's
// speaker speaks for ("…, Beijing will retaliate, a foreign ministry
// spokesman warned", "Zelensky met Duda …, the presidency said").
func (u *unknownAgent) ruledOrSpeaker() agentVerdict {
	st, ms, out, k := u.st, u.ms, u.out, u.k
	if u.country == "" {
		// "the Hamas-run health ministry", "the Houthi-controlled
		// port authority": the body of the territory its rulers hold
		u.country = ruledBodyCountry(st.toks, ms, k)
	}
	if u.country == "" {
		// "…, Beijing will retaliate, a foreign ministry spokesman
		// warned": the speaker of a closing attribution speaks for
		// the subject of the clause it reports, not for the first
		// state named nor the body or country the story named before
		u.country = tailSpeakerCountry(st.toks, out, u.m)
	}
	if u.country == "" {
		// "Zelensky met Duda in Kyiv on Monday, the presidency said":
		// the same for a subject that is a lone surname (matched only
		// later), not the story's country
		u.country = u.c.tailSurnameCountry(u.ctx, st.toks, out, u.m)
	}
	return agentNext
}

// sameBodyBefore resolves "the court", "the ministry", "the envoy" to the
// same body named before: "The International Court of Justice ruled …
// The court agreed", "Egypt's foreign ministry said … The ministry said",
// with the role of the one named ("a Hamas official … the official" is
// PSEREB, not PSEGOV); "the government" of the state the story is about
// rather than one named in passing.
func (u *unknownAgent) sameBodyBefore() agentVerdict {
	ctx, st := u.ctx, u.st
	if u.country == "" && u.the {
		if g, ok := ctx.lastCourt(st.toks, u.m); ok {
			// "The International Court of Justice ruled … The court
			// agreed": the international court named last
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = g.Code, g.Country, g.Sectors, g.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
	}
	if u.country == "" && u.the {
		// "Egypt's foreign ministry said … The ministry said": the
		// same body named before
		if a, ok := ctx.agents[st.toks[u.m.End-1].Lower]; ok && a.Country == "" {
			// "the U.N. envoy … The envoy said": an international
			// body's agent named before is that body's, whatever
			// state the story is about
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = a.Code, "", a.Sectors, a.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		} else if ok && !storyGovernment(st.toks[u.m.End-1].Lower) && len(a.Code) > len(a.Country) && a.Code[:len(a.Country)] == a.Country && u.m.Code != a.Code[len(a.Country):] {
			// "A senior Hamas official said … The official refused",
			// "an Israeli military official … the official": the one
			// named before, with that one's role (PSEREB, ISRMIL), not
			// the head noun's own (GOV) in the state
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = a.Code, a.Country, a.Sectors, a.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		} else if ok {
			u.country = a.Country
			if f := ctx.focus(); f != "" && f != u.country && storyGovernment(st.toks[u.m.End-1].Lower) && ctx.countries[f] >= 2*ctx.countries[u.country] {
				// "The Nigerian government announced … brokered by
				// the Swiss government … The government has been
				// negotiating": the government of the state the story
				// is about, not one named in passing
				u.country = f
				if ls := ctx.lastSubj; ls != nil && len(ls.Country) == 3 && ls.Country != f && ctx.countries[ls.Country] >= 2*ctx.countries[a.Country] {
					// a story of two states ("Pakistan's military responded
					// … The government said Pakistan reserves the right to
					// respond"): the one whose actor the story told of last
					u.country = ls.Country
				}
			}
		}
	}
	return agentNext
}

// storyGroups drops hackers of no named state ("Hackers attacked
// Estonian banks"), takes a base ("Pakistan-based militants"), the
// government the story follows for a government body ("Cabinet agreed";
// none, dropped), the armed group named last ("militants" in a story
// about Hamas) and the home of "the authorities" ("in Turkey when the
// authorities arrested him").
func (u *unknownAgent) storyGroups() agentVerdict {
	c, ctx, st, ms, k := u.c, u.ctx, u.st, u.ms, u.k
	if u.country == "" && hackers(u.m.Text) {
		// "Hackers attacked Estonian banks", "hackers based in
		// China breached U.S. agencies' email": hackers no
		// demonym, possessor or earlier mention names are
		// nobody's; they strike across borders, so neither
		// their victims' state nor the place nor the story's is
		// theirs (the gold sets code no event)
		return agentDrop
	}
	if u.country == "" && u.armed && k > 0 && ms[k-1].End == u.m.Start && ms[k-1].Modifier && len(ms[k-1].Country) == 3 &&
		strings.HasSuffix(st.toks[u.m.Start-1].Lower, "-based") {
		// "Pakistan-based militants": based there, that state's
		// (not "Iran-backed militias", nor the story's country)
		u.country = ms[k-1].Country
	}
	if u.country == "" && govBody(st.toks[u.m.End-1].Lower) && !(u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$") {
		// "Cabinet agreed", "the national security council": the
		// government the story follows, or nobody; never a country
		// merely named as the topic
		if u.country = ctx.lastGov; u.country == "" {
			return agentDrop
		}
	}
	if u.country == "" && u.armed && !u.people && !hasSector(u.m, "CRM") {
		// "militants" in a story about Hamas, "the jihadists" in one
		// about Islamic State: the armed group named last, if any
		// (smugglers and traffickers are no member of it)
		if g, ok := ctx.names[lastOrgKey]; ok && (g.Country != "" && hasSector(g, "REB", "UAF") || strings.HasPrefix(g.Code, "IMG")) {
			if g.Country == "" {
				u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = g.Code, "", g.Sectors, g.Name
				u.m.Unresolved, u.m.Kind = false, "coref"
				return agentEmit
			}
			u.country = g.Country
		}
	}
	if u.country == "" && u.the {
		u.country = c.homeBodyPlace(st, u.m) // "in Turkey when the authorities arrested him"
	}
	if u.country == "" && !u.the && leadPlacedPolice(st, u.m) {
		// "In Wiltshire, police arrested two men": the police of the
		// place the sentence opens with, not of a state named earlier
		u.country = c.placeCountryIn(st, 0, u.m.Start)
	}
	return agentNext
}

// leadPlacedPolice reports a bare "police" (COP alone, no determiner)
// right after a sentence's opening place phrase and its comma: "In
// Wiltshire, police arrested …", "In the Lancashire town of Preston,
// police said …".
func leadPlacedPolice(st *sentence, m actors.Mention) bool {
	if !hasSector(m, "COP") || len(m.Sectors) != 1 || m.Start < 3 || st.toks[m.Start-1].Text != "," {
		return false
	}
	switch st.toks[0].Lower {
	case "in", "at", "near", "outside":
	default:
		return false
	}
	for _, t := range st.toks[1 : m.Start-1] {
		if t.Text == "," {
			return false
		}
	}
	return true
}

// storyFocus gives unnamed militants a state's force acts on the place of
// their own sentence ("The Pakistani army said it killed five militants in
// North Waziristan"), and "the army", rebels and gunmen the story's own
// country ("US troops advising rebels").
func (u *unknownAgent) storyFocus() agentVerdict {
	c, ctx, st, ms, out, k := u.c, u.ctx, u.st, u.ms, u.out, u.k
	if u.country == "" && u.armed && !u.people && !u.the && hasSector(u.m, "REB", "UAF") && !hasSector(u.m, "MIL") {
		// "Georgian police arrested two men. The Pakistani army said
		// it killed five militants in North Waziristan": unnamed
		// militants a state's force acts on in a sentence that names
		// no state the story is about are of the place the sentence
		// names, else of that force's state, not of the earlier story
		u.country = c.ownSentenceMilitants(ctx, st, out, ms[k+1:], u.m)
	}
	if u.country == "" && (u.the || u.armed && !u.people) {
		// "the army": the story's own country; rebels and gunmen
		// fight there too ("US troops advising rebels")
		u.country = ctx.focus()
		u.storyLevel = u.country != ""
	}
	return agentNext
}

// clauseOwn takes the state a people turn to ("Protesters called on the
// Georgian authorities to resign"), the actors and places of the agent's
// own later clause ("…, while police in Tbilisi arrested"), drops
// peacekeepers of no mission named ("the attack on peacekeepers in
// southern Lebanon"), and puts an armed group's victims where it happened
// ("JNIM militants killed dozens of soldiers in an ambush in Burkina
// Faso").
func (u *unknownAgent) clauseOwn() agentVerdict {
	c, st, ms, out, k := u.c, u.st, u.ms, u.out, u.k
	if u.country == "" && hasSector(u.m, "CVL", "OPP", "LAB", "AGR", "EDU", "HRI") && len(u.m.Sectors) == 1 {
		// "Protesters called on the Georgian authorities to resign":
		// a state's own people turn to their own state's bodies,
		// when the sentence names no other state
		u.country = ownStateCountry(ms[k+1:], ms, u.m.End+12, false)
	}
	if u.country == "" && !hasSector(u.m, "MIL", "REB", "UAF", "SPY") && !(u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$") {
		// a later clause ("…, while police in Tbilisi arrested"):
		// its own actors and places before the earlier clause's
		// (armed forces fight abroad; "its forces" have an owner)
		if lo, hi := clauseBounds(st.toks, u.m.Start); lo > 0 {
			for j := 0; j < len(out) && u.country == ""; j++ {
				if out[j].Start >= lo && out[j].Country != "" && !out[j].Modifier && !out[j].Place {
					u.country = out[j].Country
				}
			}
			if u.country == "" {
				u.country = c.placeCountryIn(st, lo, hi)
			}
		}
	}
	if u.country == "" && peacekeeperNoun(st.toks[u.m.End-1].Lower) {
		// "the attack on peacekeepers in southern Lebanon": a
		// mission's troops with no state or organisation named
		// are no army of the place nor of anyone named before
		return agentDrop
	}
	if u.country == "" && !u.titled && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && governmentForce(st.toks, u.m) {
		// "South Sudan's main rebel group quit talks in Addis Ababa,
		// accusing government troops of …": the government a named
		// rebel group fights is its own state's, not the venue's
		// (actors_forces.go)
		u.country = rebelsState(out)
	}
	if u.country == "" && !u.titled && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && insurgentIn(out) {
		// "JNIM militants killed dozens of soldiers in an ambush
		// in Burkina Faso": an armed group's victims serve the
		// state where it happened, not the group's home
		u.country = c.sentenceCountry(st)
	}
	return agentNext
}

// actorBefore takes the first actor before the agent in the sentence,
// except where the people are an accused force's or a foreign force's
// victims ("Britain accused Syrian forces of massacring villagers in
// Houla", "An Israeli tank crew fired two shells at a group of journalists
// in Lebanon") or a news outlet's subjects ("a video obtained by CNN shows
// schoolgirls").
func (u *unknownAgent) actorBefore() agentVerdict {
	c, st, out := u.c, u.st, u.out
	for j := 0; j < len(out) && u.country == ""; j++ {
		if hasSector(u.m, "CVL", "REF", "HLH", "EDU", "MED") && !u.armed && !u.titled && accuserBefore(st.toks, out, j, u.m) {
			if p := c.sentenceCountry(st); p != "" && p != out[j].Country {
				u.country = p // "Britain accused Syrian forces of massacring villagers in Houla": the place's (coref_accused.go)
				break
			}
		}
		if out[j].Country != "" && !out[j].Modifier && !out[j].Place && !(out[j].Kind == actors.KindOrg && newsMedium(out[j]) && hasSector(u.m, "CVL", "REF", "HLH", "EDU")) {
			// (the people a news outlet shows are not its country's:
			// "a video obtained by CNN shows schoolgirls abducted by
			// Boko Haram" are no Americans; "the BBC refused to hand
			// its footage to the police" is Britain's police)
			u.country = out[j].Country
			if victim := hasSector(u.m, "CVL", "REF", "HLH", "EDU", "MED") && !u.armed && !u.titled; victim && hasSector(out[j], "MIL", "REB", "UAF") {
				if p := c.sentenceCountry(st); p != "" && p != u.country && out[j].Start < u.m.Start {
					// "An Israeli tank crew fired two shells at a
					// group of journalists in Lebanon": a foreign
					// force's victims are of the place the sentence
					// puts them in, not the force's people
					u.country = p
				} else if st.prevPlace != "" && st.prevPlace != u.country {
					// "Israeli tanks pushed into Rafah … Israeli jets
					// bombed a camp, killing 12 people": the dead are
					// where the story is, not the attacker's people
					u.country = st.prevPlace
				}
			}
		}
	}
	return agentNext
}

// storyPeople takes the country of whom "he" means ("He told
// lawmakers"), of the forces named before for war machines ("Israeli
// forces charged into Jenin … tanks and helicopters fought the gunmen"),
// of the agent's own place ("Police in Nairobi fired tear gas") and where
// the story last put things ("Riots spread across Britain … Protesters
// were angered by the police").
func (u *unknownAgent) storyPeople() agentVerdict {
	c, ctx, st := u.c, u.ctx, u.st
	if p := ctx.recentPers(); u.country == "" && p != nil && pronounSubject(st.toks, u.m.Start) {
		// "He told lawmakers": the country of whom "he" means
		u.country = p.Country
	}
	if u.country == "" && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && warMachine(st.toks[u.m.End-1].Lower) {
		// "Israeli forces charged into Jenin … tanks and helicopters
		// fought the gunmen": the forces named before, not the
		// last country the story names
		if f, ok := ctx.names[lastMilKey]; ok {
			u.country = f.Country
			// a force the story told of acting keeps its tanks ("Israeli
			// troops raided … Tanks fired on gunmen in Jenin"); a force
			// only acted on does not ("Ukraine shot down Russian drones")
			a, acted := ctx.names[actingMilKey]
			u.storyLevel = u.country != "" && !(acted && a.Country == u.country)
		}
	}
	if u.country == "" && !u.armed && !hasSector(u.m, "GOV", "SPY", "MIL") && u.m.End < len(st.toks) {
		// "Police in Nairobi fired tear gas", "opposition supporters
		// marched through Tbilisi": people at home where their own
		// sentence puts them, whatever country the story named last
		// (not a ministry or spy agency, which speak of places abroad;
		// not armed forces, which fight there)
		u.country = c.homePlaceCountry(st, u.m.End)
	}
	if u.country == "" && !u.armed && !u.titled && homePeople(u.m) {
		// "Riots spread across Britain … Australia warned its
		// citizens … Protesters were angered by the police": a crowd
		// or the police with no place of their own are where the
		// story last put things, not of the state it named last
		// (actors_groups.go)
		u.country = ctx.whereFirst()
	}
	return agentNext
}

// lastCountry takes, for bare "authorities" or "officials", where the
// story just put things, else the article's last country; an unnamed force takes it
// only when its own sentence names no other state ("Israel criticised the
// Iranian regime. Troops opened fire on protesters in Khartoum": none),
// or the state of the officials reporting it ("Japanese officials said the
// military …").
func (u *unknownAgent) lastCountry() agentVerdict {
	c, ctx, st, ms, k, named, reporters := u.c, u.ctx, u.st, u.ms, u.k, u.named, u.reporters
	if w := strings.ToLower(u.m.Text); u.country == "" && (w == "authorities" || w == "officials") && c.sentenceCountry(st) == "" {
		// "A bomber rammed a truck into the German consulate in
		// Mazar-e-Sharif … Authorities are investigating": bare
		// authorities or officials in a sentence that names no place
		// are of the land the story just put things in, not of the
		// state it named last (the consulate's); "" when none
		u.country = ctx.whereFirst()
	}
	if u.country == "" {
		u.country = ctx.lastCtry
		u.storyLevel = u.country != ""
	}
	if u.storyLevel && !u.titled && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && !(u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$") {
		// "Israel criticised the Iranian regime. Troops opened fire on
		// protesters in Khartoum": an unnamed force takes the state of
		// earlier sentences only when its own names no other state
		// (actors_forces.go)
		var ok bool
		story := u.country
		if r := reporters[k]; r != "" {
			u.country = r // "Japanese officials said the military …" (actors_forces.go)
		} else if u.country, ok = c.ownSentenceForce(st, ms[k], named, k, u.country); !ok {
			a, acted := ctx.names[actingMilKey]
			if v := victimsState(st.toks, ms, k); v == "" || v == story || v != c.sentenceCountry(st) || !acted || a.Country != story ||
				(st.prevPlace != "" && st.prevPlace != v) {
				return agentDrop
			}
			// "The Israeli army stormed the camp. Soldiers killed 20
			// Palestinians in Gaza": the force the story told of
			// acting, in the land of the people it acts on, when the
			// story put it nowhere else ("Jordanian troops shot down
			// drones over Amman. Soldiers killed 20 Palestinians in
			// Gaza": none)
			u.country = story
		}
	}
	return agentNext
}

// sentencePlaces takes the dateline's country for state bodies
// ("NAIROBI, Nov 20 (Reuters) - The interior ministry said"), the
// sentence's country ("Protesters in Tehran …"), any place it names
// ("Washington state sued the federal government"), a place modifier ("in
// Indian-administered Kashmir"), whom armed men strike ("a gunman shot
// Slovak Prime Minister Robert Fico"), a later own country ("Prosecutors
// indicted President Yoon"); a visitor is never of the place visited
// ("the foreign minister will travel to Beijing": dropped).
func (u *unknownAgent) sentencePlaces() agentVerdict {
	c, ctx, st, ms, k := u.c, u.ctx, u.st, u.ms, u.k
	if u.country == "" && ctx.dateline != nil && hasSector(u.m, "GOV", "MIL", "COP", "JUD", "LEG", "SPY") {
		// "NAIROBI, Nov 20 (Reuters) - The interior ministry said":
		// a state body the story names before any state is the
		// dateline's
		u.country = ctx.dateline.Country
	}
	if u.country == "" {
		u.visited = c.visitedBy(st, ms, u.m) // "the foreign minister will travel to Beijing" (visitors.go)
	}
	if u.country == "" {
		u.country = c.sentenceCountry(st) // "Protesters in Tehran …"
	}
	if u.country == "" {
		// "Washington state sued the federal government": any place
		// the sentence names
		var official *actors.Mention
		if hasSector(u.m, "GOV", "LEG", "JUD", "PTY") {
			official = &ms[k]
		}
		u.country = c.anyPlaceCountry(st, ms, official)
	}
	for j := 0; j < len(ms) && u.country == ""; j++ {
		if ms[j].Modifier && ms[j].Country != "" && !topicModifier(st.toks, ms[j]) && !originModifier(st.toks, ms[j]) && !baseModifier(st.toks, ms[j]) && !st.words.borderState(st.toks, ms[j]) {
			u.country = ms[j].Country // "in Indian-administered Kashmir"
		}
	}
	for j := k + 1; j < len(ms) && u.country == "" && u.armed && !u.people; j++ {
		if ms[j].Country != "" && !ms[j].Unresolved && !st.words.borderState(st.toks, ms[j]) {
			u.country = ms[j].Country // "a gunman shot Slovak Prime Minister Robert Fico": where they strike
		}
	}
	if u.country == "" && hasSector(u.m, "COP", "JUD") && len(u.m.Sectors) == 1 && !u.titled {
		u.country = laterOwnCountry(ms[k+1:]) // "Prosecutors indicted President Yoon" (sources_structure.go)
	}
	if u.visited != "" && u.country == u.visited {
		return agentDrop // a visitor is never of the place visited (visitors.go)
	}
	return agentNext
}

// notVictimsForce keeps an unnamed force from the people it kills
// ("Troops killed 20 Palestinians in the camp"): it is the force the
// story told of acting, else unknown; "government troops" are the
// state's own.
func (u *unknownAgent) notVictimsForce() agentVerdict {
	ctx, st, ms, k := u.ctx, u.st, u.ms, u.k
	if u.country != "" && !u.titled && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && !(u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$") &&
		!stateInstitutionForce(st.toks, u.m) && victimsState(st.toks, ms, k) == u.country {
		// "Troops killed 20 Palestinians in the camp": an unnamed
		// force is not of the people it kills, whatever state the
		// place, the story or the ministry reporting it gives; it is
		// the force the story told of acting (of whatever state:
		// "Syrian troops stormed Rastan. Soldiers killed 30 Syrians"
		// SYRMIL), else unknown; "government troops" and "army
		// troops" are the state's own (actors_forces.go)
		u.country = ""
		if a, ok := ctx.names[actingMilKey]; ok {
			u.country = a.Country
		}
	}
	return agentNext
}
