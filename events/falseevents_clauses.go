package events

// Verbs and nouns that, by their place in the clause, describe rather than
// report an act. Each check sets the hit aside; the act itself is coded
// once, from the clause that tells it:
//
//   - A reduced relative ("women attacked in Cologne reported …", "a
//     Palestinian, killed in a firefight with Israeli forces, was
//     buried") is a passive without its auxiliary: the noun before the
//     participle suffered the act. The participle phrase describes the
//     clause's subject or object; it is no act of the noun, and an event
//     nominal inside it ("wounded in the Russian offensive near
//     Pokrovsk") is background, as in a time phrase. So is a participle
//     after the subject before its verb ("a soldier arrested in Turkey
//     has …") and a gerund after a participle of death ("Britons
//     killed fighting alongside Kurdish forces": victims).
//   - An act noun after a noun of the people who suffered it ("survivors
//     of the 2023 attack", "families of the victims of the bombing") is
//     background too: the clause is about the people.
//   - A gerund after a verb of preventing and its object, with no "from"
//     ("to stop the Home Office deporting them", "aims to prevent Israel
//     annexing the West Bank"), is what is to be prevented: not done.
//   - A past participle between a determiner or possessive (and adverbs)
//     and a noun modifies the noun ("Israel's widely condemned
//     offensive", "the recently expelled inspectors"): no clause, no act
//     told.
//   - The noun before a passive past form is who suffered the act, never
//     its doer, also where the tagger lost the passive: a "be" and two
//     adverbs or more before the participle ("the rebels were now almost
//     totally besieged"), an absolute "with" phrase ending at the
//     participle ("the protests ended with dozens of students jailed"),
//     a reduced relative whose clause verb the tagger took for a noun
//     ("hundreds of Syrians detained during the war remain missing"), a
//     past form coordinated with a passive ("troops were ambushed and
//     killed"). With no "by" agent the act has no source told: no event.
//   - A verb in the simple present inside a relative clause describes a
//     standing relation or a habit of the noun's referent, not an act
//     ("the YPG, which Ankara accuses of links to the PKK", "the
//     coalition, which arms the SDF"). A past, perfect or future
//     relative is left to the other rules, and so is a verb of saying.
//   - A participle right after a place that a preposition of place or
//     direction governs does not take the place as its doer ("led a
//     delegation of farmers to Washington lobbying for …"): the
//     participle's subject is the clause's, or nobody told.
//   - "And" then a finite auxiliary and its verb ("and has threatened")
//     opens the subject's own next act, outside an accusation's scope
//     (auxiliaryPhrase, read by status.go's scopeBreak).
//   - The toll of an attack told by a participle after it ("Russian
//     forces shelled the centre of Kherson, killing two people") or by a
//     passive whose agent is the attack's noun ("were killed by an
//     Israeli air strike") tells more of the act already coded; so does
//     fighting alongside an ally or "with" an armed group one has joined
//     ("British nationals fighting with Islamic State"), and "host"
//     whose object is a thing an actor owns ("has hosted the United
//     Kingdom's sovereign base areas").
//   - What an agreement provides, told in a relative clause on its noun
//     ("a truce during which Hamas will free 50 hostages", "a deal under
//     which migrants can be returned to France"), is not coded
//     separately (CODING.md: what a treaty promises is not coded); the
//     agreement is.
//   - A participle after a comma telling that the act before it answers
//     another ("raised its tariffs on U.S. goods, hitting back at
//     Trump's escalation") is the act's motive, not a criticism (111) or
//     an attack (190) of its own.
//   - A second infinitive of an agreement joined by "and", with no party
//     of its own ("agreed to restore diplomatic ties and reopen their
//     embassies"), is part of the same agreement, coded once with its
//     parties.
//   - "charges" after a comma with a relative clause of an actor (",
//     charges Asmara dismissed as a pretext for war") restates an
//     accusation; it is no indictment (173).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// consequence reports a participle clause that tells the toll of an
// attack coded before it in the sentence ("Russian forces shelled the
// centre of Kherson, killing two people", "police fired tear gas at
// protesters, killing five"): the deaths are the attack's outcome, not a
// second event (as the gold sets code "…, killing at least 29 people").
// attack is the head token of the sentence's last hit that yielded an
// event with a harm code (see harm), or -1.
func consequence(st *sentence, h *verbHit, attack int) bool {
	toks := st.toks
	if attack < 0 || attack >= h.head || toks[h.head].Tag != "VBG" || toks[h.head-1].Text != "," && !tollConjunct(st, h.head) {
		return false
	}
	return st.words.tollVerbs[toks[h.head].Lemma]
}

// displacedByAttack reports a participle after a comma that tells the
// flight a shelling or an air or missile strike coded before it caused
// ("Iranian artillery shelled villages near Sidakan, forcing hundreds of
// families to flee", "troops exchanged artillery fire, forcing 100,000
// people from their homes"): the displacement is the strike's outcome, as
// its toll is (consequence), no expulsion (174) or mass displacement (201)
// of its own. Only after a weapon's code (194, 195x: gold README item 47
// gives strikes and shelling their weapon's code whatever their toll); an
// armed group driving people out on the ground ("militiamen emptied the
// villages, forcing thousands to flee") is 201 (the README's deportation
// bullet). attack is as for consequence, code the attack's event code; the
// attack's target is left as it is (no tollTarget).
func displacedByAttack(st *sentence, h *verbHit, attack int, code string) bool {
	toks := st.toks
	if attack < 0 || attack >= h.head || toks[h.head].Tag != "VBG" || toks[h.head-1].Text != "," {
		return false
	}
	if code != "194" && !strings.HasPrefix(code, "195") {
		return false
	}
	if h.code != "201" && h.code != "174" {
		return false
	}
	switch toks[h.head].Lemma {
	case "force", "drive", "send":
		return true
	}
	return false
}

// killedByAttack reports a passive kill whose agent is an attack coded
// from its noun ("two journalists were killed by an Israeli air strike"):
// the deaths are the strike's toll, one event, as in the active "an
// Israeli air strike killed two journalists".
func killedByAttack(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !h.passive || h.end >= len(toks) || toks[h.end].Lower != "by" {
		return false
	}
	if !st.words.tollVerbs[toks[h.head].Lemma] {
		return false
	}
	for _, g := range st.hits {
		if g.head > h.end && g.head <= h.end+5 && nounLike(st, &g) && harm(g.p.Code) {
			return true
		}
	}
	return false
}

// harm reports a CAMEO code of physical harm whose toll a participle may
// tell: coercion, assault, fighting, mass violence (roots 17–20) and a
// violent protest (145).
func harm(code string) bool {
	switch cameo.Root(code) {
	case "17", "18", "19", "20":
		return true
	}
	return code == "145"
}

// predicateNoun reports a determiner ("the", "a", "one of eight") opening
// the noun phrase between a form of "be" ("is", "has been") at k and a
// past form at i: the phrase is the predicate, and the past form after it
// a reduced relative ("Holmes is believed to be the sixth British citizen
// killed in Syria": the citizen was killed, and did not kill).
func predicateNoun(toks []dyad.Token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch toks[j].Lower {
		case "the", "a", "an", "among", "one":
			return true
		}
	}
	return false
}

// alongside reports a fight verb whose object is an ally: "killed
// fighting alongside Kurdish forces", "have fought alongside each other".
// The phrase tells allegiance, not an attack on anyone, and yields no
// event (a fight against a named enemy is coded from the enemy's phrase:
// "fought alongside the YPG against Islamic State" is left to that).
func alongside(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "19" || h.end >= len(st.toks) {
		return false
	}
	k := h.end
	if st.toks[k].Tag == "RB" && st.toks[k].Lower != "alongside" && k+1 < len(st.toks) {
		k++ // "fought bravely alongside"
	}
	if st.toks[k].Lower != "alongside" {
		return false
	}
	for j := k + 1; j < len(st.toks) && j <= k+12; j++ {
		if st.toks[j].Lower == "against" {
			return false
		}
		if isHardBreak(st.toks[j]) {
			break
		}
	}
	return true
}

// gerundAfterVictim reports a past form of a harming verb followed by a
// gerund: "the first British woman killed fighting alongside Kurdish
// forces", "two soldiers wounded defending the town". The noun before
// was harmed while doing it; a killer's object would come first
// ("killed fighters", not "killed fighting").
func gerundAfterVictim(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Tag != "VBG" {
		return false
	}
	switch toks[i].Lower {
	case "killed", "wounded", "injured", "captured", "detained", "arrested", "caught", "shot", "hurt":
		return true
	}
	return false
}

// hostedThing reports "host" whose object is a thing an actor owns, not
// its people: "Cyprus has hosted the United Kingdom's sovereign base
// areas since 1960", "hosts Russia's naval base", or a drill held with
// the actor ("hosted naval exercises with China and Iran"). That is no
// visit (a visit needs a visitor: "hosted Russia's foreign minister" is
// one).
func hostedThing(st *sentence, h *verbHit) bool {
	if h.code != "043" || st.toks[h.head].Lemma != "host" || len(h.target) == 0 {
		return false
	}
	t := h.target[0]
	for j := h.head + 1; j < t.Start && j <= h.head+5; j++ {
		switch st.toks[j].Lower {
		case "exercises", "exercise", "drills", "drill", "manoeuvres", "maneuvers", "wargames":
			return true // "hosted naval exercises with China and Iran": partners in a drill, no visitors
		}
	}
	if t.End+1 >= len(st.toks) || !isPossTok(st.toks[t.End]) {
		return false
	}
	for j := t.End + 1; j < len(st.toks) && j <= t.End+4; j++ {
		w := st.toks[j]
		if st.at[j] >= 0 || st.words.bodyNoun(w.Lower) || st.words.sentPeople[w.Lower] || startsUpperASCII(w.Text) {
			return false // "Russia's foreign minister", "Iran's Rouhani"
		}
		if w.Tag == "NN" || w.Tag == "NNS" {
			switch w.Lower {
			case "base", "bases", "areas", "area", "troops", "forces", "warships", "jets", "missiles", "weapons", "embassy", "consulate", "headquarters", "facilities", "facility":
				return true
			}
		}
	}
	return false
}

// joinsFight reports foreign civilians "fighting with" an armed group:
// "British nationals fighting with Islamic State in Syria", "Australians
// who fought with the YPG". They joined the group, and did not fight it;
// "Afghan police fought with Taliban attackers" (no civilians) and
// "villagers fought with militants" (their own country's) stay fights.
func joinsFight(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "19" || st.toks[h.head].Lemma != "fight" || len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	if k := h.target[0].Start - 1; k < 0 || st.toks[k].Lower != "with" && !(st.toks[k].Lower == "the" && k > 0 && st.toks[k-1].Lower == "with") {
		return false
	}
	s, t := h.source[0], h.target[0]
	armed := hasSector(t, "REB") || strings.HasPrefix(t.Code, "IMG")
	return hasSector(s, "CVL", "REF") && armed && s.Country != t.Country
}

// screenDescribedActs sets aside a sentence's live hits, after screen,
// that describe a person or thing or tell an act nobody did: a participle
// set off as an apposition or naming victims (appositiveParticiple,
// victimParticiple), an act inside a reduced relative or after the
// people who suffered it (inReducedRelative, sufferersOf), a gerund kept
// from happening (preventedGerund), "threaten" meaning endanger
// (endangers), advice to the public and inquiries into mishaps
// (safetyAdvice, accidentInquiry), a warning on the economy
// (economicWarning), a warning told after its content (trailingWarning),
// a verb whose subject stands before a
// parenthesis (parentheticalSubject), and a speech participle after a
// contact verb's object (contactParticiple).
func (c *Coder) screenDescribedActs(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.p.has(flagSpeech) || h.code == "" {
			continue
		}
		if !h.p.Noun && appositiveParticiple(st, h.head) || victimParticiple(st, h) { // (targets_places.go)
			live[k] = false // "a Palestinian, killed in a firefight near Jenin, was buried"
			continue
		}
		if (nounLike(st, h) || st.toks[h.head].Tag == "VBG") && inReducedRelative(st, h.head) || nounLike(st, h) && sufferersOf(st, h.head) {
			// ("wounded in earlier US bombing/VBG of Kandahar airport")
			live[k] = false // "soldiers wounded in the Russian offensive were flown"
			continue
		}
		if preventedGerund(st, h) {
			live[k] = false // "legal action to stop the government deporting him": not done
			continue
		}
		if endangers(st, h) {
			live[k] = false // "threatens British interests", "threatens to derail the talks": endangers, no threat
			continue
		}
		if safetyAdvice(st, h) {
			live[k] = false // "warned residents to take cover": a public advisory
			continue
		}
		if accidentInquiry(st, h) {
			live[k] = false // "will investigate the cause of the crash"
			continue
		}
		if economicWarning(st, h) {
			live[k] = false // "warned that the budget deficit was running above target"
			continue
		}
		if trailingWarning(st, h) {
			live[k] = false // "…, the minister warned.": a warning that names no one threatened
			continue
		}
		if !parentheticalSubject(st, h) {
			live[k] = false // "The lawyer for Ahmed, a teenager who joined Islamic State, has asked": not Islamic State
			continue
		}
		if !c.contactParticiple(st, h) {
			live[k] = false // "has written to Tony Blair demanding": not Blair's demand, and the writer is no actor
		}
	}
}

// appositiveParticiple reports a past participle at i that describes
// the noun before it without an auxiliary, where the subject-position
// rule (subjectReduced) does not reach: set off by commas before the
// clause's verb ("A Palestinian, killed in a firefight with Israeli
// forces near Jenin, was buried on Friday"; "The delegation, endorsed by
// the EU's foreign policy chief, arrived"), or after "with" in an
// absolute phrase ("with more than 600 women attacked in Cologne"), or
// running to the end of the sentence or a subordinate clause after a noun
// the sentence's verb already told of ("calm was shattered by the death of
// a Palestinian, killed in a firefight with Israeli forces"). No object
// follows it. A dated by-agent ("The truce, brokered by Egypt on
// Tuesday, held") is news and is left alone.
func appositiveParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || !startsLowerASCII(toks[i].Text) || st.lex.PastOnly(toks[i].Lower) {
		return false
	}
	switch toks[i+1].Lower {
	case "in", "by", "during", "from", "at", "on", "near", "under", "over", "inside", "last", "earlier":
	default:
		return false // an object or a clause: "police arrested four men", "warned that …"
	}
	if countOpens(toks, i+1) {
		return false // a counted object: "gunmen armed with machetes killed at least 25 people" (falseevents_objpart.go)
	}
	if toks[i-1].Text != "," {
		// "with more than 600 women attacked in Cologne"
		j := i - 1
		if !nounEnd(st, j) {
			return false
		}
		for j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "JJR" || toks[j].Tag == "JJS" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Lower == "than" || toks[j].Lower == "about") {
			j--
		}
		return j >= 0 && toks[j].Lower == "with"
	}
	if !nounEnd(st, i-2) {
		return false
	}
	by := toks[i+1].Lower == "by"
	told := !by && mainVerbBefore(st, i-2)
	for k := i + 1; k < len(toks); k++ {
		if by && st.isDate[k] {
			return false
		}
		if toks[k].Text == ";" || toks[k].Text == ":" || opensClause(toks, k) {
			return told // "… the death of a Palestinian, killed in a firefight with Israeli forces as they …"
		}
		switch toks[k].Lower {
		case "as", "when", "while", "after", "before", "because", "until":
			if told {
				return true // "…, killed in a firefight as troops moved into Nablus"
			}
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return false // a verb inside the commas: no apposition
		}
		if toks[k].Text == "," {
			n := k + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			return n < len(toks) && (finite(toks[n].Tag) || toks[n].Tag == "MD") && st.at[n] < 0
		}
	}
	return told // "… shattered by the death of a Palestinian, killed in a firefight with Israeli forces."
}

// mainVerbBefore reports a noun phrase ending at token j that a
// preposition governs ("the death of a Palestinian") after the sentence's
// own finite verb, with no comma between them: a noun the clause already
// told of, whose ", killed in …" participle then only describes it
// (appositiveParticiple). A verb itself set off by a comma ("A cargo of
// flour, donated by India, arrived") is no such verb.
func mainVerbBefore(st *sentence, j int) bool {
	toks := st.toks
	k := j
	for k >= 0 && (st.at[k] >= 0 || strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || toks[k].Tag != "IN" {
		return false
	}
	for k--; k >= 0; k-- {
		switch {
		case toks[k].Text == ",":
			return false
		case finite(toks[k].Tag) && st.at[k] < 0:
			return k == 0 || toks[k-1].Text != ","
		}
	}
	return false
}

// nounEnd reports a token that ends a noun phrase: a common or proper
// noun, a number, or the last word of an actor mention.
func nounEnd(st *sentence, n int) bool {
	t := st.toks[n]
	if st.at[n] >= 0 && st.ments[st.at[n]].End == n+1 {
		return true
	}
	switch t.Tag {
	case "NN", "NNS", "NNP", "NNPS", "CD":
		return true
	}
	return false
}

// inReducedRelative reports an event noun at i that stands in the
// prepositional phrase of a reduced relative ("soldiers wounded in the
// Russian offensive near Pokrovsk were flown to Kyiv", "villagers,
// displaced by last year's Israeli bombardment of the south,
// returned"): background to the clause.
func inReducedRelative(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || st.isDate[j] && toks[j].Tag != "IN" || toks[j].Tag == "JJ" || toks[j].Tag == "JJR" || toks[j].Tag == "RB" || toks[j].Tag == "RBR" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Lower == "and") {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].Lower {
	case "in", "by", "during", "from", "under", "at":
	default:
		return false
	}
	p := j - 1
	if pt := asParticiple(st, p); pt != nil {
		return appositiveParticiple(pt, p) || subjectReduced(pt, p, p+1) || reducedRelative(pt, p)
	}
	return false
}

// asParticiple returns st when token p is tagged a past form, a copy of
// st with p retagged VBN when the tagger took an "-ed" word for a noun or
// adjective ("soldiers wounded/NN in the offensive"), or nil.
func asParticiple(st *sentence, p int) *sentence {
	t := st.toks[p]
	switch {
	case t.Tag == "VBN" || t.Tag == "VBD":
		return st
	case (t.Tag == "NN" || t.Tag == "JJ") && strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 && startsLowerASCII(t.Text):
		cp := *st
		cp.toks = append([]dyad.Token(nil), st.toks...)
		cp.toks[p].Tag = "VBN"
		return &cp
	}
	return nil
}

// sufferersOf reports an event noun at i in an "of" phrase after a noun
// of sufferers ("Survivors of the 2023 Hamas attack on southern Israel
// testified", "victims of the Russian shelling"): the people are the
// clause's topic; the act is background.
func sufferersOf(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || st.isDate[j] && toks[j].Tag != "IN" || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$") {
		j--
	}
	return j >= 1 && toks[j].Lower == "of" && st.words.sufferers[toks[j-1].Lower]
}

// preventedGerund reports a gerund at h whose subject is the object of a
// verb of preventing right before it, with no "from" between ("legal
// action to stop the government deporting him to Rwanda", "to prevent
// Israel annexing the West Bank"): the act is what is to be stopped.
// (With "from" the verb group's own rule applies.)
func preventedGerund(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || len(h.source) == 0 {
		return false
	}
	m := h.source[0]
	if m.End != h.head && !(m.End+1 == h.head && isQuote(toks[m.End].Text)) {
		return false
	}
	j := m.Start - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j--
	}
	// (after "to" the tagger may take the verb for a noun: "to prevent/NN")
	return j >= 0 && st.words.preventers[toks[j].Lemma] && (strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "NN" && j > 0 && toks[j-1].Lower == "to")
}

// screenPatientsAndQuestions sets aside a sentence's live hits, after
// screen, whose source suffered the act (patientSource), past forms
// before the noun they modify (prenominalParticiple), questions asked
// (askedQuestion) and a state organ meeting by itself (internalMeeting).
func (c *Coder) screenPatientsAndQuestions(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.code == "" {
			continue
		}
		if patientSource(st, h) {
			live[k] = false // "the militants were now almost totally besieged"
			continue
		}
		if prenominalParticiple(st, h) {
			live[k] = false // "the UN's painstakingly negotiated ceasefire resolution": a modifier
			continue
		}
		if inspectionTour(st, h) {
			live[k] = false // "Kim Jong Un inspected a new destroyer": a tour (inspection_tour.go)
			continue
		}
		if objectPastParticiple(st, h) {
			live[k] = false // "pardoned 33 activists jailed after the riots": done to the object (falseevents_objpart.go)
			continue
		}
		if askedQuestion(st, h) {
			live[k] = false // "Macron asked Putin why Russian troops were massing": a question, no appeal
			continue
		}
		if internalMeeting(st, h) {
			live[k] = false // "the Kenyan parliament met on Monday to elect a speaker"
			continue
		}
	}
}

// patientSource reports a verb hit in a past form whose source is the
// noun phrase that suffered it: after a "be" and adverbs, in an absolute
// "with" phrase, or in a reduced relative before its clause's verb, with
// no "by" agent after the verb.
func patientSource(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || h.passive || len(h.source) == 0 || i == 0 || i+1 > len(toks) {
		return false
	}
	if t := toks[i]; t.Tag != "VBD" && t.Tag != "VBN" && !(t.Tag == "NN" && strings.HasSuffix(t.Lower, "ed")) || !startsLowerASCII(t.Text) {
		return false
	}
	src := h.source[0]
	if src.End > i {
		return false
	}
	// "were arrested and jailed", "was beaten, tortured and killed": the
	// first past form's passive finds any agent
	if i >= 3 && (toks[i-1].Lower == "and" || toks[i-1].Lower == "or") {
		for k := i - 2; k >= 1 && k >= i-7; k-- {
			if (toks[k].Lemma == "be" || beForm(toks[k].Lower)) && (toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBD" || toks[k+1].Tag == "RB") && src.End <= k {
				return true
			}
			if toks[k].Tag != "VBN" && toks[k].Tag != "VBD" && toks[k].Text != "," && toks[k].Tag != "RB" {
				break
			}
		}
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" || h.end < len(toks) && toks[h.end].Lower == "by" {
		return false // an agent: the passive code finds it
	}
	// "were now almost totally besieged"
	j := i - 1
	adverbs := 0
	for j >= 0 && toks[j].Tag == "RB" {
		j--
		adverbs++
	}
	if adverbs >= 2 && j >= 0 && (toks[j].Lemma == "be" || beForm(toks[j].Lower)) && src.End <= j {
		return true
	}
	if src.End != i {
		return false
	}
	// "with dozens of Iranian students jailed", "with some people jailed and others not"
	if i+1 >= len(toks) || closingMark(toks[i+1].Text) || toks[i+1].Lower == "and" || toks[i+1].Lower == "or" {
		for k := src.Start - 1; k >= 0 && k >= src.Start-5; k-- {
			if toks[k].Lower == "with" {
				return true
			}
			if !(toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "IN" && toks[k].Lower == "of" || strings.HasPrefix(toks[k].Tag, "NN")) {
				break
			}
		}
		return false
	}
	// "hundreds of Syrians detained during the war remain missing"
	if h.end > i+1 || st.lex.PastOnly(toks[i].Lower) {
		return false // "called on", "went": an active verb
	}
	if st.words.intransitiveLemmas[toks[i].Lemma] {
		return false // "Mali's defence minister resigned after rebels captured Kidal": no object, no one suffers it (data/words.txt)
	}
	switch toks[i+1].Lower {
	case "in", "during", "at", "near", "on", "since", "from", "last", "over", "after", "inside":
	default:
		return false
	}
	if countOpens(toks, i+1) {
		return false // "Malian soldiers executed at least 20 people suspected of …": a count is an object (falseevents_objpart.go)
	}
	for k := i - 1; k >= 0; k-- {
		if finite(toks[k].Tag) && (toks[k].Lemma == "say" || toks[k].Lemma == "believe" || toks[k].Lemma == "fear") {
			break // "relatives say hundreds of people detained …": the clause starts after the speech verb
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" || toks[k].Text == "," || toks[k].Lower == "that" {
			return false // the participle follows a verb or a break: a clause of its own
		}
	}
	directed := directedParticiple(st, i)
	if !directed && actorClause(st, i+1) && !mainVerbAfter(st, i+1) {
		return false // "protested after the government suspended talks"
	}
	inPP := true
	for k := i + 2; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Lower == "that" || t.Lower == "whether" || t.Lower == "to" || opensClause(toks, k) {
			return false // "denied on Sunday that …": the verb's object clause
		}
		if !directed && actorClause(st, k) && !mainVerbAfter(st, k) {
			return false // "protested in Tbilisi after the government suspended talks": the clause's own verb
		}
		if st.isDate[k] {
			inPP = false // "last week", "on Monday": what follows needs its own preposition
			continue
		}
		if !inPP && approxBeforeNumber(toks, k) {
			return false // an object: "released on Tuesday about 500 Uighurs detained after the riots"
		}
		if t.Tag == "IN" {
			inPP = true
			continue
		}
		if (finite(t.Tag) || t.Tag == "MD" || t.Tag == "NN" && st.words.stateVerbs[t.Lower]) && (strings.HasPrefix(toks[k-1].Tag, "NN") || toks[k-1].Tag == "CD" || st.isDate[k-1] || st.at[k-1] >= 0 && toks[k-1].Tag != "PRP") {
			return true // "… during the war remain missing"
		}
		if !inPP {
			return false // an object: "rejected on Monday a French call"
		}
	}
	return false
}

// closingMark reports punctuation that closes a phrase.
func closingMark(s string) bool {
	switch s {
	case ",", ".", ";", ":", ")", "-", "–", "—", "!", "?":
		return true
	}
	return false
}

// prenominalParticiple reports a verb hit whose head is a past form
// between a determiner, possessive or possessive pronoun (and adverbs)
// and the noun it modifies.
func prenominalParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i == 0 || i+1 >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || !startsLowerASCII(toks[i].Text) {
		return false
	}
	if n := toks[i+1]; !strings.HasPrefix(n.Tag, "NN") && n.Tag != "JJ" || st.isDate[i+1] {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" && strings.HasSuffix(toks[j].Lower, "ly") {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Tag {
	case "POS", "PRP$":
		return true
	case "DT":
		return toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an"
	}
	return false
}

// screenHabitualAndPlaced sets aside a sentence's live hits, after
// screen, that are a simple present opening a relative clause, a
// standing relation or a habit (habitualRelative), or a participle after
// a place, which the place did not do (placedParticiple).
func (c *Coder) screenHabitualAndPlaced(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.code == "" {
			continue
		}
		if habitualRelative(st, h) {
			live[k] = false // "drills that the North denounces as a rehearsal for war"
			continue
		}
		if placedParticiple(st, h) {
			live[k] = false // "led a delegation to Washington lobbying for …": Washington lobbies nobody
			continue
		}
	}
}

// habitualRelative reports a hit whose head is a simple present verb (no
// auxiliary) opening a relative clause, or after the relative word and
// the clause's short subject: "which arms", "who opposes", "that the North
// denounces", "which they accuse of", "which Ankara in turn blames for".
// "That" must follow a noun (after a verb it opens a complement: "said
// that Russia backs …").
func habitualRelative(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || i < 2 || toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" || h.p.has(flagSpeech) {
		return false
	}
	switch toks[i].Lemma {
	case "say", "be", "have", "do", "tell":
		return false
	}
	j := i - 1
	// adverbs between subject and verb: "which also backs", "which in turn backs"
	for j >= 0 {
		switch {
		case toks[j].Tag == "RB" && toks[j].Lower != "not" && toks[j].Lower != "n't":
			j--
			continue
		case j >= 1 && toks[j].Lower == "turn" && toks[j-1].Lower == "in":
			j -= 2
			continue
		}
		break
	}
	// the clause's subject, if any: a pronoun, a name, a short noun phrase
	start := j
	for j >= 0 && start-j < 6 {
		t := toks[j]
		if st.at[j] >= 0 || t.Tag == "PRP" || t.Tag == "DT" && t.Lower != "that" || t.Tag == "POS" || t.Tag == "JJ" ||
			strings.HasPrefix(t.Tag, "NN") && !relativeWord(t.Lower) {
			j--
			continue
		}
		break
	}
	if j < 1 || !relativeWord(toks[j].Lower) {
		return false
	}
	if j < start && toks[j+1].Tag == "DT" && j+1 == start {
		return false // "which the …" with nothing after the determiner
	}
	if j+1 < i && !objectGap(st, i) {
		return false // "accusations that it backs the M23 rebels": a complete clause, no relative
	}
	prev := toks[j-1]
	switch toks[j].Lower {
	case "that":
		// a relative "that" follows its noun: "drills that", "a plan that";
		// after a date or a noun of saying it opens a complement ("insisted
		// on Tuesday that Hezbollah withdraw", "claims that Iran arms …")
		if st.isDate[j-1] || contentNoun(prev.Lower) || j >= 2 && (toks[j-2].Tag == "MD" || toks[j-2].Lower == "to") {
			return false // (a verb the tagger took for a noun: "may recommend that")
		}
		return strings.HasPrefix(prev.Tag, "NN") || st.at[j-1] >= 0 && prev.Tag != "PRP"
	default:
		// "which"/"who"/"whom" after a comma or their noun
		return prev.Text == "," || strings.HasPrefix(prev.Tag, "NN") || st.at[j-1] >= 0
	}
}

// relativeWord reports a word that opens a relative clause.
func relativeWord(w string) bool {
	switch w {
	case "which", "who", "whom", "that":
		return true
	}
	return false
}

// objectGap reports a verb at i with no object noun phrase right after it
// (and its particle): the relative word before its subject is the object
// ("drills that the North denounces as …", "the YPG, which they accuse of
// …"), so the clause is a relative one.
func objectGap(st *sentence, i int) bool {
	toks := st.toks
	k := i + 1
	for k < len(toks) && toks[k].Tag == "RP" {
		k++
	}
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if st.at[k] >= 0 {
		return false
	}
	switch {
	case t.Tag == "DT" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN"):
		return false
	}
	return true
}

// contentNoun reports a noun whose "that" clause tells its content, not a
// relative: "accusations that", "claims that", "fears that".
func contentNoun(w string) bool {
	switch w {
	case "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges",
		"report", "reports", "evidence", "fear", "fears", "concern", "concerns", "warning", "warnings",
		"suggestion", "suggestions", "assurance", "assurances", "hope", "hopes", "belief", "sign", "signs",
		"proof", "demand", "demands", "insistence", "fact", "idea", "view", "news", "rumours", "rumors",
		"suspicion", "suspicions", "indication", "indications", "statement", "argument", "speculation":
		return true
	}
	return false
}

// placedParticiple reports a participle hit whose source is the actor
// right before it, governed by "in", "to", "into" or "inside": a
// place where or whither the clause's subject went, not the participle's
// doer ("flew to Beijing pressing for the release of …").
func placedParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || toks[h.head].Tag != "VBG" || len(h.source) == 0 {
		return false
	}
	for _, m := range h.source {
		if m.End != h.head || m.Start < 1 || !m.Place && m.Kind != actors.KindCountry && m.Kind != actors.KindCapital {
			continue // people after "to" may do it: "sent arms to rebels fighting the army"
		}
		b := m.Start - 1
		if toks[b].Lower == "the" && b >= 1 {
			b-- // "in the UK"
		}
		switch toks[b].Lower {
		case "in", "to", "into", "inside": // ("at" also aims: "fired at opposition supporters marching")
			return true
		}
	}
	return false
}

// intlCode reports an actor code of an international body (IGO, NGO,
// IMG): one with no state of its own.
func intlCode(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG")
}

// auxiliaryPhrase reports a finite auxiliary at k opening a verb phrase:
// "has", "have" or "had" before a past participle (adverbs between), or a
// modal before a bare verb ("will retaliate", "would not comment").
func auxiliaryPhrase(st *sentence, k int) bool {
	toks := st.toks
	if k >= len(toks) || st.at[k] >= 0 {
		return false
	}
	want := ""
	switch t := toks[k]; {
	case (t.Lower == "has" || t.Lower == "have" || t.Lower == "had") && t.Tag != "VBN":
		want = "VBN"
	case t.Tag == "MD" && t.Text != "May":
		want = "VB"
	default:
		return false
	}
	j := k + 1
	for j < len(toks) && (toks[j].Tag == "RB" || toks[j].Lower == "not") {
		j++
	}
	return j < len(toks) && toks[j].Tag == want
}

// actModifier reports a word the tagger may take for a noun or verb that
// only qualifies the act after it: "rejected new EU sanctions", "vetoed
// the proposed sanctions", "blocked further aid".
func actModifier(t dyad.Token) bool {
	switch t.Lower {
	case "new", "fresh", "further", "additional", "extra", "more", "tougher", "harsher", "wider", "broader",
		"proposed", "planned", "draft", "latest", "any", "all", "sweeping", "punitive":
		return true
	}
	return false
}

// diedFighting reports a gerund right after a participle of death or
// capture that follows its noun ("Britons killed fighting Isis", "men
// who died fighting Islamic State", "volunteers wounded fighting"): how
// the victims came to harm, background to the sentence, no attack of
// theirs coded as news.
func diedFighting(toks []dyad.Token, i int) bool {
	if i >= 1 && i+1 < len(toks) && toks[i+1].Tag == "VBG" && strings.HasPrefix(toks[i-1].Tag, "NN") {
		switch toks[i].Lower {
		case "killed", "wounded", "injured", "captured":
			return true // the participle itself: "Britons killed fighting Isis" is no killing by the Britons
		}
	}
	if i < 2 || toks[i].Tag != "VBG" {
		return false
	}
	switch toks[i-1].Lower {
	case "killed", "died", "wounded", "injured", "captured", "martyred":
	default:
		return false
	}
	p := toks[i-2]
	return strings.HasPrefix(p.Tag, "NN") || p.Lower == "who"
}

// subjectReduced reports a past form at i that is a passive participle
// modifying the subject of a later verb ("a former British soldier
// arrested in Turkey after fighting against Isis have begged", "two
// Iranian diplomats expelled from Germany last week returned"): a noun
// before it, a preposition or date word after it (no object), and a
// finite verb later in the same clause with no comma, conjunction or
// subordinator between. The noun is the act's target, not its source.
func subjectReduced(st *sentence, i, end int) bool {
	toks := st.toks
	if toks[i].Tag != "VBD" && toks[i].Tag != "VBN" || i == 0 || i+2 >= len(toks) || end > i+1 || st.lex.PastOnly(toks[i].Lower) {
		return false // ("went on strike": a pattern of more words is the active verb's)
	}
	switch toks[i].Lower {
	case "went", "came", "ran", "began", "fled", "rose", "fell", "took", "gave", "saw", "spoke", "wrote", "flew", "drove", "met", "sent":
		return false // a past tense, never a participle (or too rarely one)
	}
	if st.words.intransitiveLemmas[toks[i].Lemma] {
		return false // "Nepal's prime minister resigned after protesters stormed parliament": no object to take, no passive (data/words.txt)
	}
	if p := toks[i-1]; !(p.Tag == "NNS" || p.Tag == "NNPS" || p.Tag == "NN" && !startsUpperASCII(p.Text) || st.at[i-1] >= 0 && !st.ments[st.at[i-1]].Place) {
		return false
	}
	switch toks[i+1].Lower {
	case "in", "from", "at", "on", "during", "after", "last", "earlier", "over", "since", "near", "inside":
	default:
		return false
	}
	if countOpens(toks, i+1) {
		return false // "soldiers killed at least 20 people suspected of …": a count is an object, no place phrase (falseevents_objpart.go)
	}
	for k := i - 1; k >= 0; k-- {
		if finite(toks[k].Tag) || toks[k].Tag == "MD" || toks[k].Text == "," || toks[k].Lower == "and" {
			return false // the participle follows a verb or a break: no subject position
		}
	}
	directed := directedParticiple(st, i)
	inPP := false
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		t := toks[k]
		if st.isDate[k] {
			inPP = false // "last week", "on Monday": what follows needs its own preposition
			continue
		}
		if k > i+1 && (finite(t.Tag) || t.Tag == "MD") && st.at[k] < 0 {
			p := toks[k-1]
			return strings.HasPrefix(p.Tag, "NN") || st.at[k-1] >= 0 || st.isDate[k-1] // "… against Isis have begged" (not "over unpaid wages")
		}
		if opensClause(toks, k) {
			return false // "Thai troops fired on Cambodian positions while Cambodia shelled …": that verb is the clause's (sources_structure.go)
		}
		if !directed && actorClause(st, k) && !mainVerbAfter(st, k) {
			return false // "Georgians protested in Tbilisi after the government suspended talks": that verb is the clause's, none is left for a subject
		}
		switch {
		case !inPP && approxBeforeNumber(toks, k):
			return false // a number that opens the verb's object: "released on Tuesday about 500 Uighurs held after the riots" (falseevents_objpart.go)
		case t.Tag == "IN" && t.Lower != "that":
			inPP = true
		case inPP && (st.at[k] >= 0 || t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "VBG" || t.Tag == "RB"):
		default:
			return false // an object or a clause of the verb's own: "rejected on Thursday a demand", "refused on Monday to release"
		}
	}
	return false
}

// directedParticiple reports the past form at i followed by "from", "to",
// "by" or "into" and a place or actor (past "the"): "refugees deported
// from Turkey", "migrants returned to Libya", "protesters detained by
// police". That is a reduced passive whatever clause follows ("Syrian
// refugees deported from Turkey after the government tightened its rules
// said …"), so an "after" clause after it never makes the past form the
// subject's own verb (actorClause).
func directedParticiple(st *sentence, i int) bool {
	toks := st.toks
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "from", "to", "by", "into":
	default:
		return false
	}
	j := pastThe(toks, i+2)
	return j < len(toks) && st.at[j] >= 0
}

// npWord reports a word inside a plain noun phrase: determiners,
// adjectives, nouns, names, numbers, possessives and brackets.
func npWord(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$":
		return true
	}
	return t.Text == "[" || t.Text == "]"
}

// screenProvisionsAndGlosses sets aside live hits that tell no event of
// their own: what an agreement provides (agreementContents,
// secondProvision) and a gloss on another act (endingGloss,
// retaliationGloss, chargeAppositive). Called once per sentence after the screens.
func (c *Coder) screenProvisionsAndGlosses(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		if live[k] && !hits[k].p.has(flagSpeech) && agreementContents(st, hits[k].head) {
			live[k] = false // "a truce during which Hamas will free 50 hostages"
			continue
		}
		if live[k] && endingGloss(st, hits, live, k) {
			live[k] = false // "agreed to a ceasefire on Tuesday, ending more than a year of fighting"
			continue
		}
		if live[k] && retaliationGloss(st, hits, live, k) {
			live[k] = false // "imposed tariffs on U.S. steel, hitting back at Washington's levies"
			continue
		}
		if live[k] && secondProvision(st, hits, live, k) {
			live[k] = false // "agreed to restore ties and reopen their embassies"
			continue
		}
		if live[k] && chargeAppositive(st, hits[k].head) {
			live[k] = false // "…, charges Pristina dismissed as lies"
		}
	}
}

// agreementContents reports a token i inside a relative clause that
// tells what an agreement provides: "under which", "during which", "in
// which", "by which" or "whereby" after an agreement noun, with at most
// a date or place phrase between ("a deal on Thursday under which"), and
// no clause break between the relative word and i. A declaration's
// contents are its terms only "under which" or "whereby": "a declaration
// in which they condemned …" keeps the condemnation.
func agreementContents(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j > 0; j-- {
		if isClauseBreak(toks, j) {
			return false
		}
		rel := toks[j].Lower == "whereby"
		prep := ""
		if toks[j].Lower == "which" {
			switch toks[j-1].Lower {
			case "under", "during", "in", "by", "through":
				rel = true
				prep = toks[j-1].Lower
				j--
			}
		}
		if !rel {
			continue
		}
		for n := j - 1; n >= 0 && n >= j-6; n-- {
			if agreementNoun(toks[n].Lower) {
				// a declaration says things "in which" it condemns or calls
				// on: only what it provides ("under which") is its terms
				return toks[n].Lower != "declaration" || prep == "under" || prep == ""
			}
			if finite(toks[n].Tag) {
				return false
			}
		}
		return false
	}
	return false
}

// agreementNoun reports a noun naming an agreement between parties.
func agreementNoun(w string) bool {
	switch w {
	case "deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "treaty", "arrangement", "memorandum", "framework", "deals", "agreements", "accords",
		"declaration", "protocol", "roadmap", "compact":
		return true
	}
	return false
}

// retaliationGloss reports a hit at k that is a participle after a comma
// telling why the clause's act was done ("imposed tariffs on U.S. steel,
// hitting back at Washington's levies", "expelled two German diplomats,
// retaliating against Berlin's expulsion of Iranian envoys"): the motive
// of the act before it, live and of the same subject's country, not a
// criticism or an attack of its own.
func retaliationGloss(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	h := &hits[k]
	i := h.head
	if toks[i].Tag != "VBG" || i == 0 || toks[i-1].Text != "," {
		return false
	}
	switch toks[i].Lemma {
	case "hit", "strike":
		if i+1 >= len(toks) || toks[i+1].Lower != "back" {
			return false
		}
	case "retaliate":
	default:
		return false
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if !live[j] || g.p.has(flagSpeech) || g.head >= i || len(g.source) == 0 || clauseBreakBetween(toks, g.head, i) {
			continue
		}
		return len(h.source) == 0 || h.source[0].Country == g.source[0].Country
	}
	return false
}

// endingGloss reports a hit at k on "ending" after a comma that tells
// what an act before it put an end to ("agreed to a ceasefire on
// Tuesday, ending more than a year of fighting", "approved a ceasefire,
// ending more than a year of cross-border fighting"): the outcome of
// the act coded before it, live and not a verb of saying, not a
// de-escalation of its own.
func endingGloss(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	i := hits[k].head
	if toks[i].Lower != "ending" || i == 0 || toks[i-1].Text != "," {
		return false
	}
	for j := range hits {
		if j != k && live[j] && hits[j].code != "" && !hits[j].p.has(flagSpeech) && hits[j].head < i-1 {
			return true
		}
	}
	return false
}

// secondProvision reports a hit at k that is a second infinitive of an
// agreement or pledge joined by "and" with no subject and no party of
// its own ("agreed to restore diplomatic ties and reopen their embassies
// within two months"), when the first, of the same subject, is an
// intent coded with its party or between the subject's members (a
// mutual verb): one agreement, coded once. (The tagger may read the bare
// verb after "and" as present: VBP.) A second act with
// its own party ("pledged to free 20 prisoners and lift its ban on
// Moldovan wine") is kept.
func secondProvision(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	h := &hits[k]
	i := h.head
	if h.p.Noun || toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i == 0 || toks[i-1].Lower != "and" || len(h.target) != 0 || len(h.source) == 0 {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if !live[j] || g.p.has(flagSpeech) || g.head >= i || len(g.source) == 0 || clauseBreakBetween(toks, g.head, i) {
			continue
		}
		return (len(g.target) > 0 || g.p.has(flagMutual) && len(g.source) >= 2) && (g.status == dyad.Future || strings.HasPrefix(g.code, "03")) &&
			g.source[0].Code == h.source[0].Code
	}
	return false
}

// chargeAppositive reports a hit at i on "charges" or "charge" that is the noun
// of an appositive after a comma, with a relative clause of an actor and
// a past verb ("accused Kosovo of arming militants, charges Pristina
// dismissed as lies"): the accusation restated, not an indictment (173).
func chargeAppositive(st *sentence, i int) bool {
	toks := st.toks
	if i == 0 || toks[i-1].Text != "," || toks[i].Lower != "charges" && toks[i].Lower != "charge" || i+1 >= len(toks) || st.at[i+1] < 0 {
		return false
	}
	e := st.ments[st.at[i+1]].End
	return e < len(toks) && toks[e].Tag == "VBD"
}
