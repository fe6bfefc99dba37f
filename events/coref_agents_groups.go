package events

// Unknown agents, the rules of peoples, groups and victims: a people's
// fighters, a group's or employer's people, those police act on, and
// victims where it happened.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// peopleFighters reads an agent after a people's name: a state's own
// regional government ("Iraqi Kurdish authorities"), a people's fighters
// as rebels of the state the people lives in ("Tigrayan forces"); a
// people's leaders and officials are no state's government and dropped
// ("Kurdish officials said" is not SYRGOV).
func (u *unknownAgent) peopleFighters() agentVerdict {
	c, ctx, st, ms := u.c, u.ctx, u.st, u.ms
	if s := selfRuleState(st.toks, ms, u.m); s != "" && u.country == "" {
		u.country = s // "Iraqi Kurdish authorities": the state's own regional government (coref_people.go)
	} else if k := u.m.Start - 1; k >= 0 && peopleWord(st.toks[k].Text) != "" && !stateBodyLedBy(st.toks, ms, k) {
		// "Tigrayan forces", "Kurdish leaders": a people's own
		// fighters are rebels of the state the people lives in; its
		// leaders, officials and delegations are no state's
		// government, and no actor ("Kurdish officials said" is not
		// SYRGOV)
		u.people = true
		u.peopleWord = peopleWord(st.toks[k].Text)
		if hasSector(u.m, "GOV", "LEG", "JUD") {
			return agentDrop
		}
		against := st.words.opposedCountries(st.toks, ms, u.m)
		pw := peopleWord(st.toks[k].Text)
		u.country = c.peopleCountry(st, pw, u.m, ms, against)
		if u.country == "" {
			u.country = ctx.peopleHome(pw, against)
		}

		if hasSector(u.m, "MIL", "COP") {
			u.m.Code, u.m.Sectors = "REB", []string{"REB"}
		}
	}
	return agentNext
}

// groupOwner gives an agent its group's or employer's code: a
// commander's own force ("Wagner chief Yevgeny Prigozhin said his
// fighters"), an armed group's own fighters ("the Baloch Liberation Army
// said one of its suicide bombers"), the people of a listed group
// ("Islamic State fighters and their families"), an employer's people ("a
// journalist working for the Wall Street Journal"). It also sets armed.
func (u *unknownAgent) groupOwner() agentVerdict {
	st, ms, out, k := u.st, u.ms, u.out, u.k
	u.armed = hasSector(u.m, "REB", "UAF", "CRM")
	if !u.people && !u.titled && u.country == "" {
		if r := commanderPossessor(st.toks, out, u.m); r != nil {
			// "Wagner chief Yevgeny Prigozhin said his fighters had
			// taken Bakhmut": the commander's own force, not the
			// place's (actors_forces.go)
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
	}
	if u.armed && !u.people && !u.titled && u.country == "" {
		// "the Baloch Liberation Army said one of its suicide
		// bombers": the group's own fighters, not the place's
		if r := possessor(st.toks, out, u.m); r != nil && r.Kind == actors.KindOrg && (hasSector(*r, "REB", "UAF", "MIL") || strings.HasPrefix(r.Code, "IMG")) {
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
	}
	if u.country == "" && !u.titled {
		if r, ok := listPossessor(st.toks, out, u.m); ok {
			if r.Country == "" {
				// "Islamic State fighters and their families": the
				// group's own people, no state's
				u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
				u.m.Unresolved, u.m.Kind = false, "coref"
				return agentEmit
			}
			u.country = r.Country // "Kenyan soldiers and their families"
		}
	}
	if u.country == "" && !u.titled && u.m.End+3 < len(st.toks) && (st.toks[u.m.End].Lower == "working" || st.toks[u.m.End].Lower == "employed") &&
		st.toks[u.m.End+1].Lower == "for" && k+1 < len(ms) && ms[k+1].Start <= u.m.End+3 && ms[k+1].Kind == actors.KindOrg && ms[k+1].Country != "" {
		// "a journalist working for the Wall Street Journal": the
		// employer's people, of its state and sector
		n := ms[k+1]
		u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = n.Code, n.Country, n.Sectors, n.Name
		u.m.Unresolved, u.m.Kind = false, "coref"
		return agentEmit
	}
	return agentNext
}

// peopleAround takes the state of a workplace ("workers at Samsung
// Electronics"), of the police acting on people ("Kenyan police arrested
// 20 protesters") and the home of armed men ("Gaza militants", "South
// Sudan's government and rebels", coref_armed.go).
func (u *unknownAgent) peopleAround() agentVerdict {
	c, st, ms, out, k := u.c, u.st, u.ms, u.out, u.k
	if u.country == "" && !u.titled {
		// "workers at Samsung Electronics", "students at Dhaka
		// University": the workplace's state (actors_groups.go)
		u.country = c.workplaceCountry(st, ms, k)
	}
	if u.country == "" && hasSector(u.m, "CVL", "OPP", "REF", "HRI", "MED", "LAB", "EDU") && !u.armed && !u.titled {
		// "accused Kenyan police of arresting opposition leaders",
		// "Speaking in Geneva, Kenyan police arrested 20 protesters":
		// the people police act on are their own state's, whoever
		// else or wherever else the sentence names first
		if n := len(out); n > 0 && hasSector(out[n-1], "COP") && out[n-1].Country != "" && u.m.Start-out[n-1].End <= 6 {
			u.country = out[n-1].Country
		}
	}
	if u.armed && !u.people && !u.titled && u.country == "" {
		u.country = c.armedHome(st, out, u.m) // "Gaza militants", "South Sudan's government and rebels" (coref_armed.go)
	}
	return agentNext
}

// victimsPlace puts victims, bystanders, local officials and armed groups
// where it happened: "killed scores of people outside Kabul airport",
// "evacuated civilians from Mariupol", "shelled the centre of Kherson,
// killing two people", "shelled the city again" (the city the story
// named).
func (u *unknownAgent) victimsPlace() agentVerdict {
	c, st, ms := u.c, u.st, u.ms
	if (hasSector(u.m, "CVL", "REF", "HLH", "EDU", "AGR") || u.armed && !u.people || local(st.toks, u.m)) && u.country == "" && !u.titled {
		// victims and bystanders belong where it happened: "killed
		// scores of people outside Kabul airport", "shelled the
		// Ukrainian city of Kharkiv, killing three civilians"
		u.country = c.clauseCountry(st, u.m.Start)
		if u.country == "" && hasSector(u.m, "CVL", "REF") {
			// "evacuated civilians from Mariupol" (armed groups and
			// criminals below take the place they act in, as
			// non-state groups do: "abducted by gunmen near a
			// project in Pakistan's Khyber Pakhtunkhwa province")
			if k := ownFrom(st.toks, u.m.End); k >= 0 {
				u.country = c.placeCountryAfter(st, k, "from")
			}
		}
		for j := 0; j < len(ms) && u.country == "" && !u.armed; j++ {
			if ms[j].Modifier && len(ms[j].Country) == 3 && !topicModifier(st.toks, ms[j]) && !st.words.borderState(st.toks, ms[j]) {
				u.country = ms[j].Country
			}
		}
		if u.country == "" && !u.armed {
			// "shelled the centre of Kherson, killing two people":
			// the place the sentence names, not the attacker's state
			u.country = c.placeOnlyCountry(st, ms)
		}
		if u.country == "" && !u.armed {
			// "shelled the city again, killing two people": the
			// city the story named (placeref.go)
			u.country = placeRefIn(st, 0, len(st.toks))
		}
	}
	return agentNext
}

// placedBody takes the place right after a body ("the presidential palace
// in Khartoum", "the court in Bangkok") and the place attacked police
// are in ("ambushed a police convoy in Kenya's Lamu county").
func (u *unknownAgent) placedBody() agentVerdict {
	c, st := u.c, u.st
	if u.country == "" && !u.armed && !u.titled {
		// "the presidential palace in Khartoum", "the court in
		// Bangkok": a body located by the place right after it
		u.country = c.seatCountry(st, u.ms, u.m)
	}
	if u.country == "" && hasSector(u.m, "COP") && len(u.m.Sectors) == 1 && !u.titled && u.m.Start > 0 && st.toks[u.m.Start-1].Tag == "DT" {
		// "ambushed a police convoy in Kenya's Lamu county": police
		// attacked where the sentence places them are that state's,
		// not the attackers'
		u.country = c.nearPlaceCountry(st, u.m.End)
	}
	return agentNext
}

// stateBodyLedBy reports a people's compound of control at token k ("Tutsi-dominated",
// "Tutsi-led") after a state's possessive: "Burundi's Tutsi-dominated
// army", "Rwanda's Tutsi-led government" name that state's own body, which a
// people dominates, not the people's fighters or leaders.
func stateBodyLedBy(toks []dyad.Token, ms []actors.Mention, k int) bool {
	if k < 2 || ethnic(toks[k].Text) || !isPossTok(toks[k-1]) {
		return false
	}
	for _, m := range ms {
		if m.End == k-1 {
			return m.Kind == actors.KindCountry && len(m.Country) == 3 && m.Code == m.Country
		}
	}
	return false
}
