package events

// The screen: statuses of a sentence's live hits that their verb group
// alone does not show, set once combine has joined them: the scope of a
// modal of possibility or obligation, a "will" or "would" over coordinated
// verbs and gerunds (future), event nouns premodified as unrealised ("a
// threatened offensive"), the content of a request or demand ("a demand
// for Turkey to recognise Cyprus"), gerunds only weighed or planned, and
// nominal events in a modal's object.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// screen sets the statuses of a sentence's live hits that their verb
// group alone does not show, once combine has joined warnings and appeals
// with their acts: a modal's scope over coordinated and gerund verbs, and
// a warning of a situation (012) rather than of an act.
func (c *Coder) screen(ctx *articleCtx, st *sentence, hits []verbHit, live []bool) {
	// what a dropped demand, appeal or plan asks for goes with it: "which
	// has previously demanded Assad step down"
	//
	// The live verbs it would drop are looked for first: noEvent (and
	// describesSubject) write nothing, so asking them only when there is
	// such a verb gives the same answer at a fraction of the cost (most
	// dropped hits have none; PERFORMANCE.md, fifteenth pass).
	for k := range hits {
		h := &hits[k]
		if live[k] || h.code == "" || h.p.has(flagSpeech) || !asksForAny(st, hits, live, h) || !c.noEvent(ctx, st, h) {
			continue
		}
		if describesSubject(st, h.head) {
			// any dropped participle that describes the clause subject,
			// whichever noEvent rule dropped it (meetingParticiple and
			// probingParticiple among them): the verb after its phrase is
			// the clause's own, not its object ("ASEAN leaders meeting in
			// Manila agreed to send …": the clause's own verb asks;
			// falseevents_probing.go)
			continue
		}
		for j := range hits {
			if live[j] && asksFor(st, h, &hits[j]) {
				live[j] = false
			}
		}
	}
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.p.has(flagSpeech) || h.code == "" {
			continue
		}
		if st.words.attackCompoundVerb(st, h) {
			live[k] = false // "The Nairobi attack killed …": a noun (places_attackcompound.go)
			continue
		}
		if st.words.forbiddenGerund(st.toks, h.head) || st.words.opposedGerund(st.toks, h.head) {
			live[k] = false // "ban North Korea from launching missiles", "warned NATO against sending troops" (forbidden.go)
			continue
		}
		if !h.p.Noun && (h.status == dyad.Asserted || h.status == dyad.Negated) {
			if s, ok := modalScope(st.toks, h.head); ok && (h.status == dyad.Asserted || s == dyad.Hypothetical) {
				h.status = dyad.Hypothetical
			}
			if h.status == dyad.Asserted && modalOutcome(st.toks, h.head) {
				c.suppose(h) // "could lead to Erdoğan reaching a deal with Damascus" (falseevents_opinion.go)
			}
		}
		if (nounLike(st, h) || st.toks[h.head].Tag == "VBG") && !h.blamed && subjectNominal(st, h) {
			live[k] = false // "pressure and sanctions against North Korea cannot solve the issue": whose sanctions is not said
			continue
		}
		if dropCollectives(st, h) || courtAppeal(st, h) {
			live[k] = false // "most governments balk at …", "would appeal the verdict"
			continue
		}
		if compoundActors(st, h) {
			live[k] = false // "watch a Russian-led attack": a modifier names no actor (nonactors.go)
			continue
		}
		if declinedComment(st, h) {
			h.code, h.target = "011", nil // "refused to confirm the report"
		}
		if !c.refusedAcceptance(st, hits, live, k) {
			live[k] = false // "accepted the resignation": an acceptance is no act; "would never accept" is a refusal (acceptance.go)
			continue
		}
		if !refusedComment(st, h) || feltSince(st, h) {
			live[k] = false // "commented on the vote": no refusal; "has been angered by" (wording.go)
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
		if plannedFollowUp(st, h) {
			live[k] = false // "asking Turkey and Iran to meet …, followed by a meeting with France": planned (planned_meeting.go)
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
				if j != k && live[j] && hits[j].head > h.head && hits[j].head <= h.head+4 && materialConflict(hits[j].code) {
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
			c.suppose(h) // "will have to defend his record" (falseevents_opinion.go)
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
		if st.words.requested(st.toks, h.head) {
			if st.toks[h.head-1].Lower == "to" {
				if h.status == dyad.Hypothetical {
					live[k] = false // "an EU demand for Turkey to recognise Cyprus": asked for, not done
					continue
				}
			} else if h.status == dyad.Asserted {
				c.suppose(h) // "Trump's demand that Germany prosecute its citizens"
			}
		}
		if h.code == "057" && st.toks[h.head].Lemma == "agree" && objectIn(st.toks, h.head, st.words.agreedViews) {
			h.code = "019" // "agreed on the need for more pressure": accord, no signed agreement
		}
		if h.code == "063" && objectIn(st.toks, h.head, st.words.captives) {
			h.code = "0841" // "handed over 21 schoolgirls to the authorities": a release
		}
		if c.advisoryWarning(st, h) {
			live[k] = false // "warned its citizens to avoid travel to Haiti" (falseevents_advisory.go)
			continue
		}
		if c.dangerWarning(st, h) {
			h.code = "012" // "warned of the risk of escalation" (falseevents_danger.go)
		}
		switch c.idleWarning(st, hits, live, k) {
		case warningDropped:
			live[k] = false // "warned against complacency" (falseevents_warnings.go)
			continue
		case warningPessimistic:
			h.code = "012" // "issued a warning about the danger of piracy"
		}
		if h.status == dyad.Hypothetical && attemptedProtest(st, h) {
			h.status = dyad.Asserted // "protesters who tried to storm parliament": the riot happened (attempted_protest.go)
		}
		colon := h.head+1 < len(st.toks) && st.toks[h.head+1].Text == ":"
		self := len(h.target) == 1 && len(h.source) == 1 && h.target[0].Code == h.source[0].Code // "unless it is tackled": a pronoun taken for the warner
		if h.code == "130" && st.toks[h.head].Lemma == "warn" && (len(h.target) == 0 || colon || self) && c.warnsOfSituation(st, hits, live, k) {
			h.code = "012" // "warns of unprecedented suffering": a pessimistic comment, no threat
			if colon || self {
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
			toks[j].Tag == "NN" && startsLowerASCII(toks[j].Text) && j > 0 && (toks[j-1].Tag == "IN" ||
				// "the test and new UN sanctions": a noun's conjunct
				j > 1 && (toks[j-1].Lower == "and" || toks[j-1].Lower == "or") && (toks[j-2].Tag == "NN" || toks[j-2].Tag == "NNS")))
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
	if t := toks[h.head].Tag; j == h.head-1 && j > 1 && (t == "NN" || t == "VBP" || t == "VB") && (toks[j].Lower == "and" || toks[j].Lower == "or") && toks[j-1].Tag == "NN" && startsLowerASCII(toks[j-1].Text) && toks[j-2].Tag == "IN" {
		return true // "for murder and rape/VBP": a bare noun (or one the tagger took for a verb) coordinated with a noun after a preposition
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

// unrealisedModifier reports an event word at i premodified, inside its
// noun phrase, by a word saying it has not happened: "a threatened
// Turkish offensive", "the planned visit", "Russia's possible strike",
// "the next OPEC meeting", "a planned foreign ministers' meeting".
// ("scheduled" only in a time phrase, "before a scheduled meeting": "the
// scheduled meeting … took place" happened.)
// ("The EU threatened new sanctions" has a verb,
// not a premodifier, before its noun.)
func unrealisedModifier(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		t := toks[j]
		if t.Lower == "scheduled" && j >= 2 && toks[j-1].Tag == "DT" && (toks[j-2].Lower == "before" || toks[j-2].Lower == "ahead" || j >= 3 && toks[j-2].Lower == "of" && toks[j-3].Lower == "ahead") {
			return true // "weeks before a scheduled meeting": a time phrase
		}
		if st.words.unrealisedModifiers[t.Lower] {
			p := toks[j-1]
			return p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "POS" || p.Lower == "'s" || p.Lower == "’s" || p.Tag == "IN" || p.Tag == "TO"
		}
		if !(st.at[j] >= 0 || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "CD" || t.Tag == "VBN" ||
			t.Tag == "NNS" && j+1 < i && isPossTok(toks[j+1]) || isPossTok(t) && j > 0 && toks[j-1].Tag == "NNS") {
			return false // (a plural possessive inside: "a scheduled foreign ministers' meeting")
		}
	}
	return false
}

// absentEvent reports an event noun at i that a noun of absence governs
// through "of" ([absence nouns] of data/words.txt), its noun phrase
// between: "the absence of talks", "the lack of any sanctions", "the
// failure of any effective legal, diplomatic and military sanctions". A
// failure or a lack is absence only with "any" ("the failure of the talks"
// says the talks were held; "the lack of aid" may be a shortfall of aid
// given). The word at i is a noun there whatever its tag ("the
// failure of any … military sanctions", "sanctions" tagged VBZ).
func absentEvent(st *sentence, i int) bool {
	toks := st.toks
	anyWord := false
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		t := toks[j]
		if t.Lower == "of" {
			h := toks[j-1].Lower
			return st.words.absenceNouns[h] || (h == "failure" || h == "lack") && anyWord
		}
		switch {
		case t.Lower == "any":
			anyWord = true
		case t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "CC" || t.Text == "," || t.Tag == "DT" || t.Tag == "VBN":
		default:
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

// requested reports an infinitive at i that is the content of a request
// noun: "a demand for Turkey to recognise Cyprus", "calls for the army to
// withdraw". What is asked for is not done (CODING.md), and the request
// noun itself is coded, when it is an event, by the noun rules.
func (v *vocab) requested(toks []dyad.Token, i int) bool {
	if i >= 3 && (toks[i].Tag == "VB" || toks[i].Tag == "VBP") && toks[i-1].Lower != "to" {
		// "Trump's demand that Germany repatriate and prosecute its citizens";
		// "requested the Security Council hold consultations"
		for k := i - 1; k >= 1 && k >= i-8; k-- {
			if toks[k].Lower == "that" {
				return v.requestNouns[toks[k-1].Lower]
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
			return v.requestNouns[toks[k-1].Lower]
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
	if passiveGerund(toks, i) {
		i-- // "from being slaughtered": the participle's "being" follows "from"
	} else if toks[i].Tag != "VBG" && toks[i].Tag != "NN" {
		return false
	}
	if i < 2 || toks[i-1].Lower != "from" {
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

// demandContent reports an act named as the content of a demand or call
// ("would not bow to demands to recognise the country", "resisted calls
// to resign"): asked for, not done; the demand is its own event where a
// verb codes it. A demand whose maker is named before it is left to the
// rules that code that demand.
func demandContent(st *sentence, i int) bool {
	toks := st.toks
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	switch toks[i-2].Lower {
	case "demands", "demand", "calls", "call", "appeals", "appeal", "requests", "request", "pressure", "pleas", "plea", "ultimatum":
	default:
		return false
	}
	for k := i - 3; k >= 0 && k >= i-5; k-- {
		if st.at[k] >= 0 || isPossTok(toks[k]) {
			return false // "a European Union demand to withdraw": the demander's request is coded from it (rejectedRequest)
		}
	}
	return true
}

// asksFor reports whether the live hit g is the plain verb that the
// dropped demand, appeal or plan h asks for, and goes with it (screen): a
// base form at most six tokens after h with no clause break between.
func asksFor(st *sentence, h, g *verbHit) bool {
	return g.head >= h.end && g.head-h.end <= 6 && (st.toks[g.head].Tag == "VB" || st.toks[g.head].Tag == "VBP") && !breakBetween(st.toks, h.end, g.head) &&
		!unpunishedSaid(st, g) // "the strike would not go unpunished": said of the act, no part of it (unpunished.go)
}

// asksForAny reports whether h asks for any live hit (asksFor).
func asksForAny(st *sentence, hits []verbHit, live []bool, h *verbHit) bool {
	for j := range hits {
		if live[j] && asksFor(st, h, &hits[j]) {
			return true
		}
	}
	return false
}
