package events

// One sentence's analysis and coding: the verb hits, the per-sentence analysis
// (analyse), and codeSentence, which turns hits into events, with the helpers
// only it uses.

import (
	"slices"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/sentences"
)

func code(a *dyad.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// verbHit is a pattern matched in a sentence.
type verbHit struct {
	p       *Pattern
	head    int // token of the verb (or first noun)
	end     int // one past the last matched token
	passive bool
	status  dyad.Status
	code    string
	source  []actors.Mention
	target  []actors.Mention
	// accuser is who alleges the act, when it sits in an accusation's
	// scope ("Kyiv accused Moscow of massing troops"): the act's target
	// when the text names none
	accuser []actors.Mention
	// orderedBy is one past the token of the verb that orders the act
	// ("Putin ordered the army to strike"): its subject is the source
	orderedBy int
	// threat marks a code made by threatCode: the act is threatened or
	// planned, not done ("threatened to fire missiles at Guam")
	threat bool
	// undone marks a material act named only as what a rejection or
	// veto refuses ("rejected new EU sanctions"): no event, and no date
	// of the sentence is its
	undone bool
	// toll is one past the token of the verb this nominal attack is the
	// subject of ("a bomb … struck", "shelling killed"; attackToll): dates
	// written for that verb date the attack
	toll int
	// blamed marks a source taken from a later clause's blame ("…
	// killed 140 people, and the Houthis blamed Saudi Arabia";
	// blamedLater): an actor named, though not in the act's own phrase
	blamed bool
	// claimed marks an act named after a claim of responsibility's "for"
	// ("claimed responsibility for the shooting attack"; claimedFor),
	// whose targets stop at a time phrase (untimedTargets)
	claimed bool
	// foreigners marks a deportation whose only deportees were migrants
	// with no state named (foreignDeportees): an act with no target that
	// still needs none ("sent 200 migrants back to Turkey")
	foreigners bool
	// ownVictims marks mass violence or an assault with no victim named
	// nor place told, whose target is the perpetrator's own civilians:
	// with a list of sources, each its own ("accused China, Russia and
	// Iran of ethnic cleansing"; ownVictimTargets)
	ownVictims bool
}

// sentence holds the per-sentence analysis.
type sentence struct {
	s      *dyad.Sentence
	lex    *sentences.Lexicon // the tagger's lexicon: verb forms (PastOnly)
	words  *vocab             // the coder's word lists (vocab.go)
	toks   []dyad.Token
	ments  []actors.Mention
	at     []int // token → mention index, -1
	dates  []dateExpr
	isDate []bool // token belongs to a date expression (or its preposition)
	hits   []verbHit
	// reportDate is the date of the attribution verb ("said on Monday")
	reportDate *dateExpr
	reporter   *actors.Mention
	// speakers are the speech verbs of the sentence with their subjects,
	// each reporting the acts of its own report (reportedBy)
	speakers []speaker
	// prevPlace is the country of the city, town or region the story
	// named last before this sentence ("" when none): where "the city"
	// is (placeref.go)
	prevPlace string
	// prevFirst is the first actor of the sentence before (Code "" when
	// none): whose "its call" another rejects
	prevFirst actors.Mention
	// story counts the countries the sentences before named (the
	// article context's, nil when none): a city of another country is
	// no home for the people of this one (storyCountry)
	story map[string]int
	// dateline is the story's dateline place (nil for none): a name it
	// repeats is its town, and a namesake in its country is preferred
	// (place_dateline_namesake.go)
	dateline *storyDateline
	// usGeorgia marks a sentence whose "Georgia" is the U.S. state
	// (actors_usgeorgia.go): a place "Georgia" is the state's
	usGeorgia bool
	// raw holds the matcher's mentions before resolution, which placeAt
	// reads while ments is being built (place_names.go homeCountries): a
	// copy in the scratch, nil once resolve has returned (ments is then
	// non-nil whenever raw had a mention)
	raw []actors.Mention
	// pastPara marks a sentence with no date of its own that continues a
	// paragraph an earlier sentence dated two or more years before
	// publication (falseevents_history_paragraph.go)
	pastPara bool
	// then is the date an "at the time" of a sentence with no date of
	// its own refers back to (dates_at_the_time.go); nil for none
	then *dateExpr
	// absDates are the dates that write their year when the article has
	// no publication date (dates is empty then): dates_undated.go
	absDates []dateExpr
	// places are the place names at each token, for
	// placeCountriesNamed (placeRuns); nil until first asked
	places []placeRun
	// fixedDates are the date expressions of toks read against a fixed
	// reference day, for dateWordsAt; read once, when first asked
	fixedDates     []dateExpr
	fixedDatesRead bool
}

// analyse finds and resolves the actors and dates of a sentence.
func (c *Coder) analyse(ctx *articleCtx, s *dyad.Sentence) *sentence {
	ms := c.matcher.Find(s, ctx.pubDate)
	ms = dropMentions(s.Tokens, ms, ownedPlatform)                                                                 // "his Facebook page" names no company (nonactors.go)
	ms = dropMentions(s.Tokens, ms, monitoringAgency)                                                              // "monitored by the BBC" (monitor_agency.go)
	ms = dropMentions(s.Tokens, ms, func(_ []dyad.Token, m actors.Mention) bool { return c.capitalSurname(s, m) }) // "Bob Wellington said" (capital_surname.go)
	early := ctx.mentionCodes(ms)                                                                                  // (--why only: why_actors.go)
	ms = c.words.unnamedAttackers(s.Tokens, ms)                                                                    // "A man on a motorbike threw a grenade" (sources_unnamed_attacker.go)
	ctx.noteMentionsOf(s.Index, "unnamedAttackers", "an attacker named by what he rode or wore", early, ms)
	ms = c.rolesOnEventDay(s, ms, ctx.pub, ctx.pubDate) // "President Mugabe resigned on Tuesday" in a Wednesday story (eventday.go)
	ctx.noteMentionsOf(s.Index, "rolesOnEventDay", "a person's role on the day the sentence dates", early, ms)
	ms = c.resignedOnDay(s, ms, ctx.pub, ctx.pubDate) // "President X resigned on Friday", the day the role ended (resign_day.go)
	ctx.noteMentionsOf(s.Index, "resignedOnDay", "a role on the day before it ended", early, ms)
	ms = c.ledCoalitions(ctx, s, ms) // "the Saudi-led coalition bombed" (actors_forces.go)
	ctx.noteMentionsOf(s.Index, "ledCoalitions", "a coalition is its leading state's forces", early, ms)
	c.seatOfEU(s.Tokens, ms)
	ctx.noteMentionsOf(s.Index, "seatOfEU", "a seat of the EU's institutions", early, ms)
	unshareRoles(s.Tokens, ms) // "in Syria, and the Syrian government" (nonactors.go)
	ctx.noteMentionsOf(s.Index, "unshareRoles", "a role not shared across a place", early, ms)
	// raw is a copy of the matcher's mentions in the scratch: resolve
	// filters and appends into ms's array in place while placeAt reads raw
	ctx.buf.raw = append(ctx.buf.raw[:0], ms...)
	// the sentence value is the scratch's, reused: nothing keeps a
	// sentence past its own (the scratch's unknownAgent is cleared after
	// each use, a refScan lives in one call); when the coder explains, a
	// trace holds it, and each sentence has its own
	st := &ctx.buf.sent
	if ctx.drops != nil || ctx.traces != nil {
		st = new(sentence)
	}
	*st = sentence{s: s, toks: invertedIf(handsAgent(s.Tokens)), at: zeroed(&ctx.buf.at, len(s.Tokens)), prevPlace: ctx.lastPlace, prevFirst: ctx.prevFirst, lex: c.lex, words: c.words, story: ctx.countries, dateline: ctx.datelinePlace, raw: ctx.buf.raw}
	st.ments = c.resolve(ctx, st, ms)
	st.raw = nil                      // read only while ments is nil, and the scratch is the next sentence's
	was := ctx.mentionCodes(st.ments) // (--why only: why_actors.go)
	c.widenToJurisdiction(st)         // "the mayor of Lviv accused": one mention (actors_places.go)
	ctx.noteMentions(st, "widenToJurisdiction", "an office of a place named after it", was, st.ments)
	opponentsOf(st) // "opponents of President Daniel Ortega": the opposition (opponents_of.go)
	ctx.noteMentions(st, "opponentsOf", "opponents of a leader are the opposition", was, st.ments)
	governingFighters(st) // "Tajik border guards and Taliban fighters exchanged fire": AFGMIL (taliban_fighters.go)
	ctx.noteMentions(st, "governingFighters", "a governing movement's fighters are its state's forces", was, st.ments)
	var toldGeorgia bool
	toldGeorgia, st.usGeorgia = c.words.usGeorgia(st.toks, st.ments, c.gaz, ctx.usGeorgia) // "Georgia Governor X … in Atlanta": the U.S. state (actors_usgeorgia.go)
	ctx.usGeorgia = ctx.usGeorgia || toldGeorgia
	ctx.noteMentions(st, "usGeorgia", "Georgia the U.S. state", was, st.ments)
	c.townActors(st) // "police in Lebanon, Pennsylvania": USACOP (place_country_towns.go)
	ctx.noteMentions(st, "townActors", "a town named like a country", was, st.ments)
	c.federalStates(ctx, st) // "the Federal Government" of an Australian story (actors_forces.go)
	ctx.noteMentions(st, "federalStates", "the federal government of the story's federation", was, st.ments)
	ownersOfHisHer(st, c.matcher.Dictionary().Name) // "his ambassador" of the office holder before it (actors_forces.go)
	ctx.noteMentions(st, "ownersOfHisHer", "an office of the office holder named before", was, st.ments)
	otherCounterparts(st, c.matcher.Dictionary().Name) // "visited Nairobi … talks with his counterpart": KENGOV (actors_counterpart.go)
	ctx.noteMentions(st, "otherCounterparts", "a counterpart of the other state", was, st.ments)
	sameOfficeCounterparts(st) // "border guards … their Indian counterparts": INDMIL (actors_counterpart_office.go)
	ctx.noteMentions(st, "sameOfficeCounterparts", "counterparts of the same office", was, st.ments)
	for i := range st.at {
		st.at[i] = -1
	}
	for k, m := range st.ments {
		for i := m.Start; i < m.End; i++ {
			st.at[i] = k
		}
		if m.Kind == actors.KindCountry || m.Kind == actors.KindCapital || m.Kind == actors.KindOrg && m.Text != "" && strings.HasPrefix(m.Name, "Kremlin") {
			j := m.Start - 1
			for j >= 0 && (st.toks[j].Lower == "the" || st.toks[j].Tag == "NN" && !startsUpperASCII(st.toks[j].Text) && strings.HasSuffix(st.toks[j].Lower, "ern")) {
				j-- // "in the north", "in northern Israel"
			}
			if j >= 0 {
				switch st.toks[j].Lower {
				case "in", "at", "near", "into", "across", "around", "inside", "outside", "through", "within", "throughout":
					st.ments[k].Place = true
				}
			}
			if c.qualifierOfPlace(st, m) || c.countryNamedTown(st, m) {
				// "Police in Hyderabad, Pakistan, detained …" (place_names.go); "in Lebanon, Pennsylvania" (place_country_towns.go)
				st.ments[k].Place, st.ments[k].Modifier = true, true
			}
		}
	}
	st.dates = findDates(st.toks, ctx.pub, func() nextDay { return c.nextDayAhead(ctx, st) })
	st.dates = thatMonth(st.toks, st.dates, ctx.yearNamed) // "in February 2022 … that September" (dates_that_month.go)
	st.isDate = zeroed(&ctx.buf.isDate, len(st.toks))
	marks := st.dates
	if ctx.pub.IsZero() {
		// no publication date: nothing resolves, but "on Tuesday" is still a
		// date expression, not a noun phrase
		marks = findDates(st.toks, time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC), nil)
		st.absDates = absoluteDates(st.toks) // "In 1997, …" still dates (dates_undated.go)
	}
	for _, d := range marks {
		for k := d.start; k < d.end; k++ {
			st.isDate[k] = true
		}
		if d.start > 0 && (st.toks[d.start-1].Lower == "on" || st.toks[d.start-1].Lower == "in" || st.toks[d.start-1].Lower == "since" || st.toks[d.start-1].Lower == "earlier" || st.toks[d.start-1].Lower == "late" || st.toks[d.start-1].Lower == "early") {
			st.isDate[d.start-1] = true
		}
	}
	st.dates = dropStateSince(st.toks, st.dates)           // "freed an American held since 2022" (coop.go)
	st.dates = thatMonth(st.toks, st.dates, ctx.yearNamed) // "in February 2022 … that September" (dates_that_month.go)
	ctx.yearNamed = yearWritten(st.toks, st.dates, ctx.yearNamed)
	st.pastPara = anchorPastParagraph(ctx, st) // "In 1998, … . In retaliation, Mr. Clinton ordered …" (falseevents_history_paragraph.go)
	st.then = thenDate(ctx, st)                // "In December, the EU pledged … . The move was welcomed at the time by Beijing" (dates_at_the_time.go)
	return st
}

func (c *Coder) codeSentence(ctx *articleCtx, s *dyad.Sentence) []dyad.Event {
	st := c.analyse(ctx, s)
	if c.topics.sentenceOff(st.toks, st.words.sportVenues) || linkLine(st) {
		ctx.drop(st, nil, WhyOffSentence)
		c.remember(ctx, st)
		return nil // a sports result, a market report or a "Read more:" link inside a news story
	}

	hits := c.findHits(st)
	for k := range hits {
		if !hits[k].p.has(flagSpeech) {
			c.clauseStatus(st, &hits[k])
		}
	}
	// attribution: a speech verb's subject reports everything else
	for _, h := range hits {
		if h.p.has(flagSpeech) && h.p.Code == "010" && (st.toks[h.head].Tag == "VBD" || st.toks[h.head].Tag == "VBZ" || st.toks[h.head].Tag == "VBN" && !h.passive) {
			src := c.subject(st, h.head)
			if inv := c.invertedSpeaker(st, h.head); inv != nil && (len(src) == 0 || !placedSubject(st, speaker{head: h.head, subj: src})) {
				src = inv // "…, said the ministry": the subject after the verb (inverted_speaker.go)
			}
			if st.reporter != nil {
				if len(src) > 0 {
					st.speakers = append(st.speakers, speaker{head: h.head, subj: src})
				}
				continue
			}
			if len(src) > 0 {
				r := src[0]
				st.reporter = &r
				st.speakers = append(st.speakers, speaker{head: h.head, subj: src})
				st.hits = hits
				for k := range st.dates {
					if c.nearestHit(st, st.dates[k].start) == h.head {
						st.reportDate = &st.dates[k]
					}
				}
			}
		}
	}
	if st.reporter == nil {
		st.reporter = c.accordingTo(st)
	}

	st.hits = hits
	scopeStatus := zeroed(&ctx.buf.scopeStatus, len(st.toks))
	scopeSubj := zeroed(&ctx.buf.scopeSubj, len(st.toks))
	scopeAccuser := zeroed(&ctx.buf.scopeAccuser, len(st.toks))
	claimer, inClaim := c.claimScopes(st, scopeStatus, scopeSubj, zeroed(&ctx.buf.inClaim, len(st.toks)))
	live := make([]bool, len(hits))
	var extra []verbHit // events implied by others: the accusation a denial answers
	for k := range hits {
		h := &hits[k]
		if h.p.has(flagSpeech) || h.p.has(flagIntent) && !h.p.has(flagThreat) && h.code == "030" {
			continue
		}
		objectProtest(st, hits, k) // "fired tear gas at protesters demanding …": their protest (protest_objects.go)
		if c.noEvent(ctx, st, h) {
			ctx.drop(st, h, WhyNotEvent)
			continue
		}
		if preventedFrom(st.toks, h.head) {
			ctx.drop(st, h, WhyNotEvent) // "stop protesters from storming the palace": it did not happen (prevented_from.go)
			continue
		}
		if signedAlone(st.toks, h) {
			ctx.drop(st, h, WhyNotEvent) // "Abbas signed a document suspending …" (falseevents_readings.go)
			continue
		}
		between := false
		ofBy := false // a headline's bare act noun with its by-agent (passive.go)
		var usrc, utgt []actors.Mention
		under := false
		if h.p.Noun || st.toks[h.head].Tag == "VBG" {
			usrc, utgt, under = c.cameUnder(st, h) // "came under attack from the RSF", "under heavy shelling"
		}
		switch {
		case under:
			h.source, h.target = usrc, utgt
			between = true
		case h.orderedBy > 0 && len(c.orderer(st, h.orderedBy-1)) > 0:
			h.source = c.orderer(st, h.orderedBy-1)
		case scopeStatus[h.head] != "" && scopeSubj[h.head] != nil && c.hasPronounSubject(st, h.head):
			h.source = scopeSubj[h.head]
		case scopeStatus[h.head] == dyad.Alleged && scopeSubj[h.head] != nil && st.toks[h.head].Tag == "VBG":
			h.source = scopeSubj[h.head]
		case mutualParties(c, st, h) != nil:
			// "brokered a meeting between the leaders of Thailand and
			// Cambodia", "the talks between Israeli and Hamas
			// negotiators": the two meet, with each other (verbal.go)
			h.source = mutualParties(c, st, h)
			between = true
		case !h.p.Noun && promised(st, h.head):
			m, _ := promiseFrom(st, h.head)
			h.source = []actors.Mention{m} // "a promise from Arafat to end attacks" (intent.go)
		case c.meetingAdjunct(st, h) != nil:
			h.source = c.meetingAdjunct(st, h) // ", at their first meeting since the war" (meeting_adjunct.go)
			between = true
		case h.p.Noun && len(c.weaponAgent(st, *h)) > 0:
			h.source = c.weaponAgent(st, *h) // "Rockets fired by Hezbollah hit an army base" (weapon_agent.go)
		case h.p.Noun:
			h.source = c.nounSourceOrWeapon(st, h.head) // (sources_structure.go)
		case st.toks[h.head].Tag == "VBG" && h.head > 0 && st.toks[h.head-1].Lower == "for":
			ctx.drop(st, h, WhyNotEvent)
			continue // a reason, not an event: "praised Saudi Arabia for hosting the talks"
		case st.toks[h.head].Tag == "VBG" && h.head > 0 && (st.toks[h.head-1].Lower == "after" || st.toks[h.head-1].Lower == "before" || st.toks[h.head-1].Lower == "since" || st.toks[h.head-1].Lower == "while" || st.toks[h.head-1].Lower == "when"):
			ctx.drop(st, h, WhyNotEvent)
			continue // background in a time phrase: "after seizing El Fasher"
		case st.toks[h.head].Tag == "VBG" && h.head > 0 && st.toks[h.head-1].Lower == "without":
			ctx.drop(st, h, WhyNotEvent)
			continue // the text says it did not happen: "without consulting parliament"
		case !h.p.Noun && gerundModifier(st, h.head) >= 0:
			// "killed in the Pakistani firing and shelling": a gerund noun
			// whose nationality adjective is its doer (sources_structure.go)
			h.source = c.group(st, gerundModifier(st, h.head))
		case !h.passive && c.ofByAgent(st, h.head) != nil:
			// "UN welcomes release of Nigerian girls by Boko Haram": a
			// headline's bare noun, done by its by-agent (passive.go)
			h.source = c.ofByAgent(st, h.head)
			ofBy = true
		case h.code != "042" && h.code != "043" && !h.passive && len(c.participleAgentOf(st, h.head)) > 0:
			h.source = c.participleAgentOf(st, h.head) // "Rockets fired by Hezbollah killed two soldiers" (participle_agent.go)
		default:
			h.source = c.dependantsGroup(st, c.subject(st, h.head)) // "Al-Shabaab members and their families withdrew" (sources_dependants.go)
			if j := conjoinedBase(st, h.head); j >= 0 && st.toks[j-1].Lower != "to" {
				if g := c.subject(st, j); len(g) > 0 {
					h.source = g // "Sudan will improve access, stop supporting rebels in South Sudan and cooperate" (conjoined_base.go)
				}
			}
			h.source = c.accuserConjunct(st, h, h.source) // "accused China of ramming boats with coast guard vessels, and demanded" (sources_conjuncts.go)
			h.source = c.presentConjunct(st, h, h.source) // "said it was vital that Iran take steps and called on all states" (sources_present.go)
			if len(h.source) == 0 && st.toks[h.head].Tag != "VBG" && !h.passive {
				h.source = c.headedSubject(st, h.head) // "Police in the southern city of Karachi arrested" (sources.go)
			}
			if len(h.source) == 0 {
				h.source = protestersDoing(st, h) // "fired tear gas at opposition supporters marching in Mombasa" (sources_structure.go)
			}
			if len(h.source) == 0 {
				h.source = c.speakerConjunct(st, h) // "said that Japan's decision was not enough and demanded" (sources_conjuncts.go)
			}
			if len(h.source) == 0 {
				h.source = c.eachSubject(st, h) // "Kyrgyzstan and Tajikistan traded fire, and each accused the other" (sources_conjuncts.go)
			}
		}
		if len(h.source) == 0 && h.p.Noun && h.code == "041" {
			h.source = c.callParties(st, h.head) // "Wang Yi told his Brazilian counterpart in a phone call"
		}
		if len(h.source) == 0 && (h.code == "042" || h.code == "043") && !h.passive && c.aidArrival(st, h) {
			// "vaccine doses, donated by the EU, arrived in Kinshasa": the
			// giver's aid to the place (participle_agent.go)
		} else if len(h.source) == 0 && (h.code == "042" || h.code == "043") {
			if src := c.aidCarrier(st, h.head); src != nil {
				// "a Qatari plane carrying medical supplies landed in
				// Damascus": the aid delivered, by the carrier's state
				h.source, h.code, h.passive = src, "073", false
				if t := c.placeAfter(st, h.end); t != nil && t[0].Country != src[0].Country {
					h.target = t // the place it landed in receives it
				}
				p := *h.p
				p.Flags |= flagNoTarget // (the place is the recipient, no object to find)
				h.p = &p
			}
		}
		if len(h.source) > 0 && h.code == "042" && c.reliefArrival(st, h) {
			// "Rescue teams from Turkey arrived in Myanmar to help search
			// for survivors": aid to the place reached (sources.go)
			h.code = "073"
			if t := c.placesReached(st, h); t != nil {
				h.target = t
			}
			p := *h.p
			p.Flags |= flagNoTarget
			h.p = &p
		} else if len(h.source) > 0 && cameo.Root(h.code) == "07" && !h.passive {
			if t := c.aidInto(st, h); t != nil {
				// "carried food and water into Gaza": the place the aid
				// enters receives it (sources.go)
				h.target = t
				p := *h.p
				p.Flags |= flagNoTarget
				h.p = &p
			}
		}
		if !h.passive && harm(h.code) && (len(h.source) == 0 || unnamedDoer(h.source)) {
			// "…, and Islamic State claimed responsibility", "claimed
			// responsibility for a suicide bombing": the claimant did it (claims.go)
			src := c.claimedLater(st, h)
			if len(src) == 0 && nounLike(st, h) {
				src = c.claimedFor(st, h)
				h.claimed = len(src) > 0
			}
			if len(src) > 0 {
				if unnamedDoer(h.source) && cameo.Root(h.code) == "19" && strings.Contains(strings.ToLower(h.source[0].Text), "suicide") {
					h.code = "1831" // "a suicide bomber killed …, and IS claimed responsibility": the bomber's means
				}
				h.source = src
			}
		}
		var mainTarget []actors.Mention
		if g := c.words.protestDemand(st, hits, live, k); g >= 0 {
			// "rallied outside parliament, demanding early elections":
			// the protest carries its demand (falseevents_adjuncts.go),
			// and the party the demand is made of when it names none
			demandTarget(&hits[g], st.toks, h.head, c.object(st, h))
			ctx.drop(st, h, WhyMerged)
			continue
		}
		if main, drop, ok := participleFrame(st, hits, live, k); ok {
			// "cut ties with Ecuador, calling the raid a violation": the
			// main clause's subject criticises (verbal.go)
			if drop {
				ctx.drop(st, h, WhyMerged)
				continue
			}
			h.source, mainTarget = main.source, main.target
		}
		if h.passive {
			by := c.byAgent(st, agentFrom(st, h))
			if len(by) == 0 {
				by = c.byAgentPastAdjuncts(st, agentFrom(st, h)) // "was abducted from a Tripoli hotel on Thursday by gunmen" (passive_adjuncts.go)
			}
			if by := dropWarModifiers(st, by); len(by) > 0 {
				h.target, h.source = h.source, by
				if t, ok := c.coordinatedPassiveTarget(st, h); ok {
					h.target = t // "arranged by Republican leaders and criticized by the Obama administration" (passive_coordinated.go)
				}
				if len(h.target) == 0 {
					h.target = c.passiveSubjectTarget(st, h)
				}
				if len(h.target) == 0 {
					h.target = c.conjoinedPassiveTarget(st, h) // "Rebels attacked Bangui but were repulsed by government troops" (passive.go)
				}
				if len(h.target) == 0 {
					h.target = c.passivePlaceTarget(st, h) // "Odesa was struck by Russian missiles"
				}
				if len(h.target) == 0 {
					h.target = c.afterBeingTarget(st, h) // "… after being urged by Trump" (targets_oblique.go)
				}
				if len(h.target) == 0 {
					h.target = c.passiveOnTarget(st, h) // "sanctions were imposed on Iran by the EU" (passive.go)
				}
				if r := c.passiveRecipient(st, h); len(r) > 0 {
					h.target = r // "were handed over to Chinese police by Thai authorities" (coop.go)
				}
				if r := c.setOffReactionTarget(st, h); len(r) > 0 {
					h.target = r // "vetoed the package on Thursday, criticised by Poland" (participle_agent.go)
				}
			} else if fp, code := c.fightPartner(st, h); fp != nil {
				// "was killed in a firefight with Israeli troops": the
				// other side of the fight (fight_passive.go)
				h.target, h.source, h.code = h.source, fp, code
			} else if from := c.expelledFrom(st, h); from != nil {
				h.target, h.source = h.source, from // "diplomats expelled from Germany" (targets_oblique.go)
			} else if cameo.Root(h.code) == "15" {
				// "Polish jets were scrambled": the forces show themselves
			} else {
				h.target, h.source = h.source, nil
			}
		} else if !h.p.has(flagNoTarget) && !between {
			h.target = c.object(st, h)
			if t := c.envoyHost(st, h); t != nil {
				h.target = t // "send a delegation to Tripoli": the host, not the envoy (envoy_host.go)
			}
			if o := c.contactObject(st, h); o != nil {
				h.target = o // "eight officials it accused of fraud" (relatives_contact.go)
			}
			if by := c.inquiryAgent(st, h); len(by) > 0 {
				h.target = by // "an inquiry into abuses by Belarusian forces" (grids.go)
			}
			if (h.p.Noun || ofBy) && len(h.target) > 0 && len(h.source) > 0 && h.target[0].Start == h.source[0].Start && h.source[0].Start > h.end {
				h.target = c.nounObject(st, h) // "the bombardment of Rafah by Israeli forces": Rafah, not the by-agent
			}
			if len(h.target) == 0 {
				h.target = c.objectPronoun(st, h)
			}
			if len(h.target) == 0 {
				h.target = whoseTarget(st, h) // "the governor, whose murder at the hands of bandits" (agenthands.go)

			}
			if len(h.target) == 0 {
				h.target = c.addresseeTarget(st, h) // "wrote to Starmer demanding an inquiry" (wording.go)
			}
			if len(h.target) == 0 {
				h.target = c.toldTarget(st, h) // "told Ukraine on Monday it would send air defences" (targets_told.go)
			}
			if len(h.target) == 0 && cameo.Root(h.code) == "04" {
				h.target = c.innerPartner(st, h) // "spoke to Volodymyr Zelensky by phone"
			}
			if len(h.target) == 0 {
				h.target = c.embassyOwner(st, h) // "protesters stormed its embassy in Tehran" (targets_embassy.go)
			}
			if len(h.target) == 0 {
				h.target = c.ownerObject(st, h) // "a drone struck their position"
			}
			if len(h.target) == 0 {
				h.target = candidateOwner(st, h) // "after Turkey ratified its accession protocol" (targets_implied.go)
			}
			if len(h.target) == 0 {
				h.target = c.coordinatedOwner(st, h) // "boarded navy boats and seized their rifles"
			}
			if len(h.target) == 0 {
				h.target = c.respondTarget(st, h) // "respond with force to any provocation by Seoul"
			}
			if len(h.target) == 0 {
				h.target = c.authorTarget(st, h) // "rejected a peace plan proposed by Ukraine"
			}
			if len(h.target) == 0 {
				h.target = c.farTarget(st, h) // "was hit by Indian missile strikes", ", a move Hamas condemned"
			}
			if len(h.target) == 0 {
				h.target = c.reactionTarget(st, h) // ", a result the opposition denounced"
			}
			if len(h.target) == 0 {
				h.target = c.coordinateReaction(st, h) // "…, and Kinshasa called the shooting an act of war" (reactions.go)
			}
			if len(h.target) == 0 {
				h.target = c.answeredClause(st, h) // "…, as Washington threatened tariffs" (targets_answered.go)
			}
			if len(h.target) == 0 {
				h.target = c.incursionAnswered(st, h) // "… after North Korean soldiers crossed the demarcation line" (targets_incursion.go)
			}
			if len(h.target) == 0 {
				h.target = c.alertAnswered(st, h) // "put troops on alert after Libya massed tanks" (targets_alert.go)
			}
			if len(h.target) == 0 {
				h.target = mainTarget
			}
			if len(h.target) > 0 && violatedParty(st, h, h.target[0]) {
				// "…, calling them a violation of Iraqi sovereignty": Iraq is
				// the one wronged; the act called so is the main clause's
				h.target = mainTarget
				if len(h.target) == 0 {
					h.target = c.coordinateReaction(st, h) // "…, Lebanon's army said, calling the flights a violation of Lebanese sovereignty": the flights' author (reactions.go)
				}
			}
		}
		if len(h.target) == 0 && !h.passive && !h.p.has(flagNoTarget) {
			h.target = c.apposedObject(st, h) // "detained the suspect, a Tunisian man" (apposed.go)
		}
		if (h.p.has(flagNoTarget) || len(h.target) == 0) && !h.passive {
			if own := c.inquiryOwner(st, h); len(own) > 0 {
				h.target = own // "an inquiry into Russia's attack" (grids.go)
			}
			if len(h.target) == 0 {
				h.target = c.bodyTaskTarget(st, h) // "sent a fact-finding mission to look into killings in Cameroon's …" (targets_inquiry_place.go)
			}
			if own := c.ownForcesInquiry(st, h); len(own) > 0 && len(h.target) == 0 {
				h.code, h.target = "093", own // "an inquiry into the conduct of its troops" (inquiry_own_forces.go)
			}
		}
		if t := c.borderPosture(st, h); t != nil {
			h.target = t // "raised its alert level on the border with Venezuela" (targets_border_posture.go)
		}
		if len(h.target) == 0 {
			h.target = c.apologyVictims(st, h) // "apologised for the use of force against protesters" (targets_apology.go)
		}
		if len(h.target) == 0 {
			h.target = condoledAid(st, hits, live, k) // "sent condolences to the Philippines … and pledged emergency aid" (condoled_aid.go)
		}
		if h.p.has(flagFrom) {
			// "drawing a sharp rebuke from Seoul": Seoul rebukes the subject
			src := c.actorAt(st, h.end, 3)
			src = giverFrom(st, h, src)     // "received jets from Denmark": Denmark (received.go)
			src = c.refugeGiver(st, h, src) // "took refuge in the Dutch embassy": the Netherlands (refuge.go)
			if len(h.source) == 0 {
				h.source = nominalSubject(st, hits, live, k) // "Uganda's crackdown … drew condemnation from" (lexconflict.go)
			}
			if len(src) == 0 || len(h.source) == 0 {
				ctx.drop(st, h, WhyNoSource)
				continue
			}
			h.source, h.target = src, h.source[:1]
		}
		if len(h.source) == 0 && len(h.target) > 0 && harm(h.code) && !h.passive {
			// "an Israeli air strike killed a Hamas commander": the verb's
			// subject is the nominal attack, whose target its object is
			for g := k - 1; g >= 0; g-- {
				if a := &hits[g]; live[g] && nounLike(st, a) && harm(a.code) && len(a.target) == 0 && a.end <= h.head && (h.head-a.end <= 1 || agentPhrase(st, a.end, h.head)) {
					a.target = h.target
					a.toll = h.head + 1 // (the verb's date is the attack's)
					break
				}
				if a := &hits[g]; live[g] && nounLike(st, a) && harm(a.code) && a.end <= h.head && attackPlacePhrase(st, a.end, h.head) {
					// "an Israeli airstrike on a car in southern Lebanon
					// killed three Hezbollah fighters" (targets_implied.go)
					if len(a.target) == 0 && fighters(h.target) || armedVictims(a.target, h.target) {
						a.target = h.target
					}
					a.toll = h.head + 1
					break
				}
			}
		}
		if len(h.source) == 0 && len(h.target) > 0 && harm(h.code) && !h.passive {
			if src, code := c.relativeStrike(st, h); len(src) > 0 {
				h.source, h.code = src, code // "an investigation into a NATO air strike that killed 14 civilians" (sources_relative_attack.go)
			}
		}
		if len(h.source) == 0 {
			h.source = possessedWeaponSource(st, h.head) // "said its jets struck" (actors_forces.go)
		}
		if len(h.source) == 0 && !h.p.Noun && !h.passive {
			h.source = c.namedUnitSource(st, h.head) // "said its Northern Fleet had begun drills" (sources_structure.go)
		}
		if len(h.source) == 0 && !h.p.Noun && !h.passive {
			h.source = agentNameSource(st, h.head) // "Zimbabwe's opposition MDC accused" (sources_named.go)
		}
		if blameSaid(st, h) {
			// "Abe said the launch was totally unacceptable": the critic is
			// who says it, never the subject of "be" (wording.go)
			src, tgt, ok := c.saidBlame(st, h)
			if !ok {
				ctx.drop(st, h, WhyNoSource)
				continue
			}
			h.source, h.target = src, tgt
		}
		if unpunishedSaid(st, h) {
			// "vowed that the strike would not go unpunished": the one who
			// vows threatens the strike's author (unpunished.go)
			src, tgt, status, ok := c.saidUnpunished(st, h)
			if !ok {
				ctx.drop(st, h, WhyNoSource)
				continue
			}
			h.source, h.target, h.status = src, tgt, status
		}
		if len(h.source) == 0 {
			tolled := false // "an air strike … killed": the attack's toll (sources_blamed.go)
			for g := range k {
				tolled = tolled || live[g] && hits[g].toll == h.head+1
			}
			if src, status := c.blamedLater(st, h, tolled); len(src) > 0 {
				h.source, h.status, h.blamed = src, status, true // "…, and the Houthis blamed Saudi Arabia" (sources_blamed.go)
			}
		}
		if len(h.source) == 0 && visitingGuest(st, h) != nil {
			h.source = c.visitingHost(st, h.head) // "held talks with visiting French President Macron": the talks' subject hosts (visiting_guest.go)
		}
		if len(h.source) == 0 {
			// a clause complement of an accusation or denial takes its subject
			if scopeSubj[h.head] == nil {
				ctx.drop(st, h, WhyNoSource)
				continue
			}
			h.source = scopeSubj[h.head]
		}
		if src := usedOwnPower(st, h); src != nil {
			h.source = src // "Russia's use of its UN Security Council veto" (sources_own_veto.go)
		}
		if len(h.target) == 0 && convenes(st, h) {
			ctx.drop(st, h, WhyNotEvent)
			continue // "the national security council will be meeting": a body convening
		}
		if h.p.has(flagDeny) {
			// a denial answers an accuser: the one named with the accusation
			// ("Washington's accusation", "UN accusations", "a Saudi
			// accusation"), the accusation it sits in, or the article's last one
			h.target = c.accuserOf(st, h)
			if len(h.target) > 0 && h.target[0].Code != h.source[0].Code && !c.words.deniedReport(st.toks, h) {
				acc := h.target[0] // (a denied report answers its reporter, who accused nobody: reports.go)
				extra = append(extra, verbHit{p: accusePattern, head: h.head, end: h.end, code: "112", status: dyad.Asserted,
					source: []actors.Mention{acc}, target: []actors.Mention{h.source[0]}})
			}
			if acc := scopeAccuser[h.head]; acc != nil {
				h.target = acc
			} else if len(h.target) == 0 && ctx.accuser != nil && ctx.accused == h.source[0].Country && !complementThat(st.toks, h.end) {
				// "denied the accusation": the accuser of an earlier sentence,
				// evidenced here by the words that refer to it
				h.target = []actors.Mention{referent(*ctx.accuser, st, h.end, phraseEnd(st.toks, h.end, 4))}
			}
			if len(h.target) == 0 {
				h.target = c.reportedAccuser(st, h) // "told the court that South Africa had …, rejecting the charge" (sources_conjuncts.go)
			}
			if len(h.target) == 0 {
				h.target = c.reactionTarget(st, h) // ", a charge the Israeli military denied"
				if acc, ok := c.reportedCharge(st, h, hits, live); ok {
					extra = append(extra, acc) // "said Philippine vessels had rammed its ship, a charge Manila denied" (charge_reported.go)
				}
			}
			if len(h.target) == 0 {
				h.target = c.coordinateReaction(st, h) // "…, and Saudi Arabia rejected the report" (reactions.go)
			}
			if len(h.target) == 0 {
				h.target = blamerOf(hits, live, k) // "Ukraine blamed Russia, which denied it" (denials.go)
			}
			if len(h.target) > 0 && h.target[0].Code == h.source[0].Code {
				h.target = nil
			}
		} else if scopeStatus[h.head] != "" && h.status == dyad.Asserted {
			h.status = scopeStatus[h.head]
		} else if scopeStatus[h.head] == dyad.Denied && h.status == dyad.Future {
			// "denied that the government had agreed to supply weapons to
			// Russia": the plan is what is denied (CODING.md, Accusations:
			// the act becomes denied), no plan the text vouches for
			h.status = dyad.Denied
		}
		if scopeStatus[h.head] == dyad.Alleged {
			h.accuser = scopeAccuser[h.head]
		}
		if embeddedPeopleTarget(st, h) {
			h.target = nil // "called for a fair division of childcare between parents" (targets_embedded.go)
		}
		extra = append(extra, c.claimed(st, h, claimer, inClaim)...)
		c.announcedTruce(st, h) // "announced a ceasefire between Israel and Hamas": the parties' own (targets_mediation.go)
		c.borderPair(st, h)     // "Thailand and Cambodia rushed troops to the disputed border" (targets_borderpair.go)
		c.agreedThatPair(st, h) // "Mexico and Guatemala agreed that their armies would patrol the border" (agreed_that.go)
		c.borderPartner(st, h)  // "began joint patrols along the frontier with Belarus" (targets_borderpair.go)
		if x, ok := c.mediatedTalks(st, h); ok {
			extra = append(extra, x) // the parties' own talks (targets_mediation.go)
		}
		if x, ok := c.hostedTalks(st, h); ok {
			extra = append(extra, x) // "hosted the presidents of Congo and Rwanda for talks": the guests' own talks (hosted_talks.go)
		}
		if x, ok := c.travelBanSanction(st, h); ok {
			extra = append(extra, x) // "an arms embargo and a travel ban on Uzbek officials": both 163 (travel_ban.go)
		}
		if x, ok := c.blamedFor(st, h); ok {
			extra = append(extra, x)
		}
		if x, ok := c.claimedNoun(st, h); ok {
			extra = append(extra, x) // "claimed the attack on a hotel in Mogadishu" (claims.go)
		}
		extra = append(extra, c.jointAttacks(st, h)...) // "launched a joint operation against Islamist insurgents" (joint_against.go)
		if cameo.Root(h.code) == "12" || st.toks[h.head].Lemma == "welcome" {
			// "rejected Seoul's offer of talks", "welcomed a Chinese offer
			// to mediate": the offer is an event too
			if x, ok := c.rejectedRequest(st, h); ok {
				extra = append(extra, x)
			}
			if len(h.target) == 0 && cameo.Root(h.code) == "12" {
				h.target = c.filingAuthor(st, h) // "rejected appeals by two candidates" (combine.go)
			}
		}
		// "Pakistan and India accused each other on Sunday of killing
		// civilians": the accused are the two accusers, not the victims of
		// the charge the object scan took
		if h.p.has(flagAccuse) && len(h.target) > 0 && len(h.source) == 2 && h.head+2 < len(st.toks) &&
			(st.toks[h.head+1].Lower == "each" && st.toks[h.head+2].Lower == "other" || st.toks[h.head+1].Lower == "one" && st.toks[h.head+2].Lower == "another") {
			h.target = nil
		}
		// "Russia and Ukraine accused each other of shelling the plant":
		// each allegedly shelled it
		if h.p.has(flagAccuse) && len(h.target) == 0 && len(h.source) == 2 && eachOther(st.toks, h.end) {
			for i := h.end; i < len(st.toks) && !scopeBreak(st, i) && !timeClause(st, i); i++ {
				scopeStatus[i] = dyad.Alleged
				scopeSubj[i] = h.source
			}
		}
		// scopes opened by accusations and denials
		if (h.p.has(flagAccuse) || strings.HasPrefix(h.code, "11")) && len(h.target) > 0 {
			if h.p.has(flagAccuse) {
				ctx.accuser, ctx.accused = &h.source[0], h.target[0].Country
			}
			ofNoun := false // the charge after "of" is a noun phrase, no gerund
			// (a time clause ends the charge: "accused Turkey of violating
			// its airspace after two farmers were killed"; timeClause)
			for i := h.end; i < len(st.toks) && !scopeBreak(st, i) && !(h.p.has(flagAccuse) && timeClause(st, i)); i++ {
				if st.toks[i].Lower == "of" && i+1 < len(st.toks) && st.toks[i+1].Tag != "VBG" {
					ofNoun = true
				}
				if ofNoun && st.toks[h.head].Tag == "VBG" && st.toks[i].Lower == "and" && i+1 < len(st.toks) && st.toks[i+1].Tag == "VBG" {
					break // "accusing him of a grave misjudgement and urging …": the writer's second act
				}
				if !h.p.has(flagAccuse) && (st.toks[i].Tag != "VBG" || !gerundOf(st.toks, i)) {
					continue // "condemned X for providing …": only the gerund is alleged, not ", sentencing them"
				}
				scopeStatus[i] = dyad.Alleged
				scopeSubj[i] = h.target
				scopeAccuser[i] = h.source
			}
		}
		if h.p.has(flagDeny) && !h.passive {
			// (a passive denial's object is its subject, before the verb:
			// "His claims were denied by Straw, who accused the Tories of
			// lying" leaves the denier's own accusation asserted)
			for i := h.end; i < len(st.toks) && !scopeBreak(st, i); i++ {
				scopeStatus[i] = dyad.Denied
				scopeSubj[i] = h.source
			}
		}
		if contactCharge(st, h.head) {
			// "eight officials it accused of fraud": the charge describes
			// the noun, background, and opens the alleged act's scope only
			// (relatives_contact.go)
			ctx.drop(st, h, WhyScreened)
			continue
		}
		live[k] = true
	}
	lost := ctx.lostSince(st, hits, live, nil, "") // (Explain: what the passes below set aside)
	// what a signed treaty promises is not coded separately: "signed
	// agreements normalising relations"
	for k := range hits {
		if !live[k] || hits[k].code != "057" {
			continue
		}
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if live[j] && st.toks[g.head].Tag == "VBG" && (g.head-hits[k].end <= 4 || commaParticiple(st.toks, hits[k].end, g.head)) && c.quad(g.code) <= 2 {
				// (also ", cutting tariffs on 90 percent of goods" after the deal's date and place)
				live[j] = false
			}
		}
	}
	// a purpose infinitive restating the act: "met in Islamabad to discuss
	// Afghanistan" is one meeting; "Japan scrambled jets to intercept
	// Russian bombers" one show of force by JPN (sentForce)
	for j := range hits {
		g := &hits[j]
		if g.head == 0 || st.toks[g.head-1].Lower != "to" {
			continue
		}
		for k := 0; k < j; k++ {
			if g.status != dyad.Hypothetical && !sentForce(&hits[k], g) {
				continue // (a dead one too: it would still take the act's date)
			}
			if live[k] && hits[k].head < g.head && cameo.Root(hits[k].code) == cameo.Root(g.code) && !clauseBreakBetween(st.toks, hits[k].head, g.head) {
				live[j] = false
				c.aidMerge(st, &hits[k], g) // "eased restrictions … to allow fuel trucks into Gaza": 0863 (coop.go)
				if len(hits[k].target) == 0 && sentForce(&hits[k], g) {
					// "scrambled fighter jets on Monday to intercept a Chinese
					// military plane": the force's target is the act's
					hits[k].target = g.target
				}
				g.head, g.end = hits[k].head, hits[k].end // one act: "met on Monday to discuss" dates the meeting
				break
			}
		}
	}
	// "marched … to demand higher salaries": one protest for a policy change
	for j := range hits {
		g := &hits[j]
		if g.head == 0 || st.toks[g.head-1].Lower != "to" && st.toks[g.head].Tag != "VBG" {
			// (", demanding the right to work", "marched through Dhaka on
			// Monday demanding that …": a participle telling the aim too)
			continue // (the demand may have no event of its own, no subject found past "went on strike": it still names the aim)
		}
		demand := leaderChangeAsked(st, hits, live, j)
		if _, ok := demandAim(demand); !ok {
			continue
		}
		for k := 0; k < j; k++ {
			if live[k] && cameo.Root(hits[k].code) == "14" && hits[k].head < g.head && !clauseBreakBetween(st.toks, hits[k].head, g.head) {
				live[j] = false
				hits[k].code = protestFor(hits[k].code, demand)
				if len(hits[k].target) == 0 {
					hits[k].target = c.thatSubject(st, g.head+1) // "to demand that the government ban lithium mining"
				}
				for x := range hits {
					if x != k && live[x] && hits[x].head > g.end && !clauseBreakBetween(st.toks, g.end, hits[x].head) && !subordinateBetween(st.toks, g.end, hits[x].head) && !coordinatedOwnSubject(st, &hits[x]) {
						live[x] = false // what is demanded is not done (demanded_scope.go: "…, and police dispersed them" is done)
					}
				}
				g.head, g.end = hits[k].head, hits[k].end // one act: "marched … on Monday to demand" dates the march
				break
			}
		}
	}
	laterDenials(st, hits, live)
	extra = append(extra, c.reportDenials(st, hits, live, extra)...) // reactions.go
	extra = append(extra, deniedAccusers(hits, live, extra)...)      // "South Korea and NATO accused …, and Pyongyang rejected the claims" (reactions.go)
	c.threatTargets(st, hits, live)
	c.retaliations(st, hits, live)    // retaliation.go: "retaliated after Cambodian forces shelled a village"
	returnFire(st, hits, live)        // returnfire.go: "and the South fired back"
	coordinatedDemand(st, hits, live) // targets.go
	sharedObject(st, hits, live)      // "condemned and threatened Finland" (shared_object.go)
	visitPledges(st, hits, live)      // "visited Beirut and promised aid" (targets_visitpledge.go)
	c.aidPurpose(st, hits, live)
	c.mandative(st, hits, live)
	c.combine(st, hits, live)
	c.words.ultimatums(st, hits, live) // ultimatum.go: "ordered X to leave or face deportation"
	lost = ctx.lostSince(st, hits, live, lost, WhyMerged)
	c.screen(ctx, st, hits, live)                // status_screen.go: modal scope, background, idioms
	c.screenDescribedActs(st, hits, live)        // falseevents_clauses.go: reduced relatives, sufferers' acts, contact participles
	violentManner(st, hits, live)                // protest_manner.go: "rallied …, throwing firebombs" is one 145
	c.screenPatientsAndQuestions(st, hits, live) // falseevents_clauses.go: questions, a state's organ meeting by itself
	c.screenHabitualAndPlaced(st, hits, live)    // falseevents_clauses.go: habitual relatives
	c.screenProvisionsAndGlosses(st, hits, live) // falseevents_clauses.go: what an agreement provides
	c.screenAims(st, hits, live)                 // falseevents_aims.go: "aimed at invading", "designed to rehearse"
	c.screenReadings(st, hits, live)             // falseevents_readings.go: "an operation to rescue", "sanctions relief"
	c.screenUndone(st, hits, live)               // falseevents_undone.go: "freed soldiers they had captured"
	lost = ctx.lostSince(st, hits, live, lost, WhyScreened)
	c.attackToll(st, hits, live)   // after screen: a toll screened out joins no attack
	c.rejectedActs(st, hits, live) // what is rejected or vetoed is not done
	ctx.lostSince(st, hits, live, lost, WhyMerged)
	for k := range extra {
		hits = append(hits, extra[k])
		live = append(live, true)
	}
	hits, live = c.mediatorParties(st, hits, live)
	var events []dyad.Event
	var cond []bool // cond[i]: events[i] is supposed in an if-clause (conditions.go)
	reported := st.reporter != nil
	for k := range hits {
		if hits[k].p.has(flagSpeech) && hits[k].code == "010" && (st.toks[hits[k].head].Tag == "VBD" || st.toks[hits[k].head].Tag == "VBZ") {
			reported = true // "UN investigators said …"
		}
	}
	attack := -1       // head of the last hit coded as an attack ("shelled …, killing two")
	attackFrom := -1   // index in events of that attack's first event
	var force *verbHit // the last act of force coded (roots 15–20): what a participle may tell more of (conflict.go)
	for k := range hits {
		if live[k] {
			h := &hits[k]
			tr := c.refineSteps(ctx, st, hits, live, k) // (refine_steps.go)
			if h.code != "" && consequence(st, h, attack) && attackFrom >= 0 {
				ids := ctx.idsOf(events[attackFrom:]) // (--why only: why_changes.go)
				for _, ev := range tollTarget(st, events[attackFrom:], h, attack) {
					events = append(events, ev) // the toll's other forces ("killing … police and soldiers")
					cond = append(cond, cond[attackFrom])
				}
				ctx.renamed(ids, events[attackFrom:])
				ctx.noteChanges("tollTarget", events) // (--why only: why_changes.go)
			}
			if h.code == "" {
				tr.noCode()
				continue
			}
			if unknownTitledSubject(st, h) {
				ctx.drop(st, h, WhyNoSource) // "Prime Minister Saad al-Hariri met Saudi Arabia's crown prince" (untitled_subject.go)
				continue
			}
			if h.status == dyad.Hypothetical && !openHypothesis(st, h) {
				ctx.drop(st, h, hypothesisWhy(st, h))
				continue
			}
			if siegeEndedByForce(st, h) && !siegeBreakers(h, force) {
				ctx.drop(st, h, WhyElaboration) // a hostage siege's end with no attackers told (sieges.go)
				continue
			}
			if consequence(st, h, attack) || attackFrom >= 0 && displacedByAttack(st, h, attack, events[attackFrom].CAMEO) || killedByAttack(st, h) || alongside(st, h) || joinsFight(st, h) || standingFight(st, h) || hostedThing(st, h) || tally(st, h) || beginnings(st, h) || sportFight(st, h) || editorial(st, h) || elaboration(st, h, force) {
				ctx.drop(st, h, WhyElaboration)
				continue
			}
			if st.toks[h.head].Lemma == "wound" && harmToll(st, h) {
				ctx.drop(st, h, WhyNotEvent) // the toll of an attack not coded: no attack of its own (woundNoAttack)
				continue
			}
			if t := c.visitedCity(st, h); t != nil {
				h.target = t // "arrived in Osaka for a two-day visit": Japan hosts (visited_city.go)
			}
			// (a mediation offered or planned is the mediator's intent,
			// 039, with no parties needed: "stood ready to mediate")
			if (h.code == "042" || h.code == "043" || h.p.has(flagNeedTarget) && !armedAttack(st, h) && !shipAttacked(st, h) && !allegedForce(st, h) && !h.foreigners && !(h.code == "039" || h.code == "045" && h.status == dyad.Future)) && len(h.target) == 0 &&
				!(h.p.has(flagMutual) && len(h.source) >= 2) {
				ctx.drop(st, h, WhyNoTarget)
				continue // a visit with no host, a block with no one blocked
			}
			if h.status == dyad.Future && cameo.Root(h.code) == "04" {
				// "said she would seek peace talks with the rebels": a
				// meeting or negotiation planned is its intent (036, 039
				// for mediation), whichever path made it future (CODING.md)
				h.code = intentCode(h.code)
				tr.after("intentCode", "a meeting or negotiation planned is an intent")
			}
			// the events of one hit (each source with each target, a visit
			// and its hosting) set aside for one reason are one line of
			// --why: "In March 2022, X visited Moscow" is one history
			var told []string
			dropOnce := func(why string) {
				if !slices.Contains(told, why) {
					told = append(told, why)
					ctx.drop(st, h, why)
				}
			}
			for _, ev := range c.expand(ctx, st, h) {
				if businessOnly(ev) {
					dropOnce(WhyBusiness)
					continue // commerce, not politics: "the company refused to say"
				}
				if c.words.votersAct(ev) {
					dropOnce(WhyNotEvent)
					continue // "voters rejected the ruling party": an election's outcome (falseevents_voters.go)
				}
				if history(ev.Date, ctx.pubDate) && !(reported && reportsFinding(st)) || defunct(ev.Source, ev.Evidence.Text) || defunct(ev.Target, ev.Evidence.Text) {
					dropOnce(WhyHistory)
					continue // a history retrospective: "Iraq invaded Kuwait in 1990", told
					// again by anyone ("…in 2014, officials said"); a finding
					// reported now ("investigators said … in 2017") is news
				}
				if !reported && !h.p.has(flagSpeech) && !strings.HasPrefix(h.code, "01") && ev.DateFrom != "text" && (st.toks[h.head].Tag == "VBD" || relative(st, h)) && c.past.former(ev.Source, ev.Evidence.Text, ctx.pubDate, relative(st, h)) {
					dropOnce(WhyFormer)
					continue // a past leader's act told as background: "Barack Obama refused to get involved";
					// a comment ("Rex Tillerson warned: …") is today's, and so is an
					// act the sentence dates ("Sheikh Hasina accused … on Monday")
				}
				events = append(events, ev)
				cond = append(cond, supposed(st, h))
				if harm(h.code) {
					if attack != h.head {
						attackFrom = len(events) - 1
					}
					attack = h.head
				}
				if forceAct(h.code) {
					force = h
				}
			}
		}
	}
	c.remember(ctx, st)
	events = lonelyConditions(events, cond)
	if ctx.traces == nil {
		return c.words.unaimed(st, coupFold(st, oneDenial(namedHosts(casualtyState(raidedCivilians(c.swapPeople(powTargets(accusedForce(events)))))))), func(e dyad.Event) { ctx.dropEvent(st, e, WhyUnaimed) }) // (targets_force.go, targets_far.go, targets_casualties.go, targets_raided.go, coups.go, unaimed.go)
	}
	return c.traceTargetSteps(ctx, st, events) // the same steps, each noted (why_changes.go)
}

// namedHosts drops a visit's host named only by its state or capital when
// the sentence codes the same visit with an office holder of that state
// ("made his first trip to Ankara, where Turkish President Tayyip Erdogan
// greeted him": the president is the host, not Turkey as well).
func namedHosts(evs []dyad.Event) []dyad.Event {
	bare := func(a *dyad.Actor) bool { return a != nil && len(a.Code) == 3 && a.Code == a.Country }
	covered := func(e dyad.Event) bool {
		for _, o := range evs {
			if o.CAMEO != e.CAMEO || o.Source == nil || o.Target == nil {
				continue
			}
			switch {
			case e.CAMEO == "042" && bare(e.Target) && o.Source.Code == e.Source.Code && !bare(o.Target) && o.Target.Country == e.Target.Country,
				e.CAMEO == "043" && bare(e.Source) && o.Target.Code == e.Target.Code && !bare(o.Source) && o.Source.Country == e.Source.Country:
				return true
			}
		}
		return false
	}
	return dropEvents(evs, func(e dyad.Event) bool {
		return (e.CAMEO == "042" || e.CAMEO == "043") && e.Source != nil && e.Target != nil && covered(e)
	})
}

// dropEvents returns evs without the events drop reports; evs itself,
// with no copy made, when it reports none.
func dropEvents(evs []dyad.Event, drop func(dyad.Event) bool) []dyad.Event {
	var out []dyad.Event // made only when an event is dropped
	for i, e := range evs {
		if drop(e) {
			if out == nil {
				out = append(make([]dyad.Event, 0, len(evs)), evs[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		return evs
	}
	return out
}

// gerundOf reports a gerund introduced by "for", "of" or "by" (quotes
// aside): "condemned North Korea for “fuelling …”, by “providing …”".
func gerundOf(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Text == "\"" || toks[k].Text == "“" || toks[k].Text == "'" || toks[k].Text == "‘") {
		k--
	}
	return k >= 0 && (toks[k].Lower == "for" || toks[k].Lower == "of" || toks[k].Lower == "by")
}

// betweenGroup returns the two or more actors of a "between A and B"
// phrase at token k, or nil.
func betweenGroup(c *Coder, st *sentence, k int) []actors.Mention {
	if k+1 >= len(st.toks) || st.toks[k].Lower != "between" {
		return nil
	}
	j := k + 1
	if st.toks[j].Lower == "the" && j+1 < len(st.toks) {
		j++
	}
	if st.at[j] < 0 && j+1 < len(st.toks) {
		j++ // "between the leaders of …" starts its mention a word on
	}
	if st.at[j] < 0 {
		return nil
	}
	if g := c.group(st, st.at[j]); len(g) >= 2 {
		return g
	}
	return nil
}

// sentForce reports that g's source is the country's own force named as
// the object of h, whose source is that country alone ("Japan scrambled
// jets to intercept …": the jets intercept for Japan, one act of JPN, as
// CODING.md codes a country named as the subject).
func sentForce(h, g *verbHit) bool {
	if len(h.source) != 1 || len(g.source) != 1 || len(h.source[0].Sectors) > 0 || h.source[0].Country == "" {
		return false
	}
	f := g.source[0]
	return f.Country == h.source[0].Country && hasSector(f, "MIL", "COP") && f.Start > h.head && f.End <= g.head
}
