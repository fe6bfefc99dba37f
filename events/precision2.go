package events

// Opinion and background clauses: a second pass over the false events of
// real news and the blind set events-dev5-precision.jsonl. Each rule
// finds a clause that tells what someone believes, forecasts or takes
// for granted, or an act told as a description of an earlier time, and
// keeps the clause's verb from being coded as an event of the day:
//
//   - a forecast: "Moscow is unlikely to launch a new offensive";
//   - a belief about what others would do: "said they believed the
//     militias would use human shields", "claims that the villagers
//     would welcome Turkey's intervention";
//   - the opinion of unnamed critics and analysts about the present or
//     the future: "critics who say he is blocking one";
//   - a generic, unnamed actor: "any party that violates the truce";
//   - a standing stance told in the passive present: "the plan is
//     opposed by the government in Damascus";
//   - conditions or demands that are "met": no meeting;
//   - a relative clause dated weeks before the story: "an Arab militia,
//     which it mobilised seven weeks ago";
//   - the reference point of "the first … since" or "four years since":
//     "the first Briton to die there since Turkey launched its incursion";
//   - a habit: "whenever the authorities crack down";
//   - what an actor had threatened, in a relative clause: "a decision
//     Hungary had threatened to block";
//   - how things stand at a place: "in North Waziristan, where Islamabad
//     accuses Kabul of sheltering fighters";
//   - a summary of many acts over a span: "Israel has carried out
//     hundreds of strikes in Syria in recent years", "has overseen
//     dozens of missile tests since taking power in 2011", "who visited
//     Kyiv several times during the war";
//   - a stance told in an appositive with a present perfect: "a trip
//     China has warned against";
//   - a label in "what X called …" with no actor of its own: "citing
//     what President Gustavo Petro called genocide in Gaza" (the label is
//     no act of Petro's);
//   - a nominal cause: "the sanctions were prompted by North Korea's sixth
//     nuclear test" (CODING.md: background nominals in cause phrases);
//   - an act in a past era: "who led nuclear negotiations with North
//     Korea during the last Bush administration";
//   - deaths in an accident or a disaster: "a small plane crash killed 12
//     people", "tourists killed in a plane crash" (no actor: CODING.md
//     codes nothing from weather and accidents);
//   - advice under a condition: "If Washington wants to contain Iran, it
//     should talk to Tehran";
//   - the terms of a plan or deal: "Under the plan, Israel would withdraw
//     from Gaza in stages" (CODING.md: what a treaty promises is not coded
//     separately).

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// opinionOrBackground reports a hit that one of the rules above keeps
// from being an event. It runs with noEvent, before actors are found.
func (c *Coder) opinionOrBackground(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	return forecast(toks, i) || believedAct(st, h) || pundits(st, h) || genericActor(toks, i) ||
		stancePassive(toks, i) || metConditions(st, h) || c.datedRelative(ctx, st, h) ||
		sinceClause(st, i) || habitual(toks, i) || pluperfectThreat(st, i) || presentWhere(st, i) ||
		c.summary(ctx, st, h) || perfectContact(st, i) || calledNominal(st, h) ||
		causedBy(st, h) || pastEra(toks, i) || accident(st, h) || adviceIf(st, h) || planTerms(toks, i)
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

// beliefVerbs are the forms of verbs of belief whose clause tells what
// someone thinks would happen (by form: the tagger often reads
// "believed" as a noun); beliefNouns are nouns of claim or belief that
// take a "that" clause.
var beliefVerbs = map[string]bool{
	"believe": true, "believes": true, "believed": true, "believing": true, "think": true, "thinks": true,
	"thought": true, "thinking": true, "suspect": true, "suspects": true, "suspected": true,
	"assume": true, "assumes": true, "assumed": true, "predict": true, "predicts": true, "predicted": true,
	"reckon": true, "reckons": true, "reckoned": true, "doubt": true, "doubts": true, "doubted": true,
	"speculate": true, "speculates": true, "speculated": true, "imagine": true, "imagines": true,
	"imagined": true, "fear": true, "fears": true, "feared": true,
}

var beliefNouns = map[string]bool{
	"claim": true, "claims": true, "belief": true, "beliefs": true, "fear": true, "fears": true,
	"suspicion": true, "suspicions": true, "prediction": true, "predictions": true, "speculation": true,
	"expectation": true, "expectations": true, "assumption": true, "assumptions": true, "view": true,
	"expect": true, "expects": true, "expected": true,
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
			if isAux(t) || t.Tag == "RB" || t.Tag == "TO" {
				continue
			}
			return false // the act's own verb group is not modal: "believed to have attacked"
		}
		if beliefNouns[t.Lower] && k+1 < len(toks) && toks[k+1].Lower == "that" || beliefVerbs[t.Lower] {
			// ("expected" only with "that": "is expected to" is expectedAct's)
			return !ownSide(st, k, h.head)
		}
		if finite(t.Tag) && !isAux(t) || t.Text == "," && k < h.head-1 && k+1 < len(toks) && toks[k+1].Lower != "the" && st.at[k+1] < 0 {
			return false
		}
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
		if st.at[j] >= 0 {
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

// punditNouns name unnamed commentators whose views are no events.
var punditNouns = map[string]bool{
	"critics": true, "analysts": true, "experts": true, "observers": true, "commentators": true,
	"pundits": true, "economists": true, "scholars": true, "academics": true, "historians": true,
}

// pundits reports an asserted verb in the present tense or a progressive
// in the clause that critics or analysts say, argue, believe or warn:
// "brushing off critics who say he is blocking one", "experts said Kim
// was trying to pressure Washington" tell their reading of the news, no
// act. An act they report in the past tense is left alone, and so is
// one under a modal ("analysts say China might be planning to blockade
// Taiwan" is hypothetical, as realnews4_test.go has it).
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
			if punditNouns[toks[j].Lower] {
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

// conditionNouns are what is "met" when it is satisfied.
var conditionNouns = map[string]bool{
	"conditions": true, "condition": true, "preconditions": true, "precondition": true, "demands": true,
	"demand": true, "requirements": true, "requirement": true, "criteria": true, "targets": true,
	"target": true, "deadline": true, "needs": true, "expectations": true, "obligations": true,
	"standards": true, "goals": true, "goal": true, "threshold": true, "terms": true, "commitments": true,
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
		if conditionNouns[toks[k].Lower] {
			return true // (past a long subject: "the preconditions for attendance set by …, including …, have been met")
		}
		if toks[k].Text == ";" || toks[k].Text == ":" || st.at[k] < 0 && (toks[k].Tag == "VBZ" || toks[k].Tag == "VBP") && !isAux(toks[k]) {
			return false
		}
	}
	return false
}

// datedRelative reports an act in a non-restrictive relative clause (",
// which it mobilised seven weeks ago", ", where M23 rebels seized Goma
// last month") that the sentence dates two weeks
// or more before publication: a description of its antecedent, as
// oldRelative finds for acts years back.
func (c *Coder) datedRelative(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	v := h.head
	if v >= 2 && toks[v-1].Lower == "to" && (toks[v].Tag == "VB" || toks[v].Tag == "VBP") {
		v -= 2 // the infinitive of a vow or threat: ", who vowed to destroy Boko Haram when he took office last year"
	}
	if ctx.pubDate == "" || toks[v].Tag != "VBD" && toks[v].Tag != "VBN" {
		return false
	}
	rel := -1
	for j := v - 1; j >= 1 && j >= v-5; j-- {
		if toks[j].Lower == "which" || toks[j].Lower == "who" || toks[j].Lower == "where" {
			rel = j
			break
		}
		if isPunct(toks[j]) {
			return false
		}
	}
	if rel < 1 || toks[rel-1].Text != "," {
		return false
	}
	end := clauseEnd(toks, h.head)
	for _, d := range st.dates {
		if d.start <= h.head || d.start >= end {
			continue
		}
		return weeksBefore(d.date, ctx.pubDate)
	}
	return false
}

// weeksBefore reports a date (ISO at day, month or year precision) whose
// last day lies 14 days or more before pub.
func weeksBefore(date, pub string) bool {
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		return false
	}
	var last time.Time
	switch len(date) {
	case 10:
		last, err = time.Parse("2006-01-02", date)
	case 7:
		last, err = time.Parse("2006-01", date)
		last = last.AddDate(0, 1, -1)
	case 4:
		last, err = time.Parse("2006", date)
		last = last.AddDate(1, 0, -1)
	default:
		return false
	}
	return err == nil && p.Sub(last) >= 14*24*time.Hour
}

// sinceClause reports a finite verb in a "since" clause that marks the
// reference point of "the first … since" or of a span ("four years
// since"): "the first Briton to die there since Turkey launched its
// incursion", "It is more than four years since Russia annexed Crimea".
// The gold sets code nothing from such clauses ("the first such contact
// since President Donald Trump took office"). "Ever since X did Y", a
// time clause of its own, is left alone.
func sinceClause(st *sentence, i int) bool {
	toks := st.toks
	if t := toks[i].Tag; t != "VBD" && t != "VBN" && t != "VBZ" && t != "VBP" {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-10 && toks[k].Lower != "since" {
		t := toks[k]
		if isPunct(t) && t.Text != "'s" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) || t.Tag == "IN" && t.Lower != "of" {
			return false // the subject between "since" and the verb holds no clause break, verb or preposition
		}
		k--
	}
	if k < 1 || toks[k].Lower != "since" || toks[k-1].Lower == "ever" {
		return false
	}
	switch toks[k-1].Lower {
	case "years", "decades", "months", "weeks", "year", "decade", "month":
		return true
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].Lower == "first" {
			return true
		}
		if toks[j].Text == ";" || toks[j].Text == ":" {
			return false
		}
	}
	return false
}

// habitual reports a verb in a clause of "whenever" or "every time": a
// habit, no act ("every time the governments try to crack down").
func habitual(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := toks[k]
		if t.Lower == "whenever" || t.Lower == "time" && k > 0 && toks[k-1].Lower == "every" {
			return true
		}
		if isPunct(t) || k < i-1 && finite(t.Tag) && !isAux(t) {
			return false
		}
	}
	return false
}

// pluperfectThreat reports the infinitive of a past perfect in a relative
// clause ("a decision Hungary had threatened to block", "the strike Iran
// had vowed to carry out"): what was threatened or vowed before the
// story, as pluperfectRelative finds for the verb itself.
func pluperfectThreat(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || toks[i-1].Lower != "to" || toks[i].Tag != "VB" && toks[i].Tag != "VBP" {
		return false
	}
	v := i - 2
	if toks[v].Tag != "VBN" && toks[v].Tag != "VBD" {
		return false
	}
	return pluperfectRelative(st, v)
}

// presentWhere reports a verb in the simple present in a non-restrictive
// "where" clause (", where Islamabad accuses Kabul of sheltering
// fighters"): a description of the place, as presentRelative finds
// after ", which" and ", who". A date in the clause makes it an act.
func presentWhere(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-6 && toks[k].Lower != "where" {
		if isPunct(toks[k]) || strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
		k--
	}
	if k < 1 || toks[k].Lower != "where" || toks[k-1].Text != "," {
		return false
	}
	end := clauseEnd(toks, i)
	for j := i + 1; j < end; j++ {
		if st.isDate[j] {
			return false
		}
	}
	return true
}

// spanPhrases open a phrase that spreads a perfect over a span of time or
// many occasions.
var spanPhrases = [][]string{
	{"in", "recent", "years"}, {"in", "recent", "months"}, {"in", "recent", "decades"},
	{"over", "the", "years"}, {"over", "the", "past"}, {"over", "the", "last"},
	{"for", "years"}, {"for", "decades"}, {"for", "months"},
	{"several", "times"}, {"many", "times"}, {"numerous", "times"}, {"on", "several", "occasions"},
	{"on", "many", "occasions"},
}

// summary reports an asserted present perfect, or a past tense in a
// ", who"/", which" clause, that a span or frequency phrase in its clause
// spreads over many acts ("has carried out hundreds of strikes in Syria
// in recent years", "has overseen dozens of missile tests since taking
// power in 2011", "who visited Kyiv several times during the war"): a
// summary of the background, no event of the day. A perfect with "since"
// counts when the span starts a year or more before publication; a
// negated perfect ("has not conducted a nuclear test since 2017") is
// left to its status, and a date in the clause ("on Monday") keeps the act.
// "Repeatedly" alone is not a span: "Pyongyang has repeatedly denied
// allegations" is coded in the seed story.
func (c *Coder) summary(ctx *articleCtx, st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.status != dyad.Asserted || h.p.Noun {
		return false
	}
	perfect := false
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		j--
	}
	if j >= 0 && (toks[j].Lower == "has" || toks[j].Lower == "have") && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") {
		perfect = true
	}
	relative := false
	if !perfect && toks[i].Tag == "VBD" {
		for k := i - 1; k >= 1 && k >= i-5; k-- {
			if (toks[k].Lower == "who" || toks[k].Lower == "which") && toks[k-1].Text == "," {
				relative = true
				break
			}
			if isPunct(toks[k]) {
				break
			}
		}
	}
	if !perfect && !relative {
		return false
	}
	lo := i - 1
	for lo > 0 && i-lo < 8 && !isPunct(toks[lo-1]) {
		lo--
	}
	end := clauseEnd(toks, i)
	for k := i + 1; k < end; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") && !isAux(toks[k]) {
			end = k // a phrase after another verb is that verb's: "calls to release leaders held in Baku since last year"
			break
		}
	}
	for k := lo; k < end; k++ {
		if wordsAt(toks, k, []string{"recent", "days"}) || wordsAt(toks, k, []string{"recent", "weeks"}) || wordsAt(toks, k, []string{"this", "week"}) {
			return false // "has repeatedly threatened … in recent days": the news of the week
		}
		if !st.isDate[k] || perfect && k > 0 && toks[k-1].Lower == "since" {
			continue
		}
		for _, d := range st.dates {
			if d.start <= k && k < d.end && !weeksBefore(d.date, ctx.pubDate) {
				return false // "on Monday": today's act
			}
		}
	}
	if lo > 0 && toks[lo-1].Text == "," {
		comma := 0
		for comma < len(toks) && toks[comma].Text != "," {
			comma++
		}
		if comma == lo-1 {
			lo = 0 // a fronted phrase: "For decades, Pakistan has accused India of …"
		}
	}
	for k := lo; k < end; k++ {
		for _, p := range spanPhrases {
			if wordsAt(toks, k, p) {
				return true
			}
		}
		if perfect && toks[k].Lower == "since" && k > i {
			for _, d := range st.dates {
				if d.start > k && d.start <= k+4 && yearBefore(d.date, ctx.pubDate) {
					return true
				}
			}
		}
	}
	return false
}

// wordsAt reports the lower-case words w at token k.
func wordsAt(toks []dyad.Token, k int, w []string) bool {
	if k+len(w) > len(toks) {
		return false
	}
	for n, x := range w {
		if toks[k+n].Lower != x {
			return false
		}
	}
	return true
}

// yearBefore reports a date (ISO at any precision) that starts a year or
// more before pub.
func yearBefore(date, pub string) bool {
	if len(date) < 4 || len(pub) < 10 {
		return false
	}
	switch len(date) {
	case 4:
		date += "-01-01"
	case 7:
		date += "-01"
	}
	d, err1 := time.Parse("2006-01-02", date)
	p, err2 := time.Parse("2006-01-02", pub)
	return err1 == nil && err2 == nil && !d.After(p.AddDate(-1, 0, 0))
}

// perfectContact reports a present perfect in an appositive contact
// clause (", a trip China has warned against", ", a move Hungary has
// threatened to block"): a noun, an actor, has or have and the verb (or
// its infinitive): what the actor has said or done before, told to
// describe the noun, no act of the day.
func perfectContact(st *sentence, i int) bool {
	toks := st.toks
	if i >= 3 && toks[i-1].Lower == "to" && (toks[i-2].Tag == "VBN" || toks[i-2].Tag == "VBD") {
		i -= 2 // "has threatened to block"
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 3 || toks[j].Lower != "has" && toks[j].Lower != "have" || st.at[j-1] < 0 {
		return false
	}
	m := st.ments[st.at[j-1]]
	k := m.Start - 1 // the noun the clause describes
	if k < 2 || toks[k].Tag != "NN" && toks[k].Tag != "NNS" || !startsLowerASCII(toks[k].Text) {
		return false
	}
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		switch toks[d].Lower {
		case "a", "an":
			return d > 0 && toks[d-1].Text == ","
		}
		if toks[d].Tag != "JJ" && toks[d].Tag != "NN" {
			return false
		}
	}
	return false
}

// calledNominal reports a nominal event right after "what X called"
// (or "described as", "termed", "dubbed", "branded") with no actor of
// its own before it: "citing what President Gustavo Petro called
// genocide in Gaza" names Petro's label for another's deed, not a deed of
// Petro's. A label with its actor ("what it called Venezuela's illegal
// detention") is left to the nominal rules.
func calledNominal(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "DT" || toks[k].Text == "\"" || toks[k].Text == "“") {
		k--
	}
	if k >= 0 && toks[k].Lower == "as" {
		k--
	}
	if k < 2 {
		return false
	}
	switch toks[k].Lower {
	case "called", "calls", "described", "describes", "termed", "terms", "dubbed", "branded", "labelled", "labeled":
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

// causedBy reports a nominal event that is the agent of a verb of
// causing ("were prompted by North Korea's sixth nuclear test", "unrest
// triggered by the killing of a protester"): a cause phrase, whose
// nominals CODING.md leaves uncoded like "in retaliation for the attacks".
func causedBy(st *sentence, h *verbHit) bool {
	if !nounLike(st, h) {
		return false
	}
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "POS" || toks[k].Lower == "'s" || st.at[k] >= 0 || toks[k].Tag == "NN" && startsLowerASCII(toks[k].Text)) {
		k--
	}
	if k < 1 || toks[k].Lower != "by" {
		return false
	}
	switch toks[k-1].Lower {
	case "prompted", "triggered", "sparked", "caused", "fuelled", "fueled", "provoked", "motivated", "driven", "spurred":
		return true
	}
	return false
}

// pastEra reports a verb whose clause places it in an earlier
// administration ("during the last Bush administration", "under the
// previous government"): history, told as background.
func pastEra(toks []dyad.Token, i int) bool {
	lo := i
	for lo > 0 && i-lo < 10 && !isPunct(toks[lo-1]) {
		lo--
	}
	end := clauseEnd(toks, i)
	for k := lo; k+2 < end; k++ {
		if toks[k].Lower != "during" && toks[k].Lower != "under" || toks[k+1].Lower != "the" {
			continue
		}
		switch toks[k+2].Lower {
		case "last", "previous", "former", "earlier":
		default:
			continue
		}
		for j := k + 3; j < end && j <= k+6; j++ {
			switch toks[j].Lower {
			case "administration", "government", "presidency", "regime", "era", "term", "administrations", "governments":
				return true
			}
		}
	}
	return false
}

// accidentNouns name accidents and natural disasters. ("Fire" is not
// among them: "Israeli fire killed two".)
var accidentNouns = map[string]bool{
	"crash": true, "crashes": true, "collision": true, "derailment": true, "earthquake": true, "quake": true,
	"flood": true, "floods": true, "flooding": true, "landslide": true, "landslides": true, "avalanche": true,
	"cyclone": true, "hurricane": true, "typhoon": true, "blaze": true, "wildfire": true, "wildfires": true,
	"accident": true, "stampede": true, "tsunami": true, "eruption": true, "mudslide": true, "heatwave": true,
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
			if accidentNouns[toks[j].Lower] {
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
		if accidentNouns[t.Lower] {
			return true
		}
		if st.at[k] >= 0 {
			m := st.ments[st.at[k]]
			if m.Start > 0 && (toks[m.Start-1].Lower == "in" || toks[m.Start-1].Lower == "near" || startsLowerASCII(toks[m.Start-1].Text) && m.Start > 1 && toks[m.Start-2].Lower == "in") {
				k = m.Start // a place phrase: "in northwest Costa Rica"
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
