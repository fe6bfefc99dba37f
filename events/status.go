package events

// Status rules that look past the verb's own auxiliaries (CODING.md,
// Events): claims, suspicions, passive charges, "reportedly" and "the
// alleged attack" (alleged, with the claimer's 112 for a conflictual act
// of another); later denials (denied); embedded and yes/no questions,
// unconfirmed acts, conditions, goals and requests not to act, and the
// main clause of a conditional in the conditional mood (hypothetical);
// decisions and attempts not to act (negated); infinitives their verb
// says happened ("prompting North Korea to warn", "ordered the army to
// strike") (asserted); and acts of states that no longer exist (history).
// Of the hypothetical acts, Code keeps only conditions, possibilities,
// attempts and yes/no questions (openHypothesis, scope.go): an aim, a
// duty, a request's content or an embedded question is no event.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/sentences"
)

// claimScopes marks the complement clauses of verbs of claiming and
// suspecting ("the UK has claimed Assad's forces used chemical weapons",
// "Israel said it had proof that Hamas …"): claimer[i] is who makes the
// claim about the act at token i (a zero Mention when the claim has no
// named author: "it was alleged that …"), inClaim[i] whether token i is
// in such a clause. Passive accusations with no named accuser ("was
// accused of using", "is suspected of poisoning", "was blamed for")
// open an alleged scope whose acts take the passive subject as source.
//
// inClaim is a zeroed buffer of one claimKind per token, returned filled;
// claimer is nil when no verb of claiming opens a clause (a per-token
// array of mentions allocated for every sentence was most of coding's
// garbage).
func (c *Coder) claimScopes(st *sentence, scopeStatus []dyad.Status, scopeSubj [][]actors.Mention, inClaim []claimKind) (claimer []actors.Mention, _ []claimKind) {
	toks := st.toks
	for i, t := range toks {
		if (t.Lower == "determined" || t.Lower == "concluded") && i+1 < len(toks) && toks[i+1].Lower == "that" {
			t.Lemma, t.Tag = "conclude", "VBD" // "determined that": tagged as an adjective
		}
		// "Macron's claim that …", "allegations that …": a claim with no
		// verb; its acts are alleged
		switch t.Lower {
		case "claim", "claims", "allegation", "allegations", "accusation", "accusations", "suspicion", "suspicions", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions":
			if i+1 < len(toks) && toks[i+1].Lower == "that" && !strings.HasPrefix(t.Tag, "VB") {
				for k := i + 2; k < len(toks) && !scopeBreak(st, k); k++ {
					inClaim[k] = claimSaid
				}
				continue
			}
		}
		// "an adviser … denied that the Syrian army attacked civilians": the
		// act is denied even when the denier is no known actor
		if t.Lemma == "deny" && strings.HasPrefix(t.Tag, "VB") && i+1 < len(toks) && toks[i+1].Lower == "that" {
			for k := i + 2; k < len(toks) && !scopeBreak(st, k); k++ {
				if scopeStatus[k] == "" {
					scopeStatus[k] = dyad.Denied
				}
			}
		}
		// "is believed to have shelled", "are said to have attacked": an
		// act nobody vouches for, by the passive subject
		switch t.Lower {
		case "believed", "thought", "said", "suspected", "reported", "alleged", "understood", "known", "rumoured", "rumored":
			if i > 0 && toks[i-1].Lemma == "be" && i+3 < len(toks) && toks[i+1].Lower == "to" && toks[i+2].Lower == "have" {
				if subj := c.subject(st, i); len(subj) > 0 {
					for k := i + 1; k < len(toks) && !scopeBreak(st, k); k++ {
						scopeStatus[k] = dyad.Alleged
						scopeSubj[k] = subj
					}
				}
				continue
			}
		}
		if !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		if (t.Lower == "suspected" || t.Lower == "alleged") && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN") && (i == 0 || toks[i-1].Tag == "CD" || toks[i-1].Tag == "DT") {
			continue // "Suspected jihadists killed 12 soldiers": who did it is suspected, not that it happened
		}
		start := -1
		switch t.Lemma {
		case "claim", "allege", "suspect", "conclude":
			if i > 0 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "CD" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "PRP$" || toks[i-1].Tag == "POS" || wordNumber(toks[i-1].Lower) > 0) {
				continue // "five suspects", "its claims": nouns
			}
			if k := i + 1; (t.Lemma == "claim" || t.Lemma == "allege") && k+2 < len(toks) && dayBetween(toks, k) && toks[k+2].Lower == "that" && clauseAt(st, k+2) {
				start = k + 2 // "Britain claimed on Monday that …", as "charged on Friday that" below (not an inquiry's "concluded on Friday": sources_test.go)
				break
			}
			if i+1 < len(toks) {
				switch toks[i+1].Tag {
				case "DT", "NNP", "NNPS", "PRP", "PRP$", "WDT", "IN", "NNS", "NN", "JJ", "CD":
					if toks[i+1].Tag == "IN" && toks[i+1].Lower != "that" && toks[i+1].Lower != "of" && toks[i+1].Lower != "for" {
						continue // "suspects on Tuesday"
					}
				default:
					continue
				}
			}
			if i+1 < len(toks) && (toks[i+1].Lower == "responsibility" || toks[i+1].Lower == "credit" || toks[i+1].Lower == "victory") {
				continue // "claimed responsibility": an admission, no claim about another
			}
			if i+1 < len(toks) && (toks[i+1].Lower == "of" || toks[i+1].Lower == "for") {
				break // "suspected of": below
			}
			if !clauseAt(st, i+1) {
				continue // "claimed control of the town", "claimed the lives of"
			}
			start = i + 1
		case "charge":
			// "Kenya charged that Somalia had armed the militants": the
			// content of a charge is alleged, as of "alleged that"
			k := i + 1
			for k < len(toks) && dayBetween(toks, k) {
				k++ // "Kenya charged on Friday that …"
			}
			if k < len(toks) && toks[k].Lower == "that" && clauseAt(st, k) {
				start = k
			}
		case "say", "tell", "state", "announce", "insist":
			// "said it had proof that", "said there was evidence that"
			for k := i + 1; k < len(toks) && k <= i+7; k++ {
				if isClauseBreak(toks, k) {
					break
				}
				if toks[k].Lemma == "proof" || toks[k].Lemma == "evidence" {
					n := k + 1
					if n < len(toks) && (toks[n].Text == "”" || toks[n].Text == "\"" || toks[n].Tag == "''") {
						n++ // had “proof” that
					}
					if n < len(toks) && toks[n].Lower == "that" {
						start = n + 1
						break
					}
				}
			}
		}
		if start >= 0 {
			var who actors.Mention
			if !isPassive(toks, i) {
				if src := c.subject(st, i); len(src) > 0 {
					who = src[0]
				}
			}
			kind := claimSaid
			if t.Lemma == "allege" || t.Lemma == "suspect" || t.Lemma == "charge" {
				kind = claimCharge // "alleged Iran supplied drones": an accusation whatever the act
			}
			if claimer == nil {
				claimer = make([]actors.Mention, len(toks))
			}
			for k := start; k < len(toks) && !scopeBreak(st, k); k++ {
				claimer[k], inClaim[k] = who, kind
			}
			continue
		}
		// passive accusation with no accuser: "was accused of using"
		switch t.Lemma {
		case "accuse", "suspect", "blame":
		default:
			continue
		}
		if !passiveCharge(toks, i) || contactCharge(st, i) {
			continue
		}
		subj := c.subject(st, i)
		if len(subj) == 0 {
			continue
		}
		for k := i + 1; k < len(toks) && !scopeBreak(st, k); k++ {
			if k > i+2 && finite(toks[k].Tag) && st.at[k] < 0 && !isPassive(toks, i) {
				break // "troops suspected of killing civilians withdrew": the main clause
			}
			scopeStatus[k] = dyad.Alleged
			scopeSubj[k] = subj
		}
	}
	return claimer, inClaim
}

// claimKind says whether a token is in a claim's clause, and whether the
// claim is a charge ("alleged", "suspects") whatever the act.
type claimKind int8

const (
	notClaimed claimKind = iota
	claimSaid
	claimCharge
)

// claimed makes an asserted act in a claim's clause alleged, unless the
// claimer tells its own act ("Hamas claimed its fighters fired …"). A
// claim that another did a conflictual act (QuadClass 3 or 4), or any
// act it is charged with, is also an accusation: it returns the
// claimer's 112 against each source.
func (c *Coder) claimed(st *sentence, h *verbHit, claimer []actors.Mention, inClaim []claimKind) []verbHit {
	if inClaim[h.head] == notClaimed || h.status != dyad.Asserted || len(h.source) == 0 {
		return nil
	}
	var who actors.Mention // none when the claim names no claimer ("allegations that …")
	if claimer != nil {
		who = claimer[h.head]
	}
	if h.p.has(flagDeny) {
		// "Israel claimed Hamas fired rockets, which Hamas denied": the
		// denial answers the claimer
		if len(h.target) == 0 && who.Code != "" && who.Code != h.source[0].Code {
			h.target = []actors.Mention{who}
		}
		return nil
	}
	if who.Code != "" && (who.Code == h.source[0].Code || who.Country != "" && who.Country == h.source[0].Country) {
		return nil // its own act
	}
	h.status = dyad.Alleged
	if who.Code == "" || c.quad(h.code) < 3 && inClaim[h.head] != claimCharge {
		return nil
	}
	head, end := h.head, h.end
	if v := claimVerb(st, h.head, inClaim); v >= 0 {
		head, end = v, v+1 // made at "claimed": its own place and date (claim_verb.go)
	}
	var out []verbHit
	for _, s := range h.source {
		if s.Code == who.Code {
			continue
		}
		out = append(out, verbHit{p: accusePattern, head: head, end: end, code: "112", status: dyad.Asserted,
			source: []actors.Mention{who}, target: []actors.Mention{s}})
	}
	return out
}

// clauseStatus adjusts a hit's status for what lies outside the verb
// group: an embedded question ("a verdict on whether Assad's forces used
// chemical weapons") or a yes/no question ("Will China invade Taiwan?")
// is hypothetical; "reportedly" and "allegedly" make an act alleged; the
// main clause of a conditional in the conditional mood ("If Hamas
// releases the hostages, Israel would halt its offensive"), when no
// speech or threat verb governs it, is hypothetical, not a plan, and
// keeps its act's code.
func (c *Coder) clauseStatus(st *sentence, h *verbHit) {
	toks := st.toks
	i := h.head
	if (h.status == dyad.Future || h.status == dyad.Asserted) && i >= 2 && toks[i-1].Lower == "to" && (toks[i-2].Lower == "not" || toks[i-2].Lower == "never") {
		h.status = dyad.Negated // "decided not to attend the talks"
	}
	if h.status != dyad.Negated && i >= 2 && toks[i-1].Lower == "to" && (strings.HasPrefix(toks[i-2].Tag, "VB") || sentences.PredicativeAdjective(toks, i-2)) && toks[i-2].Lemma != "fail" && verbStatus(toks, i-2, st) == dyad.Negated && !unrealisedNegation(st, i-2) {
		h.status = dyad.Negated // "will not agree to approve", "did not try to attack", "was not willing to talk"
	}
	if i >= 3 && toks[i-1].Lower == "to" && toks[i-2].Lower == "yet" && (toks[i-3].Lemma == "have" || toks[i-3].Lemma == "be") && !conditionClause(st, i) {
		h.status = dyad.Negated // "Russia has yet to withdraw its troops": it has not
		if strings.HasPrefix(h.code, "03") || strings.HasPrefix(h.code, "13") {
			h.code = h.p.Code
		}
	}
	if (h.status == dyad.Asserted || h.status == dyad.Future) && failedTo(toks, i) && !conditionClause(st, i) {
		h.status = dyad.Negated // "the parties failed to reach agreement": they did not (falseevents_ability.go)
		if strings.HasPrefix(h.code, "03") || strings.HasPrefix(h.code, "13") {
			h.code = h.p.Code
		}
	}
	if h.status != dyad.Negated && c.unconfirmed(st, i) {
		c.suppose(h) // "has not confirmed that its delegation will attend"
	}
	if passiveCharge(toks, i) && !h.passive && !contactCharge(st, i) {
		h.passive = true // "Russian troops suspected of killing", "the RSF, accused of"
	}
	if h.status == dyad.Hypothetical {
		c.realisedInfinitive(st, h)
		return
	}
	if h.status == dyad.Negated {
		if unrealisedNegation(st, i) {
			h.status = dyad.Hypothetical
		}
		return
	}
	for j := i - 1; j >= 0; j-- {
		w := toks[j].Lower
		if toks[j].Text == ";" || toks[j].Text == "," || w == "that" || w == "but" {
			break
		}
		if w == "whether" {
			c.suppose(h)
			return
		}
	}
	if conditionClause(st, i) {
		c.suppose(h) // "if Britain, France and Germany restored sanctions"
		return
	}
	if genericWhen(st, i) {
		c.suppose(h) // "When America retreats, chaos follows": a habit, no event (generic_when.go)
		return
	}
	if yesNoQuestion(toks) {
		c.suppose(h)
		return
	}
	if h.status == dyad.Asserted {
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if w := toks[j].Lower; w == "reportedly" || w == "allegedly" || w == "purportedly" {
				h.status = dyad.Alleged
				return
			}
			if toks[j].Tag != "RB" && !isAux(toks[j]) && toks[j].Tag != "MD" {
				break
			}
		}
		if i+1 < len(toks) && (toks[i+1].Lower == "reportedly" || toks[i+1].Lower == "allegedly") {
			h.status = dyad.Alleged
		}
		if h.p.Noun && reportedGovernor(toks, i) || reportedWhen(st, i) || reportedAdjunct(st, i) {
			h.status = dyad.Alleged // "fighters were reportedly killed in Israeli strikes", "… when US airstrikes hit Raqqa", "reportedly advised …, warning"
		}
		{
			// "the alleged Russian attack on Kyiv", "a suspected Israeli
			// strike" (a noun, though the tagger may call it a verb)
			for j := i - 1; j >= 0 && j >= i-5; j-- {
				switch toks[j].Lower {
				case "alleged", "suspected", "reported", "purported", "claimed":
					if h.p.Noun || j > 0 && (toks[j-1].Tag == "DT" || toks[j-1].Tag == "PRP$" || toks[j-1].Tag == "POS") {
						h.status = dyad.Alleged
					}
					return
				}
				if t := toks[j].Tag; t != "JJ" && t != "NNP" && t != "NNPS" && t != "NN" && t != "VBN" && t != "VBD" && t != "POS" && t != "CD" {
					break
				}
			}
		}
		return
	}
	if h.status == dyad.Future && conditionalMood(toks, i) && !c.governed(toks, i) {
		c.suppose(h) // "would halt its offensive": the act, not an intent to it
	}
}

// suppose makes a hit hypothetical; a plan's intent or threat code
// ("will attack": 138) goes back to the act's own ("whether Russia will
// attack Ukraine": 190), as the acts in "if" clauses are coded.
func (c *Coder) suppose(h *verbHit) {
	if h.status == dyad.Future && h.code != h.p.Code && (h.code == intentCode(h.p.Code) || h.code == threatCode(c.ont, h.p.Code)) {
		h.code = h.p.Code
	}
	h.status = dyad.Hypothetical
}

// yesNoQuestion reports a sentence that asks whether something is so:
// it ends with a question mark and opens with an auxiliary ("Did Russia
// …?", "Will China …?"). A wh-question takes its act as given.
func yesNoQuestion(toks []dyad.Token) bool {
	if len(toks) < 3 {
		return false
	}
	last := len(toks) - 1
	for last > 0 && (toks[last].Tag == "''" || toks[last].Text == "”" || toks[last].Text == "\"" || toks[last].Text == "’") {
		last--
	}
	if toks[last].Text != "?" {
		return false
	}
	first := 0
	for first < last && (toks[first].Text == "“" || toks[first].Text == "\"" || toks[first].Tag == "``") {
		first++
	}
	switch toks[first].Lower {
	case "do", "does", "did", "will", "would", "can", "could", "should", "shall", "is", "are", "was", "were", "has", "have", "had", "may", "might":
		return true
	}
	return false
}

// conditionalMood reports "would", "could" or "might" in the verb group
// before i, in a sentence with an "if" or "unless" clause.
func conditionalMood(toks []dyad.Token, i int) bool {
	mood := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].Lower; w == "would" || w == "'d" {
			mood = true
			break
		}
		if toks[j].Tag != "RB" && toks[j].Tag != "MD" && !isAux(toks[j]) {
			break
		}
	}
	if !mood {
		return false
	}
	for _, t := range toks {
		if t.Lower == "if" || t.Lower == "unless" {
			return true
		}
	}
	return false
}

// governed reports a speech, cognition or threat verb earlier in the
// sentence whose complement may hold token i: "said it would …", "warned
// that Pyongyang would …".
func (c *Coder) governed(toks []dyad.Token, i int) bool {
	for j := 0; j < i; j++ {
		if c.isSpeechOrCognition(toks[j]) {
			return true
		}
		switch toks[j].Lemma {
		case "threaten", "vow", "pledge", "promise", "warn":
			return true
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Text != "," {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			if c.isSpeechOrCognition(toks[k]) {
				return true // "…, the Israeli prime minister said"
			}
			if toks[k].Text == "," {
				break
			}
		}
	}
	return false
}

// conditionClause reports an "if" or "unless" before i in its clause,
// looking past the commas of a list of actors ("if Britain, France and
// Germany restored UN sanctions").
func conditionClause(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" || t.Lower == "that" {
			return false
		}
		if t.Lower == "if" || t.Lower == "unless" {
			return !concessiveIf(toks, j, i) // "even if it criticises": granted, not supposed (hits.go)
		}
		if inCase(toks, j) {
			return true
		}
		if t.Text == "," && !(j > 0 && st.at[j-1] >= 0 && j+1 < len(toks) && st.at[j+1] >= 0 && listGoesOn(st, st.ments[st.at[j+1]].End)) {
			return false
		}
	}
	return false
}

// neitherSubject reports a source list opened by "neither": "Neither
// Egypt nor Qatar has agreed to host the talks" negates the act for both.
func neitherSubject(st *sentence, h *verbHit) bool {
	if len(h.source) == 0 {
		return false
	}
	toks := st.toks
	b := h.source[0].Start - 1
	for b > 0 && b < h.head && (toks[b].Lower == "nor" || toks[b].Text == "," || st.at[b] >= 0) {
		b--
	}
	return b >= 0 && b < h.head && toks[b].Lower == "neither"
}

// listGoesOn reports a list continuing at token k: ", " or "and", "or".
func listGoesOn(st *sentence, k int) bool {
	return k < len(st.toks) && (st.toks[k].Text == "," || st.toks[k].Lower == "and" || st.toks[k].Lower == "or" || st.toks[k].Lower == "nor")
}

// realisedInfinitive makes asserted an infinitive that the verb governing
// it says happened, past the object between them: "prompting North Korea
// to warn", "forced Ukrainian troops to withdraw", force sent in to act
// ("sent in aircraft to attack Idlib"), and one's own forces ordered to
// act ("Putin ordered the army to strike"; the orderer is then the
// source, as the gold set codes "ordered the army to raise its combat
// readiness"). A governor in the conditional mood ("would be forced to")
// or itself an infinitive, an aim ("sanctions to force Minsk to release
// the prisoners", "meant to force Russia to withdraw"), says nothing
// happened, unless a verb that realises its infinitive governs that one
// ("managed to force Russian forces to withdraw": realisedGov).
func (c *Coder) realisedInfinitive(st *sentence, h *verbHit) {
	toks := st.toks
	k := h.head - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lower != "to" {
		return
	}
	if setUpBodyDone(st, h, k) {
		h.status = dyad.Asserted // "set up a panel on Monday to investigate" (sources_setup_body.go)
		return
	}
	if sentPeopleDone(st, h, k) {
		h.status = dyad.Asserted // "had sent researchers to Guinea to look into" (sources_sent_people.go)
		return
	}
	g := k - 1
	for g >= 0 && g >= k-8 && !strings.HasPrefix(toks[g].Tag, "VB") {
		if st.isDate[g] {
			g-- // "voted on Monday to ban"
			continue
		}
		switch toks[g].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "PRP$", "CD", "RP", "RB": // RB: "voted unanimously to" (rnlex8)
			g--
			continue
		}
		if toks[g].Lower == "in" || toks[g].Lower == "of" || toks[g].Lower == "more" || toks[g].Lower == "its" {
			g--
			continue
		}
		return
	}
	if g < 0 || !strings.HasPrefix(toks[g].Tag, "VB") {
		return
	}
	for m := g - 1; m >= 0 && m >= g-3; m-- {
		if toks[m].Tag == "MD" {
			return // "would be forced to release them": only in the conditional mood
		}
		if toks[m].Lower == "to" && toks[g].Tag == "VB" {
			if m > 0 && realisingWord(toks[pastDateBack(st, m-1)]) {
				break // "managed to force Russian forces to withdraw": the first infinitive happened (sources.go)
			}
			return // "sanctions to force Minsk to release the prisoners": the aim, not what the governor did
		}
		if toks[m].Tag != "RB" && !isAux(toks[m]) {
			break
		}
	}
	switch toks[g].Lemma {
	case "prompt", "force", "compel", "lead", "spur", "push", "cause", "oblige", "provoke":
		h.status = dyad.Asserted
	case "vote":
		if toks[g].Tag == "VBD" && g+1 < len(toks) && (toAfterAdverbs(toks, g+1) || st.isDate[g+1]) { // (wording.go)
			h.status = dyad.Asserted // "parliament voted on Monday to ban the agency": the vote enacts it
		}
	case "agree", "decide":
		if decidedCode(h.code) && decisionTaken(toks, g) {
			h.status = dyad.Asserted // "the EU agreed on Monday to ban imports of Iranian oil": the decision enacts it (decisions.go)
		}
	case "persuade", "convince", "induce", "help":
		if toks[g].Tag == "VBD" || toks[g].Tag == "VBN" && (perfect(toks, g) || g > 0 && toks[g-1].Lemma != "be" && toks[g-1].Tag != "MD") {
			h.status = dyad.Asserted // "persuaded Trump to launch strikes", "helped to evacuate civilians"
		}
	case "send", "deploy", "dispatch", "scramble":
		if c.quad(h.code) == 4 && forceNoun(toks[g+1:k]) {
			h.status = dyad.Asserted
		}
	case "order", "instruct", "command", "direct":
		if g+1 < k && st.ownForces(g+1, k) {
			h.status = dyad.Asserted
			h.orderedBy = g + 1
		}
	}
}

// realisingWord reports a verb whose infinitive complement happened
// (realisedGov) at t, by its lemma or, when the tagger took it for a
// noun ("managed" tagged NN before "to"), by its past or present form.
func realisingWord(t dyad.Token) bool {
	if realisedGov(t.Lemma) {
		return true
	}
	w := t.Lower
	return realisedGov(strings.TrimSuffix(w, "d")) || realisedGov(strings.TrimSuffix(w, "ed")) || realisedGov(strings.TrimSuffix(w, "s"))
}

// forceNoun reports troops, aircraft or ships among toks.
func forceNoun(toks []dyad.Token) bool {
	for _, t := range toks {
		switch t.Lemma {
		case "aircraft", "jet", "warplane", "bomber", "fighter", "drone", "helicopter", "troop", "soldier", "force",
			"ship", "warship", "tank", "army", "marine", "paratrooper", "unit":
			return true
		}
		switch t.Lower {
		case "aircraft", "jets", "warplanes", "bombers", "fighters", "drones", "helicopters", "troops", "soldiers", "forces", "warships":
			return true
		}
	}
	return false
}

// ownForces reports an armed force, police or government body in tokens
// [a, b): the military of whoever gives the order ("ordered the army",
// "ordered the Russian military"), not another state ("ordered Israel").
func (st *sentence) ownForces(a, b int) bool {
	for k := a; k < b; k++ {
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			// "his government", "its ministries": the orderer's own
			return hasSector(mt, "MIL", "COP", "SPY") || hasSector(mt, "GOV") && st.toks[a].Tag == "PRP$"
		}
	}
	return forceNoun(st.toks[a:b])
}

// orderer returns who gives the order at token g: its subject, or for a
// pronoun ("Putin said he ordered") the sentence's reporter.
func (c *Coder) orderer(st *sentence, g int) []actors.Mention {
	if src := c.subject(st, g); len(src) > 0 {
		return src
	}
	if g > 0 && st.reporter != nil {
		switch st.toks[g-1].Lower {
		case "he", "she", "it", "they":
			return []actors.Mention{*st.reporter}
		}
	}
	return nil
}

// laterDenials makes denied the alleged acts a later denial in the same
// sentence answers: "accused Armenia of shelling Ganja, a charge Yerevan
// denied", "…, which the Kremlin denied", "…, but Moscow denied it". The
// act must be the denier's own (same actor or country).
func laterDenials(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for d := range hits {
		dh := &hits[d]
		if !live[d] || !dh.p.has(flagDeny) || len(dh.source) == 0 {
			continue
		}
		intro := false
		for k := dh.head - 1; k >= 0 && k >= dh.head-7; k-- {
			w := strings.TrimSuffix(toks[k].Lower, "s")
			if w == "which" || w == "charge" || w == "claim" || w == "accusation" || w == "allegation" || w == "but" {
				intro = k > 0 && (toks[k-1].Text == "," || toks[k-1].Tag == "DT" && k > 1 && toks[k-2].Text == ",") || w == "but" && namedBetween(st, k, dh.head)
				break
			}
			if strings.HasPrefix(toks[k].Tag, "VB") && !isAux(toks[k]) || toks[k].Text == ";" {
				break
			}
		}
		if !intro {
			continue
		}
		for a := range hits {
			ah := &hits[a]
			if !live[a] || ah.head >= dh.head || ah.status != dyad.Alleged && ah.status != dyad.Asserted || len(ah.source) == 0 || ah.p.has(flagSpeech|flagAccuse|flagDeny) {
				continue
			}
			if s := ah.source[0]; s.Code == dh.source[0].Code || s.Country != "" && s.Country == dh.source[0].Country {
				ah.status = dyad.Denied
				if len(dh.target) == 0 && st.reporter != nil && st.reporter.Country != dh.source[0].Country {
					dh.target = []actors.Mention{*st.reporter} // "Ukraine said …, a claim Moscow rejected"
				}
			}
		}
	}
}

// scopeBreak marks where the scope of an accusation, denial or claim
// ends: a clause break, or a coordinated clause with a subject of its
// own ("denied the attack and a delegation of experts arrived"), or the
// main clause resuming after an aside (", who claims …, also expressed").
func scopeBreak(st *sentence, i int) bool {
	toks := st.toks
	if isClauseBreak(toks, i) {
		return true
	}
	if toks[i].Text == "," {
		j := i + 1
		for j < len(toks) && toks[j].Tag == "RB" {
			j++
		}
		if j < len(toks) && (toks[j].Tag == "VBD" || toks[j].Tag == "VBZ") && st.at[j] < 0 && toks[j].Lemma != "be" && toks[j].Lemma != "have" {
			return true
		}
		if n := j + 1; n < len(toks) && toks[j].Lower == "after" && (st.at[n] >= 0 || toks[n].Tag == "DT" && n+1 < len(toks) && st.at[n+1] >= 0) {
			return true // "denied …, after the United States accused it": the main clause's time, told by another actor
		}
		return false
	}
	if toks[i].Lower != "and" || i+1 >= len(toks) {
		return false
	}
	if n := toks[i+1]; (n.Tag == "VBD" || n.Tag == "VBZ") && st.at[i+1] < 0 && n.Lemma != "be" && n.Lemma != "have" && !perfectBefore(toks, i) {
		return true // "accused Israel of assassinating Haniyeh and vowed revenge": the accuser's own next act
	}
	if auxiliaryPhrase(st, i+1) {
		return true // "has accused Pakistan of sponsoring the attack and has threatened retaliation" (falseevents_clauses.go)
	}
	switch toks[i+1].Tag {
	case "DT", "NNP", "NNPS", "NN", "NNS", "PRP", "JJ", "CD":
	default:
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+10; j++ {
		t := toks[j]
		switch {
		case finite(t.Tag) && st.at[j] < 0:
			return true
		case t.Tag == "MD":
			return true
		case t.Tag == "DT" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "IN" || t.Tag == "RB" || t.Tag == "PRP$":
		default:
			return false
		}
	}
	return false
}

// unrealisedNegation reports a negated verb at i that says nothing about
// what happened: a condition ("as long as they do not use chemical
// weapons", "if they don't seize territory"), a goal ("making sure that
// Assad does not use chemical weapons"), a subjunctive demand ("his
// insistence that Turkey not attack") or a request not to act ("urging
// the envoy not to attend").
func unrealisedNegation(st *sentence, i int) bool {
	toks := st.toks
	if conditionClause(st, i) {
		return true
	}
	not := -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].Lower; w == "not" || w == "n't" || w == "never" {
			not = j
			break
		}
	}
	if not < 0 {
		return false
	}
	// subjunctive: "that Turkey not attack" (no auxiliary before "not")
	if not > 0 && (toks[i].Tag == "VB" || toks[i].Tag == "VBP") && not == i-1 && !isAux(toks[not-1]) && toks[not-1].Tag != "MD" && toks[not-1].Lower != "to" {
		return true
	}
	// a request not to act: "urged X not to attend", "lobbying Brussels not to offer"
	if not+1 < i && toks[not+1].Lower == "to" {
		for g := not - 1; g >= 0 && g >= not-8; g-- {
			switch toks[g].Lemma {
			case "urge", "ask", "call", "lobby", "press", "tell", "warn", "advise", "beg", "implore", "persuade", "request", "appeal", "pressure":
				return true
			}
			if toks[g].Text == "," || toks[g].Text == ";" {
				break
			}
		}
	}
	// a goal or a proviso: "making sure that …", "as long as …", "to ensure …"
	for j := not - 1; j >= 0 && j >= not-12; j-- {
		w := toks[j].Lower
		if toks[j].Text == ";" || toks[j].Text == "." {
			break
		}
		switch {
		case w == "sure" || toks[j].Lemma == "ensure" || w == "provided" || w == "providing" || toks[j].Lemma == "guarantee" || toks[j].Lemma == "assurance" || toks[j].Lemma == "pledge" && toks[j].Tag != "VBD":
			return true
		case w == "long" && j > 0 && toks[j-1].Lower == "as" && j+1 < len(toks) && toks[j+1].Lower == "as":
			return true
		}
		if toks[j].Text == "," {
			break
		}
	}
	return false
}

// unconfirmed reports a verb at i in the complement of a negated verb of
// saying or knowing ("Syria has not confirmed that its delegation will
// attend", "did not say whether") or of a noun of doubt or conjecture
// ("speculation Russia would retaliate", "sceptical that Trump will
// launch an attack").
func (c *Coder) unconfirmed(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == "," {
			return false
		}
		switch t.Lower {
		case "speculation", "sceptical", "skeptical", "doubt", "doubts", "doubtful", "unclear", "uncertain", "possibility", "rumours", "rumors", "unlikely", "unconfirmed":
			return true
		}
		if (c.isSpeechOrCognition(t) || t.Lemma == "confirm" || t.Lemma == "decide" || t.Lemma == "reveal" || t.Lemma == "disclose") &&
			strings.HasPrefix(t.Tag, "VB") && verbStatus(toks, j, st) == dyad.Negated {
			return true
		}
	}
	return false
}

// clauseAt reports a finite clause starting at token k: "that …", or a
// noun phrase followed by a finite verb or modal ("Assad's forces used",
// "it had").
func clauseAt(st *sentence, k int) bool {
	toks := st.toks
	if k < len(toks) && toks[k].Lower == "that" {
		return true
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return j > k
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD", "RB":
			continue
		}
		if st.at[j] >= 0 || t.Text == "’" || t.Text == "'" || t.Text == "[" || t.Text == "]" {
			continue
		}
		return false
	}
	return false
}

// defunct reports an actor named in text as a state or regime that no
// longer exists ("the Soviet Union", "Nazi Germany", "Fascist Italy"):
// its acts are history, whatever the sentence's tense.
func defunct(a *dyad.Actor, text string) bool {
	if a == nil {
		return false
	}
	name := a.Text
	if s := a.Span[0]; s > 0 && s <= len(text) {
		// the word before the mention: "Nazi Germany", "Fascist Italy"
		if before := strings.TrimRightFunc(text[:s], unicode.IsSpace); before != "" {
			if k := strings.LastIndexFunc(before, unicode.IsSpace); k >= 0 {
				_, n := utf8.DecodeRuneInString(before[k:])
				before = before[k+n:]
			}
			name = before + " " + name
		}
	}
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	for k, w := range ws {
		if k > 0 {
			if p := strings.ToLower(ws[k-1]); p == "ex" || p == "former" || p == "post" || p == "anti" {
				continue // "the ex-Soviet republic of Georgia" is a state of today
			}
		}
		switch w {
		case "Soviet", "USSR", "Nazi", "Fascist", "Ottoman", "Reich", "Yugoslavia", "Yugoslav", "Czechoslovakia", "Czechoslovak", "Rhodesia", "Rhodesian", "Confederate", "Habsburg", "Tsarist", "Prussia", "Prussian":
			return true
		}
	}
	return false
}

// blamedFor returns the act a blame names as a noun ("Ukraine blamed
// Russia for the attack on Kyiv"): the one blamed is its source, and it
// is alleged; the actor after "on" or "against" is its target.
func (c *Coder) blamedFor(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if toks[h.head].Lemma != "blame" || len(h.target) == 0 || h.passive {
		return verbHit{}, false
	}
	k := h.end
	for k < len(toks) && k < h.end+6 && toks[k].Lower != "for" {
		if isClauseBreak(toks, k) {
			return verbHit{}, false
		}
		k++
	}
	if k >= len(toks) || toks[k].Lower != "for" {
		return verbHit{}, false
	}
	k++
	for k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP$" || toks[k].Tag == "CD") {
		k++
	}
	if k >= len(toks) || toks[k].Tag == "VBG" {
		return verbHit{}, false // "blamed Russia for shelling": the gerund is a hit of its own
	}
	for _, g := range st.hits {
		if g.head == k {
			return verbHit{}, false
		}
	}
	for _, p := range c.patterns.nouns[toks[k].Lower] {
		end, ok := matchAdjacent(toks, k, p.Slots[1:])
		if !ok {
			continue
		}
		x := verbHit{p: p, head: k, end: end, code: p.Code, status: dyad.Alleged, source: h.target}
		for j := end; j < len(toks) && j <= end+3; j++ {
			if (toks[j-1].Lower == "on" || toks[j-1].Lower == "against") && st.at[j] >= 0 {
				if m := st.ments[st.at[j]]; m.Code != h.target[0].Code {
					x.target = []actors.Mention{m}
				}
				break
			}
		}
		return x, true
	}
	return verbHit{}, false
}

// passiveCharge reports "accused of", "suspected of", "blamed for" at i
// with no object between: a passive or reduced relative ("was accused of
// using", "troops suspected of killing", "the RSF, accused of …"), whose
// subject is the one charged.
func passiveCharge(toks []dyad.Token, i int) bool {
	switch toks[i].Lemma {
	case "accuse", "suspect", "blame":
	default:
		return false
	}
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i+1 >= len(toks) {
		return false
	}
	return toks[i+1].Lower == "of" || toks[i+1].Lower == "for"
}

// reportedWhen reports whether the act at i stands in a when-clause after
// a verb said only to be reported: "Seven civilians were reportedly
// killed when US airstrikes hit Raqqa", "Two guards were allegedly shot
// on Monday when police stormed the prison". The clause tells how the
// reported deaths came about, and is as reported as they are; the
// clause's own subject comes first ("when US airstrikes hit": the act is
// after "when", with no comma or other clause between).
func reportedWhen(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 2 && j >= i-6; j-- {
		if toks[j].Lower != "when" {
			if toks[j].Text == "," || toks[j].Tag == "CC" || toks[j].Lower == "that" {
				return false
			}
			continue
		}
		v := j - 1
		for v > 0 && v < len(st.isDate) && st.isDate[v] {
			v-- // "killed on Monday when"
		}
		if toks[v].Tag != "VBN" && toks[v].Tag != "VBD" {
			return false
		}
		w := toks[v-1].Lower
		return w == "reportedly" || w == "allegedly"
	}
	return false
}

// reportedGovernor reports whether the noun event at i is the means of a
// verb said only to be reported: "reportedly" or "allegedly" before a
// participle or past verb that governs i through "in", "by" or "during"
// ("Hamas fighters were reportedly killed in Israeli strikes": the
// strikes are as reported as the killing; the active form "Israeli
// strikes reportedly killed" is alleged already).
func reportedGovernor(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		switch toks[j].Lower {
		case "in", "by", "during":
			v := j - 1
			if v < 1 || toks[v].Tag != "VBN" && toks[v].Tag != "VBD" {
				return false
			}
			w := toks[v-1].Lower
			return w == "reportedly" || w == "allegedly"
		}
		if toks[j].Tag == "," || toks[j].Tag == "CC" || toks[j].Tag == "VBD" || toks[j].Tag == "VBN" {
			return false
		}
	}
	return false
}

// timeClause reports a time conjunction at i ("after", "before",
// "since"; not "when", as in "when it came to") that opens a finite
// clause with a subject of its own: a noun phrase, then a finite verb
// within eight words ("after two soldiers were killed in Rafah"), not a
// gerund ("after killing") or a bare noun phrase ("after the attack").
// It ends the charge of an accusation (coder.go); a denial's scope goes
// on ("denied the report after the Pentagon said hackers had broken in").
func timeClause(st *sentence, i int) bool {
	toks := st.toks
	switch toks[i].Lower {
	case "after", "before", "since":
	default:
		return false
	}
	if i+1 >= len(toks) || toks[i+1].Tag == "VBG" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+8; j++ {
		switch t := toks[j]; {
		case finite(t.Tag) || t.Tag == "MD":
			return true
		case t.Text == "," || t.Tag == "IN" || t.Tag == "CC" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "TO":
			return false
		}
	}
	return false
}
