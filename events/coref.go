package events

// Coreference: resolve completes each sentence's actor mentions from
// context (the owner an agent names, the place the sentence is set in, the
// story's main country, the article's last country, a person named
// before), and Actors gives the resolved mentions of an article. The
// pronouns, names and definite descriptions are read in coref_names.go,
// peoples and their homes in coref_people.go, and the countries of places
// in coref_places.go. resolve runs in two steps: resolveMentions gives
// each mention its country (agents of unknown country by resolveAgent's
// rules, coref_agents*.go), then resolveReferences adds what pronouns,
// descriptions and earlier names refer to (coref_references.go).

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// resolve completes the sentence's mentions from context. An agent with
// no country takes, in order: the owner it names ("its inspectors", "the
// kingdom's oil minister", "a spokesman for the air force", "the foreign
// minister, Adel al-Jubeir"); for victims, bystanders, local officials and
// armed groups the place the sentence is set in; for a people's fighters
// the state that people lives in; the story's main country for "the
// army"; the first actor before it in the sentence; the article's last
// country; any place the sentence names. A title with an unknown name
// ("President Reagan", "Immigration Minister Philip Ruddock") takes only
// what its own phrase or apposition says (the owners above, the person
// named beside it, a people's name before it) or the person of that name
// named before in the story; else it keeps its role codes alone with no
// country ("GOV"), never a country named elsewhere: it still holds its
// place as the clause's actor, and expand codes no event from it.
// Weapons used or handed over, bare agencies and agents of unknown names
// are dropped, as are other mentions that stay unresolved. Pronouns ("it", "they", "he", "she", "him"),
// definite descriptions ("the bloc", "the group", "the country") and "the
// agency" take the actor they most likely refer to; states gone to, fled
// to, entered or flown over, and seats of government after "in the", are
// marked as places.
func (c *Coder) resolve(ctx *articleCtx, st *sentence, ms []actors.Mention) []actors.Mention {
	ms = c.resolveMentions(ctx, st, ms)
	was := ctx.mentionCodes(ms) // (--why only: why_actors.go)
	ms = c.resolveReferences(ctx, st, ms)
	ctx.noteMentions(st, "resolveReferences", "an actor named by apposition or a description", was, ms)
	return ms
}

// resolveMentions resolves each of the sentence's mentions in turn, in
// place (the result shares ms's array): it drops modifiers and non-actors
// (screenMention), joins a model's adjective to its force ("Russian Tu-95
// bombers"), and gives the unresolved ones their country from context
// (resolveAgent).
func (c *Coder) resolveMentions(ctx *articleCtx, st *sentence, ms []actors.Mention) []actors.Mention {
	dict := c.matcher.Dictionary()
	// the states the sentence names itself, read before the loop below
	// writes its resolved mentions over ms (out shares its array); in the
	// article's scratch, as resolveAgent's rules keep them where stack
	// arrays would escape to the heap at every sentence
	named := sentenceStates(ctx.buf.named[:0], ms)
	reporters := st.words.reporterStates(ctx.buf.reporters[:0], st.toks, ms) // "Japanese officials said the military" (actors_forces.go)
	ctx.buf.named, ctx.buf.reporters = named, reporters
	out := ms[:0]
	for k := range ms {
		was := ms[k].Code
		m, ok := c.screenMention(ctx, st, ms[k])
		if !ok {
			continue
		}
		ctx.noteActor(st, "screenMention", "a people's refugees or officials, a mention that is no actor as written", was, &m) // (--why only)
		if a, ok := unAgencyAgain(ctx, st, m); ok {
			ctx.noteActor(st, "unAgencyAgain", "a U.N. agency named again", was, &a)
			out = append(out, a) // "UNHCR warned … The U.N. agency criticised", "the agency's spokesman": the agency (unagency.go)
			continue
		}
		if r := modelAdjective(st.toks, out, m); m.Unresolved && r != nil {
			// "Russian Tu-95 bombers": the force of the adjective's state
			m.Code, m.Country, m.Name = r.Country+m.Code, r.Country, dict.Name(r.Country)
			m.Start, m.Span[0] = r.Start, r.Span[0]
			m.Text = st.s.Text[m.Span[0]:m.Span[1]]
			m.Unresolved, m.Kind = false, "coref"
			out[len(out)-1] = m
			ctx.noteActor(st, "modelAdjective", "a weapon model's state adjective gives its force's country", was, &m)
			continue
		}
		if m.Unresolved {
			if m, ok = c.resolveAgent(ctx, st, ms, out, k, m, named, reporters); !ok {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// screenMention drops a mention that is no actor, returning false: a
// compound modifier ("U.S.-backed"), a committee's topic, a person who
// bears a group's name ("the Isis oil minister Abu Sayyaf"), a people's
// leaders ("Kurdish leaders in Syria"), a people's self-rule ("authorities
// in Syria's Kurdish autonomous region"), a kind of building ("a
// children's hospital"). Refugees of a people take the state they fled
// ("Rohingya refugees in Bangladesh": MMRREF).
func (c *Coder) screenMention(ctx *articleCtx, st *sentence, m actors.Mention) (actors.Mention, bool) {
	dict := c.matcher.Dictionary()
	if splitCompoundModifier(st, m) {
		return m, false // "U.S.-backed": a modifier, no actor (verbal.go)
	}
	if committeeTopic(st.toks, m) {
		return m, false // "the House Select Committee on the Chinese Communist Party": what the body deals with (nonactors.go)
	}
	if m.Kind == actors.KindOrg && !m.Modifier && m.End > m.Start {
		// a person who bears a group's name ("the Isis oil minister
		// Abu Sayyaf … Abu Sayyaf was killed"): after a title or kin
		// word once, that name is the person for the rest of the story
		if ctx.orgPeople != nil && ctx.orgPeople[strings.ToLower(m.Text)] {
			return m, false
		}
		if st.words.personBefore(st.toks, m.Start) {
			if ctx.orgPeople == nil {
				ctx.orgPeople = map[string]bool{}
			}
			ctx.orgPeople[strings.ToLower(m.Text)] = true
			return m, false
		}
	}
	if !m.Unresolved && m.Kind == actors.KindAgent && m.Start > 0 && peopleWord(st.toks[m.Start-1].Text) != "" && hasSector(m, "GOV", "LEG", "JUD") {
		return m, false // "Kurdish leaders in Syria": a people's leaders are no state's government (below)
	}
	if !m.Unresolved && m.Kind == actors.KindAgent && m.Start > 0 && len(m.Sectors) == 1 && m.Sectors[0] == "REF" {
		if h := fledHome(peopleWord(st.toks[m.Start-1].Text), m.Country); h != "" {
			// "Rohingya refugees in Bangladesh": of the state they fled (coref_people.go)
			m.Code, m.Country, m.Name = h+"REF", h, dict.Name(h)
		}
	}
	if m.Kind == actors.KindAgent && hasSector(m, "GOV", "LEG", "JUD") && peopleRegion(st.toks, m) {
		return m, false // "authorities in Syria's Kurdish autonomous region": the people's self-rule (coref_people.go)
	}
	if facilityOwner(st.toks, m) {
		return m, false // "a children's hospital": a kind of building, no actor
	}
	return m, true
}
