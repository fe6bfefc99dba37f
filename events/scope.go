package events

// Scope rules for acts that a governing word says are not done, found by
// judging a sample of coded real news (November 2026): an obligation in
// the present ("the government has to call an election", "needs to
// withdraw"), a bare infinitive under an infinitive or future "help"
// ("stayed to help the Kurds repel the attack"), a nominal act that is
// prepared or planned ("Russia is preparing an offensive"), and an
// undated participle that describes its clause's subject ("peace talks
// brokered by Russia have gone nowhere").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// obligation reports an infinitive at i governed by a present obligation
// ("has to call an election", "have to leave", "needs to withdraw"): what
// ought to happen, not a deed. "Had to withdraw" says it happened.
func obligation(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" || toks[i].Tag != "VB" {
		return false
	}
	switch toks[i-2].Lower {
	case "has", "have", "need", "needs":
		return toks[i-2].Tag != "NN" && toks[i-2].Tag != "NNS" // not "the need to act"
	}
	return false
}

// helpedVerb returns the token of the verb "help" whose bare infinitive
// is the verb at i ("help the Kurds repel the attack"), past its object
// noun phrase, or -1.
func helpedVerb(st *sentence, i int) int {
	toks := st.toks
	if toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i < 2 || toks[i-1].Lower == "to" {
		return -1 // (after a plural object the tagger may see a present: "help the Kurds repel")
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := toks[j]
		if t.Lemma == "help" && strings.HasPrefix(t.Tag, "VB") {
			if j == i-1 {
				return -1 // "help repel": the object would be between
			}
			return j
		}
		if st.at[j] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" {
			continue
		}
		return -1
	}
	return -1
}

// preparedNominal returns the lemma of the verb that prepares, plans or
// forestalls the event noun at i ("is preparing a military offensive",
// "planned an assault on the city", "to deter an Iranian attack"), past
// its determiner and premodifiers, or "".
func preparedNominal(st *sentence, i int) string {
	toks := st.toks
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		if (t.Tag == "VBG" || t.Tag == "VBN") && j > 0 && (toks[j-1].Tag == "DT" || toks[j-1].Tag == "JJ" || toks[j-1].Tag == "PRP$") {
			continue // a participle premodifier: "a devastating military offensive"
		}
		if warded(toks, j) {
			return "prevent" // "to head off Israeli strikes on Lebanon" (prevention.go)
		}
		if strings.HasPrefix(t.Tag, "VB") {
			switch t.Lemma {
			case "prepare", "plan", "plot", "mull", "contemplate", "weigh", "consider", "envisage", "eye",
				"deter", "prevent", "avert", "thwart", "foil", "forestall", "pre-empt", "preempt":
				return t.Lemma
			}
			return ""
		}
		if !(st.at[j] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD") {
			return ""
		}
	}
	return ""
}

// subjectParticiple reports a participle at i with "by" after it that
// postmodifies the common noun before it at the head of its clause's
// subject or in a phrase that modifies a noun, in a sentence with no
// date: "The peace talks brokered by Russia, Turkey and Iran have gone
// nowhere", "is not party to a deal brokered by Russia". The participle describes
// the subject from its past; the news is in the predicate. (Dated, "a
// ceasefire brokered by Egypt on Tuesday", it is news and stays.)
func subjectParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || toks[i+1].Lower != "by" || len(st.dates) > 0 {
		return false
	}
	if p := toks[i-1]; p.Tag != "NN" && p.Tag != "NNS" || !startsLowerASCII(p.Text) {
		return false
	}
	j := i - 2
	for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || st.at[j] >= 0) {
		j--
	}
	if j >= 0 && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Lower != "and" && toks[j].Lower != "but" {
		// the object of a phrase that modifies a noun: "not party to a
		// deal brokered by Russia" (not a verb's: "agreed to a ceasefire
		// brokered by France")
		return j > 0 && (toks[j].Tag == "IN" || toks[j].Tag == "TO") && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS") && startsLowerASCII(toks[j-1].Text)
	}
	// the clause's own verb after the participle phrase
	for k := i + 2; k < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Lower == "that" || toks[k].Lower == "which" || toks[k].Lower == "who" {
			return false
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}

// coordinatedInfinitive returns the verb that governs the infinitive
// whose second conjunct is the bare verb at i ("plans to reverse its
// position and lift sanctions", "threatened to close its border and
// expel the diplomats", "agreed on Friday to halt the tests and admit
// monitors": a weekday after "on" may stand between the verb and its
// "to"), or -1. The "to" stands only before the first conjunct, so the
// verb group of the second shows nothing.
func coordinatedInfinitive(toks []dyad.Token, i int) int {
	if toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i < 4 || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" || !startsLowerASCII(toks[i].Text) {
		return -1 // (not a name: "in February or March")
	}
	for j := i - 2; j >= 1 && j >= i-12; j-- {
		t := toks[j]
		if t.Lower == "to" && j+1 < i-1 && (toks[j+1].Tag == "VB" || toks[j+1].Tag == "NN" && startsLowerASCII(toks[j+1].Text)) {
			// (a verb the tagger does not know is a noun to it: "to reverse")
			g := j - 1
			if g >= 2 && isWeekday(toks[g].Lower) && toks[g-1].Lower == "on" {
				g -= 2 // "agreed on Tuesday to halt enrichment and allow inspections"
			}
			if g >= 0 && (toks[g].Lower == "not" || toks[g].Lower == "never") {
				return -1 // "decided not to X and Y": the negation rules
			}
			if g >= 0 && strings.HasPrefix(toks[g].Tag, "VB") {
				return g
			}
			return -1
		}
		switch t.Lower {
		case ",", ";", ":", "that", "which", "who", "but", "while", "when", "after", "before", "if", "and", "or":
			return -1
		}
		if finite(t.Tag) || t.Tag == "MD" {
			return -1
		}
	}
	return -1
}

// requestContent reports an infinitive at i that says what an active
// verb of asking asks for, past the addressee and an apposition ("are
// urging Jan Egeland, the UN envoy, not to attend the conference"): asked
// for, not done (CODING.md). When the asker is an actor the appeal rules
// have already joined the two; this drops what is left.
func requestContent(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	if j < 2 || toks[j].Lower != "to" {
		return false
	}
	j--
	if toks[j].Lower == "not" || toks[j].Lower == "never" {
		j--
	}
	if t := toks[j]; t.Tag == "NN" && (t.Lower == "demand" || t.Lower == "request") && toks[j-1].Tag == "NNP" {
		return true // "rejected a European Union demand to withdraw its ship": asked for, not done
	}
	for k := j; k >= 0 && k >= j-14; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") && st.at[k] < 0 {
			switch t.Lemma {
			case "urge", "ask", "press", "implore", "encourage", "beg", "exhort", "lobby", "request":
				return t.Tag != "VBN" || k == 0 || toks[k-1].Lemma != "be" && toks[k-1].Lemma != "get" || toks[i].Lemma != "leave" // ("was asked to leave": sent away)
			}
			return false
		}
		if st.at[k] >= 0 || t.Text == "," || t.Tag == "DT" || nameParticle(t.Lower) || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "PRP" || t.Tag == "CD" || t.Tag == "POS" || t.Lower == "for" || t.Lower == "of" || t.Lower == "and" {
			continue
		}
		return false
	}
	return false
}

// forceRuledOut reports "has not ruled out using force", "would never
// rule out military action": declining to exclude force is a threat of
// it (138), not a negated rejection. h is the "rule out" hit (a refusal
// to rule it out is combine's: refusedForce).
func forceRuledOut(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.status != dyad.Negated || h.p.Noun {
		return false
	}
	return forceAfterRuleOut(toks, h.head)
}

// forceAfterRuleOut reports "rule out" at i with force named within four
// words after it ("rule out using force", "rule out military action",
// "rule out strikes").
func forceAfterRuleOut(toks []dyad.Token, i int) bool {
	if toks[i].Lemma != "rule" || i+1 >= len(toks) || toks[i+1].Lower != "out" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		if forceWord(toks[k].Lower) {
			return true
		}
		switch toks[k].Lower {
		case ",", ";", "but", "that":
			return false
		}
	}
	return false
}

// forceWord reports a lower-case word that names force ruled out or not
// ("force", "military", "strikes", "war", "offensive").
func forceWord(w string) bool {
	switch w {
	case "force", "military", "strikes", "strike", "attack", "attacks", "invasion", "war", "offensive":
		return true
	}
	return false
}

// infinitiveOf sets the status and code of an asserted act that is the
// infinitive of the verb with lemma gov, as the intent and threat rules
// do when "to" stands right before it: a threat or vow of conflict is an
// asserted threat (13x), a plan or pledge an intent (03x) or a planned
// threat (future), a verb that says it happened leaves it, and any other
// verb makes it an aim (hypothetical).
func (c *Coder) infinitiveOf(h *verbHit, gov string) {
	switch gov {
	case "continue", "begin", "start", "resume", "manage", "keep", "proceed", "go", "use", "move", "have", "be", "vote", "refuse", "fail", "order", "urge", "ask", "call", "appeal", "demand", "seem", "appear":
		return // realised, or handled by the refusal and appeal rules
	case "threaten", "vow", "warn":
		if c.quad(h.code) >= 3 {
			if !strings.HasPrefix(h.code, "13") {
				h.code, h.threat = threatCode(c.ont, h.code), true
			}
			return
		}
		h.code, h.status = intentCode(h.code), dyad.Future
	case "plan", "intend", "aim", "prepare", "pledge", "promise", "decide", "agree", "offer", "propose", "expect":
		h.status = dyad.Future
		if c.quad(h.code) <= 2 {
			h.code = intentCode(h.code)
		} else if !strings.HasPrefix(h.code, "13") {
			h.code, h.threat = threatCode(c.ont, h.code), true
		}
	default:
		h.status = dyad.Hypothetical
	}
}

// openHypothesis reports a hypothetical act that CODING.md codes: an act
// in a condition ("if Washington lifted sanctions", and the conditional
// main clause the status rules mark) or one a modal of possibility says
// may happen ("could conduct a nuclear test"). Other hypothetical acts are
// aims, duties and questions ("stayed to help the Kurds repel", "Britain
// must stop selling arms", "is investigating whether Iran moved uranium",
// "Will Washington send more warships?"): not done, and no event.
func openHypothesis(st *sentence, h *verbHit) bool {
	toks := st.toks
	if yesNoQuestion(toks) {
		return false // a question asks whether the act is so (gold d5p062, d8p010)
	}
	i := h.head
	if negatedCondition(st, i) {
		return false // "if Tehran did not reach a deal": the condition is that it does not happen (negated_condition.go)
	}
	if genericWhen(st, i) {
		return false // "every time the authorities try to crack down": a habit (generic_when.go)
	}
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" {
			break
		}
		if t.Lower == "if" && askIf(toks, j) {
			return false // "to see if France could help": a question
		}
		if t.Lower == "if" || t.Lower == "unless" || inCase(toks, j) || t.Lower == "provided" || t.Lower == "long" && j > 0 && toks[j-1].Lower == "as" && j+1 < len(toks) && toks[j+1].Lower == "as" {
			return true // (also "as long as", "provided that")
		}
	}
	mood := false // the conditional mood: "would halt", "could strike"
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := toks[j].Lower; w == "would" || w == "could" || w == "might" || w == "'d" {
			mood = true
		}
	}
	for j := i + 1; j < len(toks) && mood; j++ {
		if toks[j].Text == ";" {
			break
		}
		if toks[j].Lower == "if" || toks[j].Lower == "unless" {
			return true // the conditional main clause: "Israel would halt its offensive if …"
		}
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := toks[j]
		switch {
		case t.Lower == "could" || t.Lower == "might" || t.Lower == "can" || t.Lower == "may" && t.Tag == "MD":
			return true
		case t.Text == "," || t.Lower == "that" || finite(t.Tag) && j != i-1:
			j = -1 // (right before the act, a participle: "renewed fighting")
		}
	}
	if i >= 2 && toks[i-1].Lower == "to" && (toks[i-2].Lemma == "try" || toks[i-2].Lemma == "attempt") {
		return true // an attempt: "tried to kill a general"
	}
	return false
}

// withWords reports "with" and words, not weapons, after a violence verb
// at i, past its object: "bombarded the minister with a barrage of
// requests", "peppered officials with questions".
func withWords(toks []dyad.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if toks[k].Lower != "with" {
			if toks[k].Text == "," || toks[k].Text == ";" || strings.HasPrefix(toks[k].Tag, "VB") {
				return false
			}
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+5; m++ {
			switch toks[m].Lemma {
			case "request", "question", "query", "complaint", "criticism", "letter", "email", "e-mail", "call", "message",
				"demand", "accusation", "insult", "abuse", "praise", "offer", "petition", "inquiry", "enquiry", "leaflet", "advert":
				return true
			}
			if toks[m].Text == "," || strings.HasPrefix(toks[m].Tag, "VB") {
				return false
			}
		}
		return false
	}
	return false
}

// subjectRelative reports a participle at i right after the actor that
// opens its clause, with the clause's own verb later ("British troops
// deployed in Iraq should be replaced", "the fighters captured in Raqqa
// were handed over"): the participle describes the subject; the news is
// in the predicate.
func subjectRelative(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 1 || st.at[i-1] < 0 || i+1 >= len(toks) || toks[i+1].Lower == "by" ||
		toks[i+1].Tag != "IN" && toks[i+1].Tag != "TO" {
		return false // ("by": subjectParticiple's; an object after it makes it the main verb: "officials held a meeting")
	}
	if toks[i+1].Tag == "TO" && i+2 < len(toks) && (toks[i+2].Tag == "VB" || toks[i+2].Tag == "NN" && startsLowerASCII(toks[i+2].Text) && i+3 < len(toks) && toks[i+3].Tag == "DT") {
		return false // an infinitive: "the official refused to say what …"
	}
	m := st.ments[st.at[i-1]]
	if m.End != i {
		return false
	}
	b := m.Start - 1 // past a determiner and premodifiers: "the first people charged with"
	for b >= 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ" || toks[b].Tag == "CD" || toks[b].Tag == "NN" && startsLowerASCII(toks[b].Text)) {
		b--
	}
	if b >= 0 {
		switch toks[b].Lower {
		case "that", ",", "and", "but", "while", "as", "because", "although", "after", "when":
		default:
			return false
		}
	}
	if last := toks[m.End-1]; last.Tag != "NNS" && last.Tag != "NN" || !startsLowerASCII(last.Text) {
		return false // a common noun: "troops", "people" ("Russia deployed …" is the main verb)
	}
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].Lower {
		case ",", ";", ":", "and", "or", "but", "that", "which", "who", "after", "before", "when", "since", "until", "as", "because", "while", "if", "where", "once",
			"they", "he", "she", "we", "i", "you":
			return false // (a pronoun opens a clause of its own, whose verb is not the subject's: "to demand wages they can live on")
		}
		if toks[k].Tag == "MD" || finite(toks[k].Tag) && st.at[k] < 0 && (toks[k].Lemma == "be" || toks[k].Lemma == "have") {
			return true // "should be replaced", "were handed over"
		}
		if finite(toks[k].Tag) {
			return false
		}
	}
	return false
}

// clashedOver reports "clashed over" a matter at i ("had clashed over the
// proposals", "clash over policy"): a quarrel. "Clashed over the weekend"
// is a time.
func clashedOver(toks []dyad.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Lower != "over" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		switch toks[k].Lower {
		case "weekend", "night", "nights", "days", "weeks", "months", "hours", "years", "time", "past", "last", "recent", "several", "two", "three":
			return false
		}
	}
	return true
}

// nameParticle reports a lower-case word inside personal names: "Staffan
// de Mistura", "Ahmed al-Sharaa", "bin Salman".
func nameParticle(w string) bool {
	switch w {
	case "de", "da", "di", "del", "della", "al", "el", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du", "dos":
		return true
	}
	return false
}

// contactClause reports a clause with no "that" at e after a verb of
// warning: a noun phrase and then its modal or finite verb within a few
// words ("warned the death toll may well increase"), not an object
// ("warned North Korea of …", which has a preposition first).
func contactClause(toks []dyad.Token, e int) bool {
	switch toks[e].Tag {
	case "DT", "PRP$", "JJ", "NN", "NNS", "CD":
	default:
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+6; k++ {
		t := toks[k]
		if t.Tag == "MD" || finite(t.Tag) {
			return true
		}
		if t.Tag == "IN" || t.Tag == "TO" || t.Text == "," || t.Tag == "VBG" || t.Tag == "VB" {
			return false
		}
	}
	return false
}

// criticisedThing reports an object noun (lower case) that makes a verb
// of violence a verbal attack: "attacked the way the war was sold",
// "attacked Tory plans", "an attack on the cost of the system".
func criticisedThing(w string) bool {
	switch w {
	case "way", "decision", "decisions", "handling", "comments",
		"remarks", "approach", "claims", "speech", "budget",
		"report", "stance", "move", "failure", "rhetoric", "record",
		"leadership", "performance", "response",
		// plans and policies (verbalattack.go): "attacked Tory plans",
		// "attack EU asylum moves", "an attack on the cost of the system"
		"plan", "plans", "policy", "policies", "proposal",
		"proposals", "moves", "idea", "ideas", "scheme", "schemes",
		"pledge", "pledges", "reforms", "strategy", "tactics",
		"cost", "costs", "bill", "legislation", "remark", "comment",
		"statement", "statements", "views", "attitude":
		return true
	}
	return false
}

// verbalAttack reports a verb of attack whose object is a decision, a way
// or words: a criticism (111), not force. An armed attacker (armedSource)
// never makes one.
func verbalAttack(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || !materialConflict(h.code) {
		return false
	}
	switch toks[h.head].Lemma {
	case "attack", "slam", "savage", "launch", "mount":
	default:
		return false
	}
	if len(h.source) > 0 && armedSource(h.source[0]) {
		return false // "Russian forces launched an attack on Bakhmut at a heavy cost"
	}
	return criticisedOf(toks, h) > 0 || politicalAttack(st, h) || attackedPolitician(st, h)
}

// armedSource reports an attacker that fights with arms: armed forces,
// police, rebels, armed groups, criminals, spies or international
// militant groups.
func armedSource(m actors.Mention) bool {
	return hasSector(m, "MIL", "COP", "REB", "UAF", "CRM", "SPY") || strings.HasPrefix(m.Code, "IMG")
}

// criticisedAt returns the token of the criticised thing when it is the
// object itself starting at token i (right after the verb, or after the
// "on" of a launched attack), or -1: only determiners, possessives,
// adjectives, numbers and noun modifiers may stand before it ("the
// government's immigration policy", "Labour's tax plans"), and it is a
// lower-case common noun heading its phrase (not "Bill" the name, not
// "bill collectors"; a plural the tagger read as a verb counts). Words after a preposition ("at a heavy cost", "the
// home of Bill Richardson") are never it.
func criticisedAt(toks []dyad.Token, i int) int {
	for k := i; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		head := k+1 >= len(toks) || !strings.HasPrefix(toks[k+1].Tag, "NN")
		noun := strings.HasPrefix(t.Tag, "NN") || t.Tag == "VBZ" // "attacked Tory plans" ("plans" read as a verb)
		if noun && t.Text == t.Lower && head && criticisedThing(t.Lower) {
			return k
		}
		switch {
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "JJ"),
			strings.HasPrefix(t.Tag, "NN"),
			strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "’s"):
			continue
		}
		return -1
	}
	return -1
}

// keepTargetsBefore drops the targets that stand after token k: the
// words about the criticised thing ("attacked the way the Iraq war was
// sold") name no target; a possessive before it does ("attacked Trump's
// decision").
func keepTargetsBefore(h *verbHit, k int) {
	var kept []actors.Mention // (a new slice: hits may share their mentions)
	for _, m := range h.target {
		if m.End <= k {
			kept = append(kept, m)
		}
	}
	h.target = kept
}

// hypothesisWhy is the reason an unopened hypothetical act is set aside
// (openHypothesis): WhyQuestion when it is asked about, in a yes/no
// question ("Will Washington send more warships?") or after "whether" or
// an "if" meaning whether ("is investigating whether Iran moved uranium",
// "to see if France could help"), the nearest before it deciding; else
// WhyHypothetical (an aim, a duty).
func hypothesisWhy(st *sentence, h *verbHit) string {
	toks := st.toks
	if yesNoQuestion(toks) {
		return WhyQuestion
	}
	for j := h.head - 1; j >= 0 && toks[j].Text != ";"; j-- {
		if toks[j].Lower == "whether" || toks[j].Lower == "if" && askIf(toks, j) {
			return WhyQuestion
		}
		if toks[j].Lower == "if" {
			break
		}
	}
	return WhyHypothetical
}

// askIf reports an "if" at j that means "whether" after a verb of asking,
// seeing or knowing: "to see if France could help", "asked if".
func askIf(toks []dyad.Token, j int) bool {
	if j < 1 {
		return false
	}
	switch toks[j-1].Lemma {
	case "see", "ask", "know", "wonder", "check", "determine", "decide", "tell", "clear", "unclear", "doubt", "question", "find", "learn", "examine", "assess":
		return true
	}
	return false
}

// bareMeeting reports "meeting" read as the verb "meet" while it is a
// noun with no party after it ("called the meeting a failure", "were
// driven to the meeting", "at a meeting last week"): a lone subject is
// not the meeting's party (screen drops it; two or more, "Indian and
// Chinese diplomats agreed at a meeting", met each other). "Trump's
// meeting with Putin" and "a meeting between X and Y" name the parties.
func bareMeeting(st *sentence, h *verbHit) bool {
	toks := st.toks
	w := toks[h.head].Lower
	if h.p.Noun || toks[h.head].Lemma != "meet" || w != "meeting" && w != "meetings" || !nounLike(st, h) {
		return false
	}
	if h.head+1 < len(toks) && st.at[h.head+1] >= 0 {
		return false // a participle with its object: "the five unions meeting Mr Prescott"
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+2; k++ {
		if toks[k].Lower == "with" || toks[k].Lower == "between" {
			return false
		}
	}
	return true
}

// adjectivalParticiple reports a participle of that list at i used as a
// premodifier: after a determiner, adjective, number, conjunction or
// preposition, before a lower-case plural noun ("of dead or imprisoned
// militants", "two detained journalists").
func adjectivalParticiple(st *sentence, i int) bool {
	toks := st.toks
	if !st.words.adjectivalParticiples[toks[i].Lower] || i == 0 || i+1 >= len(toks) {
		return false
	}
	if n := toks[i+1]; n.Tag != "NNS" || !startsLowerASCII(n.Text) || wordNumber(n.Lower) > 0 || st.words.quantityNouns[n.Lower] {
		return false // ("released hundreds of protesters": an object)
	}
	switch toks[i-1].Tag {
	case "DT", "JJ", "CD", "CC", "IN", "PRP$", "POS":
		return !(toks[i-1].Tag == "CC" && i >= 2 && strings.HasPrefix(toks[i-2].Tag, "VB")) // not "arrested and detained protesters"
	}
	return false
}

// riskedAct reports a passive act that its subject only risks or fears
// ("risks being executed by an RAF drone", "fear being deported"): not
// done.
func riskedAct(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" || i < 2 || toks[i-1].Lower != "being" {
		return false
	}
	switch toks[i-2].Lower {
	case "risk", "risks", "risked", "risking", "fear", "fears", "feared", "avoid", "avoided", "escape", "escaped", "face", "faces":
		return true
	}
	return false
}

// subjunctiveDemand reports a bare verb at i in the "that" clause of a
// verb of demanding, past a date between them ("insisted on Tuesday that
// Hezbollah fighters withdraw"): asked for, not done.
func subjunctiveDemand(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i < 3 || toks[i-1].Lower == "to" {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if toks[k].Lower == "that" {
			g := k - 1
			for g >= 0 && (st.isDate[g] || toks[g].Tag == "RB") {
				g--
			}
			if g < 0 || !strings.HasPrefix(toks[g].Tag, "VB") {
				return false
			}
			switch toks[g].Lemma {
			case "insist", "demand", "urge", "request", "ask", "propose", "suggest", "recommend", "order", "require":
				return true
			}
			return false
		}
		if finite(toks[k].Tag) && toks[k].Lemma != "be" || toks[k].Text == "," || toks[k].Tag == "MD" {
			return false
		}
	}
	return false
}

// objectParticiple reports a gerund at i right after an actor that is the
// object of a verb or preposition ("fired live rounds at opposition
// supporters marching in Maputo", "to support rebel forces opposing the
// regime", "passed records to Swiss prosecutors looking into money
// laundering", the agent of a nominal: "the occupation of pumping stations
// by villagers demanding jobs"): it describes the object, no event of its
// own. After a verb
// of perceiving ("saw soldiers shooting civilians") it is what was seen.
func objectParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBG" || i < 2 || st.at[i-1] < 0 {
		return false
	}
	m := st.ments[st.at[i-1]]
	if m.End != i || m.Start == 0 || m.Place || !startsLowerASCII(toks[m.End-1].Text) {
		return false // (a place: "has been in Japan exchanging views"; a name: "criticised Donald Trump warning")
	}
	b := m.Start - 1
	for b >= 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ" || toks[b].Tag == "CD" || toks[b].Tag == "PRP$") {
		b--
	}
	if b < 0 {
		return false
	}
	t := toks[b]
	switch {
	case t.Tag == "IN" && t.Lower != "of" && t.Lower != "by" && t.Lower != "after" && t.Lower != "before" && t.Lower != "while" && t.Lower != "since" && t.Lower != "as" && t.Lower != "with" && t.Lower != "without":
		return true // "at opposition supporters marching"
	case t.Lower == "to" && t.Tag == "TO" && b > 0 && (toks[b-1].Tag == "NN" || toks[b-1].Tag == "NNS" || st.at[b-1] >= 0):
		// a recipient after the object: "passed bank records to Swiss
		// prosecutors looking into money laundering" (not a verb's "to":
		// "led to the Kenyan president signing a deal", the act itself)
		return true
	case t.Lower == "by" && b > 0 && (toks[b-1].Tag == "NN" || toks[b-1].Tag == "NNS") && startsLowerASCII(toks[b-1].Text):
		return true // a nominal's agent: "after the occupation of pumping stations by villagers demanding jobs"
	case strings.HasPrefix(t.Tag, "VB") && t.Lemma != "be":
		switch t.Lemma {
		case "see", "watch", "hear", "film", "show", "catch", "find", "report", "photograph", "spot", "witness", "observe", "record", "depict", "keep", "leave", "start", "stop", "accuse", "blame", "suspect", "have", "get", "send", "set":
			return false
		}
		return true // "support rebel forces opposing"
	}
	return false
}

// appealedTo reports a verb of appeal at i with "to" and an infinitive
// right after it and no addressee between: a headline's passive ("UN
// urged to launch global effort"), whose subject is the one urged.
func appealedTo(toks []dyad.Token, i int) bool {
	switch toks[i].Lemma {
	case "urge", "press", "implore", "encourage", "ask", "call":
	default:
		return false
	}
	if toks[i].Lemma == "call" || i+2 >= len(toks) || toks[i+1].Lower != "to" || toks[i+2].Tag != "VB" {
		return false
	}
	return true
}

// subjectNominal reports an event noun at i that heads its clause's
// subject ("pressure and sanctions against North Korea cannot solve the
// issue", "detaining suspects without trial breaks the law") while none
// of its sources stands inside its noun phrase: the act's actor is not
// named ("the Israeli strike on Jabalia was condemned" names its own).
func subjectNominal(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if len(h.source) == 0 {
		return false
	}
	start := i // the noun phrase's first word
	for start > 0 {
		t := toks[start-1]
		if st.at[start-1] >= 0 || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP$" || t.Lower == "and" {
			start--
			continue
		}
		break
	}
	if start > 0 {
		switch toks[start-1].Lower {
		case "that":
		case "“", "\"", ",", ":", ";":
			if toks[i].Tag == "VBG" {
				return false // a participle clause: ", warning it could …"; "is “investigating”"
			}
		default:
			if !strings.HasPrefix(toks[start-1].Tag, "VB") || !st.words.sayingVerbs[toks[start-1].Lemma] || toks[i].Tag == "VBG" {
				return false
			}
			// the subject of a complement: "China said sanctions cannot solve it"
		}
	}
	// the clause's verb after the phrase (past its of/against/on complement)
	verb := -1
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if k == i+1 && agentParticiple(toks, k) {
			continue // "Missiles fired by Iran hit": a reduced relative, the verb is past its agent
		}
		if t.Tag == "MD" || finite(t.Tag) && st.at[k] < 0 {
			verb = k
			break
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN" {
			return false
		}
	}
	if verb < 0 {
		return false
	}
	for _, m := range h.source {
		if m.Start >= start && m.End <= verb {
			return false // "the Israeli strike", "air strikes by Syrian planes have killed"
		}
	}
	return true
}

// askedAbout reports a word after "ask" that makes it a question, not a
// request: "asked about", "asked whether", "asked why".
func askedAbout(w string) bool {
	switch w {
	case "about", "whether", "if", "why", "how", "what", "when", "where", "who":
		return true
	}
	return false
}

// opinionInfinitive reports an infinitive at i whose subject is an
// expletive "it" with a judging adjective ("it is essential to rebut …",
// "how essential it is to discredit …", "it is time to negotiate"): an
// opinion about what should be done, no act.
func opinionInfinitive(toks []dyad.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "to" {
		return false
	}
	j := i - 2
	for j >= 0 && (toks[j].Tag == "RB") {
		j--
	}
	judging := func(w string) bool {
		switch w {
		case "essential", "important", "necessary", "vital", "crucial", "imperative", "time", "right", "wrong",
			"hard", "difficult", "easy", "possible", "impossible", "better", "best", "wise", "unwise", "urgent", "critical", "useful":
			return true
		}
		return false
	}
	// "it is essential to"
	if j >= 2 && judging(toks[j].Lower) && toks[j-1].Lemma == "be" && toks[j-2].Lower == "it" {
		return true
	}
	// "how essential it is to"
	if j >= 2 && toks[j].Lemma == "be" && toks[j-1].Lower == "it" && judging(toks[j-2].Lower) {
		return true
	}
	return false
}
