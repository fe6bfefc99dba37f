package events

// Unknown agents, the rules that read the agent's own phrase: the words
// around it that name its owner, its kin, its base or its leader.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// bareBody drops unknown agents that name no state of their own and are
// no actor without one: bare agencies, commissioners and intelligence
// ("aid agencies", "the agency", "shared intelligence with Kyiv"), a
// firm's staff ("Human Resources officials"), a community ("the Kurdish
// community") and creditors ("the banks rejected the proposal"; a central
// bank is its state's and goes on).
func (u *unknownAgent) bareBody() agentVerdict {
	st, ms := u.st, u.ms
	if l := st.toks[u.m.End-1].Lower; l == "agency" || l == "agencies" || l == "commissioner" || l == "commissioners" || l == "intelligence" {
		// "aid agencies", "the agency": a state agency is named with
		// its country ("Japan's immigration agency"); a bare one is
		// the news agency or organisation named before (below). A
		// bare "intelligence" is information ("shared intelligence
		// with Kyiv"); the service is named with its state
		// ("Turkish intelligence")
		return agentDrop
	}
	if companyAgent(st.toks, ms, u.m) {
		return agentDrop // "Human Resources officials": a firm's staff (nonactors.go)
	}
	if bareCommunity(st.toks, u.m) {
		return agentDrop // "the Kurdish community" (nonactors.go)
	}
	if creditor(st.toks[u.m.End-1].Lower) && !(u.m.End-2 >= 0 && (st.toks[u.m.End-2].Lower == "central" || st.toks[u.m.End-2].Lower == "reserve")) {
		// "the banks rejected the proposal", "bankers said": lenders
		// named by no country of their own are a debtor's foreign
		// creditors as often as its own banks; not the story's state
		// (a central bank is the state's own: "the central bank said")
		return agentDrop
	}
	return agentNext
}

// cityOwner takes the country of a committee the agent sits on
// ("lawmakers on the House Select Committee on …", nonactors.go) or of the
// place a possessive "the city's" refers to ("Kharkiv was hit …, the
// city's mayor said"), else of the city, town or region the story named
// last (placeref.go), else of the one state the sentence anchors; the
// city's officials placed by none of these are dropped.
func (u *unknownAgent) cityOwner() agentVerdict {
	c, st, ms, out, mi := u.c, u.st, u.ms, u.out, u.k
	u.country = committeeCountry(st, ms, u.m) // "lawmakers on the House Select Committee on …" (nonactors.go)
	if k := u.m.Start - 1; u.country == "" && k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && c.words.placeNoun(st.toks[k-1].Lower) {
		// "Kharkiv was hit …, the city's mayor said": the officials
		// of the place the sentence names, else of the one state
		// the sentence anchors ("Macau's students called on the
		// city's chief executive", anchored.go), else nobody known
		if u.country = c.cityCountry(st); u.country == "" {
			// the city, town or region the story named last, before
			// this sentence ("Russian forces shelled Kharkiv on Monday.
			// The city's mayor accused Russia …": Ukraine's mayor, not
			// the state the sentence names as the accused)
			u.country = st.prevPlace
		}
		if u.country == "" {
			u.country = c.anchoredState(st, out, ms[mi+1:])
		}
		if u.country == "" {
			return agentDrop
		}
		u.ownerPhrase = true
	}
	return agentNext
}

// kinCountry takes the state of the people kin are kin to ("the families
// of Israeli hostages"), else the state they turn to ("families of the
// hostages held in Gaza demanded a meeting with Prime Minister Benjamin
// Netanyahu"); kin of no state the sentence says are dropped.
func (u *unknownAgent) kinCountry() agentVerdict {
	st, ms, k := u.st, u.ms, u.k
	u.kin = st.words.kinMention(st.toks, u.m)
	if u.kin && u.m.End+1 < len(st.toks) && st.toks[u.m.End].Lower == "of" {
		// "the families of Israeli hostages": the people of the ones
		// they are kin to
		for _, o := range ms[k+1:] {
			if o.Start > u.m.End+4 {
				break
			}
			if o.Country != "" && !o.Place {
				u.country = o.Country
				break
			}
		}
		if u.country == "" {
			// "families of the hostages held in Gaza demanded a
			// meeting with Prime Minister Benjamin Netanyahu": the
			// state they turn to, not where their kin are held
			u.country = ownStateCountry(ms[k+1:], ms, u.m.End+12, true)
		}
	}
	if u.kin && u.country == "" {
		// "the parents of a Briton held in Syria accused the Foreign
		// Office", "Her father … accused the UK authorities": the
		// state kin turn to is their own (actors_people.go)
		if u.country = kinState(st.toks, ms[k+1:], u.m.End); u.country == "" && !kinObject(st.toks, u.m.Start) && !(u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "PRP$") {
			return agentDrop // a private person of no state the sentence says ("their families" are their kin's, below)
		}
	}
	return agentNext
}

// describedOwner resolves an agent owned by a definite description to
// what the description refers to: "the kingdom's oil minister", "the
// group's leader", "the country's prime minister" (the one state the
// sentence anchors when the story named none before).
func (u *unknownAgent) describedOwner() agentVerdict {
	c, ctx, st, ms, out, mi, dict := u.c, u.ctx, u.st, u.ms, u.out, u.k, u.dict
	if k := u.m.Start - 1; k >= 2 && isPossTok(st.toks[k]) && st.toks[k-2].Lower == "the" && describes(st.toks[k-1].Lower) != "" {
		// "the kingdom's oil minister", "the group's leader"
		r := ctx.described(c, st.toks[k-1].Lower)
		if s := sentenceState(st.toks, out, k-2); s != "" && r != nil && describes(st.toks[k-1].Lower) == "state" {
			r = &actors.Mention{Actor: dyad.Actor{Country: s}, Kind: actors.KindCountry} // "South Korea's Defense Ministry said the country's military" (falseevents_opinion.go)
		}
		if r == nil && describes(st.toks[k-1].Lower) == "state" {
			// the story named no state before: the one state the
			// sentence anchors ("The U.N. envoy for Yemen met the
			// country's prime minister", anchored.go)
			if s := c.anchoredState(st, out, ms[mi+1:]); s != "" {
				r = &actors.Mention{Actor: dyad.Actor{Country: s}, Kind: actors.KindCountry}
			}
		}
		if r != nil {
			if r.Kind == actors.KindOrg {
				u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
			} else {
				u.m.Code, u.m.Country, u.m.Name = r.Country+u.m.Code, r.Country, dict.Name(r.Country)
			}
			u.m.Unresolved, u.m.Kind = false, "coref"
			widenToOwner(st, &u.m) // "the country's prime minister" is one phrase (anchored.go)
			return agentEmit
		}
	}
	return agentNext
}

// namePossessive takes the country of a place named in a possessive the
// dictionary lacks ("Trump's administration", "Gaza's health ministry"),
// or in a story about the two Koreas the one called "the North" or "the
// South" ("the South's military"); else the agent is dropped.
func (u *unknownAgent) namePossessive() agentVerdict {
	c, ctx, st, ms := u.c, u.ctx, u.st, u.ms
	if k := u.m.Start - 1; k >= 1 && (st.toks[k].Lower == "'s" || st.toks[k].Lower == "’s") && st.toks[k-1].Tag == "NNP" {
		// "Trump's administration", "Gaza's health ministry": the
		// agent of a name the dictionary lacks is the country of
		// a place of that name, else nobody known
		j := k - 1
		for j > 0 && st.toks[j-1].Tag == "NNP" {
			j--
		}
		for ; j < k && u.country == ""; j++ {
			if p, n, ok := c.placeAt(st, j, k, 3); ok && j+n == k {
				u.country = p.Country
			}
		}
		if u.country == "" && k >= 2 {
			// "and the South's military fired warning shots": in a
			// story about the two Koreas, the one named "the North"
			// or "the South" (coref.go, as a bare "the South")
			u.country = koreaCalled(st.toks, k-2, ms, ctx)
		}
		if u.country == "" {
			return agentDrop
		}
	}
	return agentNext
}

// phraseCountry takes the country the agent's own phrase says: a base
// ("a Wuhan-based company"; unplaced, dropped), a jurisdiction ("Borno
// state governor"), the state fought ("militants fighting Somalia's
// government"), an owner shared in a list ("Togo's government and
// opposition"), a group's place ("Gaza residents"), a leading state
// ("Saudi-led coalition jets"), a mutiny ("Mutinous soldiers detained
// Mali's President"). A backer ("Western-backed media") makes no actor.
func (u *unknownAgent) phraseCountry() agentVerdict {
	c, st, ms, out, k, mi := u.c, u.st, u.ms, u.out, u.k, u.k
	if u.country == "" {
		if b, ok := c.basedCountry(st, u.m); ok {
			if b == "" {
				return agentDrop // "a Wuhan-based company" the gazetteer cannot place (actors_places.go)
			}
			u.country = b
		}
	}
	if u.country == "" && backedOutlet(st, u.m) {
		return agentDrop // "Western-backed media": of a backer, of no state the text says (sources_premodified.go)
	}
	if u.country == "" {
		u.country = c.jurisdictionCountry(st, u.m) // "Borno state governor" (actors_places.go)
	}
	if u.country == "" {
		u.country = foughtState(st.toks, ms[mi+1:], u.m) // "militants fighting Somalia's government" (targets_fought.go)
	}
	if u.country == "" {
		u.country = sharedOwner(st.toks, out, u.m) // "Togo's government and opposition" (targets_fought.go)
	}
	if u.country == "" {
		u.country = c.groupPlaceCountry(st, u.m) // "Gaza residents" (actors_groups.go)
	}
	if u.country == "" && hasSector(u.m, "MIL") {
		u.country = ledBy(st.toks, u.m) // "Saudi-led coalition jets": the leading state's (actors_forces.go)
	}
	if u.country == "" && hasSector(u.m, "MIL") && len(u.m.Sectors) == 1 && k+1 < len(ms) {
		u.country = mutinyCountry(st.toks, u.m, ms[k+1]) // "Mutinous soldiers detained Mali's President" (actors_forces.go)
	}
	return agentNext
}
