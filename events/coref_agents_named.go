package events

// Unknown agents, the rules of the words beside the agent: an apposition,
// a "for"/"of" phrase, a possessive pronoun's owner, a person's name.

import (
	"github.com/dyad-events/dyad/actors"
)

// namedBeside takes what the words beside the agent name: the person in
// apposition ("the foreign minister, Adel al-Jubeir,"), an honorific's
// one office holder ("The president, Mr Putin, said"), what a titled
// person's apposition says ("Lieutenant General Igor Kirillov, the head of
// Russia's chemical protection troops"), the body a "for"/"of" phrase
// names ("a spokesman for the Ukrainian air force", "Finance Minister
// Gunnar Berge of Norway").
func (u *unknownAgent) namedBeside() agentVerdict {
	c, ctx, st, ms, k, dict := u.c, u.ctx, u.st, u.ms, u.k, u.dict
	if u.country == "" && k+1 < len(ms) && u.m.End < len(st.toks) && st.toks[u.m.End].Text == "," && ms[k+1].Start == u.m.End+1 &&
		ms[k+1].Person && ms[k+1].Country != "" && !ms[k+1].Unresolved {
		// "the foreign minister, Adel al-Jubeir,": the person named
		// beside the title
		u.country = ms[k+1].Country
	}
	if u.country == "" && honorificApposition(st.toks, u.m.End) && ctx.pubDate != "" {
		// "The president, Mr Putin, said": the one office holder
		// of that surname (a lone surname is matched only later),
		// not the state the sentence names
		if a, ok := c.matcher.Holder(st.toks[u.m.End+2].Lower, ctx.pubDate); ok {
			u.country = a.Country
		}
	}
	if u.country == "" && u.titled && k+1 < len(ms) {
		// "Lieutenant General Igor Kirillov, the head of Russia's
		// chemical protection troops,": what the apposition says
		if n := ms[k+1]; st.words.appositionOwner(st.toks, u.m, n) {
			u.m = ownedBy(u.m, n, n.Kind == actors.KindCountry || n.Kind == actors.KindCapital, dict)
			return agentEmit
		}
	}
	if u.country == "" && k+1 < len(ms) {
		// "a spokesman for the Ukrainian air force", "members of
		// the Russian parliament": the body they speak for or
		// belong to
		if e := u.m.End; e < len(st.toks) && (st.toks[e].Lower == "for" || st.toks[e].Lower == "of") {
			n := ms[k+1]
			gap := n.Start - e
			led := n.Person && n.Country != "" && (ledBody(st.toks[u.m.End-1].Lower) || // "the government of Benjamin Netanyahu"
				speaksFor(st.toks[u.m.End-1].Lower) && len(n.Sectors) > 0) // "a spokesman for Vladimir Putin": the office holder's
			// "a spokesman for U.N. Secretary-General Ban Ki-moon": the
			// head of an international body speaks for it (falseevents_clauses.go)
			igoHead := n.Person && n.Country == "" && speaksFor(st.toks[u.m.End-1].Lower) && intlCode(n.Code)
			if (gap == 1 || gap == 2 && st.toks[e+1].Lower == "the") && !n.Unresolved && !n.Modifier && (!n.Person || led || igoHead) && (n.Country != "" || n.Kind == actors.KindOrg || igoHead) {
				// "Finance Minister Gunnar Berge of Norway": the
				// state's, in the title's role
				o := ownedBy(u.m, n, n.Kind == actors.KindCountry || n.Kind == actors.KindCapital || led, dict)
				if n.Kind != actors.KindOrg && formerBefore(st.toks, u.m.Start) {
					// "a former air force commander of the Assad
					// government": out of office, the country alone
					// (CODING.md)
					o.Code, o.Sectors = o.Country, nil
				}
				u.m = o
				return agentEmit
			}
		}
	}
	return agentNext
}

// weaponThing drops weapons that are things, not actors: "launched
// drones", "pledged artillery", "fired fewer missiles" (a state's
// missiles act as its military only when the text says whose).
func (u *unknownAgent) weaponThing() agentVerdict {
	st := u.st
	if u.country == "" && weaponObject(st.toks, u.m) {
		return agentDrop // "launched drones", "pledged artillery": things, not actors
	}
	if u.country == "" && launchedWeapon(st.toks[u.m.End-1].Lower) {
		// "fired fewer missiles", "tested its missiles", "warned
		// that missiles will be coming": a state's missiles act as
		// its military only when the text says whose ("Russian
		// missiles struck"); otherwise they are what it fires
		return agentDrop
	}
	return agentNext
}

// possessorOwner takes the owner a possessive pronoun refers to: a
// person's state ("accusing his government", "Putin and his defence
// minister"; an opposition leader's party is the opposition), an
// organisation's own people ("its inspectors" of the IAEA), a state's
// ("its top general" of Tehran), the last subject's ("… Its foreign
// minister said").
func (u *unknownAgent) possessorOwner() agentVerdict {
	ctx, st, out, dict := u.ctx, u.st, u.out, u.dict
	if u.country == "" {
		if r := personPossessor(st.toks, out, u.m); r != nil {
			// "accusing his government", "Putin and his defence
			// minister": the person's state, in the role named
			if u.m.Code == "PTY" && hasSector(*r, "OPP") {
				// "opposition leader Ousmane Sonko …, his party": an
				// opposition leader's party is the opposition
				// (CODING.md), as "Imran Khan's party" is
				u.m.Code, u.m.Sectors = "OPP", []string{"OPP"}
			}
			u.m.Code, u.m.Country, u.m.Name = r.Country+u.m.Code, r.Country, dict.Name(r.Country)
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
		r := possessor(st.toks, out, u.m)
		if r == nil {
			r = ctx.leadingIts(st.toks, out, u.m) // "… Its foreign minister said": the last subject's
		}
		if r != nil {
			// "its inspectors" of the IAEA, "its top general" of Tehran
			if r.Country == "" || r.Kind == actors.KindOrg || len(r.Sectors) > 0 && !hasSector(*r, "GOV") && ownWeapon(st.toks[u.m.End-1].Lower) {
				// (a body's weapons are its own: "Ukraine's military
				// intelligence said its drones had struck"; a ministry's
				// warplanes are still its state's military)
				// an organisation's own people keep its code
				u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = r.Code, r.Country, r.Sectors, r.Name
			} else {
				u.m.Code, u.m.Country, u.m.Name = r.Country+u.m.Code, r.Country, dict.Name(r.Country)
			}
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
	}
	return agentNext
}

// titledName resolves a title with an unknown name to the person of that
// name named before ("West German Finance Minister Gerhard Stoltenberg …
// Finance Minister Stoltenberg"), else keeps its role alone, country
// unknown ("GOV").
func (u *unknownAgent) titledName() agentVerdict {
	ctx, st := u.ctx, u.st
	if u.country == "" && u.titled {
		if p, ok := ctx.names[st.toks[u.m.End-1].Lower]; ok && p.Country != "" {
			// the person of that name named before: "West German
			// Finance Minister Gerhard Stoltenberg … Finance
			// Minister Stoltenberg"
			u.m.Code, u.m.Country, u.m.Sectors, u.m.Name = p.Code, p.Country, p.Sectors, p.Name
			u.m.Unresolved, u.m.Kind = false, "coref"
			return agentEmit
		}
		if privateTitle(u.m) {
			// "Activist Anna Hazare", "Opposition leader Rahul
			// Mehta": a private person or an opponent is of the
			// state the story or the sentence is about, as the
			// bare agent is ("Activists criticised the Indian
			// government"); the later rules give it
			return agentNext
		}
		if hasSector(u.m, "GOV") {
			if c := domesticTitled(u.ms, u.out, u.k); c != "" {
				// "Fiji's military commander demanded that Prime
				// Minister Laisenia Qarase withdraw the bill": a home
				// actor's own leader (titled_domestic.go), a person
				// the sentence names, as a title naming its state is
				// ("Fijian Prime Minister Laisenia Qarase"), not one
				// guessed from the story
				u.country = c
				v := u.settle()
				u.m.Kind = "title"
				return v
			}
		}
		// nothing of its own: the role alone, country unknown
		u.m.Unresolved, u.m.Name = false, ""
		return agentEmit
	}
	return agentNext
}

// privateTitle reports a titled person of an unknown name whose title
// is no office of a state or a body (an activist, a dissident, a
// journalist, an opposition leader: CVL, HRI, OPP, MED, LAB, EDU, REL,
// HLH), who belongs to the state the context names.
func privateTitle(m actors.Mention) bool {
	if len(m.Sectors) == 0 {
		return false
	}
	for _, s := range m.Sectors {
		switch s {
		case "CVL", "HRI", "OPP", "MED", "LAB", "EDU", "REL", "HLH":
		default:
			return false
		}
	}
	return true
}
