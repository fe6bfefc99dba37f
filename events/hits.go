package events

// Finding event patterns in a sentence: verbs and nouns, their slots,
// voice, negation and modality.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
)

// findHits finds every verb and noun pattern in the sentence, with status
// and intent/threat rewriting applied.
func (c *Coder) findHits(st *sentence) []verbHit {
	toks := st.toks
	var hits []verbHit
	var usedBuf [96]bool // (most sentences fit: no allocation)
	var used []bool
	if len(toks) <= len(usedBuf) {
		used = usedBuf[:len(toks)]
	} else {
		used = make([]bool, len(toks))
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if used[i] {
			continue
		}
		isVerb := strings.HasPrefix(t.Tag, "VB") || t.Tag == "JJ" && sentences.PredicativeAdjective(toks, i)
		if isVerb && i+1 < len(toks) && toks[i+1].Tag == "CD" && t.Lower == "pounds" {
			isVerb = false // "pounds 3bn": money
		}
		if isVerb && (t.Lower == "charge" || t.Lower == "chargé") && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Lower, "d'") || strings.HasPrefix(toks[i+1].Lower, "d’") || toks[i+1].Lower == "d") {
			isVerb = false // "the Iranian charge d'affaires": a diplomat, no charging
		}
		if isVerb && t.Lower == "charges" && chargeNoun(toks, i) {
			isVerb = false // "sentenced … on espionage charges on Monday": the charges, not a charging (conflict.go)
		}
		if isVerb && t.Lemma == "target" && t.Lower != "targeted" && t.Lower != "targeting" {
			isVerb = false // "struck Hezbollah targets": a noun the tagger took for a verb (conflict.go keeps the past forms)
		}
		if isVerb && t.Lemma == "raid" && t.Lower != "raided" && t.Lower != "raiding" {
			isVerb = false // "Taliban raid on German consulate": a headline's noun (lexconflict.go keeps the past forms)
		}
		if isVerb && coordinatedGerundNoun(toks, i) {
			isVerb = false // "the torture and killing of an Italian student": a noun, as "the killing of" is
		}
		if isVerb && adjectival(toks, i) {
			isVerb = false // "release detained journalists": a participle as adjective
		}
		if isVerb {
			if h, ok := c.matchVerb(st, i); ok && !idleEntry(st, h) && !overAgent(st, h) { // "would enter", "who entered" (occupy.go)
				for k := h.head; k < h.end && k < len(used); k++ {
					used[k] = !calledBlame(h) || k == h.head || k == h.end-1
				}
				hits = append(hits, h)
				continue
			}
		}
		if st.at[i] >= 0 {
			// "Ukrainian drones hit a refinery": the actor phrase's head is
			// a weapon noun, the subject of its strike verb
			if h, ok := c.weaponSubject(st, i); ok {
				for k := h.head; k < h.end; k++ {
					used[k] = true
				}
				hits = append(hits, h)
			}
			continue
		}
		if h, ok := c.matchNoun(st, i); ok {
			for k := h.head; k < h.end; k++ {
				used[k] = true
			}
			hits = append(hits, h)
		}
	}
	// infinitive complements of intent and threat verbs: "agreed to meet"
	for k := range hits {
		h := &hits[k]
		if !h.p.has(flagIntent | flagThreat) {
			continue
		}
		for j := range hits {
			g := &hits[j]
			if g.head <= h.head || g.head > h.end+10 && !conjoinedInfinitive(st, h.end, g.head) || g.p.has(flagSpeech) || !infinitive(toks, h.end, g.head) && !conjoinedInfinitive(st, h.end, g.head) {
				continue
			}
			if g.code == "171" && seizesTerritory(toks, g.end) {
				g.code = "192" // "threatened to seize more territory": occupation
			}
			if meetingPurpose(toks, hits, h, g) {
				// "are due to meet on Friday to discuss Idlib": the
				// meeting's purpose, no plan of its own (meeting_purpose.go)
				g.status = dyad.Hypothetical
				continue
			}
			if expectedBy(toks, h.head) || speculated(toks, h.head) {
				// "Russia is expected to send more troops", "may be
				// preparing to attack": others' expectation or guess, not
				// the actor's plan or threat
				g.status = dyad.Hypothetical
				continue
			}
			if g.code == "150" && !h.p.has(flagThreat) && words(toks[g.head:g.end], "joint") {
				// "Egypt and Greece agreed to hold joint naval drills":
				// planned military cooperation (0312), as "will hold joint
				// drills"; both ways when two parties agree (below)
				g.code = "0312"
			}
			if enactedMeasure(toks, h.head, h.p, g.code) {
				// "the European Union agreed to ban imports of Iranian
				// oil": the body's decision enacts its own measure (163,
				// as decided), no threat of it (decisions.go)
				h.code = ""
				continue
			}
			if h.p.has(flagThreat) || c.quad(g.code) >= 3 && (toks[h.head].Lemma == "vow" || toks[h.head].Lemma == "pledge" || toks[h.head].Lemma == "promise") {
				g.code = threatCode(c.ont, g.code) // "vowed to strike": an explicit threat
				g.status, g.threat = dyad.Asserted, true
				if g.code == "115" && h.p.has(flagThreat) {
					// "threatened to take Malawi to the International
					// Court of Justice": a lawsuit threatened is a threat,
					// none more specific (130; a planned lawsuit, "will
					// sue", keeps 115 future)
					g.code = "130"
				}
				if !h.p.has(flagThreat) && !strings.HasPrefix(g.code, "13") {
					// "pledged to investigate the abuses", "vowed to hold
					// drills": no threat code fits, so the act is only
					// planned (grids.go battery of intent verbs)
					g.status = dyad.Future
				}
			} else if q := c.quad(g.code); q <= 2 {
				g.code = intentCode(g.code)
				g.status = dyad.Future
			} else {
				g.code = threatCode(c.ont, g.code)
				g.status, g.threat = dyad.Future, true
			}
			if toks[h.head].Lemma == "agree" && !h.p.has(flagThreat) && c.quad(g.p.Code) >= 3 && pluralSubject(st, h.head) && st.words.planBetween(toks, h.head, g.head) && st.words.disposalVerb(toks[g.head].Lemma) {
				// "Russia and the United States agreed on a plan to
				// eliminate Syria's chemical weapons": parties agreeing
				// on a plan of force plan military cooperation with each
				// other (0312, both ways, as joint drills agreed are), no
				// threat to the plan's object (planned.go)
				g.code, g.status, g.threat = "0312", dyad.Future, false
			}
			if toks[h.head].Lemma == "agree" && !g.p.has(flagMutual) && c.quad(g.code) <= 2 && !strings.HasPrefix(g.code, "033") && !strings.HasPrefix(g.code, "02") && pluralSubject(st, h.head) {
				// (aid agreed to be given goes one way: "agreed to provide
				// Cambodia with military equipment"; an appeal goes to a
				// third party: "agreed to call for an emergency meeting")
				// "X and Y agreed to resume contacts": both parties intend it
				g.p = g.p.with(flagMutual | flagAgreed)
			}
			if len(h.p.Slots) > 1 && !h.p.has(flagThreat) && (!particleEnd(h.p) || len(h.p.Slots) > 2) {
				// ("announced plans to provide", "agreed in principle to")
				// "signalled readiness to negotiate": the noun between is
				// no subject; the intent verb's subject acts
				g.orderedBy = h.head + 1
			}
			if g.orderedBy == 0 && conjoinedInfinitive(st, h.end, g.head) {
				// "promised to improve access, end the bombing and
				// cooperate": the intent verb's subject does each (conjoined_base.go)
				g.orderedBy = h.head + 1
			}
			h.code = "" // the intent verb itself is no event
		}
		if h.code == "" {
			h.p = speechLike
		}
	}
	hits = c.coordinatedAid(st, hits) // "restart the sharing of intelligence and defence aid for Moldova" (coordinated_aid.go)
	c.bareIntents(st, hits)           // "agreed to share power with the opposition" (intent.go)
	c.hopedClauses(st, hits)          // "said she hoped the talks would succeed" (hoped_clause.go)
	c.promisedActs(st, hits)          // "a promise from Arafat to end attacks" (intent.go)
	return hits
}

// pluralSubject reports a subject of the verb at head that names two or
// more parties: actors joined by "and" ("Egypt and Sudan agreed to share
// intelligence") or a plural of parties ("the two sides", "both
// countries"). "The United States agreed to lift sanctions on Venezuela"
// is one party's intent, its target kept.
func pluralSubject(st *sentence, head int) bool {
	toks := st.toks
	if v := coordinatedWith(toks, head); v >= 0 {
		return pluralSubject(st, v) // "Biden and Xi met for four hours … and agreed to restore …"
	}
	actors := 0
	for k := head - 1; k >= 0 && k >= head-14; k-- {
		t := toks[k]
		if t.Text == "," && actors == 0 || t.Text == ";" || t.Lower == "that" || t.Lower == "said" || t.Lower == "who" || t.Lower == "which" {
			break
		}
		if m := st.at[k]; m >= 0 {
			if !st.ments[m].Modifier {
				actors++
			}
			k = st.ments[m].Start // (not "the United States")
			if actors >= 2 {
				return true
			}
			continue
		}
		switch t.Lower {
		case "both", "two", "three", "pair", "duo", "sides", "parties", "countries", "nations", "leaders", "governments", "neighbours", "neighbors", "rivals", "allies", "delegations", "states", "ministers", "presidents":
			return true
		}
	}
	return false
}

// coordinatedWith returns the finite verb the verb at head is coordinated
// with ("met … and agreed"): head follows "and" (adverbs between), and the
// nearest finite verb before it in the sentence has no clause word
// ("that", "which", "who", "said", a semicolon) or other "and" between;
// -1 when there is none.
func coordinatedWith(toks []dyad.Token, head int) int {
	k := head - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || toks[k].Lower != "and" {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		switch t := toks[j]; {
		case t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "and" || t.Text == ";" || t.Lower == "said":
			return -1
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
			return j
		}
	}
	return -1
}

// infinitive reports "to" (perhaps with adverbs) right before the verb at
// head, with no clause break since from: "agreed on Friday to restore".
func infinitive(toks []dyad.Token, from, head int) bool {
	k := head - 1
	for k >= from && (toks[k].Tag == "RB" || isQuote(toks[k].Text)) {
		k-- // "vowed to \"always stand with\" Moscow"
	}
	if k > from && toks[head].Tag != "VB" {
		// a noun event as the object of the infinitive: "vowed to continue
		// missile attacks"
		j := k
		for j > from && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "PRP$") {
			j--
		}
		if j > from && toks[j].Tag == "VB" && toks[j-1].Lower == "to" {
			k = j - 1
		}
	}
	if k < 0 || toks[k].Lower != "to" {
		return false
	}
	for j := from; j < k; j++ {
		if toks[j].Text == ";" || toks[j].Lower == "that" || toks[j].Lower == "but" || toks[j].Lower == "while" || toks[j].Lower == "whereas" {
			return false // "threatened to close the border, while the Houthis vowed to attack"
		}
	}
	return true
}

// adjectival reports a past participle used as a premodifier: after a
// determiner, preposition or verb and before a noun, or opening the
// sentence (past adverbs) before a common noun, where no subject stands
// before it: "Armed separatists killed two soldiers", "Heavily armed
// gunmen stormed a church" (sentence_participle.go).
func adjectival(toks []dyad.Token, i int) bool {
	t := toks[i]
	if (t.Tag == "VBN" || t.Tag == "VBD") && openingParticiple(toks, i) {
		return true
	}
	if t.Tag != "VBN" && t.Tag != "VBD" || i == 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i-1].Tag {
	case "DT", "PRP$", "IN", "TO", "VB", "VBP", "VBZ", "VBG", "POS", "CD":
	default:
		return false
	}
	if toks[i-1].Lemma == "be" || toks[i-1].Lemma == "have" || toks[i-1].Lemma == "get" {
		return false
	}
	n := toks[i+1]
	return n.Tag == "NN" || n.Tag == "NNS" || n.Tag == "NNP" && i+2 < len(toks)
}

// coordinatedGerundNoun reports an -ing form at i joined by "and" or "or"
// to a noun before it and followed by "of": "the torture and killing of a
// student", "the arrest and beating of protesters". The form names an act
// as its noun conjunct does (a nominal, like "the killing of"), not a
// participle whose subject is the clause's. The noun conjunct must be a
// single noun right after "the": "stepped up its air strikes and shelling
// of rebel positions" tells the subject's own shelling and stays a verb.
func coordinatedGerundNoun(toks []dyad.Token, i int) bool {
	if i < 3 || toks[i-3].Lower != "the" || i+1 >= len(toks) || toks[i].Tag != "VBG" || toks[i+1].Lower != "of" {
		return false
	}
	if c := toks[i-1].Lower; c != "and" && c != "or" {
		return false
	}
	return toks[i-2].Tag == "NN" || toks[i-2].Tag == "NNS"
}

// andBefore returns the index of the "and" that joins the verb at head
// to a verb phrase before it, past dates and adverbs between ("… and on
// Monday pledged", "… and quickly seized"), or -1 when the word before
// them is no "and" (or "and" opens the sentence).
func andBefore(st *sentence, head int) int {
	j := head - 1
	for j >= 0 && (st.isDate[j] || st.toks[j].Tag == "RB") {
		j--
	}
	if j < 1 || st.toks[j].Lower != "and" {
		return -1
	}
	return j
}

// determinerBefore reports a determiner or a possessive right before
// the token at i: "the", "its", "the country's".
func determinerBefore(toks []dyad.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Tag {
	case "DT", "PRP$", "POS":
		return true
	}
	return false
}

func lowerWords(toks []dyad.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Lower
	}
	return out
}

// speechLike marks a hit that yields no event.
var speechLike = &Pattern{Code: "", Flags: flagSpeech}

func (c *Coder) quad(code string) int {
	if k, ok := c.ont.Lookup(code); ok {
		return k.QuadClass
	}
	return 0
}

// matchVerb tries the verb patterns at token i.
func (c *Coder) matchVerb(st *sentence, i int) (verbHit, bool) {
	toks := st.toks
	lemma := toks[i].Lemma
	var best *Pattern
	bestEnd := 0
	ps := c.patterns.verbs[lemma]
	var rest uint64 // the wordSig bits of the tokens after the verb
	if len(ps) > 0 && len(ps[0].Slots) > 1 {
		rest = sigsFrom(toks, i+1)
	}
	for _, p := range ps {
		if best != nil && len(p.Slots) < len(best.Slots) {
			break // sorted longest first: nothing more specific follows
		}
		if !p.mayFollow(rest) {
			continue // a slot none of the words after the verb can fill
		}
		end, ok := c.matchSlots(toks, i, p, len(p.Slots), p.has(flagFar), p.has(flagObject))
		if !ok || p.has(flagForce) && (!forceSubject(st, i, p.has(flagPolice)) || ownQuartersLeft(toks, end)) {
			continue // "Britain left the EU": only forces withdraw, and not from their own barracks (forces_leave.go)
		}
		if ok && p.has(flagUnarmed) && armedSubject(st, i) {
			continue // "Police intervened in a dispute": no mediation (mediators.go)
		}
		if p.Code == "019" && c.words.acceptanceVerbs[lemma] && negatedStand(toks, i) {
			continue // "would not accept an EU proposal": the refusal of the bare acceptance line (acceptance.go)
		}
		if p.has(flagNoClause) && objectClause(st, end) {
			continue // "admitted troops from the unit had fought": a confession (object_clause.go)
		}
		if gerundHeld(toks, i, p, end) {
			continue // "stop supporting the rebels fighting Assad": the support stops, no fighting (gerund_held.go)
		}
		if p.has(flagHeadNoun) && compoundedOn(toks, end) {
			continue // "suspended its nuclear test ban treaty": a treaty, no test halted (testhalt.go)
		}
		if p.has(flagHosted) && toBorder(st, end) || p.has(flagConsent) && !consented(st, end) {
			continue // "approved the deployment of troops to Gaza": no peacekeeping (peace_deployment.go)
		}
		if lemma == "be" && len(p.Slots) == 2 && !onlyAdverbs(toks, i+1, end-1) && !comparedFeeling(toks, i+1, end-1) {
			continue // "will be discussing the situation with all concerned parties" is no "be concerned"
		}
		if len(p.Slots) == 2 && len(p.Slots[1]) == 1 && isParticle(p.Slots[1][0]) && !st.words.adverbParticles[p.Slots[1][0]] && end < len(toks) && (st.isDate[end] || dateWord(toks[end])) {
			continue // "agreed on Thursday" is no "agree on" ("stepped down on Friday" stays a "step down")
		}
		if best == nil || end < bestEnd && !particleEnd(p) || end > bestEnd && particleEnd(best) ||
			end == bestEnd && specificity(p.Code) > specificity(best.Code) {
			// the tightest match, then the most specific code: "opened an
			// investigation into the sabotage of a railway" is no opened railway
			best, bestEnd = p, end
		}
	}
	if best != nil && lemma == "call" && best.Code != "111" {
		best, bestEnd = c.calledComplement(toks, i, best, bestEnd) // "called the Russian strike appalling" (lexconflict.go)
	}
	if best == nil || len(best.Slots) == 1 || best.has(flagIntent) || particleEnd(best) || byBefore(toks, i, bestEnd) {
		if p, end := c.passiveObject(st, i); p != nil {
			best, bestEnd = p, end // "aid was delivered to Gaza by Jordan", "a ceasefire was agreed by …" (coop.go)
		}
	}
	if best != nil && best.Code == "120" && c.words.chargeRejecters[lemma] && c.words.rejectsCharge(toks, i, bestEnd) {
		// "rejected the accusations", "a charge Manila rejected": a denial
		for _, d := range c.patterns.verbs["deny"] {
			if d.has(flagDeny) && len(d.Slots) == 1 {
				best = d
			}
		}
	}
	if best != nil && best.Code == "100" && (ordersOwn(st, i) || !orderedParty(st, i)) {
		// "ordered the army to halt strikes": the act itself, no demand;
		// "ordered a report on the decision to allow …": no party ordered
		return verbHit{}, false
	}
	best, bestEnd = c.chargeDenial(toks, i, best, bestEnd) // "a charge Paris dismissed", "called the allegations baseless" (denials.go)
	best, bestEnd = c.reportDenial(st, i, best, bestEnd)   // "…, and Israel rejected the findings" (reactions.go)
	// "admitted that the operation had been a mistake" (wording.go)
	best, bestEnd = c.admittedMistake(toks, i, best, bestEnd)
	best, bestEnd = c.entryBan(st, i, best, bestEnd) // "banned the tycoon from entering Britain" (entry_ban.go)
	if best != nil {
		p, end := best, bestEnd
		h := verbHit{p: p, head: i, end: end, code: p.Code, status: dyad.Asserted}
		h.passive = isPassive(toks, i) || reducedRelative(st, i) || setOffParticiple(st, i) || coordinatedPassive(st, i) || subjectReduced(st, i, end) || sawParticiple(st, i) || headlinePassive(st, i, end) ||
			(lemma == "sentence" || lemma == "jail") && toks[i].Tag == "VBD" && i+1 < len(toks) && toks[i+1].Lower == "to" // "Morsi sentenced to 3 years"
		if c.words.acceptanceLine(p, lemma) && !negatedStand(toks, i) {
			return verbHit{}, false // "accepted the offer": only "would never accept" is an act (acceptance.go)
		}
		h.status = verbStatus(toks, i, st)
		if j := conjoinedBase(st, i); h.status == dyad.Asserted && j >= 0 && toks[j-1].Lower != "to" {
			h.status = verbStatus(toks, j, st) // "will improve access, stop supporting rebels and cooperate with" (conjoined_base.go)
		}
		if h.status == dyad.Asserted && presentAhead(st, i) {
			h.status = dyad.Future // "leaves for Buenos Aires tomorrow" (status_ahead.go)
		}
		if h.status == dyad.Negated && slotHas(p.Slots[1:], "no") && !negatedBefore(toks, i) {
			h.status = dyad.Asserted // "saw no grounds for optimism": the "no" is the pattern's own
		}
		if h.status == dyad.Future && h.code == "150" && words(toks[i:end], "joint") {
			// "will hold joint drills": planned military cooperation (0312),
			// both ways; held joint drills are a show of force (150)
			h.p, h.code = p.with(flagMutual), "0312"
		}
		if h.code == "0871" && !p.has(flagMutual) && pluralSubject(st, i) {
			// "the government and the rebels declared a truce": a
			// ceasefire two named parties declare together is agreed both
			// ways; one party declaring it ("with" another) acts alone
			h.p = p.with(flagMutual)
		}
		if h.status == dyad.Future {
			if c.quad(h.code) <= 2 {
				h.code = intentCode(h.code)
			} else if !p.has(flagThreat) && !strings.HasPrefix(h.code, "13") {
				h.code, h.threat = threatCode(c.ont, h.code), true
			}
		}
		return h, true
	}
	return verbHit{}, false
}

// rejectsCharge reports an accusation noun as what the verb at i rejects:
// its object ("rejected the accusations") or the noun its clause modifies
// ("a charge Manila rejected").
func (v *vocab) rejectsCharge(toks []dyad.Token, i, end int) bool {
	charge := func(t dyad.Token) bool {
		return v.chargeNouns[t.Lower]
	}
	named := false // an accuser named before the noun: "a British accusation", "Ukraine's accusations"
	for k := end; k < len(toks) && k < end+5; k++ {
		if charge(toks[k]) {
			// (a claim after a named claimer is a statement of fact as
			// often as a charge: "rejected Trump's claim that Isis had
			// been defeated")
			return !named || strings.TrimSuffix(toks[k].Lower, "s") != "claim"
		}
		if toks[k].Tag == "NNP" || toks[k].Tag == "NNPS" || toks[k].Tag == "POS" || toks[k].Text == "'s" || toks[k].Text == "’s" {
			named = true
			continue
		}
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "PRP$" {
			break
		}
	}
	// "a charge Manila rejected": the noun before the verb's subject
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if charge(toks[k]) {
			return k+1 < i && startsUpperASCII(toks[k+1].Text)
		}
		if !startsUpperASCII(toks[k].Text) && toks[k].Tag != "DT" {
			return false
		}
	}
	return false
}

// seizesTerritory reports a territory noun right after a seizure verb.
func seizesTerritory(toks []dyad.Token, from int) bool {
	return objectNoun(toks, from, "village", "villages", "town", "towns", "city", "territory", "region", "side", "area", "areas", "land", "airport", "province", "district", "island", "islands", "hill", "border")
}

// accusedOf reports "accused X of" before the "of" at j: the noun after
// it is the alleged act ("accused Azerbaijan of ethnic cleansing").
func accusedOf(toks []dyad.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		if toks[k].Lemma == "accuse" || toks[k].Lemma == "charge" {
			return true
		}
		if k < j-6 && (finite(toks[k].Tag) || toks[k].Text == ";" || toks[k].Lower == "that") {
			return false // past six words, only through a list of the accused ("accused China, Russia and other foreign states of")
		}
	}
	return false
}

// prevented reports a gerund whose act is kept from happening: "barred
// police from arresting", "a ban on companies boycotting Israel", "hold
// off on launching", "stopped short of attacking"; a passive one too:
// "to stop the villagers from being massacred by Sudan", "saved the
// hostages from being executed by Hamas" (prevention.go).
func prevented(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBG" && !passiveGerund(toks, i) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		switch toks[k].Lemma {
		case "ban", "prohibition", "moratorium", "embargo":
			return true
		case "from":
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				switch toks[j].Lemma {
				case "prevent", "bar", "ban", "block", "stop", "prohibit", "forbid", "deter", "keep", "discourage", "restrain", "refrain", "exclude":
					return true
				}
				if savedFrom(toks[j].Lower) {
					return true // "saved the hostages from being executed" (prevention.go)
				}
			}
			return false
		case "on":
			// "hold off on launching an attack"
			return k >= 2 && toks[k-1].Lower == "off" && toks[k-2].Lemma == "hold"
		case "of":
			// "stopped short of attacking"
			return k >= 2 && toks[k-1].Lower == "short" && (toks[k-2].Lemma == "stop" || toks[k-2].Lemma == "fall")
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
	}
	return false
}

// dateWord reports a word that starts a date expression, whether or not
// the publication date lets it resolve: "on Tuesday", "on June 5".
func dateWord(t dyad.Token) bool {
	if isWeekday(t.Lower) || monthOf(t.Lower) != 0 && t.Lower != "may" && startsUpperASCII(t.Text) {
		return true
	}
	switch t.Lower {
	case "today", "tonight", "yesterday", "tomorrow", "monday", "last", "this", "next":
		return true
	}
	return false
}

// spanNoun reports a noun that counts or times a series of acts, so
// that "three nights of US airstrikes" and "a wave of drone attacks" are
// the attacks themselves, not a background "anniversary of the attack".
// A time noun counts only in the plural ("within a day of a bombardment"
// is a time phrase).
func spanNoun(t dyad.Token) bool {
	switch t.Lemma {
	case "night", "day", "week", "month", "hour":
		return t.Lower != t.Lemma
	case "wave", "series", "round", "spate", "barrage", "volley", "string":
		return true
	}
	return false
}

// specificity ranks codes for ties between patterns: a 4-digit code over
// a 3-digit one, a specific code over a "not specified" one (ending in 0).
func specificity(code string) int {
	n := len(code) * 2
	if !strings.HasSuffix(code, "0") {
		n++
	}
	return n
}

// matchNoun tries the noun patterns starting at token i. A noun event is
// coded only when it is the object of a verb or the subject's own act:
// "Pyongyang ramping up weapons testing", "Syria's airstrikes".
func (c *Coder) matchNoun(st *sentence, i int) (verbHit, bool) {
	toks := st.toks
	if !c.patterns.nounFirst.Has(toks[i].Lower) {
		return verbHit{}, false
	}
	agentVerb := 0 // agentClauseVerb, once needed (-1: none)
	for _, p := range c.patterns.nouns[toks[i].Lower] {
		end, ok := matchAdjacent(toks, i, p.Slots[1:])
		if !ok && len(p.Slots) > 1 && agentVerb == 0 {
			agentVerb, _ = c.agentClauseVerb(st, i)
		}
		if !ok && agentVerb > 0 {
			// "Rockets fired by Hezbollah hit": the clause's verb past the
			// participle's agent (weapon_agent.go)
			end, ok = matchAdjacent(toks, agentVerb-1, p.Slots[1:])
		}
		if !ok || end < len(toks) && (toks[end].Lower == "warrant" || toks[end].Lower == "warrants") {
			continue // "an arrest warrant" is no arrest
		}
		// background nominals in time or cause phrases are not events;
		// a weapon's finite clause is no nominal (falseevents_history.go)
		if j := i - 1; j >= 0 && !finiteNoun(toks, end, p.Code) {
			for {
				for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" || toks[j].Tag == "POS" ||
					(toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") && st.at[j] >= 0 && st.ments[st.at[j]].Modifier) {
					j--
				}
				if j < 1 || toks[j].Lower != "of" || !spanNoun(toks[j-1]) {
					break
				}
				j -= 2 // "three nights of US airstrikes": what comes before the series
			}
			if j >= 0 && st.at[j] >= 0 && st.ments[st.at[j]].Possessive {
				// "since North Korea's sixth nuclear test": a time phrase
				if b := st.ments[st.at[j]].Start - 1; b >= 0 {
					switch toks[b].Lower {
					case "since", "after", "before", "following", "amid", "despite":
						return verbHit{}, false
					}
				}
			}
			if j >= 0 {
				switch toks[j].Lower {
				case "of":
					if !accusedOf(toks, j) && !partOfJoint(toks, j, i) {
						return verbHit{}, false
					}
				case "for":
					if claimForVerb(st, j) < 0 || !describedAct(st, end) {
						return verbHit{}, false // (the act a claim of responsibility names is coded: claims.go)
					}
				case "after", "before", "following", "since", "amid", "despite", "over", "against", "about", "to", "by", "on", "into", "than":
					return verbHit{}, false
				case "in":
					if j > 0 && (toks[j-1].Lower == "involvement" || toks[j-1].Lower == "role" || toks[j-1].Lower == "part") {
						return verbHit{}, false // "involvement in the attack": an allegation's topic
					}
				}
			}
		}
		h := verbHit{p: p, head: i, end: end, code: p.Code, status: dyad.Asserted}
		// "would take offensive action": the governing verb's modality
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if strings.HasPrefix(toks[k].Tag, "VB") {
				if s := verbStatus(toks, k, st); s == dyad.Future || s == dyad.Hypothetical || s == dyad.Negated {
					h.status = s
				}
				break
			}
			if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "NN" && toks[k].Tag != "PRP$" {
				break
			}
		}
		return h, true
	}
	return verbHit{}, false
}

// matchSlots matches p's slots after its head, p.Slots[1:n], after the
// head at i: each slot within 6 tokens of the previous match, inside the
// clause, and (with p.barrier) not past an infinitive event verb.
// Particles (a slot right after the head: "call for", "step down") must
// be adjacent. It returns one past the last slot's token.
//
// A slot takes the first word that fills it. When the next slot is a
// preposition or particle that must follow at once ("+into") and fails
// there, the search tries the end of the word's noun phrase, then the
// slot's next word in its window (matchSlotsFrom): "let 40 truckloads of
// medicine and flour into Gaza" fills {…,medicine,flour} with
// "medicine", finds no "into" right after it, and matches with "flour".
// A match found without this is unchanged: it only tries what failed.
//
// A slot's wordSig bits (Pattern.masks) rule most tokens out before any
// comparison, and a long slot's words are looked up in its set
// (Pattern.sets); slots marked in Pattern.adj must follow the previous
// match at once, past adverbs only.
func (c *Coder) matchSlots(toks []dyad.Token, i int, p *Pattern, n int, far, object bool) (int, bool) {
	return c.matchSlotsFrom(toks, i, p, 1, n, i+1, far, object)
}

// matchSlotsFrom matches p.Slots[s:n] from token pos on (matchSlots).
// When the next slot must be adjacent and is a preposition or particle
// ("+into", "+out"), a noun filling this slot may be followed by the
// rest of its noun phrase first (objectPhraseEnd: "threw activists and
// their lawyers into jail"), and each later word filling the slot in its
// window is tried in turn until the slots after it match ("threw
// students and journalists into jail"). Other slots take their first
// word only: letting every slot search on lost right events on the gold
// sets (session 66 gate).
func (c *Coder) matchSlotsFrom(toks []dyad.Token, i int, p *Pattern, s, n, pos int, far, object bool) (int, bool) {
	if s >= n {
		return pos, true
	}
	k := s - 1 // the slot's index among the slots after the head
	slot, mask, set, adj := p.Slots[s], p.masks[s], p.sets[s], p.adj[s]
	limit := pos + 8
	if k > 0 && len(p.Slots[s-1]) == 1 && p.Slots[s-1][0] == "that" && modalSlot(slot) {
		limit = pos + 16 // a "that" clause's subject before its modal: "warned that protesters blocking highways during a strike would face charges"
	}
	if k == 0 && n == 2 && len(slot) == 1 && isParticle(slot[0]) {
		limit = pos + 1
		if slot[0] != "on" && pos+2 < len(toks) && toks[pos].Lower == "on" && isWeekday(toks[pos+1].Lower) {
			limit = pos + 3 // "called on Wednesday for the Security Council to intervene"
		}
		if slot[0] == "on" && toks[i].Lemma == "call" && dayBeforeOn(toks, pos) {
			pos, limit = pos+2, pos+3 // "called on Tuesday on the United States and Britain to sell …": the second "on" is the particle
		}
	}
	if far && k == 0 {
		limit = pos + 14
		for j, commas := pos, 0; j < len(toks) && j < limit && commas < 2; j++ {
			if toks[j].Text == "," {
				commas++
				limit++ // an apposition's commas: "declared the head of the U.N. mission in Khartoum, German diplomat Volker Perthes, persona non grata"
			}
		}
	}
	for j := pos; j < len(toks) && j < limit; j++ {
		if j > pos && isHardBreak(toks[j]) && !(adj && daysOnly(toks, pos, j)) && !(toks[j].Lower == "that" && slot[0] == "that") {
			break // (a "that" slot opens its own clause: "warned on Monday that … would face charges")
		}
		if mask&(wordSig(toks[j].Lower)|wordSig(toks[j].Lemma)) != 0 && inSlotSet(&toks[j], slot, set) && !monthName(toks, j) && !overTime(toks, j) {
			if end, ok := c.matchSlotsFrom(toks, i, p, s+1, n, j+1, far, object); ok {
				return end, true
			}
			if s+1 >= n || !p.adj[s+1] || !prepositionSlot(p.Slots[s+1]) {
				return 0, false // only a preposition that must follow at once sends the search on
			}
			if e := objectPhraseEnd(toks, j); e > j+1 {
				if end, ok := c.matchSlotsFrom(toks, i, p, s+1, n, e, far, object); ok {
					return end, true
				}
			}
			// the preposition follows neither this word nor its phrase: try the slot's next word
		}
		if adj && !strings.HasPrefix(toks[j].Tag, "RB") && !isDoubleQuote(toks[j].Text) && !dayBetween(toks, j) { // (a quote opens: was “totally unacceptable”; a day between: "charged on Friday that")
			break // "spoke during a meeting with the emir" is no "spoke with"
		}
		if object && outsideObject(toks[j]) && !objectQuantity(toks, j) && !(adjectival(toks, j) && determinerBefore(toks, j)) &&
			!(k == 0 && j <= pos+1 && dayBetween(toks, j)) { // (a day before the object: "accepted on Tuesday foreign help")
			// "give a verdict on whether Syria used chemical weapons"
			// (flagObject); a participle between a determiner and a
			// noun stays in the object: "restore the dissolved
			// parliament"
			break
		}
		if p.barrier && j > pos && (toks[j].Tag == "VB" && toks[j-1].Lower == "to" || toks[j].Tag == "VBD" && !(j+1 < len(toks) && (toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS"))) && len(c.patterns.verbs[toks[j].Lemma]) > 0 && !transparentVerb(toks, j) && !coordinatedHead(toks, i, j) {
			break // an infinitive's phrase: "called on Israel to halt its strikes" is no "call strike"
		}
	}
	return 0, false
}

// sigsFrom returns the wordSig bits of the lower-cased forms and lemmas
// of toks[from:]: a slot whose mask misses them has no word there.
func sigsFrom(toks []dyad.Token, from int) uint64 {
	var bits uint64
	for j := from; j < len(toks); j++ {
		bits |= wordSig(toks[j].Lower) | wordSig(toks[j].Lemma)
	}
	return bits
}

// mayFollow reports that every slot of p after its head has a word whose
// wordSig bits are in rest (sigsFrom of the tokens after the head):
// when one has none, matchSlots cannot match p there, so it need not
// be tried.
func (p *Pattern) mayFollow(rest uint64) bool {
	for _, m := range p.masks[1:] {
		if m&rest == 0 {
			return false
		}
	}
	return true
}

// dayBetween reports a token of "on <weekday>" at j, which may stand
// between a verb and the clause word it takes: "Kenya charged on Friday
// that …" is "charge that".
func dayBetween(toks []dyad.Token, j int) bool {
	if toks[j].Lower == "on" {
		return j+1 < len(toks) && isWeekday(toks[j+1].Lower)
	}
	return j > 0 && toks[j-1].Lower == "on" && isWeekday(toks[j].Lower)
}

// daysOnly reports that tokens [a, b) are all "on <weekday>" (dayBetween).
func daysOnly(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if !dayBetween(toks, k) {
			return false
		}
	}
	return true
}

// outsideObject reports a token that ends a verb's object phrase: a verb,
// a clause word, or a preposition other than "of", "in", "with", "worth"
// and "over" ("handed over").
func outsideObject(t dyad.Token) bool {
	switch {
	case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "TO":
		return true
	case t.Tag == "IN":
		switch t.Lower {
		case "of", "in", "with", "worth", "over":
			return false
		}
		return true
	}
	return t.Lower == "whether" || t.Lower == "that" || t.Text == ","
}

// ordersOwn reports an order at i ("ordered", "instructed")
// given to the orderer's own forces or ministries, between the verb and
// its "to": "Putin ordered the army to halt strikes", "instructed his
// ministers to prepare sanctions". Such an order is the act itself
// (status.go), not a demand on another party ("ordered Israel to halt").
func ordersOwn(st *sentence, i int) bool {
	switch st.toks[i].Lemma {
	case "order", "instruct":
	default:
		return false
	}
	for k := i + 1; k < len(st.toks) && k < i+10; k++ {
		if st.toks[k].Lower == "to" {
			return k > i+1 && st.ownForces(i+1, k)
		}
	}
	return false
}

// orderedParty reports an order at i whose object, up to its "to", is a
// named party only, past determiners and a date ("ordered Israel on
// Friday to halt", "ordered the government to allow"); any other word
// ("ordered a report on the decision to allow") is no party ordered.
// Verbs other than order and instruct pass.
func orderedParty(st *sentence, i int) bool {
	switch st.toks[i].Lemma {
	case "order", "instruct":
	default:
		return true
	}
	named := false
	for k := i + 1; k < len(st.toks) && k < i+12; k++ {
		t := st.toks[k]
		switch {
		case t.Lower == "to":
			return named
		case st.at[k] >= 0:
			named = true
		case orderedPartyWord(t.Lower):
			named = true // "ordered both sides to", "the two governments", "ordered it to"
		case named && (t.Lower == "and" || t.Text == ","):
			// "ordered Russia and Ukraine to halt the fighting"
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "RB" || t.Lower == "on" || st.isDate[k]:
		default:
			return false
		}
	}
	return false
}

// orderedPartyWord reports a word that names the parties an order is
// given to without naming a state: "both sides", "the two governments",
// "the parties", "it", "them".
func orderedPartyWord(w string) bool {
	switch w {
	case "it", "them", "both", "two", "sides", "side", "parties", "governments", "countries", "states":
		return true
	}
	return false
}

// particleEnd reports a pattern whose last slot is a particle ("threaten
// to"): it says less than a longer match with a content word.
func particleEnd(p *Pattern) bool {
	last := p.Slots[len(p.Slots)-1]
	return len(p.Slots) > 1 && len(last) == 1 && isParticle(last[0])
}

// onlyAdverbs reports that tokens [a, b) are all adverbs.
func onlyAdverbs(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Tag != "RB" && toks[k].Text != "\"" && toks[k].Text != "“" {
			return false
		}
	}
	return true
}

// comparedFeeling reports the words toks[a:b] between "be" and its
// adjective as a comparative "more", adverbs around it ("was more
// optimistic than at any time", "is now much more hopeful"): the feeling
// told, grown.
func comparedFeeling(toks []dyad.Token, a, b int) bool {
	more := false
	for k := a; k < b; k++ {
		switch {
		case toks[k].Lower == "more" && !more:
			more = true
		case toks[k].Tag != "RB":
			return false
		}
	}
	return more
}

// slotHas reports a slot containing word w.
func slotHas(slots [][]string, w string) bool {
	for _, s := range slots {
		for _, x := range s {
			if x == w {
				return true
			}
		}
	}
	return false
}

// matchAdjacent matches noun slots right after i. Up to two place or
// day phrases may stand before a "between" or "with" slot: "the talks in
// Doha between", "talks in Doha on Sunday between".
func matchAdjacent(toks []dyad.Token, i int, slots [][]string) (int, bool) {
	pos := i + 1
	for _, slot := range slots {
		if slot[0] == "between" || slot[0] == "with" {
			if k := pastPlaceDay(toks, pos); k > pos && k < len(toks) && inSlot(&toks[k], slot) {
				pos = k
			}
		}
		if pos >= len(toks) || !inSlot(&toks[pos], slot) {
			return 0, false
		}
		pos++
	}
	return pos, true
}

// pastPlaceDay returns the index past up to two phrases at pos of "in",
// "at" or "on" and one to three proper nouns ("in Doha", "on Sunday"),
// pos itself when none stands there.
func pastPlaceDay(toks []dyad.Token, pos int) int {
	for n := 0; n < 2 && pos+2 < len(toks); n++ {
		if w := toks[pos].Lower; w != "in" && w != "at" && w != "on" {
			break
		}
		k := pos + 1
		for k < len(toks) && k <= pos+3 && toks[k].Tag == "NNP" {
			k++
		}
		if k == pos+1 {
			break
		}
		pos = k
	}
	return pos
}

// monthName reports a capitalised month name told as a date, which
// fills no slot of a pattern: "will hold its election on March 4" and
// "a referendum in March" are no march, and "Theresa May" is no modal
// (a capitalised "May" is never the modal). A named march fills the slot:
// "broke up the Women's March", "the Great March of Return". A date is
// a month with a number after it ("March 4", "March 2024") or a word of
// time before it ("in March", "since March", "last March", "the end of
// March", "February and March").
func monthName(toks []dyad.Token, j int) bool {
	t := toks[j]
	if t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' || monthOf(t.Lower) == 0 {
		return false
	}
	if t.Lower == "may" {
		return true
	}
	if j+1 < len(toks) && (toks[j+1].Tag == "CD" || toks[j+1].Text != "" && toks[j+1].Text[0] >= '0' && toks[j+1].Text[0] <= '9') {
		return true
	}
	if j == 0 {
		return false
	}
	switch toks[j-1].Lower {
	case "in", "on", "since", "until", "till", "by", "from", "to", "through", "before", "after", "during", "of",
		"last", "next", "this", "early", "late", "mid", "mid-", "end", "beginning":
		return true
	case "and", "or":
		return j >= 2 && monthOf(toks[j-2].Lower) != 0
	}
	return false
}

// overTime reports an "over" that opens a span of time, which fills no
// slot of a pattern: "fired dozens of missiles over the weekend" flies
// over no country, "over the past week" is no topic.
func overTime(toks []dyad.Token, j int) bool {
	if toks[j].Lower != "over" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		switch toks[k].Lower {
		case "the", "past", "last", "next", "coming", "previous", "following", "several", "two", "three", "many", "few", "recent":
			continue
		case "weekend", "weekends", "week", "weeks", "night", "nights", "hours", "days", "months", "years", "decades", "period", "holiday", "holidays":
			return true
		}
		return false
	}
	return false
}

func inSlot(t *dyad.Token, slot []string) bool {
	lower, lemma := t.Lower, t.Lemma
	if lemma == lower { // most words: one comparison per slot word
		for _, w := range slot {
			if lower == w {
				return true
			}
		}
		return false
	}
	for _, w := range slot {
		if lower == w || lemma == w {
			return true
		}
	}
	return false
}

// slotSetMin is the number of words above which a slot's words are
// also kept in a set (Pattern.sets): comparing with a dozen words costs
// about one map lookup.
const slotSetMin = 12

// inSlotSet is inSlot with the slot's word set when it has one
// (Pattern.sets; nil for a short slot).
func inSlotSet(t *dyad.Token, slot []string, set map[string]bool) bool {
	if set == nil {
		return inSlot(t, slot)
	}
	return set[t.Lower] || set[t.Lemma]
}

// dayBeforeOn reports "on <weekday> on" at pos: a date between a verb and
// its particle "on" ("called on Tuesday on the United States to …").
// matchSlots reads it for "call" only: "agreed on Tuesday on a recovery
// fund" is another verb's "on" phrase (tried for every verb: three false
// 057s on the dev sets).
func dayBeforeOn(toks []dyad.Token, pos int) bool {
	return pos+2 < len(toks) && toks[pos].Lower == "on" && isWeekday(toks[pos+1].Lower) && toks[pos+2].Lower == "on"
}

func isParticle(w string) bool {
	switch w {
	case "for", "on", "up", "down", "out", "off", "to", "with", "in", "at", "from", "of", "over", "by":
		return true
	}
	return false
}

func isHardBreak(t dyad.Token) bool {
	switch t.Text {
	case ".", ";", ":", "!", "?":
		return true
	}
	return t.Lower == "that" || t.Lower == "which" || t.Lower == "who"
}

// isClauseBreak marks where a scope opened by an accusation or denial ends.
func isClauseBreak(toks []dyad.Token, i int) bool {
	t := toks[i]
	if t.Text == ";" || t.Text == "." {
		return true
	}
	if t.Lower == "but" || t.Lower == "while" || t.Lower == "whereas" {
		return true
	}
	return newClauseAnd(toks, i)
}

// newClauseBetween reports newClauseAnd at a token of [a, b).
func newClauseBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if newClauseAnd(toks, k) {
			return true
		}
	}
	return false
}

// newClauseAnd reports ", and" at token i (the "and") opening a clause of
// its own after a clause with a finite verb: a noun phrase and then a
// finite verb or modal follow ("urged Pyongyang to return the abductees,
// and China criticised …"), so what the clause before asks for, denies or
// threatens stops there, and no list runs across it.
func newClauseAnd(toks []dyad.Token, i int) bool {
	if toks[i].Lower != "and" || i == 0 || toks[i-1].Text != "," {
		return false
	}
	verb := false // a clause before it ("Japan, China, and South Korea criticised" is one list)
	for k := 0; k < i-1 && !verb; k++ {
		verb = finite(toks[k].Tag)
	}
	if !verb {
		return false
	}
	j := i + 1
	for j < len(toks) && j <= i+8 {
		switch t := toks[j]; {
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "NN") || t.Text == "-":
			j++
			continue
		case j > i+1 && (finite(t.Tag) || t.Tag == "MD"):
			return true
		}
		return false
	}
	return false
}

// reducedRelative reports a past participle right after a noun, with no
// auxiliary: "80 Afghan men convicted of crimes", "jets supplied by
// Denmark". The noun is what undergoes the act.
func reducedRelative(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i == 0 || i+1 >= len(toks) || st.lex.PastOnly(toks[i].Lower) {
		return false // ("the foreign minister spoke by phone": no participle)
	}
	p := toks[i-1]
	// a people noun that is an actor after a determiner, in a clause with
	// its own verb: "freed an American detained since 2022" (coop.go)
	demonym := demonymObject(st, i)
	ofName := ofNameObject(st, i) || ofNamePartitive(st, i) // "a member of ETA arrested in …" (reduced_of_name.go)
	if !(p.Tag == "NNS" || p.Tag == "NN" && !startsUpperASCII(p.Text)) && !demonym && !ofName {
		return false
	}
	nx := i + 1
	if captiveComplement(toks, i) {
		nx = i + 2 // "the British journalist taken hostage by Islamic State" (reduced_captive.go)
	}
	switch toks[nx].Lower {
	case "of", "by", "for", "in", "at", "on", "with", "during", "over", "under", "since", "until":
	default:
		if !gerundAfterVictim(toks, i) && !(i+1 < len(st.isDate) && st.isDate[i+1]) {
			return false // (a date: "schoolgirls kidnapped more than two years ago", "soldiers captured last month")
		}
	}
	if (toks[i].Tag == "VBN" || toks[nx].Lower == "by") && !demonym && !ofName {
		// "an American woman captured by Kurdish forces"; but not the
		// clause's only verb: "Thai troops fired on Cambodian positions
		// while Cambodia shelled …" (sources_structure.go)
		return toks[nx].Lower == "by" || !onlyVerb(st, i)
	}
	if ofNamePartitive(st, i) {
		return true // "Of the ETA arrested in France, two were …" (reduced_of_name.go)
	}
	// a past form: only after the clause's own finite verb ("Germany
	// deported 80 men convicted of crimes")
	for k := i - 2; k >= 0; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "and" || subordinator(t.Lower) || t.Lower == "as" {
			return false // ("called for elections as thousands of people rallied in Budapest": a clause of its own)
		}
		if finite(t.Tag) && st.at[k] < 0 && startsLowerASCII(t.Text) {
			if t.Lemma == "be" || t.Lemma == "have" && toks[k+1].Lower == "been" {
				return predicateNoun(toks, k, i) // "is the sixth British citizen killed in Syria"
			}
			if t.Lemma == "have" && k+1 < i && (toks[k+1].Tag == "VBN" || toks[k+1].Tag == "VBD") {
				// "Trump has told the EU it must take back its fighters
				// captured in Syria by US-backed forces": a perfect tense is
				// the clause's own verb, and the captives are the target
				return toks[k+1].Lemma != "say"
			}
			return t.Lemma != "say" && t.Lemma != "have"
		}
	}
	return false
}

// isPassive reports "was condemned", "has been attacked".
func isPassive(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Tag == "RB" {
			continue
		}
		return toks[j].Lemma == "be" || toks[j].Lower == "get" || toks[j].Lower == "got"
	}
	return false
}

// verbStatus reads negation, modality and conditionals around the verb at i.
func verbStatus(toks []dyad.Token, i int, st *sentence) dyad.Status {
	if prevented(toks, i) {
		return dyad.Negated
	}
	status := dyad.Asserted
	window := i - 4
	for j := i - 1; j >= 0 && j >= window; j-- {
		t := toks[j]
		switch {
		case st != nil && j < len(st.isDate) && st.isDate[j]:
			window-- // "will on Monday hold talks": a date between the modal and its verb
			continue
		case (t.Text == "\"" || t.Text == "“" || t.Text == "``") && j >= 1 && (toks[j-1].Lower == "will" || toks[j-1].Lower == "would" || toks[j-1].Lower == "shall" || toks[j-1].Lower == "'ll"):
			window-- // 'would "totally destroy North Korea"': a quotation opening right after the modal
			continue
		case t.Lower == "not" && (toks[j+1].Lower == "only" || toks[j+1].Lower == "merely"):
			continue // "will not only provide aid … but also send engineers": affirmative
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never":
			return dyad.Negated
		case t.Lower == "longer" && t.Tag == "RB" && j >= 1 && toks[j-1].Lower == "no":
			return dyad.Negated // "would no longer accept": the adverb the tagger reads after a modal (sentences/no_longer.go)
		case (t.Lower == "nearly" || t.Lower == "almost") && toks[j+1].Tag != "RB":
			return dyad.Negated // "nearly scrapped his platform", "had almost signed": it did not happen
		case t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" || t.Lower == "wo":
			status = dyad.Future
		case t.Lower == "would":
			status = dyad.Future
		case t.Lower == "could" || t.Lower == "might" || t.Lower == "may" && t.Text != "May": // not "Theresa May spoke"
			status = dyad.Hypothetical
		case t.Lower == "to" && j >= 1 && (toks[j-1].Lower == "likely" || toks[j-1].Lower == "unlikely" || toks[j-1].Lower == "able"):
			if toks[j-1].Lower == "unlikely" || j >= 2 && (toks[j-2].Lower == "hardly" || toks[j-2].Lower == "not") {
				return dyad.Negated
			}
			return dyad.Hypothetical // "are likely to attack"
		case t.Lower == "to" && j >= 1 && (toks[j-1].Lemma == "be") && status == dyad.Asserted:
			status = dyad.Future // "is to visit"
		case t.Lower == "to" && j >= 2 && toks[j-1].Lower == "going" && presentBe(toks[j-2]) && status == dyad.Asserted:
			status = dyad.Future // "is going to send"
		case t.Lower == "to" && j >= 2 && toks[j-1].Lower == "going" && (toks[j-2].Lower == "was" || toks[j-2].Lower == "were") && status == dyad.Asserted:
			return dyad.Hypothetical // "was going to send troops before the coup": a plan of the past, not done
		case t.Tag == "RB" || t.Tag == "MD" || t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" || t.Tag == "VBG" && t.Lower == "going" || t.Lower == "to":
			continue
		default:
			j = -1
		}
	}
	// an infinitive states an aim, not a deed ("tried to attack", "efforts
	// to mediate"), unless its verb says it happened ("continued to pound")
	if k := i - 1; k >= 1 && toks[k].Lower == "to" && status == dyad.Asserted {
		gov := toks[k-1]
		if g := pastDateBack(st, k-1); g != k-1 && realisedGov(toks[g].Lemma) {
			gov = toks[g] // "moved on Tuesday to expel": the verb before the date
		}
		switch gov.Lemma {
		case "continue", "begin", "start", "resume", "manage", "keep", "proceed", "go", "used", "use", "move", "appear", "seem", "have", "be", "had", "decide", "agree", "vote", "refuse", "fail", "threaten", "vow", "pledge", "promise", "plan", "intend", "prepare", "offer", "seek", "aim", "hope", "expect", "urge", "ask", "call", "appeal", "demand", "order", "warn":
			// realised, or handled by the intent, appeal and threat rules
		default:
			if (gov.Tag != "VBN" || gov.Lemma != "drive") && firstToVerb(st, k) < 0 && usedMeans(st, k) < 0 && callPurpose(st, k) < 0 { // "became the first leader to visit" happened (wording.go); "used drones to attack" (sources_structure.go); "telephoned Vajpayee to offer condolences" (call_purpose.go)
				status = dyad.Hypothetical
			}
		}
	}
	// a negated object: "expressed no sympathy", "showed no remorse"
	if i+1 < len(toks) && toks[i+1].Lower == "no" {
		return dyad.Negated
	}
	// a conditional clause: "if X attacks"
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" {
			break
		}
		if t.Lower == "unless" || t.Lower == "if" && !concessiveIf(toks, j, i) {
			return dyad.Hypothetical
		}
		if inCase(toks, j) {
			return dyad.Hypothetical // "in case militants are targeting civilians": a supposition, as "if"
		}
		if j == 0 && (t.Lower == "should" || t.Lower == "were" && toks[i-1].Lower == "to") {
			return dyad.Hypothetical // an inverted condition: "Should Iran close the strait, …", "Were Russia to attack, …"
		}
		if t.Text == "," {
			break
		}
	}
	return status
}

func startsLowerASCII(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// expectedBy reports a passive "expect" at token i ("is expected to",
// "are widely expected to"): an expectation of others, not a statement of
// the subject's own intent.
func expectedBy(toks []dyad.Token, i int) bool {
	if toks[i].Lemma != "expect" || toks[i].Lower != "expected" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k].Lemma == "be":
			return true
		case toks[k].Tag != "RB":
			return false
		}
	}
	return false
}

// concessiveIf reports an "even if" at token j (the "if") that grants a
// fact rather than sets a condition on the verb at token i: its clause's
// first verb is a present indicative (VBZ/VBP: "remains supportive of the
// deal even if it criticises the missile programme", read as "although")
// and a main clause before it carries a verb but no modal ("will back
// the deal even if it condemns" stays a condition, as does a fronted
// "Even if they do reach out, …"). A past or modal verb in the
// clause ("even if it criticised", "even if it were to") stays
// hypothetical.
func concessiveIf(toks []dyad.Token, j, i int) bool {
	if j < 1 || toks[j-1].Lower != "even" || i >= len(toks) {
		return false
	}
	for k := j + 1; k <= i; k++ {
		t := toks[k]
		if t.Tag == "MD" || strings.HasPrefix(t.Tag, "VB") {
			if t.Tag != "VBZ" && t.Tag != "VBP" || t.Lower == "were" {
				return false
			}
			break
		}
	}
	verb := false // the main clause comes first: a fronted "Even if they do reach out, it wouldn't …" is a condition
	for k := j - 2; k >= 0 && toks[k].Text != ";"; k-- {
		if toks[k].Tag == "MD" || toks[k].Lower == "if" || toks[k].Lower == "unless" {
			return false
		}
		verb = verb || strings.HasPrefix(toks[k].Tag, "VB")
	}
	return verb || j >= 3 && toks[j-2].Text == "," // "The EU remains supportive, even if": the tagger may miss "remains"
}

// calledBlame reports a hit of "call" + a word of blame ("called the
// Russian missile attack on Odesa "vile""): the thing called so is the
// verb's object, whose own act ("attack") is still coded, as the object
// of "condemned" is (CODING.md, nominal events).
func calledBlame(h verbHit) bool {
	return h.p.Code == "111" && len(h.p.Slots) == 2 && h.p.Slots[0][0] == "call"
}

// inCase reports the "case" of a precautionary "in case" at token j ("on
// alert in case rebels attack the capital"): its clause supposes its act,
// as "if" does (hypothetical, CODING.md). "In the case of" and "in case
// of" name a matter, no clause.
func inCase(toks []dyad.Token, j int) bool {
	return toks[j].Lower == "case" && j >= 1 && toks[j-1].Lower == "in" && (j+1 >= len(toks) || toks[j+1].Lower != "of")
}

// presentBe reports a present form of "be" at t: "is", "are", "am", "'s",
// "'re", "'m" ("is going to send": a future; "was going to send" is not).
func presentBe(t dyad.Token) bool {
	switch t.Lower {
	case "is", "are", "am", "'s", "'re", "'m", "’s", "’re":
		return true
	}
	return false
}

// modalSlot reports a pattern slot of modal verbs ("{would,will}"), which
// follows a "that" slot past the clause's subject.
func modalSlot(slot []string) bool {
	for _, w := range slot {
		switch w {
		case "would", "will":
		default:
			return false
		}
	}
	return len(slot) > 0
}
