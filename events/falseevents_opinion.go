package events

// Opinions, forecasts and states of mind are no events (CODING.md:
// "will/would" alone is not an event). Each rule finds a clause that tells
// what someone believes, forecasts, expects or takes for granted, and
// keeps its verb from being coded as an event of the day:
//
//   - a forecast: "Moscow is unlikely to launch a new offensive";
//   - a belief about what others would do: "said they believed the
//     militias would use human shields", "claims that the villagers
//     would welcome Turkey's intervention"; a speaker's certainty ("said
//     he was sure Russia and Iran shared …");
//   - acts others only expect, hope, want, fear or guess at ("I would
//     expect them to …", "Russia may be preparing an offensive"), and
//     prospects ("direct clashes are now a distinct possibility");
//   - the opinion of unnamed critics and analysts about the present or
//     the future: "critics who say he is blocking one";
//   - a generic, unnamed actor: "any party that violates the truce",
//     "pupils who commit or threaten violence";
//   - a standing stance told in the passive present: "the plan is
//     opposed by the government in Damascus"; conditions or demands that
//     are "met": no meeting;
//   - a state of mind ("is concerned", "seemed to recognise the court
//     was likely to rule against him"), a warning of a situation that
//     names no act of the warner ("warns of unprecedented levels of
//     …"), and "did not rule out the possibility";
//   - a label in "what X called …" with no actor of its own: "citing
//     what President Gustavo Petro called genocide in Gaza";
//   - duties and advice: a future duty ("will have to defend his
//     record"), advice under a condition ("If Washington wants to
//     contain Iran, it should talk to Tehran"), and outcomes a modal
//     verb of causing governs ("could lead to Erdoğan reaching a
//     deal");
//   - a writer's speculation about a future act: "it is likely
//     Paris and Rome will side with Madrid", "Russia may well
//     attack", "Turkey could end up siding with Russia";
//   - the terms of a plan or deal: "Under the plan, Israel would
//     withdraw from Gaza in stages" (CODING.md: what a treaty promises
//     is not coded separately).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// statelike reports a "be concerned / confident / optimistic" pattern
// that describes an actor's state of mind in the reporter's voice, with
// no one saying so ("the regime is increasingly confident of its
// survival"): analysis, not a statement. Said, it is one ("said he was
// confident …").
func (c *Coder) statelike(st *sentence, h *verbHit) bool {
	if h.code != "012" && h.code != "013" || len(h.p.Slots) == 0 || len(h.p.Slots[0]) == 0 || h.p.Slots[0][0] != "be" {
		return false
	}
	if st.reporter != nil {
		return false
	}
	for _, t := range st.toks {
		if c.isSpeechOrCognition(t) || t.Text == "“" || t.Text == "\"" {
			return false
		}
	}
	return true
}

// warnsOfSituation reports a warning (hit k, code 130) that names no act
// of the warner: "warns of unprecedented levels of suffering", "warned
// that the campaign could be the catalyst for a new wave of migration".
// A cause given after "because" is not searched for acts ("warned of a
// rise in terrorism because of the return of fighters who had travelled
// to Syria").
// Such a warning is a pessimistic comment (012), as CODING.md's gold set
// codes "warned that northern Gaza was in the grip of famine".
func (c *Coder) warnsOfSituation(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	h := &hits[k]
	e := h.head + 1
	for e < len(toks) && st.isDate[e] {
		e++ // "warned on Tuesday that northern Gaza was in the grip of famine"
	}
	if e >= len(toks) {
		return false
	}
	switch toks[e].Lower {
	case "of", "that", ":":
	default:
		if !(finite(toks[h.head].Tag) || toks[h.head].Tag == "VBN") || !contactClause(toks, e) && !expletiveIt(toks, e) {
			return false
		}
	}
	lo, hi := e, len(toks)
	for j := e + 1; j < len(toks); j++ {
		if toks[j].Text == ";" || toks[j].Text == "." || toks[j].Lower == "because" || agentlessCondition(toks, j) {
			hi = j
			break
		}
	}
	for j := lo; j < hi; j++ {
		if expletiveIt(toks, j) {
			continue // "warned it is not sustainable to pile up foreign debt": no one's act
		}
		switch toks[j].Lower {
		case "if", "unless", "retaliation", "retaliate", "respond", "response", "consequences", "action", "measures", "countermeasures", "force", "reprisals", "sanctions", "it", "we", "they", "he", "she", "its", "our":
			return false // a threat of the warner's own act, or a conditional one
		}
		if st.at[j] >= 0 && len(h.source) > 0 && st.ments[st.at[j]].Country == h.source[0].Country && !attackedParty(st, st.at[j]) {
			return false
		}
	}
	for j := range hits {
		if j != k && live[j] && hits[j].head > h.head && hits[j].head < hi && !hits[j].p.has(flagSpeech) {
			return false // an act is named: the threat rules code it
		}
	}
	return true
}

// agentlessCondition reports an "if" or "unless" at j whose clause is
// passive with no agent ("unless it is tackled", "if nothing is done",
// "unless urgent action is taken"): a subject of at most three words, a
// form of "be" (with "not" or not), a past participle, and no "by" after
// it before the clause ends. What must be done about the danger is no one's
// act, so the condition makes no threat of the warning ("warned that
// unemployment could cause unrest unless it is tackled").
func agentlessCondition(toks []dyad.Token, j int) bool {
	if toks[j].Lower != "if" && toks[j].Lower != "unless" {
		return false
	}
	k := j + 1
	for n := 0; k < len(toks) && n < 3 && toks[k].Lemma != "be"; n++ {
		if t := toks[k].Tag; t != "PRP" && t != "DT" && t != "NN" && t != "NNS" && !strings.HasPrefix(t, "JJ") {
			return false
		}
		k++
	}
	if k == j+1 || k >= len(toks) || toks[k].Lemma != "be" {
		return false
	}
	k++
	if k < len(toks) && toks[k].Lower == "not" {
		k++
	}
	if k >= len(toks) || toks[k].Tag != "VBN" && !(strings.HasSuffix(toks[k].Lower, "ed") && (toks[k].Tag == "VBD" || toks[k].Tag == "NN")) {
		return false // (the tagger may take "is tackled" for a noun)
	}
	for m := k + 1; m < len(toks) && !isClauseBreak(toks, m) && toks[m].Text != ","; m++ {
		if toks[m].Lower == "by" {
			return false // "unless it is stopped by force"
		}
	}
	return true
}

// attackedParty reports a mention m that an "on" or "against" before it
// makes the party an act is aimed at ("warned of an upcoming media attack
// on Putin"): the warner's own side named as the one threatened is no
// act of the warner's.
func attackedParty(st *sentence, m int) bool {
	s := st.ments[m].Start
	return s > 0 && (st.toks[s-1].Lower == "on" || st.toks[s-1].Lower == "against")
}

// expletiveIt reports an "it" at j that stands for the infinitive or
// clause after its predicate ("it is not sustainable to pile up debt",
// "it would be a mistake to cut rates"): "it", a form of "be", adverbs,
// an adjective or noun (after a determiner or not), then "to" or "that"
// within four words. Such an "it" names no party.
func expletiveIt(toks []dyad.Token, j int) bool {
	if j+3 >= len(toks) || toks[j].Lower != "it" {
		return false
	}
	k := j + 1
	if toks[k].Tag == "MD" {
		k++
	}
	if k >= len(toks) || toks[k].Lemma != "be" {
		return false
	}
	for k++; k < len(toks) && toks[k].Tag == "RB"; k++ {
	}
	if k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].Tag, "JJ") && toks[k].Tag != "NN" {
		return false
	}
	switch toks[k].Lower {
	case "ready", "prepared", "determined", "willing", "able", "poised", "set", "free", "eager", "keen", "entitled":
		return false // "warned it is ready to strike": "it" is the warner
	}
	for m := k + 1; m < len(toks) && m <= k+5; m++ {
		if toks[m].Tag == "TO" || toks[m].Lower == "that" {
			return true
		}
		if toks[m].Text == "," || strings.HasPrefix(toks[m].Tag, "VB") {
			return false
		}
	}
	return false
}

// opinionOrBackground reports a hit that one of the rules above keeps
// from being an event. It runs with noEvent, before actors are found.
func (c *Coder) opinionOrBackground(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	return forecast(toks, i) || believedAct(st, h) || pundits(st, h) || genericActor(toks, i) ||
		stancePassive(toks, i) || metConditions(st, h) || c.datedRelative(ctx, st, h) || c.earlierRelative(st, h) ||
		sinceClause(st, i) || habitual(toks, i) || pluperfectThreat(st, i) || presentWhere(st, i) ||
		c.summary(ctx, st, h) || perfectContact(st, i) || calledNominal(st, h) || aimMeans(st, h) ||
		causedBy(st, h) || pastEra(toks, i) || accident(st, h) || adviceIf(st, h) || planTerms(toks, i) ||
		mandatedAct(st, h) || st.words.likelyAct(toks, i) || st.words.deniedWish(st, i) || st.words.hazardWarning(toks, h) || c.words.defianceAdjunct(toks, h) || st.words.ballotChoice(toks, h) ||
		st.words.hedgedForecast(toks, h) || st.words.punditForecast(toks, h) || // "will probably step down", ", analysts said" (falseevents_forecast.go)
		st.words.appealedPledge(toks, h) || // "called upon Reagan to signal that he will veto" (falseevents_appealed.go)
		recordComparison(toks, i) // "locks up more journalists than any other government" (comparative_record.go)
}

// likelyAct reports a verb at i that a speculation governs: a modal verb
// group of guessing before it ("may well attack", "could well side",
// "could end up siding"), or a modal clause after "it is likely (that)"
// ("it is likely Paris and Rome will ultimately side with Madrid", "it seems possible that China will …") with no clause break
// between. What is only thought likely is no event, as a forecast is;
// a guess someone is reported to make ("Netanyahu said it was likely
// that Israel would strike Iran", "…, the White House said") is that
// speaker's own plan or warning and stays (spokenGuess).
func (v *vocab) likelyAct(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" && toks[k].Lower != "well" {
		k--
	}
	if k >= 2 && toks[k].Lower == "up" && toks[k-1].Lemma == "end" && toks[k-2].Tag == "MD" && toks[i].Tag == "VBG" {
		return true // "could end up siding"
	}
	if k >= 1 && toks[k].Lower == "well" && (toks[k-1].Lower == "may" || toks[k-1].Lower == "might" || toks[k-1].Lower == "could") {
		return true // "may well attack"
	}
	modal := false
	for k := i - 1; k >= 2 && k >= i-15; k-- {
		t := toks[k]
		switch {
		case t.Text == ";" || t.Text == ":" || t.Text == "," && !modal:
			return false
		case t.Tag == "MD" && k >= i-3:
			modal = true
		case v.likelihoods[t.Lower] && modal:
			j := k - 1
			for j > 0 && toks[j].Tag == "RB" {
				j--
			}
			if j < 1 || toks[j].Lemma != "be" && toks[j].Lemma != "seem" && toks[j].Lemma != "look" {
				return false
			}
			return toks[j-1].Lower == "it" && !v.spokenGuess(toks, j-1, i)
		case finite(t.Tag) && !isAux(t) && t.Tag != "MD" && k < i-3:
			return false
		}
	}
	return false
}

// forecast reports a verb right after "unlikely to" or "hardly/not
// likely to": what an analyst thinks will not happen is no event, asserted
// or negated (the gold sets code "Analysts say Beijing is unlikely to risk
// an invasion" as none; "The SDF are hardly likely to attack" is the same).
func forecast(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	switch toks[i-2].Lower {
	case "unlikely":
		return true
	case "likely":
		return i >= 3 && (toks[i-3].Lower == "hardly" || toks[i-3].Lower == "not" || toks[i-3].Lower == "n't")
	}
	return false
}

// believedAct reports a future or hypothetical act (a modal verb group:
// "would use", "will attack") in the clause of a verb of belief or a noun
// of claim at most 15 tokens before it, with no clause break or other
// finite verb between: "said they believed the Kurdish militias would
// use human shields" is a belief of the speaker, no threat of the
// militias. A warning ("warned that Iran would strike") is a speech act
// and is not among the words.
func believedAct(st *sentence, h *verbHit) bool {
	if h.status != dyad.Future && h.status != dyad.Hypothetical || h.p.Noun {
		return false
	}
	toks := st.toks
	modal := false
	for k := h.head - 1; k >= 0 && k >= h.head-15; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == "“" || t.Text == "\"" {
			return false
		}
		if t.Tag == "MD" {
			modal = true
			continue
		}
		if !modal {
			if isAux(t) || t.Tag == "RB" || t.Tag == "TO" || modalTryTo(toks, k) {
				continue
			}
			return false // the act's own verb group is not modal: "believed to have attacked"
		}
		if st.words.beliefNouns[t.Lower] && k+1 < len(toks) && toks[k+1].Lower == "that" || st.words.beliefVerbs[t.Lower] {
			// ("expected" only with "that": "is expected to" is expectedAct's)
			return !ownSide(st, k, h.head)
		}
		if finite(t.Tag) && !isAux(t) || t.Text == "," && k < h.head-1 && k+1 < len(toks) && toks[k+1].Lower != "the" && st.at[k+1] < 0 {
			return false
		}
	}
	return false
}

// modalTryTo reports a bare "try", "seek" or "attempt" at k before
// "to" ("would try to avenge", "might seek to block"): the modal that
// governs it governs the act of the infinitive too.
func modalTryTo(toks []dyad.Token, k int) bool {
	if toks[k].Tag != "VB" || k+1 >= len(toks) || toks[k+1].Tag != "TO" {
		return false
	}
	switch toks[k].Lower {
	case "try", "seek", "attempt":
		return true
	}
	return false
}

// ownSide reports a believer who speaks of its own side's act: "Tony
// Blair has predicted the British Government will give aid" is the
// government's intent, said by its head (the same code, or the same
// country when the act is its government's or its forces'). The believer is the nearest
// mention in the six tokens before the verb of belief at k; the act's
// subject the first mention between k and the act at i.
func ownSide(st *sentence, k, i int) bool {
	var who, subj = -1, -1
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if st.at[j] >= 0 && !st.ments[st.at[j]].Modifier { // "tariffs on Chinese steel in the hope that Beijing …": no believer
			who = st.at[j]
			break
		}
	}
	for j := k + 1; j < i; j++ {
		if st.at[j] >= 0 {
			subj = st.at[j]
			break
		}
	}
	if who < 0 || subj < 0 {
		return false
	}
	a, b := st.ments[who], st.ments[subj]
	return a.Code != "" && (a.Code == b.Code || a.Country != "" && a.Country == b.Country && hasSector(b, "GOV", "MIL"))
}

// pundits reports an asserted verb in the present tense or a progressive
// in the clause that critics or analysts say, argue, believe or warn:
// "brushing off critics who say he is blocking one", "experts said Kim
// was trying to pressure Washington" tell their reading of the news, no
// act. An act they report in the past tense is left alone, and so is
// one under a modal ("analysts say China might be planning to blockade
// Taiwan" is hypothetical, as falseevents_clauses_test.go has it).
func pundits(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.status != dyad.Asserted {
		return false
	}
	switch toks[i].Tag {
	case "VBZ", "VBP", "VBG", "VB":
	default:
		return false
	}
	for k := i - 1; k >= 1 && k >= i-15; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" {
			return false
		}
		switch t.Lemma {
		case "say", "argue", "believe", "warn", "contend", "suggest", "fear", "think", "predict":
		default:
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if st.words.punditNouns[toks[j].Lower] {
				return true
			}
			if toks[j].Lower != "who" && toks[j].Lower != "many" && toks[j].Lower != "some" && toks[j].Tag != "JJ" && toks[j].Tag != "RB" {
				break
			}
		}
		return false
	}
	return false
}

// genericActor reports a verb in a relative clause whose antecedent is
// anyone at all: "consequences for any party that violates the truce",
// "anyone who attacks". A rule for whoever might act is no act.
func genericActor(toks []dyad.Token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].Lower {
	case "whoever", "whichever":
		return true
	case "who", "that", "which":
	default:
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch toks[k].Lower {
		case "any", "anyone", "anybody", "every", "everyone":
			return true
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "NNS" && toks[k].Tag != "JJ" && toks[k].Tag != "NNP" {
			return false
		}
	}
	return false
}

// stancePassive reports a stance verb in the passive present ("is
// opposed by", "are backed by", "is supported by", "are banned by the
// UN"): how things stand, no act of the day.
func stancePassive(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" || i+1 >= len(toks) || toks[i+1].Lower != "by" {
		return false
	}
	switch toks[i].Lemma {
	case "oppose", "support", "back", "favour", "favor", "endorse", "ban", "prohibit", "outlaw", "forbid":
	default:
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	return j >= 0 && (toks[j].Lower == "is" || toks[j].Lower == "are")
}

// metConditions reports "met" whose passive subject is a condition or
// demand ("the preconditions … have not been met by the Russians"):
// satisfied, no meeting.
func metConditions(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if toks[i].Lemma != "meet" || toks[i].Tag != "VBN" {
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || isAux(toks[j]) || toks[j].Tag == "MD") {
		j--
	}
	if j == i-1 {
		return false // no passive auxiliary
	}
	for k := j; k >= 0 && k >= j-25; k-- {
		if st.words.conditionNouns[toks[k].Lower] {
			return true // (past a long subject: "the preconditions for attendance set by …, including …, have been met")
		}
		if toks[k].Text == ";" || toks[k].Text == ":" || st.at[k] < 0 && (toks[k].Tag == "VBZ" || toks[k].Tag == "VBP") && !isAux(toks[k]) {
			return false
		}
	}
	return false
}

// calledNominal reports a nominal event right after "what X called"
// (or "described as", "termed", "dubbed", "branded", in any tense: "what
// the UN is calling a genocide") with no actor of its own before it:
// "citing what President Gustavo Petro called genocide in Gaza" names
// Petro's label for another's deed, not a deed of Petro's. A label with its actor ("what it called Venezuela's illegal
// detention") is left to the nominal rules.
func calledNominal(st *sentence, h *verbHit) bool {
	toks := st.toks
	k := h.head - 1
	// the label's own words before its head: "a failed assassination
	// attempt", "a politically motivated attack", "a 'cowardly' act",
	// none of them an actor
	det := false // a determiner makes the head a noun, whatever its tag ("a cowardly attack")
	for k >= 0 && k >= h.head-5 && st.at[k] < 0 && (toks[k].Text == "\"" || toks[k].Text == "“" || labelModifier(toks[k])) {
		det = det || toks[k].Tag == "DT"
		k--
	}
	if !det && !nounLike(st, h) {
		return false
	}
	if k >= 0 && toks[k].Lower == "as" {
		k--
	}
	if k < 2 {
		return false
	}
	switch toks[k].Lower {
	case "called", "calls", "calling", "described", "describes", "describing", "termed", "terms", "terming", "dubbed", "dubbing", "branded", "branding", "labelled", "labeled", "labelling", "labeling":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].Lower == "what" {
			return true
		}
		if isPunct(toks[j]) {
			return false
		}
	}
	return false
}

// labelModifier reports a word that may stand before the head of a
// label: a determiner, adjective, adverb, participle, number or common
// noun ("a failed assassination attempt", "a politically motivated
// attack").
func labelModifier(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "RB", "VBN", "CD", "NN":
		return true
	}
	return false
}

// adviceIf reports a verb under "should", "must" or "ought to" after an
// "if" or "unless" clause ("If Washington wants to
// contain Iran, it should talk to Tehran"): advice, which the modal rules
// leave uncoded when no "if" stands beside it.
func adviceIf(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head - 1; k >= 0 && k >= h.head-3; k-- {
		switch toks[k].Lower {
		case "should", "must":
			return words(toks[:h.head], "if", "unless")
		case "to":
			return k > 0 && toks[k-1].Lower == "ought" && words(toks[:h.head], "if", "unless")
		}
		if toks[k].Tag != "RB" && toks[k].Lower != "not" {
			return false
		}
	}
	return false
}

// planTerms reports a modal verb in a sentence that opens with "Under
// the plan," (deal, agreement, proposal, terms, accord, treaty): what
// the plan would have its parties do, no act or pledge of theirs.
func planTerms(toks []dyad.Token, i int) bool {
	if len(toks) < 4 || toks[0].Lower != "under" {
		return false
	}
	comma := 1
	for comma < len(toks) && comma <= 6 && toks[comma].Text != "," {
		comma++
	}
	if comma >= len(toks) || comma > 6 || toks[comma].Text != "," || i < comma {
		return false
	}
	if !words(toks[1:comma], "plan", "deal", "agreement", "proposal", "terms", "accord", "treaty", "framework", "proposals") {
		return false
	}
	for k := i - 1; k > comma && k >= i-3; k-- {
		if toks[k].Tag == "MD" {
			return true
		}
		if toks[k].Tag != "RB" && !isAux(toks[k]) {
			return false
		}
	}
	return false
}

// futureDuty reports a verb at i governed by a future or conditional
// obligation ("will have to defend", "would have to agree on", "'ll have
// to pay"): a duty, not a plan of the subject's own, so not an intent
// (CODING.md: "will" or "would" alone is not an event).
func futureDuty(toks []dyad.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "to" || toks[i-2].Lower != "have" {
		return false
	}
	switch toks[i-3].Lower {
	case "will", "would", "'ll", "shall", "may", "might", "could":
		return true
	}
	return false
}

// genericRelative reports a verb at i in a restrictive relative clause
// of the present tense whose head is a bare plural or an indefinite
// pronoun ("exclude pupils who commit or threaten violence", "anyone who
// attacks a police officer", "those who oppose the plan"): a description
// of a class of people, no act of the day. A relative on a named or
// definite head ("the rebels who attack the city") is not generic.
func genericRelative(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBP" && toks[i].Tag != "VBZ" && toks[i].Tag != "VB" {
		return false
	}
	// back over a coordinated present verb: "who commit or threaten"
	j := i - 1
	if j >= 2 && (toks[j].Lower == "or" || toks[j].Lower == "and") && (toks[j-1].Tag == "VBP" || toks[j-1].Tag == "VBZ") {
		j -= 2
	}
	if toks[i].Tag == "VB" && j == i-1 {
		return false // a bare verb needs the coordinated present before it
	}
	if j < 1 || toks[j].Lower != "who" && toks[j].Lower != "that" {
		return false
	}
	h := j - 1
	switch toks[h].Lower {
	case "anyone", "anybody", "those", "everyone", "whoever", "people":
		return st.at[h] < 0 || toks[h].Lower == "people"
	}
	if toks[h].Tag != "NNS" || h == 0 {
		return false
	}
	// the plural's determiner: none, or "any", "all"
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		switch t := toks[k]; {
		case t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS":
			continue
		case t.Lower == "any" || t.Lower == "all":
			return true
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" || t.Tag == "NNP" || t.Tag == "NNPS":
			return false
		default:
			return true
		}
	}
	return true
}

// sentenceState returns the state of the last actor before token i of the
// sentence that is a state, a capital or one of a state's agents or
// people ("South Korea's Defense Ministry said the country's military
// conducted a drill": KOR), for a definite "the country" that the
// sentence itself answers; "" when none does. Places, modifiers,
// organisations and international bodies answer nothing.
func sentenceState(toks []dyad.Token, ms []actors.Mention, i int) string {
	for j := len(ms) - 1; j >= 0; j-- {
		m := &ms[j]
		if m.End > i || m.Place || m.Modifier || m.Unresolved || m.Country == "" || strings.HasPrefix(m.Code, "IGO") {
			continue
		}
		if m.Start > 0 && toks[m.Start-1].Tag == "IN" && (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) {
			continue // "inside Syria", "over Japan": a place, whatever the matcher says ("for Turkish officials" is the officials')
		}
		switch m.Kind {
		case actors.KindCountry, actors.KindCapital, actors.KindAdjective, actors.KindAgent, actors.KindPerson, "title":
			return m.Country
		}
	}
	return ""
}

// modalOutcome reports a gerund at i that a modal verb of causing
// governs as its possible outcome ("could lead to the Turkish president
// reaching a deal with Damascus", "might result in Kenya withdrawing its
// troops"): what may follow, not what happened, so hypothetical.
func modalOutcome(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" {
		return false
	}
	for j := i - 1; j >= 2 && j >= i-14; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == ":" || finite(t.Tag) && t.Lemma != "be" {
			return false
		}
		if !(t.Lower == "to" && toks[j-1].Lemma == "lead" || t.Lower == "in" && toks[j-1].Lemma == "result") {
			continue
		}
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if toks[k].Tag == "MD" {
				return true
			}
			if toks[k].Tag != "RB" {
				return false
			}
		}
		return false
	}
	return false
}

// ownerOfClaim returns the state or body whose statement noun the "it" at
// i completes ("North Korea's warning that it might conduct a hydrogen
// bomb test", "Iran's claim that it had shot down a drone"): the owner
// of the warning or claim, not the sentence's subject. nil when the
// words before "that" are no possessed statement noun.
func ownerOfClaim(toks []dyad.Token, ms []actors.Mention, i int) *actors.Mention {
	if i < 3 || toks[i-1].Lower != "that" {
		return nil
	}
	switch toks[i-2].Lower {
	case "warning", "warnings", "claim", "claims", "threat", "threats", "announcement", "statement", "insistence", "assertion", "pledge", "promise", "vow", "denial", "admission":
	default:
		return nil
	}
	k := i - 3
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBG" || toks[k].Tag == "RB") {
		k-- // "North Korea's repeated warning"
	}
	if k < 0 || !isPossTok(toks[k]) {
		return nil
	}
	for j := range ms {
		m := &ms[j]
		if m.End == k && !m.Person && !m.Place && (m.Country != "" || m.Kind == actors.KindOrg) {
			return m
		}
	}
	return nil
}

// cognition reports a recognition (054) whose object is a finite clause:
// "seemed to recognise the court was likely to rule against him" is a
// state of mind, not diplomatic recognition. The clause is a finite verb
// within six tokens after the pattern, before any punctuation.
func cognition(st *sentence, h *verbHit) bool {
	if h.code != "054" || h.p.Noun || len(h.p.Slots) > 1 {
		return false
	}
	for i := h.end; i < len(st.toks) && i < h.end+6; i++ {
		t := st.toks[i]
		if t.Lower == "that" && i == h.end {
			return true // "recognised that the talks had failed"
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "MD" { // (not VBP: "recognised a Palestinian state")
			return i > h.end
		}
		if isPunct(t) {
			return false
		}
	}
	return false
}

// hedge reports "did not rule out the possibility of …": declining to
// exclude a possibility rejects nothing and is no event (CODING.md: "ruled
// out talks" is an asserted rejection; its negation is no act at all).
func hedge(st *sentence, h *verbHit) bool {
	if h.status != dyad.Negated || h.p.Noun || len(h.p.Slots) != 2 || st.toks[h.head].Lemma != "rule" || h.head+1 >= len(st.toks) || st.toks[h.head+1].Lower != "out" {
		return false
	}
	for i := h.head + 2; i < len(st.toks) && i <= h.head+4; i++ {
		switch st.toks[i].Lower {
		case "possibility", "prospect", "chance", "likelihood", "option", "scenario":
			return true // (not "has not ruled out attending": a negated rejection)
		}
	}
	return false
}

// prospectSubject reports an event noun at i, subject of its clause,
// whose predicate is a prospect ("direct clashes between Turkish forces
// and US troops in Manbij are now a distinct possibility"): expected, not
// done. The copula is the clause's first verb past the noun's
// complements and actors, within twelve words.
func prospectSubject(st *sentence, i int) bool {
	toks := st.toks
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		if st.at[k] >= 0 {
			continue
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return false
		}
		if t.Lemma == "be" && t.Tag != "VBG" && t.Tag != "VBN" {
			return prospectAfter(toks, k) && subjectPosition(toks, i)
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return false
}

// prospectAfter reports a predicate of prospect within four words after
// the copula at k ("are now a distinct possibility", "is likely",
// "remains a risk"): its subject event is expected, not done.
func prospectAfter(toks []dyad.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].Lower {
		case "possibility", "possible", "likely", "unlikely", "inevitable", "imminent", "risk", "prospect", "looming":
			return true
		case ",", ";", ".", "that", "because":
			return false
		}
	}
	return false
}

// speculated reports an intent verb at i that the text only guesses at:
// under a modal of possibility ("Russia may be preparing to attack",
// "China might be planning to blockade", "could be readying") or an
// appearance or belief ("appears to be preparing", "is believed to be
// planning"). The act it introduces is hypothetical, as "could strike"
// is, and no threat of the subject's.
func speculated(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		switch {
		case (t.Lower == "may" || t.Lower == "might" || t.Lower == "could") && t.Tag == "MD" && t.Text != "May":
			return true
		case t.Lower == "to" && k >= 1 && appearVerb(toks[k-1]):
			return true // "appears to be preparing"
		case t.Lemma == "be" || t.Lemma == "have" || t.Lower == "been" || t.Tag == "RB" || t.Lower == "to" && k+1 < len(toks) && toks[k+1].Lemma == "be":
			continue
		default:
			return false
		}
	}
	return false
}

// appearVerb reports a verb of appearance or belief before "to be"
// ("appears", "seemed", "is believed", "is thought", "are said").
func appearVerb(t dyad.Token) bool {
	switch t.Lower {
	case "appear", "appears", "appeared", "seem", "seems", "seemed", "believed", "thought", "rumoured", "rumored", "suspected":
		return true
	}
	return false
}

// beliefClause reports a verb in the clause after a speaker's certainty
// or expectation, an adjective of words.txt [certainty adjectives]
// ("Yildirim said he was sure Russia and Iran shared its view", "is
// convinced that Tehran will help", "was more hopeful than at any time
// this year that Israel and Hamas would agree"): what the speaker believes, not a
// deed of the clause's subject. The adjective follows a form of "be"
// ("made sure that aid reached Gaza" is a deed), at most 18 tokens
// before the verb ("he was sure Turkey's new partners in the peace
// process – Russia and Iran – shared its view"), or before a second
// "and that" clause coordinated with the first, with no clause break or
// other finite verb between.
func beliefClause(st *sentence, i int) bool {
	toks := st.toks
	for k, lo := i-1, i-18; k >= 1 && k >= lo; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Text == "," && k < i-1 || finite(t.Tag) && k < i-1 && !isAux(t) {
			return false
		}
		if t.Lower == "that" && toks[k-1].Lower == "and" {
			lo = k - 19 // "was confident that the court would try … and that Serbia would join": the second clause is believed too
		}
		if !st.words.certaintyAdjectives[t.Lower] {
			continue
		}
		b := k - 1
		for b > 0 && (toks[b].Tag == "RB" || toks[b].Tag == "RBR" || toks[b].Lower == "more" || toks[b].Lower == "less") {
			b-- // "was more hopeful than at any time this year that …"
		}
		return toks[b].Lemma == "be" && k < i-1
	}
	return false
}

// expectedAct reports an act at i that someone else only expects, hopes,
// wants or fears of its subject ("I would expect the foreign secretary
// to urge the Americans", "Washington expects Israel to allow more aid",
// "Officials hope Hamas will release more hostages"): no deed and no
// intent of the subject's. The act is an infinitive after the expecting
// verb and a noun phrase, or a clause with a modal after a verb of hope,
// fear or belief, or after an expressed or voiced hope ("expressed hope
// that Beijing would urge Pyongyang …").
func expectedAct(st *sentence, i int) bool {
	toks := st.toks
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 2 {
		return false
	}
	inf := toks[k].Lower == "to"
	if !inf && toks[k].Tag != "MD" {
		return false
	}
	j, np := k-1, 0
	for j >= 0 && j > k-10 && (st.at[j] >= 0 || npWord(toks[j])) {
		j, np = j-1, np+1
	}
	if np == 0 || j < 0 {
		return false
	}
	if !inf && toks[j].Lower == "that" && j > 0 {
		j--
	}
	if !inf && (toks[j].Lower == "hope" || toks[j].Lower == "hopes") && j > 0 && (toks[j-1].Lemma == "express" || toks[j-1].Lemma == "voice") {
		return true // "expressed hope that Beijing would urge Pyongyang …": a hope, no deed
	}
	if !strings.HasPrefix(toks[j].Tag, "VB") || st.at[j] >= 0 {
		return false
	}
	switch l := toks[j].Lemma; {
	case inf:
		return l == "expect" || l == "want" || l == "wish" || l == "hope" || l == "need" || l == "prefer"
	default:
		return l == "hope" || l == "expect" || l == "fear" || l == "believe" || l == "think" || l == "predict" || l == "anticipate" || l == "suspect"
	}
}

// spokenGuess reports an "it is likely" clause (its "it" at token it)
// that a speaker says: a verb of saying right before the "it" (after an
// optional "that"), or a ", X said" after the act at i. The speaker is
// not compared with the actor: the actors are not known yet.
func (v *vocab) spokenGuess(toks []dyad.Token, it, i int) bool {
	k := it - 1
	if k >= 0 && toks[k].Lower == "that" {
		k--
	}
	if k >= 0 && v.saidVerbs[toks[k].Lemma] {
		return k == 0 || !v.guessers[toks[k-1].Lower] // "Analysts said it was possible …": a third party's guess
	}
	for j := i + 1; j+1 < len(toks); j++ {
		if toks[j].Text != "," {
			continue
		}
		for m := j + 1; m < len(toks) && m <= j+5; m++ {
			if v.saidVerbs[toks[m].Lemma] && strings.HasPrefix(toks[m].Tag, "VB") {
				return true
			}
		}
	}
	return false
}
