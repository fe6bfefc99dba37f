package events

// Unknown agents: resolveAgent gives a mention the matcher left without a
// country ("the army", "protesters", "the foreign minister", "its
// inspectors") the country or owner its context gives, rule by rule in a
// fixed order; a rule may decide (drop the mention, or emit it resolved)
// or leave it to the next. The rules are kept by family: what the agent's
// own phrase says (coref_agents_phrase.go), peoples, groups and victims
// (coref_agents_groups.go), the words and possessors beside it
// (coref_agents_named.go), the story's context (coref_agents_story.go).

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// An agentVerdict is what a rule of resolveAgent decides.
type agentVerdict int

const (
	agentNext agentVerdict = iota // no decision: the next rule reads the agent
	agentDrop                     // no actor: the mention is dropped
	agentEmit                     // u.m is the resolved mention
)

// An unknownAgent is one unresolved mention being resolved, with its
// sentence and what the rules found so far.
type unknownAgent struct {
	c         *Coder
	ctx       *articleCtx
	st        *sentence
	ms        []actors.Mention // the sentence's mentions (those before k already overwritten by out's)
	out       []actors.Mention // the mentions resolved before this one
	k         int              // the mention's index in ms
	named     []string         // the states the sentence names itself
	reporters []string         // per mention, the state of officials reporting a force ("Japanese officials said the military")
	dict      *actors.Dictionary

	m           actors.Mention // the mention, as the rules change it
	country     string         // the country found so far, or ""
	titled      bool           // a title with an unknown name ("President Reagan")
	ownerPhrase bool           // the mention takes in its owner phrase ("the city's mayor")
	kin         bool           // kin of others ("the families of Israeli hostages")
	people      bool           // after a people's name ("Tigrayan forces")
	peopleWord  string         // that people's adjective ("Kurdish"), when people
	armed       bool           // rebels, unidentified armed forces or criminals
	the         bool           // a definite description ("the army")
	storyLevel  bool           // the country comes from earlier sentences, not this one
	visited     string         // the state the agent travels to ("will travel to Beijing")
}

// resolveAgent resolves the unresolved mention m, ms[k] of the sentence
// st, from its context: it returns m with a country, an owner's code or
// its role alone, and true; or false when m is no actor. out holds the
// sentence's mentions resolved before m (sharing ms's array). named and
// reporters are resolveMentions'.
func (c *Coder) resolveAgent(ctx *articleCtx, st *sentence, ms, out []actors.Mention, k int, m actors.Mention, named, reporters []string) (actors.Mention, bool) {
	// the article's scratch holds u: the rules below, called through
	// function values, would make a new one escape to the heap each time
	u := &ctx.buf.agent
	*u = unknownAgent{c: c, ctx: ctx, st: st, ms: ms, out: out, k: k, named: named, reporters: reporters, dict: c.matcher.Dictionary(),
		m: m, titled: m.Kind == "title" && m.Person}
	defer func() { *u = unknownAgent{} }() // (the pooled scratch keeps no article alive)
	rules := [...]func(*unknownAgent) agentVerdict{
		(*unknownAgent).bareBody,
		(*unknownAgent).whoseOwner,        // "Hezbollah, whose fighters" (coref_agents_whose.go)
		(*unknownAgent).speakerGovernment, // "My Government will host" (my_government.go)
		(*unknownAgent).placeNounOwner,    // "Residents of a Nairobi slum" (residents_of.go)
		(*unknownAgent).cityOwner,
		(*unknownAgent).kinCountry,
		(*unknownAgent).describedOwner,
		(*unknownAgent).namePossessive,
		(*unknownAgent).phraseCountry,
		(*unknownAgent).peopleFighters,
		(*unknownAgent).groupOwner,
		(*unknownAgent).peopleAround,
		(*unknownAgent).bareGroupBefore, // "Houthi positions … after rebels crossed" (coref_agents_group_before.go)
		(*unknownAgent).victimsPlace,
		(*unknownAgent).placedBody,
		(*unknownAgent).namedBeside,
		(*unknownAgent).weaponThing,
		(*unknownAgent).possessorOwner,
		(*unknownAgent).titledName,
		(*unknownAgent).attackedForce,
		(*unknownAgent).ownPeopleBody,
		(*unknownAgent).namedGroupBefore,
		(*unknownAgent).ruledOrSpeaker,
		(*unknownAgent).placedGovernment,
		(*unknownAgent).sameBodyBefore,
		(*unknownAgent).storyGroups,
		(*unknownAgent).storyFocus,
		(*unknownAgent).clauseOwn,
		(*unknownAgent).armedActPlace, // "after gunmen raided an Ivorian village" (coref_armed_act.go)
		(*unknownAgent).actorBefore,
		(*unknownAgent).storyPeople,
		(*unknownAgent).lastCountry,
		(*unknownAgent).sentencePlaces,
		(*unknownAgent).notVictimsForce,
		(*unknownAgent).attackedStateForce, // "Troops attacked Ukraine": not UKRMIL (attacked_state.go)
		(*unknownAgent).settle,
	}
	if ctx.traces != nil {
		return u.tracedRules(rules[:])
	}
	for _, rule := range rules {
		if v := rule(u); v != agentNext {
			return u.m, v == agentEmit
		}
	}
	return u.m, false // (settle always decides)
}

// tracedRules runs rules as resolveAgent does, noting (--why) the rules
// that chose the agent's country or code: the one that gave the country
// settle applies, or the one that coded the agent itself.
func (u *unknownAgent) tracedRules(rules []func(*unknownAgent) agentVerdict) (actors.Mention, bool) {
	was := u.m.Code
	var by []string
	for _, rule := range rules {
		country, code := u.country, u.m.Code
		v := rule(u)
		if u.country != country || u.m.Code != code {
			by = append(by, agentRuleName(rule))
		}
		if v == agentNext {
			continue
		}
		if len(by) > 1 && by[len(by)-1] == "settle" {
			by = by[:len(by)-1] // (settle applies the country another rule found)
		}
		if v == agentEmit && len(by) > 0 {
			u.ctx.noteActor(u.st, "resolveAgent "+strings.Join(by, ", "), "an agent of no country of its own, given one or a group from its context", was, &u.m)
		}
		return u.m, v == agentEmit
	}
	return u.m, false
}

// settle gives the agent the country found, or drops it when none was:
// "the army" of the story's state is ISRMIL; a hospital hit is a place,
// its country's ("shelled a maternity hospital in Kherson": UKR).
func (u *unknownAgent) settle() agentVerdict {
	st, dict := u.st, u.dict
	if homes := peopleHomes(u.peopleWord); u.people && len(homes) > 0 && u.country != "" && !slices.Contains(homes, u.country) {
		// "Kurdish activists protested outside the Turkish embassy in
		// Berlin": a people's own are of a state it lives in that the
		// sentence names (TUR), never of a place abroad it only stands
		// in (DEU), nor of another state the story named; none named,
		// no actor (coref_people.go peopleHomes)
		u.country = homeNamed(u.ms, homes)
	}
	if u.country != "" && congressOfNone(st, u.m, u.country) {
		// "Netanyahu addressed Congress": a state whose legislature is
		// no Congress has none; the US Congress is meant
		u.country = "USA"
	}
	if u.country != "" && u.storyLevel && officeOfNone(st, u.m, u.country) {
		u.country = "" // "The prime minister visited Perth" in a US story (coref_agents_office.go)
	}
	if u.country == "" {
		return agentDrop
	}
	building := st.toks[u.m.End-1].Lower
	if !u.titled && (building == "hospital" || building == "hospitals") && staffWorkplace(st.toks, u.ms, u.m) {
		return agentDrop // "Nurses at a hospital in Freetown went on strike": their workplace (coref_workplace.go)
	}
	u.m.Code = u.country + u.m.Code
	if !u.titled && (building == "hospital" || building == "hospitals") && !clauseSubject(st.toks, u.m) {
		// "shelled a maternity hospital in Kherson", "dropped
		// supplies over a field hospital in Gaza": a place, and what
		// is done to it is done to its country (UKR, PSE), as the
		// gold sets code it; doctors and health workers stay HLH
		u.m.Code, u.m.Sectors = u.country, nil
	} // ("Hospitals have urged the public to donate": they act, HLH)
	u.m.Country = u.country
	u.m.Name = dict.Name(u.country)
	u.m.Unresolved = false
	u.m.Kind = "coref"
	if u.ownerPhrase {
		widenToOwner(st, &u.m) // "the city's mayor" is one phrase (anchored.go)
	}
	return agentEmit
}

// homeNamed returns the first of homes that a mention of ms names (an
// actor, a modifier or a place), "" when none does.
func homeNamed(ms []actors.Mention, homes []string) string {
	for _, m := range ms {
		if slices.Contains(homes, m.Country) {
			return m.Country
		}
	}
	return ""
}

// congressOfNone reports a bare "Congress" (capitalised, alone: "the
// Congress" is more often another state's) that context gave to country,
// a state whose legislature English news does not call Congress
// ([congress states] of data/words.txt).
func congressOfNone(st *sentence, m actors.Mention, country string) bool {
	if m.End-m.Start != 1 || st.toks[m.Start].Text != "Congress" || !hasSector(m, "LEG") {
		return false
	}
	if m.Start > 0 && st.toks[m.Start-1].Lower == "the" {
		return false
	}
	return !st.words.congressStates[strings.ToLower(country)]
}
