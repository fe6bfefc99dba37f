package events

// Targets the object scan misses because they stand further from the verb
// than its window reaches: the party after a "with" that ends a long
// object, a recipient after a comma-delimited aside, the actor whose
// conduct an investigation looks into, goods' origin, prisoners of war and
// their state, the people of a place aid is for, people met in a list, the
// one reacted to in an appositive after the main clause (", a result the
// opposition denounced"); and the phone call, which is coded in both
// directions.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// namesListed reports an actor at token k that ends a list of people met
// right after a meeting verb, the names before it no actor the
// dictionary knows ("had earlier met Federal Reserve Board Chairman Paul
// Volcker and U.S. Treasury Secretary James Baker": the meeting is with
// Baker too).
func namesListed(st *sentence, h *verbHit, k int) bool {
	toks := st.toks
	if toks[h.head].Lemma != "meet" || k-1 <= h.head+1 || toks[k-1].Lower != "and" && toks[k-1].Text != "," {
		return false
	}
	for j := h.head + 1; j < k-1; j++ {
		if t := toks[j]; !startsUpperASCII(t.Text) && t.Text != "," || st.at[j] >= 0 {
			return false
		}
	}
	return true
}

// farTargets recodes h's target by the rules of this file, after the
// other target families: a party named far after the verb (lateWithParty,
// asideRecipient, appealBeneficiary, aidAcceptedFor, goodsOrigin,
// inquiryConduct, partyBan, peopleOfPlace) and phone calls both ways
// (phoneBothWays).
func (c *Coder) farTargets(st *sentence, h *verbHit) {
	if h.code == "" {
		return
	}
	c.lateWithParty(st, h)
	c.asideRecipient(st, h)
	phoneBothWays(h)
	appealBeneficiary(st, h)
	aidAcceptedFor(st, h)
	c.goodsOrigin(st, h)
	c.inquiryConduct(st, h)
	c.partyBan(st, h)
	c.peopleOfPlace(st, h)
}

// lateWithParty gives a mutual verb (sign, agree, meet, cooperate) with
// one source and no target the party named after a "with" that ends a
// long object: "signed a $2.3 billion deal to build a wind farm and a
// transmission line with a consortium led by China's Power Construction
// Corp.", "signed an agreement to build a railway from Hanoi to
// Haiphong with China" (CODING.md: a mutual verb between two actors
// gives one event per direction). The object scan stops at its window
// or at the first actor it sees ("from Hanoi"); this scan goes to the end
// of the verb's clause. A party "led by", "owned by" or "headed by" a
// named actor is that actor. "with all …" (an unnamed collective) and
// places, modifiers and pronoun references give nothing.
func (c *Coder) lateWithParty(st *sentence, h *verbHit) {
	if !h.p.has(flagMutual) || len(h.target) != 0 || len(h.source) != 1 || h.p.Noun {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+25; k++ {
		t := toks[k]
		if isClauseBreak(toks, k) || t.Text == "," || t.Text == "(" || t.Text == ":" || finite(t.Tag) || t.Tag == "MD" {
			return
		}
		switch t.Lower {
		case "that", "which", "who", "after", "because", "as", "before", "when", "if", "unless", "despite", "amid", "following":
			return
		}
		if t.Lower != "with" {
			continue
		}
		if m := withParty(st, k+1); m >= 0 {
			h.target = c.group(st, m)
		}
		return
	}
}

// withParty returns the mention a "with" phrase starting at token j
// names as the other party, or -1: "with China", "with the paramilitary
// Rapid Support Forces", "with a consortium led by China's Power
// Construction Corp.".
func withParty(st *sentence, j int) int {
	toks := st.toks
	if j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
		if toks[j].Lower == "all" || toks[j].Tag == "PRP$" {
			return -1 // "with all parties", "with its neighbours"
		}
		j++
	}
	n := 0
	for j < len(toks) && n < 4 && st.at[j] < 0 && (modifierTag(toks[j].Tag) || toks[j].Tag == "NNS" || toks[j].Tag == "CD") && !startsUpperASCII(toks[j].Text) && !collectiveWord(toks[j].Lower) &&
		!(j+1 < len(toks) && toks[j+1].Lower == "by") {
		j++
		n++
	}
	if j >= len(toks) {
		return -1
	}
	if n > 0 && st.at[j] < 0 && j+1 < len(toks) && toks[j+1].Lower == "by" {
		switch toks[j].Lower {
		case "led", "owned", "headed", "run", "controlled", "backed":
			// "a consortium led by China's …": the leader is the party
			// (not "backed": "a militia backed by Iran" is the militia)
			if toks[j].Lower == "backed" {
				return -1
			}
			j += 2
			if j < len(toks) && toks[j].Tag == "DT" {
				j++
			}
		}
	}
	if j >= len(toks) {
		return -1
	}
	m := st.at[j]
	if m < 0 {
		return -1
	}
	x := st.ments[m]
	if x.Modifier || x.Place || x.Code == "" || x.Kind == "coref" || x.Start != j {
		return -1
	}
	if n > 0 && x.Kind != actors.KindOrg && x.Kind != actors.KindPerson && !hasPossessive(toks, x.End) && !(j > 0 && toks[j-1].Lower == "by") {
		return -1 // "with a Chinese consortium" is a modifier the matcher did not mark; only names after a nominal head
	}
	return m
}

// hasPossessive reports "'s" at token k.
func hasPossessive(toks []dyad.Token, k int) bool {
	return k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s")
}

// asideRecipient gives a transfer (aid, extradition, handing over) the
// recipient named after a comma-delimited aside in its object: "delivered
// the first of 18 Bayraktar TB2 drones, with training and spare parts, to
// Kuwait's armed forces" is TUR 072 KWTMIL. The object scan's recipient
// search stops at the first comma; the aside closes with a second comma
// and "to" follows it. A target of the same state the other rules found
// ("Kuwait" without its forces) gives way to the whole phrase.
func (c *Coder) asideRecipient(st *sentence, h *verbHit) {
	if !transfer(h.code) || len(h.source) != 1 || h.p.Noun || len(h.target) > 1 {
		return
	}
	toks := st.toks
	open := -1
	for k := h.end; k+2 < len(toks) && k < h.end+16; k++ {
		if isClauseBreak(toks, k) || finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return
		}
		if toks[k].Text != "," {
			continue
		}
		if open < 0 || k-open < 2 || toks[k+1].Lower != "to" {
			if open < 0 {
				open = k
			}
			continue // the aside's opening comma, or a comma inside a list ("food, tents and medicine")
		}
		j := k + 2
		if toks[j].Tag == "DT" {
			j++
		}
		m := -1
		if j < len(toks) {
			m = st.at[j]
		}
		if m < 0 || st.ments[m].Start != j || st.ments[m].Modifier || st.ments[m].Code == "" || st.ments[m].Country == h.source[0].Country && h.source[0].Country != "" {
			return
		}
		x := st.ments[m]
		if len(h.target) == 1 && (h.target[0].Country != x.Country || h.target[0].Code == x.Code) {
			return // another recipient the other rules found
		}
		h.target = c.group(st, m)
		return
	}
}

// phoneBothWays makes a phone call (041) between two actors a mutual act,
// as the gold sets code every call ("phoned her Cambodian counterpart",
// "spoke by phone with …"): one event in each direction. The verbs
// "phone" and "telephone" take their partner as a direct object, which
// the pattern file does not mark mutual, so the flag is set here once the
// target is known. Calls to or from ordinary people stay one-way.
func phoneBothWays(h *verbHit) {
	if h.code != "041" || h.p.has(flagMutual) || len(h.source) != 1 || len(h.target) != 1 {
		return
	}
	if hasSector(h.source[0], "CVL") || hasSector(h.target[0], "CVL") {
		return // "parties telephoned people to encourage them to vote": canvassing, no exchange between actors
	}
	h.p = h.p.with(flagMutual)
}

// appealBeneficiary drops the target of an appeal (root 02) that names
// only whom the appeal is for, after a second "for": "appealed on Monday
// for $200 million for Afghans facing hunger", "appealed for funds for
// children in Afghanistan" are made to unnamed donors (gold:
// "Malawi appealed for international food aid" has target null), as
// appealContent leaves "appealed for $100 million to help families …"
// without one. An appeal made to a named actor names it first: "appealed
// to Germany for air defence systems" keeps Germany.
func appealBeneficiary(st *sentence, h *verbHit) {
	if len(h.target) == 0 || len(h.code) < 2 || h.code[:2] != "02" || h.p.Noun {
		return
	}
	toks := st.toks
	t := h.target[0]
	fors := 0
	for k := h.head + 1; k < t.Start && k < len(toks); k++ {
		switch {
		case toks[k].Text == "," || toks[k].Text == ";" || finite(toks[k].Tag):
			return
		case toks[k].Lower == "to" && k+1 < len(toks) && st.at[k+1] >= 0:
			return // "appealed to Germany for …": to whom
		case toks[k].Lower == "for":
			fors++
		}
	}
	if fors >= 2 {
		h.target = nil
	}
}

// aidAcceptedFor drops the target of aid accepted or let in (0863) when
// the target is named right after a "for": "Nepal accepted foreign aid
// for the flood victims" is accepted from unnamed donors, and the flood
// victims are whom it is for, not who gave it (the giver of aid accepted
// is its target: "accepted aid from Japan"). Only determiners and
// numbers may stand between "for" and the target.
func aidAcceptedFor(st *sentence, h *verbHit) {
	if h.code != "0863" || len(h.target) == 0 {
		return
	}
	toks := st.toks
	for k := h.target[0].Start - 1; k > h.head && k < len(toks); k-- {
		switch {
		case toks[k].Lower == "for":
			h.target = nil
			return
		case toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "PRP$":
			continue
		}
		return
	}
}

// pronounOf reports an object pronoun at token i followed by "of":
// "accusing it of committing genocide against Palestinians", "accusing
// him of supporting protesters", "accusing them of backing rebels". The
// pronoun is the target (objectPronoun resolves it); whoever the "of"
// clause names is the alleged act's, not the accusation's (CODING.md: "X
// accused Y of Z" is X 112 Y).
func pronounOf(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return false
	}
	switch toks[i].Lower {
	case "it", "him", "her", "them":
		return true
	}
	return false
}

// conductOf reports an investigation's "the conduct of", "the role of",
// "the actions of" before token of (the "of"): the noun names what the
// actor after "of" did, so that actor is investigated ("an investigation
// into the conduct of Iran's security forces" IRNCOP), where "the deaths
// of protesters" names victims, no target.
func conductOf(toks []dyad.Token, of int) bool {
	if of < 1 {
		return false
	}
	switch toks[of-1].Lower {
	case "conduct", "actions", "activities", "role", "behaviour", "behavior", "operations", "dealings", "handling",
		"response", "finances", "funding", "practices", "tactics", "involvement", "spending", "accounts", "affairs":
		return true
	}
	return false
}

// goodsOrigin gives duties, tariffs and bans (163, 1312) on goods "made
// in" a named state that state as target, as "imported from" already
// does: "duties of up to 35% on electric cars made in China" CHN (gold
// README: tariffs on a country's goods take that country).
func (c *Coder) goodsOrigin(st *sentence, h *verbHit) {
	if h.code != "163" && h.code != "1312" || len(h.target) != 0 {
		return
	}
	toks := st.toks
	on := false
	for k := h.head + 1; k+2 < len(toks) && k < h.end+16; k++ {
		made := false
		switch toks[k].Lower {
		case "made", "produced", "manufactured", "built", "grown", "assembled":
			made = toks[k+1].Lower == "in" // (the tagger may read "made" as a finite verb)
		}
		if isClauseBreak(toks, k) || toks[k].Text == "," || k > h.end && finite(toks[k].Tag) && !made {
			return
		}
		if toks[k].Lower == "on" {
			on = true
			continue
		}
		if !on || !made {
			continue
		}
		m := st.at[k+2]
		if m < 0 || st.ments[m].Start != k+2 || len(st.ments[m].Country) != 3 || len(h.source) > 0 && h.source[0].Country == st.ments[m].Country {
			return
		}
		x := st.ments[m]
		x.Code, x.Sectors, x.Place, x.Modifier = x.Country, nil, false, false
		h.target = []actors.Mention{x}
		return
	}
}

// inquiryConduct gives an investigation (root 09) the actor whose
// conduct it looks into: "opened an investigation into the actions of
// Venezuela's security forces" VENCOP, "an inquiry into the role of
// Chinese contractors". The patterns of opened inquiries take no object
// (an inquiry "into" a place or an event has no target, gold README);
// a noun of conduct (conductOf) names its actor.
func (c *Coder) inquiryConduct(st *sentence, h *verbHit) {
	if len(h.code) < 2 || h.code[:2] != "09" || len(h.target) != 0 || h.passive {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] && toks[k].Lower != "into" {
		k++ // "set up an inquiry on Thursday into the conduct of the police"
	}
	if k < len(toks) && toks[k].Lower == "into" {
		k++
	} else if k != h.end || k < 1 || toks[k-1].Lower != "into" {
		return
	}
	if k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	if k+2 >= len(toks) || toks[k+1].Lower != "of" || !conductOf(toks, k+1) {
		return
	}
	j := k + 2
	if toks[j].Tag == "DT" && j+1 < len(toks) {
		j++
	}
	m := st.at[j]
	if m < 0 || st.ments[m].Start != j || st.ments[m].Place || st.ments[m].Code == "" {
		return
	}
	if len(h.source) > 0 && st.ments[m].Code == h.source[0].Code {
		return
	}
	h.target = c.group(st, m)
}

// hedgeNamed returns the token after a hedge's verb that starts at i
// ("said were", "called", "described as") when a named group follows it,
// so that the object scan reads on to the group the hedge names: "struck
// what the military said were Hezbollah weapons depots" is an attack on
// Hezbollah, "bombed what Ankara described as PKK targets" on the PKK.
// Otherwise it returns i, and the scan stops at the hedge's verb as
// before: "at what it said were militant bases in Pakistan's Balochistan
// province" names no group, and the place's state is the target.
func hedgeNamed(st *sentence, i int) int {
	toks := st.toks
	j := i + 1 // said, called, claimed, described, termed
	if j < len(toks) {
		switch toks[j].Lower {
		case "were", "was", "are", "is", "as":
			j++
		}
	}
	if j < len(toks) && toks[j].Tag == "DT" {
		j++
	}
	if j >= len(toks) || st.at[j] < 0 {
		return i
	}
	if x := st.ments[st.at[j]]; x.Kind != actors.KindOrg || x.Place || x.Start != j {
		return i
	}
	return j
}

// powTargets gives the release or exchange (0841) of prisoners of war
// the military of the state whose soldiers they are: "Russia and Ukraine
// swapped 90 prisoners of war each" is RUS 0841 UKRMIL and UKR 0841
// RUSMIL, as the gold sets code every prisoner-of-war exchange
// (CODING.md: troops are MIL; captured soldiers stay soldiers). Only a
// target named by its state alone takes the role; the sentence must say
// prisoners of war (or POWs).
func powTargets(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		if e.CAMEO != "0841" || e.Target == nil || e.Target.Code != e.Target.Country || len(e.Target.Country) != 3 || !prisonersOfWar(e.Evidence.Text) {
			continue
		}
		t := *e.Target
		t.Code, t.Sectors = t.Country+"MIL", []string{"MIL"}
		e.Target = &t
	}
	return evs
}

// prisonersOfWar reports a sentence that speaks of prisoners of war.
func prisonersOfWar(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "prisoners of war") || strings.Contains(l, "prisoner of war") || strings.Contains(text, "POWs")
}

// partyBan gives a ban or dissolution of political parties (1722) with
// no target the source's own state's parties: "Mali's military
// government dissolved all political parties" MLIPTY, "barred a
// pro-Russian party from the elections" MDAPTY (a state bans its own
// parties; "all" makes them a collective the object scan passes over).
func (c *Coder) partyBan(st *sentence, h *verbHit) {
	if h.code != "1722" || len(h.target) != 0 || len(h.source) != 1 || len(h.source[0].Country) != 3 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k < h.end+7; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," || k >= h.end && finite(toks[k].Tag) {
			return
		}
		if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
			if mt := st.ments[m]; mt.Kind == "coref" && mt.Country == h.source[0].Country && hasSector(mt, "PTY", "OPP") {
				h.target = []actors.Mention{mt} // "all political parties": the pattern's own noun, which the object scan passes over
			}
			return // a named party or group: the object scan's
		}
		if toks[k].Lower != "party" && toks[k].Lower != "parties" {
			continue
		}
		h.target = []actors.Mention{c.impliedPeople(st, h.source[0].Country, "PTY", k)}
		return
	}
}

// impliedPeople returns an implicit mention of country's people of role at
// token k (a common noun no dictionary entry names with its state).
func (c *Coder) impliedPeople(st *sentence, country, role string, k int) actors.Mention {
	toks := st.toks
	t := actors.Mention{Start: k, End: k + 1, Kind: "coref"}
	t.Code, t.Country, t.Sectors, t.Name = country+role, country, []string{role}, c.matcher.Dictionary().Name(country)
	t.Span = [2]int{toks[k].Start, toks[k].End}
	t.Text = st.s.Text[t.Span[0]:t.Span[1]]
	return t
}

// peopleOfPlace gives aid (07x) and restrictions (172x) with no target
// the civilians of the place that names their recipients: "distributing
// food rations to survivors of the Herat earthquakes" AFGCVL, "imposed a
// curfew on residents of Dar es Salaam" TZACVL, "sent tents to survivors
// of the earthquake in Syria" SYRCVL (CODING.md: ordinary people are
// CVL; the place gives their state, the source's own too: a curfew
// on a state's own residents).
func (c *Coder) peopleOfPlace(st *sentence, h *verbHit) {
	aid := len(h.code) >= 2 && h.code[:2] == "07"
	if !aid && !(len(h.code) == 4 && h.code[:3] == "172") || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+2 < len(toks) && k < h.end+10; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," && !objectListComma(toks, k) || k >= h.end && finite(toks[k].Tag) {
			return
		}
		if toks[k].Lower != "to" && toks[k].Lower != "on" && toks[k].Lower != "for" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD") && st.at[j] < 0 {
			j++
		}
		j = pastDisasterNouns(toks, j) // "to cyclone victims", "to earthquake survivors" (targets_people_aid.go)
		if j >= len(toks) || !placePeople(toks[j].Lower) {
			continue
		}
		// "survivors of the Herat earthquakes", "residents of Dar es
		// Salaam", "victims of the earthquake in Syria"
		for x := j + 1; x < len(toks) && x <= j+6; x++ {
			if isClauseBreak(toks, x) || toks[x].Text == "," || finite(toks[x].Tag) {
				return
			}
			country := ""
			if m := st.at[x]; m >= 0 {
				if mt := st.ments[m]; mt.Kind == actors.KindCountry || mt.Kind == actors.KindCapital || mt.Modifier {
					country = mt.Country
				} else {
					return
				}
			} else if p, ok := c.namedPlace(st, x, len(toks)); ok && startsUpperASCII(toks[x].Text) {
				country = p.Country
			}
			if len(country) != 3 {
				continue
			}
			h.target = []actors.Mention{c.impliedPeople(st, country, "CVL", j)}
			return
		}
		return
	}
}

// placePeople reports nouns for people named by where they live or what
// befell them there.
func placePeople(w string) bool {
	switch w {
	case "survivors", "victims", "residents", "inhabitants", "people", "families", "villagers", "civilians", "townspeople", "population":
		return true
	}
	return false
}

// reactionTarget finds the target of a verbal reaction told in an
// appositive after the main clause, whose object is the act the clause
// reports: ", a result the opposition denounced as fraudulent", ", an
// idea Maduro's government swiftly rejected", ", a measure the United
// Nations criticised". The one reacted to is the main clause's subject
// (every member of a listed subject). The appositive is a comma, a
// determiner, up to two adjectives and a common noun, then the reacting
// actor (its own article included) and the verb h, with at most "that",
// "which" or one adverb between. farTarget keeps its narrower list of
// head nouns ("move", "decision" …); this widens the head to any common
// noun. Roots: comment, approve, reject, demand, disapprove, threaten.
func (c *Coder) reactionTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun || h.passive || len(h.source) == 0 {
		return nil
	}
	switch cameo.Root(h.code) {
	case "01", "05", "10", "11", "12", "13":
	default:
		return nil
	}
	toks := st.toks
	// between the actor (the last of a listed one: "a charge Hamas and
	// hospital officials denied") and the verb: nothing, or one adverb
	src, last := h.source[0], h.source[len(h.source)-1]
	if last.End > h.head || last.End < h.head-1 || last.End == h.head-1 && toks[last.End].Tag != "RB" {
		return nil
	}
	k := src.Start - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "its") {
		k-- // "a measure the United Nations criticised"
	}
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 2 || !commonNoun(toks[k]) {
		return nil
	}
	k--
	for n := 0; n < 2 && k > 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN"); n++ {
		k-- // "a controversial move", "a widely criticised decision"
	}
	if d := toks[k].Lower; d != "a" && d != "an" && d != "the" && d != "this" || k == 0 {
		return nil
	}
	if k >= 2 && toks[k-1].Lower == "in" && toks[k-2].Text == "," {
		k-- // ", in a move the opposition denounced", ", in an attack that Qatar condemned"
	}
	if toks[k-1].Text != "," {
		return nil
	}
	comma := k - 1
	for v := 0; v < comma; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		if len(s) == 0 {
			return nil
		}
		for _, m := range s {
			if hasCode(h.source, m.Code) {
				return nil // the reacting actor reacts to no act of its own
			}
		}
		return s
	}
	return nil
}

// commonNoun reports a lower-case singular or plural common noun.
func commonNoun(t dyad.Token) bool {
	return (t.Tag == "NN" || t.Tag == "NNS") && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

// background reports a phrase at i that sits in a time phrase of the
// clause: "after"/"since"/"following" within six words before it with no
// comma or verb between ("after months of talks hosted by Qatar").
func background(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch toks[j].Lower {
		case "after", "since", "following":
			return true
		}
		if strings.HasPrefix(toks[j].Tag, "VB") && j != i || toks[j].Text == "," {
			return false
		}
	}
	return false
}
