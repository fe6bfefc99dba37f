package events

// Matched words that tell no event (CODING.md, Events), read by noEvent
// and the screens:
//
//   - idioms and figures of speech of event verbs ("met with
//     objections", "meets the criteria", "killed off any hope of talks",
//     "seized the opportunity", "charged ahead", "a bargain struck",
//     "officials were left scrambling"), and an event noun that only
//     modifies the noun after it ("protest groups such as …");
//   - "threaten" with an abstract object or a verb of harm to a state of
//     affairs ("threatens British interests", "threatens to undermine
//     the peace process") means endanger: no threat made to anyone;
//   - a state's organ meeting by itself (a cabinet or government that
//     meets, an emergency meeting a leader convenes, a minister meeting
//     his own advisers) is no consultation between actors: CAMEO's 04x
//     are contacts between two parties or more; a meeting with a named
//     partner, of an international body or among several states stays;
//   - "ask" with its object or agent and then a question word ("asked
//     Putin why troops were massing") puts a question, no request;
//   - a warning or appeal to the public to protect itself ("urged
//     residents to take shelter") is an advisory, no act toward another
//     actor; an inquiry into the cause of a crash or fire is no
//     political act either, and deaths in an accident or a disaster ("a
//     small plane crash killed 12 people") have no actor (CODING.md
//     codes nothing from weather and accidents);
//   - appealing a verdict is a court step, not an appeal to anyone, and
//     a defence by arms ("defended the Syrian city of Kobane from Isis")
//     is no verbal defence (052);
//   - events among businesses and the public alone ("the airline will
//     open new routes"), and a central bank's word on the economy ("the
//     central bank warned that debt could slow growth"): CODING.md codes
//     nothing from markets.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// seizedUpon reports "seize on" or "seize upon" in the active voice at
// h, the idiom for making use of something ("the U.S. has seized on
// demonstrations in Moscow", "Israel seized upon the remarks to
// criticise the UN"): nothing is taken, so no event of its own. A date
// after "on" ("rebels seized on Friday the town of …") and a passive
// ("weapons seized on the border", "was seized on a ship") keep the
// seizure.
func seizedUpon(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.passive || h.p.Noun || i+2 >= len(toks) {
		return false
	}
	if toks[i].Tag == "VBN" && (i == 0 || toks[i-1].Lemma != "have") {
		return false // a reduced passive: "arms seized on the border"
	}
	k := i + 1
	if toks[k].Tag == "RB" && k+2 < len(toks) {
		k++ // "seized eagerly on"
	}
	if toks[k].Lower != "on" && toks[k].Lower != "upon" {
		return false
	}
	if st.isDate[k] || st.isDate[k+1] {
		return false
	}
	_, wd := weekdays[toks[k+1].Lower]
	_, mo := months[toks[k+1].Lower]
	return !wd && !mo
}

// walkedFree reports "walk out of" at i with a place of confinement in
// the next four words ("walked out of Rebeuss prison", "walked out of
// custody"): a release (or an escape), no walkout (143). So is "walk
// out" with a manner of walking right after it ("walk out slowly", "walked
// out unharmed": walkManners). "Walked out of parliament" and "of the
// talks" stay protests and 164.
func (v *vocab) walkedFree(toks []dyad.Token, i int) bool {
	if i+2 < len(toks) && toks[i+1].Lower == "out" && v.walkManners[toks[i+2].Lower] {
		return true
	}
	if i+2 >= len(toks) || toks[i+1].Lower != "out" || toks[i+2].Lower != "of" {
		return false
	}
	for k := i + 3; k < len(toks) && k <= i+6; k++ {
		if v.confinements[toks[k].Lower] {
			return true
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NNP" && t != "NN" && t != "POS" && t != "PRP$" {
			return false
		}
	}
	return false
}

// shotThing reports "shoot" at i whose object's head noun (the last noun
// of the first noun phrase after it, modifiers before it) is in
// shotThings: "shot basketball hoops with students", "shot a campaign
// video in Kyiv". "shot a protester in the video" has its victim first.
func (v *vocab) shotThing(toks []dyad.Token, i int) bool {
	head := -1
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		t := toks[k].Tag
		if strings.HasPrefix(t, "NN") {
			head = k
			continue
		}
		if head >= 0 || t != "DT" && t != "JJ" && t != "PRP$" && t != "CD" && t != "HYPH" {
			break
		}
	}
	return head >= 0 && v.shotThings[toks[head].Lower]
}

// safetyAdvice reports a warning or appeal at h that tells people of
// the speaker's own country, or no named party, to protect themselves:
// "NHK urged residents in Hokkaido to take shelter", "the government
// warned citizens in its path to take cover", "forecasters urged people
// to stay indoors". Orders to leave or flee are not advice ("ordered all
// residents to leave within 72 hours": an expulsion).
func safetyAdvice(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !st.words.advisoryVerbs[toks[h.head].Lemma] || len(h.source) == 0 {
		return false
	}
	for _, t := range h.target {
		if t.Country != "" && t.Country != h.source[0].Country {
			return false // "Israel warned Lebanese residents to take shelter": toward another party
		}
	}
	end := clauseEnd(toks, h.head)
	for k := h.head + 1; k+2 < len(toks) && k < end && k <= h.head+12; k++ {
		if m := st.at[k]; m >= 0 && st.ments[m].Country != "" && st.ments[m].Country != h.source[0].Country && !(st.ments[m].Start > 0 && toks[st.ments[m].Start-1].Tag == "PRP$") {
			// ("warned its residents": the subject's own, whatever "its" resolved to)
			return false // "warned residents of southern Lebanon": another country's people
		}
		if toks[k].Lower != "to" {
			continue
		}
		if isQuote(toks[k+1].Text) && k+3 < len(toks) {
			k++ // to "duck and cover"
		}
		v, n := toks[k+1].Lower, toks[k+2].Lower
		switch v {
		case "take", "seek":
			return n == "cover" || n == "shelter" || n == "refuge" || n == "precautions"
		case "stay", "remain":
			return n == "indoors" || n == "inside" || n == "home" || n == "at" && k+3 < len(toks) && toks[k+3].Lower == "home"
		case "duck", "shelter", "boil":
			return true
		}
		return false
	}
	return false
}

// accidentInquiry reports an investigation at h into a mishap with no
// actor named after it ("would begin an investigation into the cause of
// the crash", "are investigating what caused the derailment"), or a
// mishap that is the subject of a passive "investigated" right before it
// ("the crash is being investigated by safety authorities"): a safety
// inquiry, not the political act of investigating (090); an inquiry a
// body opens or orders is that act (openedInquiry).
func accidentInquiry(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !strings.HasPrefix(h.code, "09") || len(h.target) > 0 || openedInquiry(st, h) {
		return false // "opened an inquiry into a stampede": the state's act (inquiry_opened.go)
	}
	if mishapSubject(st, h.head) {
		return true
	}
	end := clauseEnd(toks, h.head)
	for k := h.end; k < end && k <= h.end+8; k++ {
		if st.at[k] >= 0 && !st.ments[st.at[k]].Place {
			return false // "an inquiry into the crash of a Russian jet"? an actor named
		}
		if st.words.accidentNouns[toks[k].Lower] || st.words.mishapNouns[toks[k].Lower] || toks[k].Lower == "fire" && k > 0 && toks[k-1].Tag == "DT" && (k+1 >= len(toks) || toks[k+1].Tag != "IN" || toks[k+1].Lower == "at" || toks[k+1].Lower == "in") {
			return true
		}
	}
	return false
}

// mishapSubject reports a passive participle at head ("investigated")
// whose subject, before its auxiliaries ("is being", "has been"), is a
// mishap noun of [accident nouns] or [mishap nouns]: "The collapse is
// being investigated".
func mishapSubject(st *sentence, head int) bool {
	toks := st.toks
	if toks[head].Tag != "VBN" {
		return false
	}
	k := head - 1
	aux := 0
	for k >= 0 {
		switch toks[k].Lower {
		case "is", "are", "was", "were", "be", "being", "been", "has", "have", "had", "will", "now", "also", "still":
			if toks[k].Lower != "now" && toks[k].Lower != "also" && toks[k].Lower != "still" {
				aux++
			}
			k--
			continue
		}
		break
	}
	if aux == 0 || k < 0 {
		return false
	}
	return st.words.accidentNouns[toks[k].Lower] || st.words.mishapNouns[toks[k].Lower]
}

// economicWarning reports a warning or gloomy comment (012, root 13) at
// h with no target whose content, in the next dozen words of its
// clause, names the state of an economy ("warned that the budget deficit
// was running above target", "warned it is not sustainable to pile up
// foreign debt"): a word on the economy, which CODING.md does not code
// (markets), as centralBankComment finds for a central bank's. A named
// actor there ("warned Iran that its economy would collapse", "warned
// that Russia would cut gas supplies") keeps it, and so does hope (013:
// "optimistic an accord on debt rescheduling would be reached").
func economicWarning(st *sentence, h *verbHit) bool {
	if len(h.target) > 0 || h.code != "012" && cameo.Root(h.code) != "13" {
		return false
	}
	toks := st.toks
	found := false
	for k := h.end; k < len(toks) && k <= h.end+12; k++ {
		if st.at[k] >= 0 && !st.ments[st.at[k]].Place && toks[k].Lower != "it" { // ("warned it was not sustainable")
			return false
		}
		switch toks[k].Text {
		case ";", ":", ".", "(", "\"", "“", "”":
			return found
		}
		if st.words.economyNouns[toks[k].Lower] {
			found = true
		}
	}
	return found
}

// trailingWarning reports a warning (130) at h with no target told after
// its content, as speech is: "warned" ends the sentence and its subject
// alone stands between it and the comma or closing quote that ends the
// content ("Solving the conflict was the most pressing challenge, Mr
// Blair warned.", "\"Unless dealt with, they will undermine the
// recovery,\" the governor warned."). The content names no one
// threatened; the warning is a comment (open judged real news: 2 wrong,
// none right; prec54).
func trailingWarning(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.code != "130" || len(h.target) > 0 || h.p.Noun || toks[h.head].Lemma != "warn" {
		return false
	}
	if e := h.head + 1; e < len(toks) && toks[e].Text != "." && toks[e].Text != "!" {
		return false
	}
	for k := h.head - 1; k > 0 && k >= h.head-6; k-- {
		switch toks[k].Text {
		case ",", "”", "\"", "''":
			return k < h.head-1
		}
		switch toks[k].Tag {
		case "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "PRP", "PRP$":
		default:
			return false
		}
	}
	return false
}

// endangers reports a "threaten" at h in the sense of endanger: its
// object's head is a state of affairs ("Trump threatens British
// interests and international peace and security") or it governs a verb
// of harm to one ("threatens to undermine the very process"). No threat
// is made to anyone.
func endangers(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Lemma != "threaten" || h.head+2 >= len(toks) {
		return false
	}
	n := h.head + 1
	if toks[n].Lower == "to" {
		return st.words.endangering[toks[n+1].Lemma] || st.words.endangering[toks[n+1].Lower]
	}
	end := clauseEnd(toks, h.head)
	for k := n; k < end && k <= n+5; k++ {
		t := toks[k]
		if st.words.endangeredThings[t.Lower] && (k+1 >= len(toks) || !strings.HasPrefix(toks[k+1].Tag, "NN")) {
			return true
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "NN") || st.at[k] >= 0) {
			return false
		}
	}
	return false
}

// internalMeeting reports a consultation (04x) or intent to meet (036)
// with no target whose one source is a state's organ meeting by itself,
// or whose meeting is an emergency or crisis meeting of the own side, or
// with the own advisers. A clause that names an international body, or
// "with" an actor, is a meeting with others.
func internalMeeting(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "04" && h.code != "036" || len(h.target) != 0 || len(h.source) != 1 {
		return false
	}
	src := h.source[0]
	if src.Country == "" || !nationalCode(src.Code) {
		return false
	}
	toks := st.toks
	end := len(toks)
	for k := h.head + 1; k < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Text == ":" || opensClause(toks, k) {
			end = k
			break
		}
	}
	// an international body or an actor "with" whom the meeting is held
	for k := h.head; k < end; k++ {
		if m := st.at[k]; m >= 0 && m < len(st.ments) && !st.ments[m].Place && !nationalCode(st.ments[m].Code) {
			return false
		}
		if toks[k].Lower == "with" && k+1 < end {
			n := k + 1
			if toks[n].Tag == "PRP$" && n+1 < end && st.words.innerCompany[toks[n+1].Lower] {
				return true // "met with his advisers"
			}
			if actorWithin(st, n, end) {
				return false
			}
		}
	}
	// "opposition leaders met in Riyadh to choose a new negotiating team":
	// a side choosing its own people
	for k := h.end; k+1 < end && k <= h.end+10; k++ {
		if toks[k].Lower == "to" && st.words.choosing[toks[k+1].Lemma] {
			return true
		}
	}
	// "Japan's cabinet will meet", "the Kenyan parliament met"
	if src.End > 0 && src.End <= len(toks) && st.words.organs[toks[src.End-1].Lower] && src.End <= h.head {
		switch toks[h.head].Lemma {
		case "meet", "convene", "gather", "sit":
			return !objectAfter(st, h.head) // not "is not willing to meet anyone"
		}
	}
	// "convened an emergency meeting", "returned for emergency talks"
	lo := h.head
	if lo < src.End {
		lo = src.End
	}
	for k := lo; k < end && k <= h.end+6; k++ {
		if !st.words.meetingNouns[toks[k].Lower] {
			continue
		}
		for j := k - 1; j >= lo && j >= k-4; j-- {
			if st.words.innerModifiers[toks[j].Lower] {
				return true
			}
		}
	}
	return false
}

// nationalCode reports an actor code rooted in a state (three capitals of
// a country), not an international or non-state body.
func nationalCode(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "UIS":
		return false
	}
	return true
}

// actorWithin reports an actor mention (no place) among the few tokens
// from n before end: the partner of "with".
func actorWithin(st *sentence, n, end int) bool {
	for k := n; k < end && k < n+6; k++ {
		if m := st.at[k]; m >= 0 && m < len(st.ments) && !st.ments[m].Place {
			return true
		}
		if st.toks[k].Text == "," {
			return false
		}
	}
	return false
}

// objectAfter reports a noun phrase right after the verb at i (past
// adverbs): the verb has an object.
func objectAfter(st *sentence, i int) bool {
	k := i + 1
	for k < len(st.toks) && st.toks[k].Tag == "RB" {
		k++
	}
	if k >= len(st.toks) || st.isDate[k] {
		return false
	}
	switch t := st.toks[k].Tag; {
	case t == "DT" || t == "PRP" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ"):
		return true
	}
	return st.at[k] >= 0
}

// askedQuestion reports an appeal (02x) headed by "ask" whose object or
// by-agent is followed by a question word: "asked the minister why …",
// "was asked by journalists about …".
func askedQuestion(st *sentence, h *verbHit) bool {
	toks := st.toks
	if cameo.Root(h.code) != "02" || toks[h.head].Lemma != "ask" || h.p.Noun {
		return false
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+7; k++ {
		switch toks[k].Lower {
		case "why", "how", "what", "when", "where", "who", "about":
			return k > h.head+1 // (right after the verb: scope.go's askedAbout)
		case "by":
			continue
		}
		t := toks[k].Tag
		if st.at[k] >= 0 || t == "DT" || t == "PRP" || t == "PRP$" || t == "POS" || t == "CD" || t == "RB" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") {
			continue
		}
		return false
	}
	return false
}

// noEvent reports a hit that is no event: a background adverb ("has
// previously vetoed"), an idiom ("met with objections"), a state of mind
// in the reporter's voice, a nominal event that is unrealised or
// background, or an act dated by its own sentence to years before
// publication. It runs before the hit's actors are found, so nothing
// derived from it (scopes, implied requests) is coded either.
func (c *Coder) noEvent(ctx *articleCtx, st *sentence, h *verbHit) bool {
	if h.code == "" || h.p.has(flagSpeech) {
		return false
	}
	var d hitDate // the hit's date, read once for oldRelative and historyYear
	if presentRelative(st, h.head) && !ongoingViolence(st, h) || genericRelative(st, h.head) || countedSummary(st, h) || anonymityRequest(st.toks, h.head) || abilityRelative(st.toks, h.head) || (!h.p.Noun || isVerbTag(st.toks, h.head)) && st.words.ability(st.toks, h.head) || c.yearModified(ctx, st, h) {
		return true // "Turkey, which occupies northern Cyprus, said …": a standing description, no act of the day
	}
	if backgroundAdverb(st.toks, h.head) || perfectRelative(st.toks, h.head) || pluperfectRelative(st, h.head) && !answeredProtest(st, h) || c.pastPerfect(st, h) || c.oldRelative(ctx, st, h, &d) || backgroundParticiple(st, h.head) || subjectParticiple(st, h.head) || subjectRelative(st, h.head) || adjectivalParticiple(st, h.head) || riskedAct(st.toks, h.head) || objectParticiple(st, h.head) && !protestParticiple(st, h) || idiom(st, h) || c.statelike(st, h) || c.othersFeeling(st, h) || unrealisedModifier(st, h.head) || absentEvent(st, h.head) || cognition(st, h) || hedge(st, h) || beliefClause(st, h.head) || diedFighting(st.toks, h.head) || expectedAct(st, h.head) || demandContent(st, h.head) || c.opinionOrBackground(ctx, st, h) || removedFromOffice(st, h) || standingNonRecognition(st, h) || standingForce(st, h) || habitualShow(st, h) || c.subjectAside(st, h.head) || speculatedOutcome(st, h.head) || answeredPlanContent(st, h) {
		return true
	}
	if knownToHave(st, h) {
		return true // "six citizens are known to have been killed by drones": a tally (falseevents_known.go)
	}
	if backgroundObject(st, h) {
		return true // "previously described Russia's invasion of Ukraine as …": background (falseevents_background_object.go)
	}
	if suspectedClass(st, h) {
		return true // "hunt down people suspected of collaborating with Israel": no one in particular (falseevents_suspects.go)
	}
	if gerundListNoun(st, h) {
		return true // "with looting and murders in the capital": a plural noun, no verb (falseevents_gerund_list.go)
	}
	if untilCondition(st, h) {
		return true // "refused to meet him until Belgrade signed the deal": a condition (falseevents_until.go)
	}
	if ceasedGerund(st, h) {
		return true // "unless its leaders stopped meeting foreign diplomats": the act that ends (falseevents_cessation.go)
	}
	if restrictivePerfectRelative(st, h) {
		return true // "protesters who have occupied Tahrir Square since last month": what the noun has done so far (falseevents_perfect_relative.go)
	}
	if tollRelative(st, h) {
		return true // "an insurgency that has killed more than 7,000 people": a conflict's toll (falseevents_toll.go)
	}
	if scareQuotedPraise(st, h) {
		return true // "Trump ‘congratulates’ China in dig at Supreme Court ruling": irony (scare_quoted_praise.go)
	}
	if namingCalled(st, h) || demonstratedObject(st, h) || withdrawnCare(st, h) {
		return true // "issued fresh advice called ‘Preparing for crises’", "demonstrate its commitment", "withdraw artificial feeding" (falseevents_senses61.go)
	}
	if massToll(st, h) {
		return true // "About 800,000 Tutsis were killed by Hutu militias": a genocide's toll (falseevents_named_war.go)
	}
	if namedInvasion(st, h) {
		return true // "referring to the Russian invasion of Ukraine": the war named in passing (falseevents_named_war.go)
	}
	if namedAtrocity(st, h) {
		return true // "denying the Armenian genocide": a past atrocity named (falseevents_named_atrocity.go)
	}
	if wantedAct(st, h) {
		return true // "Turkey wants Russia's backing": a wish, not done (falseevents_wanted.go)
	}
	if fearedAct(st, h) {
		return true // "traders feared a U.S. strike on Iran": a worry, not done (falseevents_feared.go)
	}
	if processObject(st, h) {
		return true // "a move that threatened the talks between Belgrade and Pristina": the talks are the subject matter (falseevents_process_object.go)
	}
	if attributiveAccused(st, h.head) {
		return true // "extradited accused drug kingpin Walid Makled": an adjective, no accusation (falseevents_accused.go)
	}
	if asylumBackstory(st, h) {
		return true // "granted asylum to an activist who was beaten by police": why asylum was sought (falseevents_asylum.go)
	}
	if plannedPast(st, h) {
		return true // "a summit where Biden was to meet Arab leaders": a plan of the past, called off (falseevents_planned_past.go)
	}
	if counterfactual(st, h) {
		return true // "Moscow would have complained bitterly if …": did not happen (falseevents_counterfactual.go)
	}
	if standingRule(st, h) {
		return true // "UN resolutions ban North Korea from testing missiles": how things stand (falseevents_standing_rule.go)
	}
	if probingParticiple(st, h) {
		return true // "Police investigating the killing arrested two men": who the subject is (falseevents_probing.go)
	}
	if mishapToll(st, h) {
		return true // "after a boat capsized on Lake Albert, killing more than 100 people": an accident's toll (falseevents_mishap_toll.go)
	}
	if meetingParticiple(st, h) {
		return true // "ASEAN ministers meeting in Phuket urged Myanmar …": where the subject speaks (falseevents_meeting_participle.go)
	}
	if stanceModifier(st, h) {
		return true // "protesters opposed to the runway", "a reform opposed by separatists" (falseevents_stance.go)
	}
	if reasonGerund(st, h) {
		return true // "criticised Lithuania for hosting a congress": the reaction's reason (falseevents_reason_gerund.go)
	}
	if backgroundCharge(st, h) {
		return true // "recalled its ambassador over allegations that Chilean sailors spied on its navy" (falseevents_charges.go)
	}
	if t := st.toks[h.head].Tag; (h.p.Noun || t == "NN" || t == "VBP" || t == "VB") && h.end == h.head+1 && modifierNoun(st.toks, h.head) {
		return true // "protest groups", "lending agencies" (falseevents.go)
	}
	if h.end == h.head+1 && st.words.nounSense(st.toks, h.head) { // (not inside a pattern of several words: "ceasefire violations", 196)
		return true // "sanctions negotiations", "negotiating partner", "supply and demand" (nounsense.go)
	}
	if (nounLike(st, h) || st.toks[h.head].Tag == "VBZ") && prospectSubject(st, h.head) {
		return true // "direct clashes … are now a distinct possibility" (falseevents_opinion.go)
	}
	if nounLike(st, h) && (modalPredicate(st.toks, h.head) || backgroundNominal(st, h.head, false)) ||
		st.toks[h.head].Tag == "VBG" && backgroundNominal(st, h.head, true) {
		return true
	}
	if purposeAct(st, h) || pretextNominal(st, h) || gradedParticiple(st, h) || betrayalIdiom(st, h) {
		return true // "to get X to stop killing", "using attacks as a pretext", "the most tortured", "stabbed Turkey in the back" (falseevents_purpose.go)
	}
	if drivenThing(st, h) {
		return true // "the fairing was spotted being driven out of a hangar": driving (falseevents_driven_thing.go)
	}
	if pastParagraphAct(st, h) {
		return true // "In 1998, … . In retaliation, Mr. Clinton ordered a strike": history told on (falseevents_history_paragraph.go)
	}
	return c.historyYear(ctx, st, h, &d)
}

// idiom reports an event verb used in a sense that is no event: "met
// with objections", "meets the criteria", "Meet the Press"; "killed off
// any hope of talks"; "fighting alongside Kurdish forces" (allies, not
// foes); "they are not welcome here" (an adjective).
func idiom(st *sentence, h *verbHit) bool {
	toks := st.toks
	lemma := toks[h.head].Lemma
	if h.p.Noun {
		return false
	}
	switch {
	case coopIdiom(st, h):
		return true // "children returning from the Syrian conflict" (coop.go)
	case materialConflict(h.code) && h.head+1 < len(toks) && toks[h.head+1].Lower == "alongside":
		return true
	case materialConflict(h.code) && withAgainst(toks, h.head):
		return true // "militias that had fought with Washington against Isis": allies
	case strings.HasPrefix(h.code, "087") && lemma == "withdraw" && objectIn(toks, h.head, st.words.withdrawnThings):
		return true // "withdrew its support for the resolution": no retreat
	case strings.HasPrefix(h.code, "087") && (lemma == "surrender" || lemma == "relinquish" || lemma == "cede") && objectIn(toks, h.head, st.words.surrenderedRights):
		return true // "he is surrendering a key veto": a right given up, no retreat
	case quotedHostage(toks, h):
		return true // "such as an MP ‘taken hostage’": a quoted figure, no abduction (quoted_hostage.go)
	case strings.HasPrefix(h.code, "087") && withdrawnPublication(st, h):
		return true // "a poster withdrawn from the party's website": taken down, no retreat (falseevents_things.go)
	case h.code == "163" && approvedBy(st, h):
		return true // "the arms deal had been sanctioned by Ankara": approved, no sanction (falseevents_things.go)
	case exileFlight(st, h):
		return true // "flew into exile in Nigeria": no visit (falseevents_exile.go)
	case lemma == "charge" && h.head+1 < len(toks) && st.words.chargeIdioms[toks[h.head+1].Lower]:
		return true // "is charging ahead with its plans", "charges a fee": no indictment
	case lemma == "appeal" && toks[h.head].Tag == "VBG" && copula(toks, h.head):
		return true // "it was really appealing": an adjective
	case (lemma == "battle" || lemma == "fight" || lemma == "struggle") && h.head+1 < len(toks) && toks[h.head+1].Lower == "to":
		return true // "battle to catch up with Trump": an effort, no fighting
	case (lemma == "try" || lemma == "attempt") && h.end < len(toks) && toks[h.end-1].Lower == "kill" && toks[h.end].Lower == "off":
		return true // "attempting to kill off speculation": no attempt on anyone's life
	case lemma == "blast" && h.head+1 < len(toks) && (toks[h.head+1].Lower == "into" || toks[h.head+1].Lower == "off" || toks[h.head+1].Lower == "through" || toks[h.head+1].Lower == "out"):
		return true // "hoping to blast into the new year", "blasted off": no criticism
	case appealedTo(toks, h.head):
		return true // "UN urged to launch a global effort": the headline's UN is urged, not urging
	case armedDefence(st, h):
		return true // "defended the Syrian city of Kobane from Isis": by arms, no 052 (falseevents.go)
	case figurative(st, h):
		return true // "were left scrambling to interpret", "want to appear threatening" (falseevents.go)
	case strings.HasPrefix(h.code, "12") && unaimedRefusal(st, h.head):
		return true // "troops who refused to respond", "refused to return home": no one's proposal rejected (falseevents_ability.go)
	case lemma == "ask" && h.head+1 < len(toks) && askedAbout(toks[h.head+1].Lower):
		return true // "a reporter asked about her role": a question, no request
	case h.p.Code != "" && len(h.p.Slots) > 0 && len(h.p.Slots[0]) > 0 && h.p.Slots[0][0] == "be" && (h.code == "012" || h.code == "013") && negatedAfter(toks, h.head, h.end):
		return true // "he is not overly concerned": no comment of concern
	case toks[h.head].Tag == "VBG" && h.head > 0 && (toks[h.head-1].Lower == "towards" || toks[h.head-1].Lower == "toward"):
		return true // "pledged to work towards lifting the ban": an aim
	case lemma == "seize" && objectIn(toks, h.head, st.words.seizedChances):
		return true // "schools are now seizing the tools we have given them": no seizure (falseevents.go)
	case lemma == "shoot" && st.words.shotThing(toks, h.head):
		return true // "shot basketball hoops with students", "shot a video": no shooting at anyone
	case lemma == "wound" && woundNoAttack(toks, h.head) && !harmToll(st, h):
		return true // "killing six and wounding 120" is the kill's toll; "wound down" winds
	case lemma == "walk" && st.words.walkedFree(toks, h.head):
		return true // "walked out of prison", "walk out slowly": freed or walking, no walkout
	case lemma == "seize" && seizedUpon(st, h):
		return true // "Israel seized on the remarks to criticise the UN": made use of, no seizure
	case lemma == "seal" && objectIn(toks, h.head, st.words.scenes):
		return true // "police sealed off the crash site": a cordon, no blockade of anyone
	case lemma == "negotiate" && objectIn(toks, h.head, st.words.negotiatedPaths):
		return true // "the tram was negotiating a sharp curve"
	case lemma == "defy" && objectIn(toks, h.head, st.words.defiedThings):
		return true // "the dangers that journalists defy", "defied the odds": no norm defied
	case lemma == "destroy" && objectIn(toks, h.head, st.words.abstractObjects):
		return true // "will destroy remaining goodwill"
	case lemma == "clash" && clashedOver(toks, h.head):
		return true // "had clashed over the proposals to raise VAT": a quarrel, no fight
	case materialConflict(h.code) && selfHarm(toks, h.head):
		return true // "the gunman killed himself", "a soldier shot himself": no one attacked
	case materialConflict(h.code) && withWords(toks, h.head):
		return true // "bombarded the minister with requests": words, no shells
	case st.words.faced(toks, h.head):
		return true // "many of whom face criminal charges": what may come, no act
	case adjectivalGerund(st, h.head):
		return true // "released opposing accounts", "the invading army"
	case lemma == "welcome" && toks[h.head].Tag != "VBN" && toks[h.head].Tag != "VBD" && toks[h.head].Tag != "VBG" && copula(toks, h.head):
		return true // "they are not welcome here": an adjective
	case lemma != "meet" && !materialConflict(h.code):
		return false
	case lemma == "meet" && toks[h.head].Tag != "VBZ" && nounLike(st, h):
		return false // "called the meeting a failure": a noun, no idiom
	}
	// the object: the first noun in the list within a few words, before
	// any actor or preposition ("met with fierce objections", "killed off
	// any hope of talks")
	for k := h.head + 1; k < len(toks) && k <= h.head+5; k++ {
		t := toks[k]
		if st.at[k] >= 0 {
			if lemma == "meet" && modifierMention(st, k) {
				k = st.ments[st.at[k]].End - 1
				continue // "failed to meet new Russian labelling rules", "met EU budget targets"
			}
			return false
		}
		if lemma == "meet" && st.words.meetIdiomObjects[t.Lower] || lemma != "meet" && st.words.abstractObjects[t.Lower] {
			return true
		}
		if t.Tag == "IN" && t.Lower != "with" && t.Lower != "off" || t.Tag == "TO" || strings.HasPrefix(t.Tag, "VB") || t.Text == "," || t.Text == "." {
			return false
		}
	}
	return false
}

// materialConflict reports a material-conflict code (roots 18–20): assault, fight,
// mass violence.
func materialConflict(code string) bool {
	r := cameo.Root(code)
	return r == "18" || r == "19" || r == "20"
}

// selfHarm reports a verb of harm at i whose object is a reflexive
// pronoun ("killed himself", "shot herself dead", "hanged themselves"):
// a suicide or self-harm, no attack on anyone. A suicide bombing ("blew
// himself up") is an attack on the people around and stays.
func selfHarm(toks []dyad.Token, i int) bool {
	if toks[i].Lemma == "blow" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "himself", "herself", "themselves", "itself":
		return true
	}
	return false
}

// withAgainst reports "with X against Y" after a fighting verb at i: the
// first are allies ("fought with Washington against Isis").
func withAgainst(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Lower != "with" && toks[i+1].Lower != "alongside" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+8; k++ {
		if toks[k].Lower == "against" {
			return true
		}
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
	}
	return false
}

// adjectivalGerund reports a participle of that list used as a
// premodifier at i: after a determiner, adjective or a verb that does not
// take a gerund ("released opposing accounts"), before a common noun.
func adjectivalGerund(st *sentence, i int) bool {
	toks := st.toks
	if !st.words.adjectivalGerunds[toks[i].Lower] || i+1 >= len(toks) || i == 0 {
		return false
	}
	n := toks[i+1]
	if n.Tag != "NN" && n.Tag != "NNS" || !startsLowerASCII(n.Text) {
		return false
	}
	p := toks[i-1]
	switch p.Tag {
	case "DT", "JJ", "PRP$", "POS", "CD", "CC":
		return true
	case "NN":
		if startsLowerASCII(p.Text) && i >= 2 && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "PRP$") {
			return true // an adjective the tagger calls a noun: "the national negotiating committee"
		}
	}
	if strings.HasPrefix(p.Tag, "VB") {
		switch p.Lemma {
		case "begin", "start", "continue", "resume", "stop", "keep", "avoid", "consider", "deny", "admit", "risk", "finish", "halt", "cease", "suspend", "be", "quit", "end", "rule", "mind":
			return false
		}
		return true
	}
	return false
}

// faced reports an event word at i that is what someone "faces": "face
// criminal charges", "faces trial", "facing sanctions" (the tagger may
// call the noun a verb).
func (v *vocab) faced(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.facingForms[toks[j].Lower] {
			return true
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" && toks[j].Tag != "DT" {
			return false
		}
	}
	return false
}

// objectIn reports a word of set among the few words after the verb at
// i, before a comma, a verb or an actor-free clause break: its object.
func objectIn(toks []dyad.Token, i int, set map[string]bool) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if set[toks[k].Lower] {
			return true
		}
		if (toks[k].Tag == "VBG" || toks[k].Tag == "VBN") && k+1 < len(toks) && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "JJ") {
			continue // a participle before its noun: "destroy remaining mutual goodwill" (falseevents_clauses.go)
		}
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "to" || strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
	}
	return false
}

// accident reports a killing or wounding whose cause is an accident or a
// disaster: the subject of the verb ("a small plane crash … killed 12
// people") or the object of "in" after a passive ("10 tourists killed in
// a plane crash"). No actor did it.
func accident(st *sentence, h *verbHit) bool {
	switch h.code[:2] {
	case "18", "19", "20":
	default:
		return false
	}
	toks := st.toks
	i := h.head
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Lower != "in" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+9; j++ {
			if st.words.accidentNouns[toks[j].Lower] {
				return true
			}
			if st.at[j] >= 0 && !st.ments[st.at[j]].Place || isPunct(toks[j]) && toks[j].Tag != "POS" || strings.HasPrefix(toks[j].Tag, "VB") {
				break // (a possessive stays: "a New Year's Eve plane crash")
			}
		}
		break
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := toks[k]
		if st.words.accidentNouns[t.Lower] {
			return true
		}
		if st.at[k] >= 0 {
			m := st.ments[st.at[k]]
			if m.Start > 0 && (toks[m.Start-1].Lower == "in" || toks[m.Start-1].Lower == "near" || startsLowerASCII(toks[m.Start-1].Text) && m.Start > 1 && toks[m.Start-2].Lower == "in") {
				k = m.Start // a place phrase: "in northwest Costa Rica"
				continue
			}
			if m.Start > 1 && (toks[m.Start-1].Lower == "and" || toks[m.Start-1].Lower == "or") && st.at[m.Start-2] >= 0 {
				k = m.Start // a conjunct, read with the name before it: "in Guatemala and El Salvador"
				continue
			}
			if !m.Place {
				return false
			}
		}
		if isPunct(t) || strings.HasPrefix(t.Tag, "VB") && !isAux(t) {
			return false
		}
	}
	return false
}

// businessOnly reports an event among businesses and the public: its
// source is a company, firm or airline (sector BUS) and it has no target,
// or its target is another business or civilians ("the company refused
// to say what the money would be used for", "Samsung appears to be siding
// with Qualcomm"). Such news is commerce, not politics. A company's act
// on a state, a government or an armed group ("Mitsubishi asked the
// Australian Government for more money") stays an event.
func businessOnly(ev dyad.Event) bool {
	if centralBankComment(ev) {
		return true
	}
	if !actorSector(ev.Source, "BUS") {
		return false
	}
	t := ev.Target
	return t == nil || actorSector(t, "BUS") || actorSector(t, "CVL")
}

// centralBankComment reports a gloomy or upbeat comment or a warning
// (012, 013, root 13) with no target whose source is a central bank or
// its head ("South Korea's central bank warned that household debt could
// slow growth", "the head of the European Central Bank warned that
// inflation would stay high"): a word on the economy, which CODING.md
// does not code (markets). A central bank's refusal to comment (011),
// its meetings and its acts toward another actor stay.
func centralBankComment(ev dyad.Event) bool {
	if ev.Source == nil || ev.Target != nil || ev.CAMEO != "012" && ev.CAMEO != "013" && ev.CAMEORoot != "13" {
		return false
	}
	return strings.Contains(strings.ToLower(ev.Source.Text), "central bank")
}

// actorSector reports an actor with role code sector among its sectors.
func actorSector(a *dyad.Actor, sector string) bool {
	if a == nil {
		return false
	}
	for _, s := range a.Sectors {
		if s == sector {
			return true
		}
	}
	return false
}

// courtAppeal reports an appeal (02x) against a ruling or through the
// courts ("would appeal the verdict", "who appealed against the police
// ban"): a step in a court case, not a request to anyone.
func courtAppeal(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || cameo.Root(h.code) != "02" || toks[h.head].Lemma != "appeal" {
		return false
	}
	i := h.head + 1
	if i >= len(toks) {
		return false
	}
	if toks[i].Lower == "against" {
		return true
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		switch toks[k].Lower {
		case "verdict", "ruling", "sentence", "conviction", "judgment", "judgement", "decision", "refusal", "acquittal":
			return true
		}
		if t := toks[k].Tag; t != "DT" && t != "PRP$" && t != "JJ" && t != "POS" && t != "NNP" && t != "NN" {
			return false
		}
	}
	return false
}

// figurative reports an event verb used figuratively: a scramble or a
// blast that is an effort or a flight ("officials were left scrambling
// to interpret the order", "the car he hopes to blast to Mars"), and a
// verb of threat or attack used as an adjective after a verb of seeming
// ("does not want to appear threatening").
func figurative(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	lemma := toks[i].Lemma
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].Lower
	}
	switch {
	case lemma == "scramble" && (next == "to" || next == "for"):
		return true
	case lemma == "blast" && next == "to":
		return true
	case dealStruck(toks, i):
		return true // "failing to stick to a bargain struck in March 2016"
	case toks[i].Tag == "VBG" && i > 0:
		switch toks[i-1].Lemma {
		case "appear", "seem", "look", "sound":
			return true
		}
	}
	return false
}

// dealStruck reports "strike" after the deal it makes ("a bargain struck
// in March 2016", "the balance struck"): an agreement or a figure of
// speech, no blow.
func dealStruck(toks []dyad.Token, i int) bool {
	if toks[i].Lemma != "strike" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "deal", "deals", "bargain", "agreement", "accord", "compromise", "pact", "balance", "chord", "tone", "note":
		return true
	}
	return false
}

// modifierNoun reports an event noun at i that only modifies the noun
// after it, the phrase's head ("protest groups such as the Stop the War
// Coalition", "lending agencies", "South Africa's genocide case", "an
// aid convoy"), or a noun of claims, findings or people touched by it
// ("the genocide allegations", "the U.N. genocide determination", "the
// bombing suspects"): a kind of group, thing or claim, no act.
func modifierNoun(toks []dyad.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Text {
	case "group", "groups", "agency", "agencies", "organisation", "organisations", "organization", "organizations",
		"movement", "movements", "activists", "case", "cases", "trial", "trials", "cell", "cells",
		"helicopter", "helicopters", "convoy", "convoys", "camp", "camps",
		"allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims",
		"determination", "finding", "findings", "label", "designation", "ruling", "verdict", "probe", "inquiry",
		"investigation", "suspect", "suspects", "victims", "survivors", "anniversary":
		return true
	}
	return false
}

// armedDefence reports a verb of defence (052, defend verbally) that is
// a defence by arms: of a place ("defended the Syrian city of Kobane
// from Isis", "defending a complex of caves and tunnels"), against an
// attack ("defend their homeland from Turkish attack"), or by fighters
// ("defended by foreign Isis fighters"). Fighting is coded from its own
// verbs; this is no statement defending a policy.
func armedDefence(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.code != "052" && h.code != "032" || h.p.Noun || toks[h.head].Lemma != "defend" { // (032: "vowed to defend")
		return false
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+7; k++ {
		t := toks[k]
		if st.words.defendedPlaces[t.Lower] {
			return true
		}
		switch t.Lower {
		case "attack", "attacks", "assault", "assaults", "offensive", "invasion", "incursion", "troops", "fighters", "militants", "soldiers":
			return true
		case ",", ";", ".", "saying", "that", "which":
			return false
		}
	}
	return false
}

// woundNoAttack reports a form of "wound" at i that adds no attack of its
// own: "wound down" or "wound up" (the past of "wind"), a participle after
// a comma ("attacked a tanker, wounding two sailors": the attack's toll), or a participle
// "wounding" after "killing" in the same clause ("killing six civilians
// and wounding 120"), the toll of an act a killing there does not code
// either.
func woundNoAttack(toks []dyad.Token, i int) bool {
	if i+1 < len(toks) && (toks[i+1].Lower == "down" || toks[i+1].Lower == "up") {
		return true
	}
	if toks[i].Tag != "VBG" {
		return false
	}
	if j := skipAdverbsBack(toks, i-1); j >= 0 && toks[j].Text == "," {
		return true // "attacked a tanker, wounding two sailors": the toll of the clause's act
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch toks[k].Lower {
		case "killing":
			return true
		case ";", ".":
			return false
		}
	}
	return false
}

// skipAdverbsBack returns the index of the last token at or before k that
// is no adverb (RB), or -1.
func skipAdverbsBack(toks []dyad.Token, k int) int {
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	return k
}
