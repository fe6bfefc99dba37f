package events

// References: resolveReferences resolves the words of a sentence that
// refer to an actor named elsewhere (pronouns, definite descriptions, names
// named before), one rule family a method of refScan. The antecedents
// they take are found in coref_pronouns.go, coref_names.go and
// coref_speakers.go.

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// A refScan is resolveReferences' walk over one sentence's words.
type refScan struct {
	c     *Coder
	ctx   *articleCtx
	st    *sentence
	toks  []dyad.Token
	ms    []actors.Mention // the sentence's resolved mentions
	cov   []bool           // the tokens ms cover
	extra []actors.Mention // the references resolved so far, in order

	prevIt   *actors.Mention // what an earlier "it" of the sentence meant
	theyNone bool            // an earlier "they" of the sentence meant people that are no actor
}

// covered reports whether a mention of ms covers token i.
func (sc *refScan) covered(i int) bool { return i < len(sc.cov) && sc.cov[i] }

// resolveReferences adds to the sentence's resolved mentions ms what the
// words no mention covers refer to: pronouns ("it", "they", "he", "she",
// "them", "him", "we"), definite descriptions ("the bloc", "the group",
// "the country", "the island", "the agency", "the North") and names
// named earlier ("Albanese"), in the order of the sentence; then people in
// apposition and the places gone to (see resolve).
func (c *Coder) resolveReferences(ctx *articleCtx, st *sentence, ms []actors.Mention) []actors.Mention {
	toks := st.toks
	cov := zeroed(&ctx.buf.covered, len(toks)+1)
	for _, m := range ms {
		for i := m.Start; i < m.End && i < len(cov); i++ {
			cov[i] = true
		}
	}
	sc := &refScan{c: c, ctx: ctx, st: st, toks: toks, ms: ms, cov: cov}
	covered := sc.covered
	var later []int // quotation pronouns whose speaker was not yet known
	for i := 0; i < len(toks); i++ {
		if covered(i) {
			continue
		}
		w := toks[i].Lower
		ref, also, end, titled := sc.refer(i, w)
		if ref == nil {
			if quoteSelf(sc.st, i, w) {
				later = append(later, i) // the speaker may be a name resolved after it
			}
			continue
		}
		if w == "it" {
			sc.prevIt = ref
		}
		r := sc.reference(i, end, ref, titled)
		if (w == "his" || w == "her") && passiveDeniedClaim(toks, i+1) {
			r.Possessive = true // "His claims were denied by": the claims' owner
		}
		sc.extra = append(sc.extra, r)
		if also != nil {
			// "Russia and China vetoed … They also blocked": both states
			r2 := r
			r2.Actor, r2.Kind = also.Actor, "coref"
			sc.extra = append(sc.extra, r2)
		}
		i = end - 1
	}
	sc.laterSpeakers(later)
	if len(sc.extra) > 0 {
		ms = append(ms, sc.extra...)
		// (slices.SortFunc orders as sort.Slice did, ties included: both are
		// the same generated pdqsort, without sort.Slice's reflection and allocation)
		slices.SortFunc(ms, func(a, b actors.Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
	ms = appositionPeople(st, ms) // "Jean-Claude Paye, Director General of the OECD," (actors_people.go)
	appositionRoles(st, ms)       // "the SNP's Holyrood leader, Nicola Sturgeon," (apposed.go)
	st.words.destination(toks, ms)
	return ms
}

// refer reads what the uncovered word i (w, lowercased) refers to, by
// the first of its rules that holds: a speaker just before (speaker), the
// quotation's speaker for "we" and "I", a pronoun's antecedent ("it",
// "they", "them", "he", "she", "him"), a description ("the North", "the
// agency", "the bloc", "the island") or a name named before ("Albanese",
// "President-elect Trump"). ref is nil when the word means no actor
// ("the tram derailed as it was negotiating a curve"); end is the token
// after the reference (i+1 unless it runs on: "the bloc", "his office",
// "the alliance's chief"), titled for an owner's title ("the alliance's
// chief"), also the second state of a "they" ("Russia and China vetoed
// … They also blocked").
func (sc *refScan) refer(i int, w string) (ref, also *actors.Mention, end int, titled bool) {
	c, ctx, st, toks, ms, covered := sc.c, sc.ctx, sc.st, sc.toks, sc.ms, sc.covered
	spk, end, skip := sc.speaker(i, w)
	if skip {
		return nil, nil, end, false
	}
	switch {
	case spk != nil:
		ref = spk
	case (w == "we" || w == "i" && toks[i].Text == "I") && followedByVerb(st, i):
		// `"We condemn this attack," the ministry said`: the speaker
		// of the quotation (quotes.go)
		ref = quoteSpeaker(st, ms, i)
	case quotedObjectSelf(toks, i, w):
		// `"Putin blamed me for the protests," Clinton said`: the
		// speaker of the quotation, as "I" is (quotes.go)
		ref = quoteSpeaker(st, ms, i)
	case (w == "it" || w == "they") && followedByVerb(st, i) && thingAntecedent(st, covered, sc.extra, i, w == "they"):
		return nil, nil, end, false // "the tram derailed as it was negotiating a curve": the thing, no actor
	case w == "it" && followedByVerb(st, i) && ownerOfClaim(toks, ms, i) != nil:
		ref = ownerOfClaim(toks, ms, i) // "North Korea's warning that it might conduct a test" (falseevents_opinion.go)
	case w == "it" && sc.prevIt != nil && followedByVerb(st, i) && !expletive(toks, i):
		ref = sc.prevIt // "… that it would face consequences if it seized …"
	case w == "they" && protestingObject(st, ms, i) != nil:
		// "police detained 30 activists as they protested": the
		// crowd acted on, not the police (coref_protesters.go)
		ref = protestingObject(st, ms, i)
	case (w == "it" || w == "they") && followedByVerb(st, i) && i >= 3 && toks[i-1].Lower == "saying" && toks[i-2].Lower == "as" && objectBefore(ms, i-2) != nil:
		// "Xinhua quoted the foreign ministry as saying it opposed":
		// the one quoted
		ref = objectBefore(ms, i-2)
	case (w == "it" || w == "they") && followedByVerb(st, i) && i >= 2 && toks[i-1].Lower == "that" && objectBefore(ms, i-1) != nil && !newsMedium(*objectBefore(ms, i-1)):
		// "Britain warned Iran that it would face consequences": the
		// one warned, told or urged; never a news medium told ("Amazon
		// told Reuters that it was investigating" is Amazon)
		ref = objectBefore(ms, i-1)
	case w == "it" && i >= 1 && (toks[i-1].Lower == "if" || toks[i-1].Lower == "unless") && followedByVerb(st, i) && !passiveAfter(toks, i) &&
		conditionObject(toks, ms, i-1) != nil:
		// "will impose sanctions on Russia if it invades Ukraine": the
		// party the main clause acts on, not its subject
		ref = conditionObject(toks, ms, i-1)
	case w == "it" && i >= 1 && responseClause(toks, i) && conditionObject(toks, ms, i-1) != nil && !conditionObject(toks, ms, i-1).Possessive:
		// "imposed sanctions on North Korea after it staged missile
		// launches": the party the main clause responds to
		ref = conditionObject(toks, ms, i-1)
	case (w == "it" || w == "they") && followedByVerb(st, i) && !(w == "it" && expletive(toks, i)):
		if ref, also, skip = sc.itOrThey(i, w); skip {
			return nil, nil, end, false
		}
	case w == "it" && sc.persuadedIt(i):
		ref = ctx.lastSubj // "… help persuade it to return to talks": the state last in the news
	case w == "them" && toks[i].Tag == "PRP":
		ref = sc.them(i)
	case (w == "he" || w == "she") && followedByVerb(st, i):
		ref = sc.heOrShe(i, w)
	case (w == "his" || w == "her") && passiveDeniedClaim(toks, i+1):
		// "His claims were denied by the foreign secretary": the
		// claimant, the denial's target (denials.go)
		ref = sc.heOrShe(i, w)
	case w == "him" && toks[i].Tag == "PRP":
		ref = sc.him(i)
	case w == "the" && i+1 < len(toks) && (toks[i+1].Text == "North" || toks[i+1].Text == "South") && !covered(i+1) &&
		(i+2 == len(toks) || !startsUpperASCII(toks[i+2].Text) && toks[i+2].Tag != "NN" && toks[i+2].Tag != "NNS") && koreas(ms, ctx):
		ref, end = sc.otherKorea(i)
	case w == "the" && i+1 < len(toks) && (toks[i+1].Lower == "agency") && !covered(i+1):
		ref = ctx.lastMed
		end = i + 2
	case w == "the" && i+1 < len(toks) && !covered(i+1) && describes(toks[i+1].Lower) != "" &&
		(followedByVerb(st, i+1) || i+2 < len(toks) && isPossTok(toks[i+2]) && !covered(i+3)) &&
		!(i > 0 && toks[i-1].Tag == "IN" && !subordinateOrg(toks, ms, i) && !(describes(toks[i+1].Lower) != "state" && i+2 < len(toks) && isPossTok(toks[i+2]))):
		ref, end, titled = sc.description(i)
	case w == "the" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && i+2 < len(toks) && !covered(i+1) &&
		(describes(toks[i+1].Lower) == "org" || describes(toks[i+1].Lower) == "igo") && !(toks[i+2].Lower == "of" && i+3 < len(toks) && toks[i+3].Tag == "CD"):
		ref, end = sc.verbObjectOrg(i)
	case w == "the" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && !st.words.sayingVerbs[toks[i-1].Lemma] && i+1 < len(toks) && !covered(i+1) &&
		(toks[i+1].Lower == "island" || toks[i+1].Lower == "kingdom") && (i+2 == len(toks) || !isPossTok(toks[i+2]) && toks[i+2].Tag != "NN" && toks[i+2].Tag != "NNS"):
		ref, end = sc.verbObjectIsland(i)
	case toks[i].Tag == "NNP" && c.electName(ctx, st, i) != nil:
		ref = c.electName(ctx, st, i) // "President-elect Trump threatened" (elect.go)
	case toks[i].Tag == "NNP":
		ref, end = sc.earlierName(i, w)
	}
	if ref != nil && toks[i].Tag == "NNP" && c.honorificClash(toks, i, ref) {
		ref = nil // "Mrs Howard" after "Michael Howard": his wife, no actor
	}
	return ref, also, end, titled
}

// verbObjectOrg resolves "the group" or "the organisation" as a verb's
// object to the organisation named last, in this sentence first: "an
// Israeli official said, accusing the group of breaching the truce".
func (sc *refScan) verbObjectOrg(i int) (ref *actors.Mention, end int) {
	c, ctx, toks, ms := sc.c, sc.ctx, sc.toks, sc.ms
	// "an Israeli official said, accusing the group of breaching
	// the truce": the object of a verb too, the organisation
	// named last (in this sentence first)
	ref = orgBefore(ms, i, describes(toks[i+1].Lower) == "igo")
	if ref == nil {
		ref = ctx.described(c, toks[i+1].Lower)
	}
	end = i + 2
	return ref, end
}

// verbObjectIsland resolves "the island" or "the kingdom" as a verb's
// object to the state the story named last, never one this sentence
// names before it (the subject's own): "China has stepped up pressure on
// Taiwan … Beijing threatened the island".
func (sc *refScan) verbObjectIsland(i int) (ref *actors.Mention, end int) {
	c, ctx, toks, ms := sc.c, sc.ctx, sc.toks, sc.ms
	// "China has stepped up pressure on Taiwan … Beijing
	// threatened the island": the object of a verb too, the state
	// the story named last, never one this sentence names before
	// it (the subject's own)
	if r := ctx.described(c, toks[i+1].Lower); r != nil && !namedBeforeCountry(ms, i, r.Country) {
		ref = r
	}
	end = i + 2
	return ref, end
}

// speaker reads a pronoun right after a saying verb's speaker: "Kurdish
// officials said they" and "De Mistura said he" mean the speaker and no
// actor (skip); "Japan's finance minister said he would meet", "…, while
// Japan said it would provide" and "the ICC prosecutor said his office"
// mean the speaker spk, whose reference ends at end.
func (sc *refScan) speaker(i int, w string) (spk *actors.Mention, end int, skip bool) {
	c, st, toks, ms, extra, covered := sc.c, sc.st, sc.toks, sc.ms, sc.extra, sc.covered
	end = i + 1
	if w == "they" || w == "he" || w == "she" || w == "it" {
		sp, ok := speakerBefore(st, ms, extra, i)
		if ok && sp == nil {
			// "Kurdish officials said they", "De Mistura said he": the
			// speaker right before is whom the pronoun means, and no actor
			sc.theyNone = sc.theyNone || w == "they"
			return nil, 0, true
		}
		if ok && (w == "he" || w == "she") && !sp.Modifier && (sp.Person || st.words.personTitles[toks[sp.End-1].Lower] || st.words.personTitles[mentionHead(*sp)]) && c.fits(*sp, w) {
			spk = sp // "Japan's finance minister said he would meet", "The prosecutor of the International Criminal Court said he"
		}
		if ok && (w == "it" && !pluralActor(*sp) || w == "they" && pluralActor(*sp)) && !sp.Modifier && !sp.Place && !sp.Person &&
			!st.words.personTitles[toks[sp.End-1].Lower] && !st.words.personTitles[mentionHead(*sp)] && (sp.Country != "" || sp.Kind == actors.KindOrg) && followedByVerb(st, i) {
			spk = sp // "…, while Japan said it would provide": Japan, not the sentence's first subject
		}
	}
	if (w == "his" || w == "her") && i+1 < len(toks) && (toks[i+1].Lower == "office" || toks[i+1].Lower == "ministry" || toks[i+1].Lower == "government") && !covered(i+1) {
		// "the ICC prosecutor said his office had opened an
		// investigation": the speaker's own body
		if sp, ok := speakerBefore(st, ms, extra, i); ok && sp != nil && !sp.Modifier && !sp.Place && (sp.Person || st.words.personTitles[toks[sp.End-1].Lower] || sp.Kind == actors.KindOrg) {
			spk, end = sp, i+2
		}
	}
	return spk, end, false
}

// itOrThey resolves "it" or "they" as a clause's subject: the main
// subject earlier in this sentence ("Britain said it would"), a
// description resolved before in it ("The group rejected … and said it
// would"), else the last sentence's subject ("Russia and China vetoed …
// They also blocked": both, also); skip when "they" are people that are
// no actor ("Dozens of cadres made it to Europe, where they remain").
func (sc *refScan) itOrThey(i int, w string) (ref, also *actors.Mention, skip bool) {
	ctx, st, toks, ms, extra, covered := sc.ctx, sc.st, sc.toks, sc.ms, sc.extra, sc.covered
	// the main subject earlier in this sentence, else the last
	// subject; "it" is one state or body, never "the women"
	from, told := 0, false
	if w == "it" {
		from = clauseOfPronoun(toks, ms, i) // "X is …, but Turkey … insisted it": the clause's own subject (coref_names.go)
	}
	for j := range ms {
		if ms[j].Start >= from && ms[j].Start < i && (ms[j].Country != "" || ms[j].Kind == actors.KindOrg) && !ms[j].Person && !ms[j].Modifier && !ms[j].Place &&
			!(w == "it" && pluralActor(ms[j])) && !compared(toks, ms[j]) {
			if toldMedium(toks, ms[j]) {
				told = true // the medium told, whose teller this sentence names
				continue
			}
			ref = &ms[j]
			break
		}
	}
	for j := range extra {
		// "The group rejected … and said it would": a description
		// resolved before in the sentence
		if (ref == nil || extra[j].Start < ref.Start) && !extra[j].Person && (extra[j].Country != "" || extra[j].Kind == actors.KindOrg) &&
			!(w == "it" && pluralActor(extra[j])) {
			ref = &extra[j]
			break
		}
	}
	if ref == nil && w == "they" && plainPluralSubject(toks, ms, i) {
		return nil, nil, true // "Dozens of cadres made it to Europe, where they remain …": the cadres, no actor (sources_structure.go)
	}
	if w == "they" && (sc.theyNone || ref == nil && ctx.theyNone) {
		// "Kurdish officials asked the Syrian government to
		// intervene. But they denied …, though they did not deny":
		// the people of the last subject, no actor, not the party
		// they acted on
		sc.theyNone = true
		return nil, nil, true
	}
	if w == "they" && ref != nil && contactRelative(toks, covered, ms, ref, i) {
		return nil, nil, true // "force the Syrian regime to make concessions they have refused": whose, unsure (coref_names.go)
	}
	if ref == nil && !told {
		// the last sentence's: for "they" its one plural
		// subject, for "it" a subject that is a state or a body
		// (coref_pronouns.go)
		if w == "they" && (!ctx.theyQuoted || isQuote(toks[0].Text)) {
			ref = ctx.theyAnte
			also = ctx.theyAlso
		} else if ctx.lastSubj != nil && st.words.itAntecedent(*ctx.lastSubj) && !st.words.nameSubjectBefore(toks, covered, i) {
			ref = ctx.lastSubj
		}
	}
	if w == "they" && ref != nil && ref != ctx.lastSubj && singularActor(toks, ms, *ref) && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj) &&
		hasSector(*ctx.lastSubj, "MIL", "REB", "COP", "UAF") && st.words.saidBetween(toks, ref.End, i) {
		// "Turkish troops shelled … Ankara said they had killed":
		// "they" means the forces last in the news, not one state;
		// only when the state is the speaker right before "they"
		// (else "urged Britain to support Syria's Kurds as they
		// face…" gave the women of an earlier sentence)
		ref = ctx.lastSubj
	}
	return ref, also, false
}

// them resolves "them" to the nearest people before that are not the
// subject of the verb governing it, else the last sentence's plural
// subject: "Protesters stormed parliament … Police fired tear gas at
// them".
func (sc *refScan) them(i int) (ref *actors.Mention) {
	ctx, st, toks, ms := sc.ctx, sc.st, sc.toks, sc.ms
	// the nearest people before that are not the subject of the
	// verb governing "them", else the last sentence's: "Protesters
	// stormed parliament … Police fired tear gas at them"
	for j := len(ms) - 1; j >= 0 && ref == nil; j-- {
		if ms[j].Start < i && pluralActor(ms[j]) && !ms[j].Modifier && !ms[j].Place && !subjectOf(st, ms, ms[j], i) && !compared(toks, ms[j]) {
			ref = &ms[j]
		}
	}
	if ref == nil && ctx.lastSubj != nil && pluralActor(*ctx.lastSubj) && !plurals(ms, i) {
		ref = ctx.lastSubj
	}
	return ref
}

// heOrShe resolves "he" or "she" as a subject: the nearest person before
// that is a subject ("Trump has said he"), else the sentence's first
// person, a one-person office that is its subject ("The Russian foreign
// minister met his Chinese counterpart …, and he later flew"), a person
// noun ("Police shot dead the gunman after he opened fire"), else the
// person last named who fits ("Giorgia Meloni met Keir Starmer … She
// said" is Meloni).
func (sc *refScan) heOrShe(i int, w string) (ref *actors.Mention) {
	c, ctx, st, toks, ms, extra, covered := sc.c, sc.ctx, sc.st, sc.toks, sc.ms, sc.extra, sc.covered
	// the nearest person before that is a subject ("Trump has said
	// he"), else the sentence's first person, else the subject
	// person of the last sentence naming one: "Giorgia Meloni met
	// Keir Starmer … She said" is Meloni
	var cands []*actors.Mention
	for j := range ms {
		if ms[j].Start < i && ms[j].Person && c.fits(ms[j], w) && !compared(toks, ms[j]) && !asideFromPronoun(toks, ms[j], i) {
			cands = append(cands, &ms[j])
		}
	}
	for j := range extra {
		if extra[j].Start < i && extra[j].Person && c.fits(extra[j], w) && !asideFromPronoun(toks, extra[j], i) { // "Hunt said he wanted"
			cands = append(cands, &extra[j])
		}
	}
	sort.Slice(cands, func(a, b int) bool { return cands[a].Start < cands[b].Start })
	for j := len(cands) - 1; j >= 0 && ref == nil; j-- {
		if subjectAt(toks, cands[j].End) {
			ref = cands[j]
		}
	}
	if ref == nil && len(cands) > 0 {
		ref = cands[0]
	}
	if ref == nil {
		// "The Russian foreign minister met his Chinese counterpart
		// …, and he later flew to Pyongyang": a one-person office
		// that is the sentence's subject
		for j := range ms {
			if m := &ms[j]; m.Start < i && !m.Modifier && !m.Place && !m.Plural && m.End > m.Start && m.Country != "" &&
				st.words.personTitles[toks[m.End-1].Lower] && subjectAt(toks, m.End) {
				ref = m
				break
			}
		}
	}
	if ref == nil {
		ref = st.words.personNounMention(toks, ms, i) // "Police shot dead the gunman after he opened fire": the gunman
	}
	if ref == nil && !c.unknownPersonBefore(st, ms, i) && !st.words.personNounBefore(toks, covered, i) {
		ref = ctx.recentPers() // (coref_pronouns.go)
		if ref != nil && !c.fits(*ref, w) {
			// "Kamala Harris met Fumio Kishida … He praised": the
			// next person that can be meant
			ref = nil
			for j := range ctx.lastPeople {
				if p := &ctx.lastPeople[j]; c.fits(*p, w) {
					ref = p
					break
				}
			}
		}
	}
	return ref
}

// him resolves "him" to the nearest person before that is not the
// subject of the verb governing it: "held talks with him", "Putin told
// him".
func (sc *refScan) him(i int) (ref *actors.Mention) {
	st, ms := sc.st, sc.ms
	// the nearest person before that is not the subject of the
	// verb governing "him": "held talks with him", "Putin told him"
	for j := len(ms) - 1; j >= 0; j-- {
		if ms[j].Start < i && ms[j].Person && !subjectOf(st, ms, ms[j], i) {
			ref = &ms[j]
			break
		}
	}
	if ref == nil {
		// "A gunman opened fire … before police shot him dead": the one
		// unnamed attacker before, an agent of [lone attackers]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < i && m.End > m.Start && !m.Plural && !m.Place && !m.Modifier && st.words.loneAttackers[st.toks[m.End-1].Lower] && !subjectOf(st, ms, m, i) {
				ref = &ms[j]
				break
			}
		}
	}
	return ref
}

// otherKorea resolves "the North" or "the South" in a story about the two
// Koreas to the other one: "South Korea warned the North against further
// launches" (PRK).
func (sc *refScan) otherKorea(i int) (ref *actors.Mention, end int) {
	c, toks := sc.c, sc.toks
	// "South Korea warned the North against further launches": in
	// a story about the two Koreas, the other one
	code := "PRK"
	if toks[i+1].Text == "South" {
		code = "KOR"
	}
	m := actors.Mention{Kind: actors.KindCountry}
	m.Code, m.Country, m.Sectors, m.Name = code, code, []string{}, c.matcher.Dictionary().Name(code)
	ref = &m
	end = i + 2
	return ref, end
}

// description resolves a definite description to the organisation or
// state named before, an organisation in this sentence first: "The bloc
// said", "the alliance pledged", "warned Hezbollah … if the group kept
// firing rockets"; "the alliance's chief" is the one who leads it
// (titled).
func (sc *refScan) description(i int) (ref *actors.Mention, end int, titled bool) {
	c, ctx, st, toks, ms, covered := sc.c, sc.ctx, sc.st, sc.toks, sc.ms, sc.covered
	// (after a preposition only an organisation's own: "strikes on
	// the group's positions", not "in the country's north")
	// "The bloc said", "the alliance pledged", "the kingdom's
	// oil minister": the organisation or state named before, an
	// organisation in this sentence first ("warned Hezbollah …
	// if the group kept firing rockets")
	if d := describes(toks[i+1].Lower); d == "org" || d == "igo" {
		ref = orgBefore(ms, i, d == "igo")
	}
	if ref == nil {
		ref = ctx.described(c, toks[i+1].Lower)
	}
	if ref != nil && subordinateOrg(toks, ms, i) && !namedBefore(ms, i, ref.Code) {
		ref = nil // (a clause's "the group" only for one this sentence named)
	}
	if s := sentenceState(toks, ms, i); s != "" && ref != nil && describes(toks[i+1].Lower) == "state" && (i == 0 || !strings.HasPrefix(toks[i-1].Tag, "VB") && toks[i-1].Tag != "IN" || st.words.sayingVerbs[toks[i-1].Lemma]) {
		ref = &actors.Mention{Actor: dyad.Actor{Code: s, Country: s, Sectors: []string{}, Name: c.matcher.Dictionary().Name(s)}, Kind: actors.KindCountry} // (falseevents_opinion.go)
	}
	end = i + 2
	if ref != nil && i+3 < len(toks) && isPossTok(toks[i+2]) && !covered(i+3) && st.words.ownerTitles[toks[i+3].Lower] {
		end = i + 4 // "the alliance's chief": the one who leads it
		titled = true
	}
	return ref, end, titled
}

// earlierName resolves a surname or given name to the person of that name
// named earlier ("Albanese"), or to the one office holder of that name
// the dictionary knows ("Putin, whose forces …, met Trump"); a full name
// named before runs to its last part.
func (sc *refScan) earlierName(i int, w string) (ref *actors.Mention, end int) {
	c, ctx, st, toks, ms, covered := sc.c, sc.ctx, sc.st, sc.toks, sc.ms, sc.covered
	end = i + 1
	// a surname (or given name) of a person named earlier: "Albanese"
	if p, ok := ctx.names[w]; !ok && ctx.pubDate != "" && loneName(st, i) && !ctx.unknownName(st, ms, i) {
		// or of the one office holder of that name the dictionary
		// knows: "Putin, whose forces …, met Trump"
		if a, ok := c.matcher.Holder(w, ctx.pubDate); ok && !(len(a.Code) == 3 && c.givenLike(toks, i)) {
			ref = &actors.Mention{Actor: a, Person: true, Kind: actors.KindPerson}
		}
	} else if ok {
		p := p // (copied to the heap only when taken)
		ref = &p
		for end < len(toks) && toks[end].Tag == "NNP" && !covered(end) {
			if q, ok := ctx.names[toks[end].Lower]; ok && q.Code == p.Code {
				end++
				continue
			}
			break
		}
	}
	return ref, end
}

// reference is the mention ref refers to, spanning tokens i to end: a
// country's "leader" is its government (titled), a person takes the
// honorific before the name ("met Mr Putin").
func (sc *refScan) reference(i, end int, ref *actors.Mention, titled bool) actors.Mention {
	st, toks, covered := sc.st, sc.toks, sc.covered
	r := *ref
	if titled {
		r.Person = true
		if r.Kind == actors.KindCountry || r.Kind == actors.KindCapital {
			r.Code, r.Sectors = r.Country+"GOV", []string{"GOV"} // "the country's leader"
		}
	}
	start := i
	if r.Person && i > 0 && isHonorific(strings.TrimSuffix(toks[i-1].Lower, ".")) && !covered(i-1) {
		start = i - 1 // "met Mr Putin": the honorific is the name's
	} else if r.Person && i > 1 && toks[i-1].Text == "." && isHonorific(toks[i-2].Lower) && !covered(i-2) {
		start = i - 2 // "shot Mr. Paddock" (the tokenizer leaves the period a token)
	}
	if r.Person && r.FullName == "" && r.Text != "" {
		r.FullName = r.Text // "Harris" after "Kamala Harris": her gender for a later "he" (actors.Genders.Of)
	}
	r.Start, r.End = start, end
	r.Text = st.s.Text[toks[start].Start:toks[end-1].End]
	r.Span = [2]int{toks[start].Start, toks[end-1].End}
	r.Kind = "coref"
	r.Possessive = false
	return r
}

// persuadedIt reports "it" at i as the object of a persuading verb (the
// [persuading verbs] of words.txt) before "to" and a verb ("urged China
// to help persuade it to return to talks"), a party told to act, when the
// last sentence's subject is a state or body "it" can mean that this
// sentence has not named before i (the subject's own state is not the one
// persuaded) and names no organisation before i, nor a proper name that
// is no actor (either may be what "it" means): that subject is then its
// antecedent.
func (sc *refScan) persuadedIt(i int) bool {
	ctx, st, toks := sc.ctx, sc.st, sc.toks
	if i == 0 || i+2 >= len(toks) || toks[i].Tag != "PRP" || !st.words.persuadingVerbs[toks[i-1].Lemma] || toks[i+1].Lower != "to" || toks[i+2].Tag != "VB" {
		return false
	}
	for _, m := range sc.ms {
		if m.Start < i && m.Kind == actors.KindOrg {
			return false // "Turkey, one of the bodies sponsoring the SNC, had been urging it to attend": maybe that body
		}
	}
	for k := 0; k < i; k++ {
		if t := toks[k].Tag; t != "NNP" && t != "NNPS" {
			continue
		}
		named := false
		for _, m := range sc.ms {
			named = named || m.Start <= k && k < m.End
		}
		if !named {
			return false // a name no actor ("the SNC", "the Sochi conference") that "it" may mean
		}
	}
	s := ctx.lastSubj
	return s != nil && s.Country != "" && !s.Person && st.words.itAntecedent(*s) && !namedBeforeCountry(sc.ms, i, s.Country)
}

// laterSpeakers resolves the quotation pronouns at the tokens of later
// ("I", "we", "me", "us") whose speaker is a name the scan resolved after
// them: `"Putin blamed me," Clinton said` after "Hillary Clinton" earlier
// in the story (quotes.go).
func (sc *refScan) laterSpeakers(later []int) {
	if len(later) == 0 || len(sc.extra) == 0 {
		return
	}
	all := append(append([]actors.Mention(nil), sc.ms...), sc.extra...)
	sort.Slice(all, func(a, b int) bool { return all[a].Start < all[b].Start })
	for _, i := range later {
		if ref := quoteSpeaker(sc.st, all, i); ref != nil && ref.Start > i {
			sc.extra = append(sc.extra, sc.reference(i, i+1, ref, false))
		}
	}
}
