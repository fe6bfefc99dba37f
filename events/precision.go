package events

// Precision rules: the commonest ways long-form analysis and commentary
// yield false events, found by judging samples of coded real news
// against CODING.md. Each rule is general (grammar, not topic): a modal
// that scopes over a coordinated or gerund verb ("must stop appeasing
// Turkey and selling it arms"), background adverbs ("has previously
// vetoed"), a history year in the event's clause ("in March, 2016 when
// Turkey shot down a jet"), nominal events that are planned, threatened
// or background ("a threatened offensive", "after the invasion of
// 2003"), and idioms of event verbs ("met with objections", "killed off
// any hope of talks", "fighting alongside Kurdish forces").

import (
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

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
	if presentRelative(st, h.head) || genericRelative(st, h.head) || countedSummary(st, h) || anonymityRequest(st.toks, h.head) || abilityRelative(st.toks, h.head) || (!h.p.Noun || isVerbTag(st.toks, h.head)) && ability(st.toks, h.head) || c.yearModified(ctx, st, h) {
		return true // "Turkey, which occupies northern Cyprus, said …": a standing description, no act of the day
	}
	if backgroundAdverb(st.toks, h.head) || perfectRelative(st.toks, h.head) || pluperfectRelative(st, h.head) || c.pastPerfect(st, h) || c.oldRelative(ctx, st, h) || backgroundParticiple(st, h.head) || subjectParticiple(st, h.head) || subjectRelative(st, h.head) || adjectivalParticiple(st, h.head) || riskedAct(st.toks, h.head) || objectParticiple(st, h.head) && !protestParticiple(st, h) || idiom(st, h) || c.statelike(st, h) || unrealisedModifier(st, h.head) || cognition(st, h) || hedge(st, h) || beliefClause(st, h.head) || diedFighting(st.toks, h.head) || expectedAct(st, h.head) || demandContent(st, h.head) || c.opinionOrBackground(ctx, st, h) {
		return true
	}
	if t := st.toks[h.head].Tag; (h.p.Noun || t == "NN" || t == "VBP" || t == "VB") && h.end == h.head+1 && modifierNoun(st.toks, h.head) {
		return true // "protest groups", "lending agencies" (realnews3.go)
	}
	if (nounLike(st, h) || st.toks[h.head].Tag == "VBZ") && prospectSubject(st, h.head) {
		return true // "direct clashes … are now a distinct possibility" (realnews3.go)
	}
	if nounLike(st, h) && (modalPredicate(st.toks, h.head) || backgroundNominal(st, h.head, false)) ||
		st.toks[h.head].Tag == "VBG" && backgroundNominal(st, h.head, true) {
		return true
	}
	return c.historyYear(ctx, st, h)
}

// screen sets the statuses of a sentence's live hits that their verb
// group alone does not show, once combine has joined warnings and appeals
// with their acts: a modal's scope over coordinated and gerund verbs, and
// a warning of a situation (012) rather than of an act.
func (c *Coder) screen(ctx *articleCtx, st *sentence, hits []verbHit, live []bool) {
	// what a dropped demand, appeal or plan asks for goes with it: "which
	// has previously demanded Assad step down"
	for k := range hits {
		h := &hits[k]
		if live[k] || h.code == "" || h.p.has(flagSpeech) || !c.noEvent(ctx, st, h) {
			continue
		}
		for j := range hits {
			g := &hits[j]
			if live[j] && g.head >= h.end && g.head-h.end <= 6 && (st.toks[g.head].Tag == "VB" || st.toks[g.head].Tag == "VBP") && !breakBetween(st.toks, h.end, g.head) {
				live[j] = false
			}
		}
	}
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.p.has(flagSpeech) || h.code == "" {
			continue
		}
		if !h.p.Noun && (h.status == dyad.Asserted || h.status == dyad.Negated) {
			if s, ok := modalScope(st.toks, h.head); ok && (h.status == dyad.Asserted || s == dyad.Hypothetical) {
				h.status = dyad.Hypothetical
			}
			if h.status == dyad.Asserted && modalOutcome(st.toks, h.head) {
				c.suppose(h) // "could lead to Erdoğan reaching a deal with Damascus" (precision6.go)
			}
		}
		if (nounLike(st, h) || st.toks[h.head].Tag == "VBG") && subjectNominal(st, h) {
			live[k] = false // "pressure and sanctions against North Korea cannot solve the issue": whose sanctions is not said
			continue
		}
		if dropCollectives(st, h) || courtAppeal(st, h) {
			live[k] = false // "most governments balk at …", "would appeal the verdict" (realnews3.go)
			continue
		}
		if compoundActors(st, h) {
			live[k] = false // "watch a Russian-led attack": a modifier names no actor (prec2.go)
			continue
		}
		if declinedComment(st, h) {
			h.code, h.target = "011", nil // "refused to confirm the report"
		}
		if !refusedComment(st, h) || feltSince(st, h) {
			live[k] = false // "commented on the vote": no refusal; "has been angered by" (rnlex9.go)
			continue
		}
		if len(h.target) > 0 {
			t := h.target[:0:0]
			for _, m := range h.target {
				if !sanctionObject(st, h, m) {
					t = append(t, m)
				}
			}
			h.target = t // "opposed any unilateral sanctions on North Korea"
		}
		if bareMeeting(st, h) && len(h.source) < 2 && len(h.target) == 0 {
			live[k] = false // "the Palestinians called the meeting a failure"
			continue
		}
		if verbalAttack(st, h) {
			h.code = "111" // "attacked the way the war was sold": a criticism
			if k := criticisedOf(st.toks, h); k > 0 {
				keepTargetsBefore(h, k)
			}
		}
		if !h.p.Noun && requestContent(st, h.head) {
			live[k] = false // "are urging the envoy, Jan Egeland, not to attend": asked for, not done
			continue
		}
		if forceRuledOut(st, h) {
			h.code, h.status, h.threat = "138", dyad.Asserted, true // "has never ruled out using force"
			for j := range hits {
				if j != k && live[j] && hits[j].head > h.head && hits[j].head <= h.head+4 && c4(hits[j].code) {
					live[j] = false // the force itself, only threatened
				}
			}
		}
		if h.status == dyad.Asserted && !h.p.Noun {
			if g := coordinatedInfinitive(st.toks, h.head); g >= 0 {
				c.infinitiveOf(h, st.toks[g].Lemma) // "plans to reverse its position and lift sanctions"
			}
		}
		if h.status == dyad.Asserted && !h.p.Noun && obligation(st.toks, h.head) {
			h.status = dyad.Hypothetical // "the government has to call an election"
		}
		if h.status == dyad.Future && !h.p.Noun && futureDuty(st.toks, h.head) {
			c.suppose(h) // "will have to defend his record" (precision6.go)
		}
		if h.status == dyad.Asserted && !h.p.Noun {
			if j := helpedVerb(st, h.head); j >= 0 {
				switch s := verbStatus(st.toks, j, st); s {
				case dyad.Hypothetical, dyad.Negated:
					h.status = s // "stayed to help the Kurds repel the attack"
				case dyad.Future:
					c.suppose(h) // "will help the rebels attack": not the helper's own plan
				}
			}
		}
		if nounLike(st, h) {
			switch preparedNominal(st, h.head) {
			case "plot", "deter", "prevent", "avert", "thwart", "foil", "forestall", "pre-empt", "preempt":
				live[k] = false // "suspected of plotting attacks", "to deter an Iranian attack": no attack
				continue
			}
		}
		if !h.p.Noun && opinionInfinitive(st.toks, h.head) {
			live[k] = false // "how essential it is to rebut and discredit such leaders"
			continue
		}
		if !h.p.Noun && subjunctiveDemand(st, h.head) && cameo.Root(h.code) != "10" { // (mandative made it the demand itself)
			live[k] = false // "insisted on Tuesday that Hezbollah fighters withdraw"
			continue
		}
		if h.status == dyad.Asserted && nounLike(st, h) {
			switch preparedNominal(st, h.head) {
			case "prepare", "plan":
				h.status = dyad.Future // "Russia is preparing an offensive": a plan
				if c.quad(h.code) <= 2 {
					h.code = intentCode(h.code)
				} else if !strings.HasPrefix(h.code, "13") {
					h.code, h.threat = threatCode(c.ont, h.code), true
				}
			case "":
			default:
				c.suppose(h) // "weighing a ground offensive": only considered
			}
		}
		if h.status == dyad.Asserted && (nounLike(st, h) || st.toks[h.head].Tag == "VBG") && nominalModal(st.toks, h.head) {
			h.status = dyad.Hypothetical // "could also lead to renewed fighting"
		}
		if h.status == dyad.Asserted && !h.p.Noun {
			c.futureScope(st, h) // "has said it will invade and destroy the enclave"
		}
		if h.status == dyad.Asserted && preventedFar(st.toks, h.head) {
			h.status = dyad.Negated // "has prevented the Turkish president, Recep Tayyip Erdoğan, from destroying"
		}
		if h.status == dyad.Asserted && unrealisedGerund(st.toks, h.head) {
			h.status = dyad.Hypothetical // "has not ruled out attending the conference"
		}
		if h.status == dyad.Asserted && !h.p.Noun {
			c.quotedVerb(st, h) // "would “cooperate” with"
		}
		if requested(st.toks, h.head) {
			if st.toks[h.head-1].Lower == "to" {
				if h.status == dyad.Hypothetical {
					live[k] = false // "an EU demand for Turkey to recognise Cyprus": asked for, not done
					continue
				}
			} else if h.status == dyad.Asserted {
				c.suppose(h) // "Trump's demand that Germany prosecute its citizens"
			}
		}
		if h.code == "057" && st.toks[h.head].Lemma == "agree" && objectIn(st.toks, h.head, agreedViews) {
			h.code = "019" // "agreed on the need for more pressure": accord, no signed agreement
		}
		if h.code == "063" && objectIn(st.toks, h.head, captives) {
			h.code = "0841" // "handed over 21 schoolgirls to the authorities": a release
		}
		colon := h.head+1 < len(st.toks) && st.toks[h.head+1].Text == ":"
		if h.code == "130" && st.toks[h.head].Lemma == "warn" && (len(h.target) == 0 || colon) && c.warnsOfSituation(st, hits, live, k) {
			h.code = "012" // "warns of unprecedented suffering": a pessimistic comment, no threat
			if colon {
				h.target = nil // "warned: Al-Qaida is still a grave threat": the quote's subject is no target
			}
		}
	}
}

// nounLike reports a hit whose head is a noun in its phrase: a noun
// pattern, or a verb pattern's word the tagger could not tell from a noun
// after a determiner ("a final Iraqi assault", "the next OPEC meeting").
func nounLike(st *sentence, h *verbHit) bool {
	if h.p.Noun {
		return true
	}
	toks := st.toks
	switch toks[h.head].Tag {
	case "VBZ":
		// "despite strict UN sanctions": a plural noun the tagger took
		// for a verb, after an adjective or determiner
		j := h.head - 1
		for j >= 0 && st.at[j] >= 0 {
			j--
		}
		// (an unknown adjective is NN to the tagger: "despite strict UN
		// sanctions", but not "the moment North Korea launches")
		adj := j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" ||
			toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text) && j > 0 && toks[j-1].Tag == "IN")
		if l := toks[h.head].Lemma; j == h.head-1 && j > 0 && l != "be" && l != "have" && l != "do" && (toks[j].Lower == "and" || toks[j].Lower == "or") && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS") && startsLowerASCII(toks[j-1].Text) {
			return true // "pressure and sanctions": a plural noun coordinated with a noun
		}
		return j >= 0 && j < h.head-1 && (adj || toks[j].Tag == "PRP$" || toks[j].Tag == "POS" || toks[j].Tag == "IN") ||
			j == h.head-1 && adj && toks[j].Tag != "NN"
	case "VBD", "VBN", "VB", "MD", "JJ": // JJ: "is ready to" (sentences.PredicativeAdjective)
		return false
	}
	j := h.head - 1
	for j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text) || toks[j].Tag == "CD") {
		j--
	}
	if toks[h.head].Tag == "VBG" && j < h.head-1 && (j < 0 || toks[j].Tag == "IN") &&
		(toks[h.head-1].Tag == "JJ" || st.at[h.head-1] >= 0 && st.ments[st.at[h.head-1]].Kind == actors.KindAdjective) {
		return true // "killed by Russian shelling", "Russian shelling killed": a modified gerund names the act
	}
	return j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "POS")
}

// modalScope reports a modal of possibility or obligation ("can", "must",
// "should", "may not") whose verb group reaches the verb at i past
// coordination and gerund complements ("can starve and bomb the
// opposition", "must stop arming X and selling it jets"), within the
// clause and with no finite verb between. Such a verb states what may or
// ought to happen, not a deed: hypothetical.
func modalScope(toks []dyad.Token, i int) (dyad.Status, bool) {
	j := modalAt(toks, i)
	if j < 0 {
		return "", false
	}
	if t := toks[j]; (t.Lower == "can" || t.Lower == "cannot" || t.Lower == "ca") && negatedAfter(toks, j, i) {
		return "", false // "cannot reach": negated, as the verb group says
	}
	return dyad.Hypothetical, true
}

// modalAt returns the index of the modal of possibility or obligation
// ("can", "cannot", "must", "should", "ought", "may", "might") whose verb
// group reaches the verb at i, as modalScope describes, or -1 when none
// does (another modal such as "will" or "could", a clause break or a
// finite verb comes first).
func modalAt(toks []dyad.Token, i int) int {
	switch toks[i].Tag {
	case "VBD", "VBZ", "VBP":
		return -1 // a finite verb has its own tense: "he might be a terrorist threatens …"
	case "VBN":
		if i == 0 || !isAux(toks[i-1]) {
			return -1 // "fighters captured in Syria": a participle's own act
		}
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		switch t.Lower {
		case "can", "cannot", "ca", "must", "should", "ought", "may", "might":
			if t.Tag != "MD" && t.Lower != "cannot" && t.Lower != "ought" || t.Text == "May" {
				return -1 // "May" the month or name ("Theresa May's warning")
			}
			return j
		case "will", "would", "shall", "could", "did", "does", "do", "'ll", "wo":
			return -1 // the verb group's own rules decide
		case ";", ":", ",", "that", "which", "who", "whom", "because", "but", "while", "when", "whereas", "after", "before", "since", "if", "unless", "although", "though", "as", "until", "so", "“", "”", "\"", "(", ")":
			return -1
		}
		if finite(t.Tag) && t.Lemma != "be" && t.Lemma != "have" {
			return -1 // a finite verb of its own: "must admit it sold arms"
		}
	}
	return -1
}

// negatedAfter reports "not" or "n't" between tokens a and b.
func negatedAfter(toks []dyad.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if toks[k].Lower == "not" || toks[k].Lower == "n't" || toks[k].Lower == "never" {
			return true
		}
	}
	return false
}

// backgroundAdverb reports an adverb in the verb group that puts the act
// in the past as background ("Russia has previously vetoed", "has long
// armed the rebels", "had once ruled") or makes it a habit ("regularly
// holding drills"), not news of the day.
func backgroundAdverb(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := toks[j]
		switch t.Lower {
		case "regularly", "routinely", "habitually", "traditionally", "customarily", "usually", "often", "frequently", "typically", "normally":
			return true // a habit, not an act: "militaries regularly holding drills"
		case "rarely", "seldom", "always":
			// "Israel rarely claims responsibility", "they always complain";
			// not a pledge ("vowed to always stand with Moscow")
			k := j - 1
			for k >= 0 && (toks[k].Text == "\"" || toks[k].Text == "“") {
				k-- // (to "always stand with")
			}
			return (k < 0 || toks[k].Lower != "to") && (toks[i].Tag == "VBZ" || toks[i].Tag == "VBP" || toks[i].Tag == "VBD" || toks[i].Tag == "VBN")
		case "previously", "formerly", "historically", "long":
			return t.Lower != "long" || j > 0 && (toks[j-1].Lemma == "have" || toks[j-1].Lemma == "be")
		case "once":
			return !(j+1 < len(toks) && (toks[j+1].Lower == "again" || toks[j+1].Lower == "more")) && j > 0 && (toks[j-1].Lemma == "have" || toks[j-1].Lemma == "be" || toks[j-1].Tag == "NNP" || toks[j-1].Tag == "NNS" || toks[j-1].Tag == "PRP")
		}
		if t.Tag != "RB" && !isAux(t) && t.Tag != "MD" {
			break
		}
	}
	// "has called for a withdrawal before, but …": "before" closing the
	// clause of a perfect
	if perfect(toks, i) {
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if toks[k].Lower == "before" && k+1 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Text == "." || toks[k+1].Text == ";" || toks[k+1].Lower == "but" || toks[k+1].Lower == "and") {
				return true
			}
			if toks[k].Text == "," || toks[k].Text == ";" || strings.HasPrefix(toks[k].Tag, "VB") {
				break
			}
		}
	}
	// "in the past" before the verb in its clause ("have in the past
	// stressed") or right after its words ("threatened such action in the
	// past"), not in a later phrase ("thanked X for help during difficult
	// times in the past")
	lo, _ := clauseBounds(toks, i)
	for k := lo; k+2 < len(toks) && k <= i; k++ {
		if inThePast(toks, k) {
			return true
		}
	}
	end := i + 1
	for end < len(toks) && end <= i+4 && toks[end].Text != "," && !strings.HasPrefix(toks[end].Tag, "VB") {
		if inThePast(toks, end) {
			return true
		}
		end++
	}
	return false
}

// inThePast reports "in the past" at k, not "in the past week/year/…".
func inThePast(toks []dyad.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lower != "in" || toks[k+1].Lower != "the" || toks[k+2].Lower != "past" {
		return false
	}
	if k+3 < len(toks) {
		switch toks[k+3].Lower {
		case "week", "weeks", "month", "months", "year", "years", "day", "days", "few", "two", "three", "24", "48", "decade", "hour", "hours":
			return false
		}
	}
	return true
}

// unrealisedModifiers are premodifiers of an event noun saying that the
// event has not happened: "a threatened offensive", "the planned visit",
// "a possible strike", "the next summit".
var unrealisedModifiers = map[string]bool{
	"threatened": true, "planned": true, "proposed": true, "possible": true, "potential": true,
	"expected": true, "looming": true, "imminent": true, "feared": true, "future": true,
	"next": true, "upcoming": true, "prospective": true, "mooted": true, "rumoured": true,
	"rumored": true, "impending": true, "hypothetical": true, "eventual": true, "would-be": true,
	"anticipated": true, "promised": true, "forthcoming": true,
}

// unrealisedModifier reports an event word at i premodified, inside its
// noun phrase, by a word saying it has not happened: "a threatened
// Turkish offensive", "the planned visit", "Russia's possible strike",
// "the next OPEC meeting". ("The EU threatened new sanctions" has a verb,
// not a premodifier, before its noun.)
func unrealisedModifier(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := toks[j]
		if unrealisedModifiers[t.Lower] {
			p := toks[j-1]
			return p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "POS" || p.Lower == "'s" || p.Lower == "’s" || p.Tag == "IN" || p.Tag == "TO"
		}
		if !(st.at[j] >= 0 || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "CD" || t.Tag == "VBN") {
			return false
		}
	}
	return false
}

// modalPredicate reports an event noun at i, subject of its clause, whose
// predicate is modal: "a final assault on the city would finish within
// days", "the next summit will be held in Jakarta" (CODING.md: "will" or
// "would" alone is not an event).
func modalPredicate(toks []dyad.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" {
			return false
		}
		if t.Tag == "MD" || t.Lower == "will" || t.Lower == "would" {
			return subjectPosition(toks, i)
		}
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN" {
			return false
		}
	}
	return false
}

// subjectPosition reports an event noun at i that starts its clause's
// noun phrase: no verb or preposition before it in the clause.
func subjectPosition(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Lower == "that" {
			return true
		}
		if strings.HasPrefix(t.Tag, "VB") {
			switch t.Lemma {
			case "say", "tell", "believe", "think", "expect", "predict", "warn", "claim", "insist", "add", "suggest", "hope", "fear", "note", "estimate", "know":
				return true // the subject of a complement: "Ahmed said a final assault would …"
			}
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" || t.Tag == "TO" {
			return false
		}
	}
	return true
}

// backgroundNominal reports an event noun at i in a time or cause phrase,
// looking past premodifying actors ("After the US invasion of 2003, …",
// "ahead of the Turkish invasion", "in response to the attack"), the
// object of a verb of undergoing ("fled the airstrikes", "survived the
// bombing"), or the act in a victims' clause with no actor of its own
// ("civilians have been killed in airstrikes and shelling"): background,
// or an act whose source the clause does not give. A gerund (gerund
// true) is tested for the victims' clause only.
func backgroundNominal(st *sentence, i int, gerund bool) bool {
	toks := st.toks
	j := i - 1
	actor := false // an actor inside the noun phrase: "in an American airstrike"
	for j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Lower == "and") {
		switch toks[j].Lower {
		case "face", "faces", "facing", "faced":
			return !gerund // "many of whom face criminal charges" (a noun to the tagger)
		}
		actor = actor || st.at[j] >= 0
		j--
	}
	if j < 0 {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Text != ","; k++ {
		if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return false // a finite clause: "after a Taliban assault left two soldiers dead"
		}
	}
	if gerund && toks[j].Lower != "in" && !(strings.HasPrefix(toks[j].Tag, "VB") && undergoing[toks[j].Lemma]) {
		return false // a participle ("protesters rallying outside parliament"): only the victims' and undergoing rules
	}
	switch toks[j].Lower {
	case "after", "before", "following", "since", "amid", "despite", "during":
		return true
	case "for", "over", "against", "about", "than":
		// a cause or topic: "a revenge attack for US air strikes",
		// "protests over the Israeli raid" (as matchNoun, past the actor)
		return actor
	case "of":
		// "ahead of the Turkish invasion", "the failure of any military
		// sanctions"; not "three days of Turkey's offensive", "accused
		// Russia of the attack"
		return j > 0 && backgroundOf[toks[j-1].Lower]
	case "to":
		if j > 0 {
			switch toks[j-1].Lower {
			case "response", "reply", "reaction", "run-up", "lead-up", "prelude":
				return true // "in response to the attack"
			}
		}
	case "in":
		// "civilians have been killed in airstrikes and shelling": the
		// clause's subject is the victim, not the act's source
		k := j - 1
		for k >= 0 && (toks[k].Tag == "RB" || isAux(toks[k])) {
			k--
		}
		if !actor && k >= 0 && strings.HasPrefix(toks[k].Tag, "VB") && !byActor(st, i+1) {
			switch toks[k].Lemma {
			case "kill", "die", "wound", "injure", "hurt", "destroy", "damage", "perish", "flatten", "raze", "lose":
				return true
			}
		}
	}
	if toks[j].Lemma == "be" && !gerund && j > 0 && !isAux(toks[j-1]) && toks[j-1].Lower != "there" {
		return true // a predicate noun: "It was the second worst terror attack in French history"
	}
	if strings.HasPrefix(toks[j].Tag, "VB") && undergoing[toks[j].Lemma] {
		return true
	}
	return false
}

// backgroundOf are the heads of "X of <event>" phrases that make the
// event background, a cause, or one not (yet) real: "ahead of", "in the
// aftermath of", "the failure of", "the threat of", "because of".
var backgroundOf = map[string]bool{
	"ahead": true, "aftermath": true, "wake": true, "anniversary": true, "failure": true,
	"threat": true, "threats": true, "risk": true, "risks": true, "prospect": true, "prospects": true,
	"fear": true, "fears": true, "possibility": true, "danger": true, "dangers": true, "spectre": true,
	"specter": true, "lack": true, "absence": true, "memory": true, "memories": true, "legacy": true,
	"eve": true, "toll": true, "implications": true, "consequences": true, "because": true,
	"instead": true, "likelihood": true, "chance": true, "chances": true, "idea": true,
	"contravention": true, "violation": true, "violations": true, "breach": true, "breaches": true,
	"defiance": true,
}

// byActor reports "by" and an actor within a few words from token k:
// "killed in a suicide attack by Taliban supporters".
func byActor(st *sentence, k int) bool {
	for j := k; j < len(st.toks) && j <= k+4; j++ {
		if st.toks[j].Lower == "by" {
			for m := j + 1; m < len(st.toks) && m <= j+4; m++ {
				if st.at[m] >= 0 {
					return true
				}
			}
			return false
		}
		if st.toks[j].Text == "," {
			return false
		}
	}
	return false
}

// undergoing are verbs whose object event is undergone, not done, by
// the subject: "fled the airstrikes and shelling", "survived the bombing".
var undergoing = map[string]bool{
	"flee": true, "escape": true, "survive": true, "endure": true, "witness": true, "evade": true,
	"avoid": true, "remember": true, "recall": true, "commemorate": true, "mark": true, "fear": true,
	"face": true,
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
	case c4(h.code) && h.head+1 < len(toks) && toks[h.head+1].Lower == "alongside":
		return true
	case c4(h.code) && withAgainst(toks, h.head):
		return true // "militias that had fought with Washington against Isis": allies
	case strings.HasPrefix(h.code, "087") && lemma == "withdraw" && objectIn(toks, h.head, withdrawnThings):
		return true // "withdrew its support for the resolution": no retreat
	case lemma == "charge" && h.head+1 < len(toks) && chargeIdioms[toks[h.head+1].Lower]:
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
		return true // "defended the Syrian city of Kobane from Isis": by arms, no 052 (realnews3.go)
	case figurative(st, h):
		return true // "were left scrambling to interpret", "want to appear threatening" (realnews3.go)
	case lemma == "ask" && h.head+1 < len(toks) && askedAbout(toks[h.head+1].Lower):
		return true // "a reporter asked about her role": a question, no request
	case h.p.Code != "" && len(h.p.Slots) > 0 && len(h.p.Slots[0]) > 0 && h.p.Slots[0][0] == "be" && (h.code == "012" || h.code == "013") && negatedAfter(toks, h.head, h.end):
		return true // "he is not overly concerned": no comment of concern
	case toks[h.head].Tag == "VBG" && h.head > 0 && (toks[h.head-1].Lower == "towards" || toks[h.head-1].Lower == "toward"):
		return true // "pledged to work towards lifting the ban": an aim
	case lemma == "seize" && objectIn(toks, h.head, seizedChances):
		return true // "schools are now seizing the tools we have given them": no seizure (coder10.go)
	case lemma == "seal" && objectIn(toks, h.head, scenes):
		return true // "police sealed off the crash site": a cordon, no blockade of anyone
	case lemma == "negotiate" && objectIn(toks, h.head, negotiatedPaths):
		return true // "the tram was negotiating a sharp curve"
	case lemma == "defy" && objectIn(toks, h.head, defiedThings):
		return true // "the dangers that journalists defy", "defied the odds": no norm defied
	case lemma == "destroy" && objectIn(toks, h.head, abstractObjects):
		return true // "will destroy remaining goodwill"
	case lemma == "clash" && clashedOver(toks, h.head):
		return true // "had clashed over the proposals to raise VAT": a quarrel, no fight
	case c4(h.code) && withWords(toks, h.head):
		return true // "bombarded the minister with requests": words, no shells
	case faced(toks, h.head):
		return true // "many of whom face criminal charges": what may come, no act
	case adjectivalGerund(st, h.head):
		return true // "released opposing accounts", "the invading army"
	case lemma == "welcome" && toks[h.head].Tag != "VBN" && toks[h.head].Tag != "VBD" && toks[h.head].Tag != "VBG" && copula(toks, h.head):
		return true // "they are not welcome here": an adjective
	case lemma != "meet" && !c4(h.code):
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
			return false
		}
		if lemma == "meet" && meetIdiomObjects[t.Lower] || lemma != "meet" && abstractObjects[t.Lower] {
			return true
		}
		if t.Tag == "IN" && t.Lower != "with" && t.Lower != "off" || t.Tag == "TO" || strings.HasPrefix(t.Tag, "VB") || t.Text == "," || t.Text == "." {
			return false
		}
	}
	return false
}

// chargeIdioms are words right after "charge" that make it no
// indictment: a rush ("charged ahead", "charging into the lead") or a
// price ("charges a fee", "charged interest").
var chargeIdioms = map[string]bool{
	"ahead": true, "forward": true, "up": true, "into": true, "through": true, "down": true,
	"fee": true, "fees": true, "interest": true, "rent": true, "prices": true, "customers": true,
	"premium": true, "premiums": true, "tolls": true, "tariffs": true,
}

// c4 reports a material-conflict code (roots 18–20): assault, fight,
// mass violence.
func c4(code string) bool {
	r := cameo.Root(code)
	return r == "18" || r == "19" || r == "20"
}

// meetIdiomObjects are what one "meets" that is no one: "met with
// objections", "meets the criteria", "met the press", "met his death".
var meetIdiomObjects = map[string]bool{
	"objection": true, "objections": true, "criticism": true, "resistance": true, "approval": true,
	"criteria": true, "criterion": true, "requirement": true, "requirements": true, "standard": true,
	"standards": true, "target": true, "targets": true, "goal": true, "goals": true, "demand": true,
	"demands": true, "need": true, "needs": true, "expectation": true, "expectations": true,
	"concern": true, "concerns": true, "rule": true, "rules": true, "pledge": true, "pledges": true,
	"deadline": true, "condition": true, "conditions": true, "obligation": true, "obligations": true,
	"press": true, "success": true, "failure": true, "scepticism": true, "skepticism": true,
	"condemnation": true, "silence": true, "response": true, "reaction": true, "derision": true,
	"outrage": true, "anger": true, "fate": true, "end": true, "death": true, "disapproval": true,
	"hostility": true, "indifference": true, "applause": true, "cheers": true, "dismay": true,
	"threshold": true, "costs": true, "cost": true, "quota": true, "commitments": true, "ones": true,
	"payments": true, "bills": true, "mark": true,
}

// abstractObjects are objects of violence verbs that make them a figure
// of speech: "killed off any hope of talks", "torpedoed the deal".
var abstractObjects = map[string]bool{
	"hope": true, "hopes": true, "chance": true, "chances": true, "plan": true, "plans": true,
	"deal": true, "idea": true, "bill": true, "proposal": true, "challenge": true, "talks": true,
	"process": true, "momentum": true, "prospect": true, "prospects": true, "career": true,
	"dream": true, "dreams": true, "reform": true, "reforms": true, "initiative": true,
	"legislation": true, "motion": true, "credibility": true, "reputation": true, "argument": true,
	"arguments": true, "notion": true, "policy": true, "policies": true, "record": true,
	"goodwill": true, "trust": true, "confidence": true, "morale": true, "consensus": true,
	"philosophy": true, "ideology": true, "ideologies": true, "narrative": true,
}

// scenes are places police seal off after an incident: "sealed off the
// crash site", "the scene".
var scenes = map[string]bool{"site": true, "scene": true, "scenes": true, "wreckage": true, "building": true}

// negotiatedPaths are what one "negotiates" that is no party: "was
// negotiating a sharp curve".
var negotiatedPaths = map[string]bool{
	"curve": true, "bend": true, "corner": true, "turn": true, "obstacle": true, "obstacles": true,
	"terrain": true, "stairs": true, "slope": true, "rapids": true, "traffic": true, "maze": true,
}

// defiedThings are what one defies that is no norm, law or order:
// "defied the odds", "the dangers journalists defy".
var defiedThings = map[string]bool{
	"odds": true, "danger": true, "dangers": true, "expectations": true, "expectation": true,
	"gravity": true, "logic": true, "belief": true, "description": true, "age": true,
	"predictions": true, "forecasts": true, "weather": true, "stereotypes": true,
}

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
		if !(finite(toks[h.head].Tag) || toks[h.head].Tag == "VBN") || !contactClause(toks, e) {
			return false
		}
	}
	lo, hi := e, len(toks)
	for j := e + 1; j < len(toks); j++ {
		if toks[j].Text == ";" || toks[j].Text == "." || toks[j].Lower == "because" {
			hi = j
			break
		}
	}
	for j := lo; j < hi; j++ {
		switch toks[j].Lower {
		case "if", "unless", "retaliation", "retaliate", "respond", "response", "consequences", "action", "measures", "countermeasures", "force", "reprisals", "sanctions", "it", "we", "they", "he", "she", "its", "our":
			return false // a threat of the warner's own act, or a conditional one
		}
		if st.at[j] >= 0 && len(h.source) > 0 && st.ments[st.at[j]].Country == h.source[0].Country {
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

// historyYear reports a hit dated by its own sentence to two or more
// years before publication, in a form the date resolver leaves to the
// hit's neighbour: a year right after the act ("the US invasion of
// 2003"), a "when" clause after a past date ("in March, 2016 when Turkey
// shot down a jet"), or a participle clause after one ("seized the
// capital in January 2015, forcing the president to resign"). Reported
// findings ("investigators said …") are news, as in Code.
func (c *Coder) historyYear(ctx *articleCtx, st *sentence, h *verbHit) bool {
	if ctx.pub.IsZero() || st.reporter != nil {
		return false
	}
	if _, _, from := c.dateFor(ctx, st, h); from != "published" {
		return false // the sentence dates the act itself
	}
	toks := st.toks
	pub := ctx.pub.Year()
	for y := range toks {
		if !oldYear(toks, y, pub) {
			if untilYear(toks, y, pub) && y < h.head && h.head-y <= 11 && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Lower == "when" && !breakBetween(toks, y+3, h.head) {
				return true // "operated openly until 2013, when Pakistan banned the group"
			}
			continue
		}
		switch {
		case y > h.head && y-h.head <= 8 && !breakBetween(toks, h.head, y) && !participleYear(toks, h.head, y):
			// "the invasion of 2003", "shot down a jet in 2015"
			return true
		case y < h.head && h.head-y <= 10 && y+1 < len(toks) && toks[y+1].Lower == "when" && !breakBetween(toks, y+2, h.head),
			y < h.head && h.head-y <= 11 && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Lower == "when" && !breakBetween(toks, y+3, h.head):
			return true // "in March, 2016 when Turkey shot down", "in mid-2016, when it sent troops"
		case y+2 == h.head && toks[h.head].Tag == "VBG" && toks[y+1].Text == ",":
			return true // "…in January 2015, forcing"

		case y < h.head && h.head-y <= 10 && toks[h.head].Tag == "VB" && y+2 < len(toks) && toks[y+1].Text == "," && toks[y+2].Tag == "VBG" && !commaBetween(toks, y+2, h.head):
			return true // "…, forcing the president to resign"
		case y < h.head && y <= 3 && y+1 < len(toks) && toks[y+1].Text == "," && len(st.dates) <= 1 && !clauseBetween(toks, y+2, h.head):
			return true // "In 2015, the movement seized the city of Kunduz"
		}
	}
	return false
}

// oldYear reports a year token at y two or more years before pub, used as
// a date ("in 2015", "of 2003", "March, 2016", "January 2015"), not an
// open range ("since 2015").
func oldYear(toks []dyad.Token, y, pub int) bool {
	t := toks[y].Text
	for _, p := range []string{"mid-", "early-", "late-"} {
		if hasPrefixFold(t, p) && len(t) == len(p)+4 {
			t = t[len(p):] // "in mid-2016"
		}
	}
	if !pastYear(t, pub) || y == 0 {
		return false
	}
	p := toks[y-1].Lower
	if p == "," && y >= 2 {
		p = toks[y-2].Lower
	}
	if _, ok := months[p]; ok {
		return true
	}
	if (p == "early" || p == "late" || p == "mid") && y >= 2 {
		p = toks[y-2].Lower // "in early 2015"
	}
	return p == "in" || p == "of"
}

// untilYear reports a year token at y two or more years before pub that
// ends a span ("until 2013", "till 2009"): a "when" clause after it tells
// what happened then, history as after "in 2013".
func untilYear(toks []dyad.Token, y, pub int) bool {
	if y == 0 || !pastYear(toks[y].Text, pub) {
		return false
	}
	p := toks[y-1].Lower
	return p == "until" || p == "till" || p == "through"
}

// pastYear reports a four-character token t that reads as a year from
// 1900 to two years before pub, the publication year ("2015" in a 2024
// story; not "2023", "1850", "1,20" or "3000").
func pastYear(t string, pub int) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false // (no Atoi, and no error allocated, for "said")
	}
	n, err := strconv.Atoi(t)
	return err == nil && n >= 1900 && pub-n >= 2
}

// breakBetween reports a clause break between tokens a and b: a comma,
// semicolon or a word opening a new clause.
func breakBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "but", "and", "while", "which", "who", "that", "after", "before", "since":
			return true
		}
	}
	return false
}

// clauseBetween is breakBetween for a subject between a fronted date and
// its verb: an "and" joining nouns ("In late 2016, Kurdish and Iraqi
// forces started an offensive") is no break; one before a verb is.
func clauseBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Lower == "and" {
			if k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") {
				return true
			}
			continue
		}
		if breakBetween(toks, k, k+1) {
			return true
		}
	}
	return false
}

// requested reports an infinitive at i that is the content of a request
// noun: "a demand for Turkey to recognise Cyprus", "calls for the army to
// withdraw". What is asked for is not done (CODING.md), and the request
// noun itself is coded, when it is an event, by the noun rules.
func requested(toks []dyad.Token, i int) bool {
	if i >= 3 && (toks[i].Tag == "VB" || toks[i].Tag == "VBP") && toks[i-1].Lower != "to" {
		// "Trump's demand that Germany repatriate and prosecute its citizens";
		// "requested the Security Council hold consultations"
		for k := i - 1; k >= 1 && k >= i-8; k-- {
			if toks[k].Lower == "that" {
				return requestNouns[toks[k-1].Lower]
			}
			if k < i-1 && strings.HasPrefix(toks[k].Tag, "VB") {
				switch toks[k].Lemma {
				case "request", "demand", "insist", "urge", "propose", "suggest", "recommend", "ask":
					return true
				}
			}
			if (toks[k].Tag == "VBP" || toks[k].Tag == "VB") && k+1 < i && (toks[k+1].Lower == "and" || toks[k+1].Lower == "or") {
				continue // "repatriate and prosecute"
			}
			if toks[k].Text == "," && k > 0 && k+1 < len(toks) && (toks[k-1].Tag == "NNP" || toks[k-1].Tag == "NNPS") && (toks[k+1].Tag == "NNP" || toks[k+1].Tag == "NNPS") {
				continue // a list of names: "that Germany, France and Britain repatriate"
			}
			if strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VB" || toks[k].Text == "," || toks[k].Tag == "MD" {
				return false
			}
		}
		return false
	}
	if i < 3 || toks[i-1].Lower != "to" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-7; k-- {
		if toks[k].Lower == "for" {
			return requestNouns[toks[k-1].Lower]
		}
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Text == "," {
			return false
		}
	}
	return false
}

// copula reports a form of "be" before token i past adverbs ("are not
// welcome"): the word at i is an adjective, not a verb.
func copula(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].Lemma == "be" {
			return true // (past up to three adverbs: "are clearly not very welcome")
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// perfectRelative reports a verb in the perfect inside a non-restrictive
// relative clause: "North Korea, which has conducted six nuclear tests,
// fired …", "Isis, which has claimed responsibility for attacks on
// Britain, …". Such a clause describes the antecedent from its past;
// the news is in the main clause. (", which claimed responsibility for
// the attack," in the simple past is often the news itself and stays.)
func perfectRelative(toks []dyad.Token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j >= 0 && toks[j].Lower == "been" {
		j--
	}
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 2 || toks[j].Lemma != "have" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	r := toks[j-1].Lower
	return (r == "which" || r == "who") && toks[j-2].Text == ","
}

// requestNouns name a request, whose content is not done: "a demand for
// Turkey to recognise Cyprus", "Trump's demand that Germany prosecute".
var requestNouns = map[string]bool{
	"demand": true, "demands": true, "call": true, "calls": true, "appeal": true, "appeals": true,
	"request": true, "requests": true, "bid": true, "push": true, "pressure": true, "plea": true,
	"pleas": true, "proposal": true, "proposals": true, "plan": true, "plans": true, "ultimatum": true,
	"campaign": true, "insistence": true, "suggestion": true, "recommendation": true,
}

// perfect reports "has", "have" or "had" in the verb group of the verb
// at i: "has called", "had previously demanded".
func perfect(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Lemma == "have" {
			return true
		}
		if toks[j].Tag != "RB" && toks[j].Lower != "been" {
			return false
		}
	}
	return false
}

// pastPerfect reports an act in the past perfect as the main verb of a
// sentence ("The group had seized power through a Trojan horse act")
// that nobody reports,
// that has no date, no complement clause and no time clause: the
// narrative background of analysis, not the day's news. ("Police said
// the gunman had opened fire", "had entered the town on Friday" and
// "after the rebels had seized the town, …" stay.)
func (c *Coder) pastPerfect(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !perfect(toks, h.head) || st.reporter != nil || len(st.dates) > 0 {
		return false
	}
	j := h.head - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		j--
	}
	if j < 0 || toks[j].Lower != "had" && toks[j].Lower != "'d" {
		return false
	}
	for k := 0; k < j; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" {
			return false // not the main clause: "police confirmed they had arrested a man"
		}
	}
	for _, t := range toks {
		switch t.Lower {
		case "that", "after", "before", "when", "until", "once", "by", "since", "as", "if", "“", "”", "\"", "ago", "earlier", "later":
			return false
		}
		if c.isSpeechOrCognition(t) {
			return false
		}
	}
	return true
}

// unrealisedGerund reports a gerund at i that its governing verb says is
// only weighed, planned or refused: "has not ruled out attending the
// conference", "considered imposing sanctions", "avoided meeting".
func unrealisedGerund(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" || i == 0 {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Lower == "out") {
		k--
	}
	if k < 0 || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	switch toks[k].Lemma {
	case "rule", "consider", "contemplate", "discuss", "propose", "suggest", "avoid", "oppose", "resist", "mull", "weigh", "explore", "postpone", "delay", "risk", "recommend", "advocate", "envisage", "debate":
		return toks[k].Lemma != "rule" || k+1 < len(toks) && toks[k+1].Lower == "out"
	}
	return false
}

// quotedVerb reads the status of a verb that a quotation mark parts from
// its auxiliaries: the government would “cooperate”, Seoul will “never”
// attack. The verb group's own rules stop at the mark.
func (c *Coder) quotedVerb(st *sentence, h *verbHit) {
	toks := st.toks
	i := h.head
	if i < 2 {
		return
	}
	switch toks[i-1].Text {
	case "“", "\"", "‘", "'", "``":
	default:
		return
	}
	plain := make([]dyad.Token, 0, i) // the sentence up to the verb, without the mark
	plain = append(append(plain, toks[:i-1]...), toks[i])
	s := verbStatus(plain, len(plain)-1, st)
	if s == dyad.Asserted {
		return
	}
	h.status = s
	if s == dyad.Future {
		if c.quad(h.code) <= 2 {
			h.code = intentCode(h.code)
		} else if !strings.HasPrefix(h.code, "13") {
			h.code = threatCode(c.ont, h.code)
		}
	}
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

// adjectivalGerunds are participles that, before a noun, describe it:
// "opposing accounts", "the invading army", "warring parties".
var adjectivalGerunds = map[string]bool{
	"opposing": true, "ruling": true, "governing": true, "warring": true, "invading": true,
	"occupying": true, "retreating": true, "advancing": true, "surrendering": true, "striking": true,
	"protesting": true, "leading": true, "competing": true, "rival": true, "besieging": true,
	"negotiating": true, // "the negotiating table", "its negotiating team"
}

// adjectivalGerund reports a participle of that list used as a
// premodifier at i: after a determiner, adjective or a verb that does not
// take a gerund ("released opposing accounts"), before a common noun.
func adjectivalGerund(st *sentence, i int) bool {
	toks := st.toks
	if !adjectivalGerunds[toks[i].Lower] || i+1 >= len(toks) || i == 0 {
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
func faced(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].Lower {
		case "face", "faces", "facing", "faced":
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
			continue // a participle before its noun: "destroy remaining mutual goodwill" (prec8.go)
		}
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "to" || strings.HasPrefix(toks[k].Tag, "VB") {
			return false
		}
	}
	return false
}

// withdrawnThings are objects of "withdraw" that are no forces.
var withdrawnThings = map[string]bool{
	"support": true, "nomination": true, "bill": true, "offer": true, "proposal": true,
	"candidacy": true, "application": true, "request": true, "complaint": true, "lawsuit": true,
	"motion": true, "resolution": true, "recognition": true, "threat": true, "demand": true,
	"invitation": true, "backing": true, "objection": true, "objections": true, "name": true,
	"amendment": true, "plan": true, "draft": true, "funding": true, "accreditation": true,
}

// agreedViews are what one "agrees on" without an agreement: "agreed on
// the need for more pressure".
var agreedViews = map[string]bool{"need": true, "importance": true, "necessity": true, "urgency": true}

// captives are people whose handing over is a release, not judicial
// cooperation.
var captives = map[string]bool{
	"hostages": true, "hostage": true, "captives": true, "abductees": true, "schoolgirls": true,
	"girls": true, "children": true, "women": true, "kidnapped": true, "abducted": true,
}

// nominalModal reports an event noun or gerund at i in the object of a
// modal verb group within its clause: "could also lead to renewed
// fighting", "may spark a wider war", "could resume shelling". The noun
// patterns and the verb group read only the verb right before.
func nominalModal(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := toks[j]
		if t.Tag == "MD" && t.Text != "May" {
			if j+2 < i && toks[j+1].Lemma == "be" && (toks[j+2].Lower == "seen" || toks[j+2].Lower == "heard") {
				return false // "troops could be seen taking part in a drill": evidence, not a possibility
			}
			return !negatedAfter(toks, j, i)
		}
		switch t.Lower {
		case ",", ";", ":", "that", "which", "who", "because", "but", "while", "when", "after", "before", "since", "if", "as":
			return false
		}
		if finite(t.Tag) && t.Lemma != "be" && t.Lemma != "have" && j != i-1 {
			return false // (right before the noun, a participle: "renewed fighting")
		}
	}
	return false
}

// futureScope makes future a verb coordinated with, or a gerund under, a
// "will" or "would" verb group that the verb's own group does not show:
// "has said it will invade and destroy the enclave" (the destruction is
// threatened, 13x, as the invasion is). A conditional's main clause is
// left to the status rules.
func (c *Coder) futureScope(st *sentence, h *verbHit) {
	toks := st.toks
	i := h.head
	if t := toks[i].Tag; t != "VB" && t != "VBP" || i < 3 || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" {
		return
	}
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		t := toks[j]
		switch t.Lower {
		case "will", "would", "shall", "'ll":
			for _, u := range toks {
				if u.Lower == "if" || u.Lower == "unless" {
					return
				}
			}
			h.status = dyad.Future
			if c.quad(h.code) <= 2 {
				h.code = intentCode(h.code)
			} else if !strings.HasPrefix(h.code, "13") {
				h.code = threatCode(c.ont, h.code)
			}
			return
		case ",", ";", ":", "that", "which", "who", "because", "but", "while", "when", "after", "before", "since", "if", "“", "”", "\"":
			return
		}
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VB" || t.Tag == "MD" {
			return
		}
	}
}

// pluperfectRelative reports a verb in the past perfect inside a relative
// clause, with a pronoun or without one: "parts of the country that
// Turkey had seized from Isis", "the same missile Kim had threatened to
// use on Guam". In a sentence with no date, such a clause recalls the
// antecedent's past.
func pluperfectRelative(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Lower == "been") {
		j--
	}
	if j < 2 || toks[j].Lower != "had" || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	k := j - 1 // the relative clause's subject, if any
	if st.at[k] >= 0 {
		k = st.ments[st.at[k]].Start - 1
	} else if toks[k].Tag == "PRP" {
		k--
	}
	if k < 1 {
		return false
	}
	end := clauseEnd(toks, i)
	for _, d := range st.dates {
		if d.start > k && d.start < end {
			return false // dated in the clause: "the town that rebels had seized on Friday"
		}
	}
	switch toks[k].Lower {
	case "which", "who", "whom":
		return true
	case "that":
		// "areas that Turkey had seized"; not a complement clause: "a
		// Saudi accusation that it had launched the attack"
		return st.at[j-1] >= 0 && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") && !complementNouns[toks[k-1].Lower]
	}
	// a contact clause: a common noun right before the subject
	return k < j-1 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && startsLowerASCII(toks[k].Text) && !isHardBreak(toks[k])
}

// complementNouns take a "that" clause that states their content, not a
// relative clause: "the accusation that it had launched the attack".
var complementNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true, "claim": true,
	"claims": true, "report": true, "reports": true, "charge": true, "charges": true, "suggestion": true,
	"fear": true, "fears": true, "news": true, "belief": true, "evidence": true, "rumour": true,
	"rumours": true, "assertion": true, "insistence": true, "demand": true, "fact": true, "idea": true,
	"view": true, "assurance": true, "assurances": true, "warning": true, "warnings": true, "denial": true,
	"statement": true, "confirmation": true, "sign": true, "signs": true, "proof": true, "suspicion": true,
	"suspicions": true, "impression": true, "finding": true, "findings": true, "conclusion": true,
}

// clauseEnd returns the index of the first comma, semicolon or full stop
// after token i, or the sentence length.
func clauseEnd(toks []dyad.Token, i int) int {
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].Text {
		case ",", ";", ".", ":":
			return k
		}
	}
	return len(toks)
}

// preventedFar reports a gerund after "from" whose governing verb keeps
// the act from happening, past a long object: "has prevented the Turkish
// president, Recep Tayyip Erdoğan, from destroying the project". (The
// verb group's rule looks five words back.)
func preventedFar(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" && toks[i].Tag != "NN" || i < 2 || toks[i-1].Lower != "from" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-14; j-- {
		switch toks[j].Lemma {
		case "prevent", "bar", "ban", "block", "stop", "prohibit", "forbid", "deter", "keep", "discourage", "restrain", "dissuade":
			return strings.HasPrefix(toks[j].Tag, "VB")
		}
		switch toks[j].Lower {
		case "prevented", "prevents", "barred", "blocked", "stopped", "deterred", "kept", "discouraged", "restrained", "dissuaded":
			return true // (a verb the tagger may not know)
		}
		if toks[j].Text == ";" || toks[j].Lower == "that" || toks[j].Lower == "which" {
			return false
		}
	}
	return false
}

// oldRelative reports an act in a relative clause ("schoolgirls who were
// kidnapped by Boko Haram in April 2014") dated by the sentence two or
// more years before publication: a description of its antecedent, even
// in a reported sentence (Code keeps reported history as findings).
func (c *Coder) oldRelative(ctx *articleCtx, st *sentence, h *verbHit) bool {
	if ctx.pubDate == "" {
		return false
	}
	date, _, from := c.dateFor(ctx, st, h)
	if from != "text" || !history(date, ctx.pubDate) {
		return false
	}
	toks := st.toks
	for j := h.head - 1; j >= 0 && j >= h.head-4; j-- {
		switch toks[j].Lower {
		case "who", "which", "that":
			return true
		}
		if toks[j].Tag != "RB" && !isAux(toks[j]) && toks[j].Tag != "VBN" {
			return false
		}
	}
	return false
}

// backgroundParticiple reports a participle after its noun inside a time
// or circumstance phrase: "after an 11th hour truce brokered by Moscow",
// "under a deal brokered by Russia and Turkey". The phrase is background
// to the clause, as its nominal would be.
func backgroundParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || toks[i+1].Lower != "by" {
		return false // (a finite clause, "after Syrian troops withdrew", is coded)
	}
	if p := toks[i-1]; p.Tag != "NN" && p.Tag != "NNS" || !startsLowerASCII(p.Text) {
		return false
	}
	j := i - 2
	for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || st.at[j] >= 0) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "after", "before", "since", "following", "amid", "despite", "under", "during":
		return true
	}
	return false
}

// presentRelative reports a verb in the simple present right after the
// pronoun of a non-restrictive relative clause (", which occupies", ",
// who leads"): a description of how things stand, not an act the story
// reports, unless a date in the clause says when.
func presentRelative(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return false
	}
	if w := toks[i-1].Lower; w != "which" && w != "who" || toks[i-2].Text != "," {
		return false
	}
	switch toks[i].Lemma {
	case "be", "travel", "arrive", "visit", "fly", "head", "leave", "return":
		return false // "Funaro, who travels to Italy this evening": a trip under way
	}
	end := clauseEnd(toks, i)
	for k := i + 1; k < end; k++ {
		if st.isDate[k] {
			return false
		}
	}
	return true
}
