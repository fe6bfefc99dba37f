package events

import (
	"strings"

	"github.com/dyad-events/dyad"

	"github.com/dyad-events/dyad/actors"
)

// This file holds the false-event checks of the 2026-11-30 precision pass
// on real news (random corpus samples judged by CODING.md): participles
// and phrases whose noun the coder read as the doer.
//
//   - A reduced relative ("women attacked in Cologne reported …", "a
//     Palestinian, killed in a firefight with Israeli forces, was buried")
//     is a passive without its auxiliary: the noun before the participle
//     suffered the act. The participle phrase describes the clause's
//     subject or object; it is no act of the noun, and an event nominal
//     inside it ("wounded in the Russian offensive near Pokrovsk") is
//     background, as in a time phrase.
//   - An act noun after a noun of the people who suffered it ("survivors
//     of the 2023 attack", "families of the victims of the bombing") is
//     background too: the clause is about the people.
//   - An actor inside a relative clause set off by commas before the verb
//     ("The father of X, a teenager who travelled to Syria to join Islamic
//     State, has urged …") is the relative clause's, not the verb's
//     subject: the subject is the phrase before the commas.
//   - A gerund after a verb of preventing and its object, with no
//     "from" ("to stop the Home Office deporting them", "aims to prevent
//     Israel annexing the West Bank"), is what is to be prevented: not
//     done.
//   - "Threaten" with an abstract object or a verb of harm to a state of
//     affairs ("threatens British interests and international peace",
//     "threatens to undermine the peace process") means endanger: no
//     threat made to anyone.
//   - A warning or appeal to the public to protect itself ("urged
//     residents to take shelter", "warned citizens in its path to take
//     cover") is an advisory, no act toward another actor; an inquiry
//     into the cause of a crash or fire is no political act either.
//   - A participle of speech after the object of a verb of contact
//     ("wrote to Keir Starmer demanding an inquiry", "telephoned the
//     president urging him to …") is said by the clause's subject, to the
//     one contacted.

// prec7 applies the checks above to a sentence's live hits, after screen.
func (c *Coder) prec7(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.p.has(flagSpeech) || h.code == "" {
			continue
		}
		if !h.p.Noun && appositiveParticiple(st, h.head) || victimParticiple(st, h) { // (tgt13.go)
			live[k] = false // "a Palestinian, killed in a firefight near Jenin, was buried"
			continue
		}
		if (nounLike(st, h) || st.toks[h.head].Tag == "VBG") && inReducedRelative(st, h.head) || nounLike(st, h) && sufferersOf(st, h.head) {
			// ("wounded in earlier US bombing/VBG of Kandahar airport")
			live[k] = false // "soldiers wounded in the Russian offensive were flown"
			continue
		}
		if preventedGerund(st, h) {
			live[k] = false // "legal action to stop the government deporting him": not done
			continue
		}
		if endangers(st, h) {
			live[k] = false // "threatens British interests", "threatens to derail the talks": endangers, no threat
			continue
		}
		if safetyAdvice(st, h) {
			live[k] = false // "warned residents to take cover": a public advisory
			continue
		}
		if accidentInquiry(st, h) {
			live[k] = false // "will investigate the cause of the crash"
			continue
		}
		if !parentheticalSubject(st, h) {
			live[k] = false // "The lawyer for Ahmed, a teenager who joined Islamic State, has asked": not Islamic State
			continue
		}
		if !c.contactParticiple(st, h) {
			live[k] = false // "has written to Tony Blair demanding": not Blair's demand, and the writer is no actor
		}
	}
}

// appositiveParticiple reports a past participle at i that describes
// the noun before it without an auxiliary, where the subject-position
// rule (subjectReduced) does not reach: set off by commas before the
// clause's verb ("A Palestinian, killed in a firefight with Israeli
// forces near Jenin, was buried on Friday"; "The delegation, endorsed by
// the EU's foreign policy chief, arrived"), or after "with" in an
// absolute phrase ("with more than 600 women attacked in Cologne"). No
// object follows it. A dated by-agent ("The truce, brokered by Egypt on
// Tuesday, held") is news and is left alone.
func appositiveParticiple(st *sentence, i int) bool {
	toks := st.toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || i < 2 || i+1 >= len(toks) || !startsLowerASCII(toks[i].Text) || st.lex.PastOnly(toks[i].Lower) {
		return false
	}
	switch toks[i+1].Lower {
	case "in", "by", "during", "from", "at", "on", "near", "under", "over", "inside", "last", "earlier":
	default:
		return false // an object or a clause: "police arrested four men", "warned that …"
	}
	if toks[i-1].Text != "," {
		// "with more than 600 women attacked in Cologne"
		j := i - 1
		if !nounEnd(st, j) {
			return false
		}
		for j >= 0 && (st.at[j] >= 0 || toks[j].Tag == "JJ" || toks[j].Tag == "JJR" || toks[j].Tag == "JJS" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Lower == "than" || toks[j].Lower == "about") {
			j--
		}
		return j >= 0 && toks[j].Lower == "with"
	}
	if !nounEnd(st, i-2) {
		return false
	}
	by := toks[i+1].Lower == "by"
	for k := i + 1; k < len(toks); k++ {
		if by && st.isDate[k] {
			return false
		}
		if toks[k].Text == ";" || toks[k].Text == ":" || opensClause(toks, k) {
			return false
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return false // a verb inside the commas: no apposition
		}
		if toks[k].Text == "," {
			n := k + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			return n < len(toks) && (finite(toks[n].Tag) || toks[n].Tag == "MD") && st.at[n] < 0
		}
	}
	return false
}

// nounEnd reports a token that ends a noun phrase: a common or proper
// noun, a number, or the last word of an actor mention.
func nounEnd(st *sentence, n int) bool {
	t := st.toks[n]
	if st.at[n] >= 0 && st.ments[st.at[n]].End == n+1 {
		return true
	}
	switch t.Tag {
	case "NN", "NNS", "NNP", "NNPS", "CD":
		return true
	}
	return false
}

// inReducedRelative reports an event noun at i that stands in the
// prepositional phrase of a reduced relative ("soldiers wounded in the
// Russian offensive near Pokrovsk were flown to Kyiv", "villagers,
// displaced by last year's Israeli bombardment of the south,
// returned"): background to the clause.
func inReducedRelative(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || st.isDate[j] && toks[j].Tag != "IN" || toks[j].Tag == "JJ" || toks[j].Tag == "JJR" || toks[j].Tag == "RB" || toks[j].Tag == "RBR" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || toks[j].Lower == "and") {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].Lower {
	case "in", "by", "during", "from", "under", "at":
	default:
		return false
	}
	p := j - 1
	if pt := asParticiple(st, p); pt != nil {
		return appositiveParticiple(pt, p) || subjectReduced(pt, p, p+1) || reducedRelative(pt, p)
	}
	return false
}

// asParticiple returns st when token p is tagged a past form, a copy of
// st with p retagged VBN when the tagger took an "-ed" word for a noun or
// adjective ("soldiers wounded/NN in the offensive"), or nil.
func asParticiple(st *sentence, p int) *sentence {
	t := st.toks[p]
	switch {
	case t.Tag == "VBN" || t.Tag == "VBD":
		return st
	case (t.Tag == "NN" || t.Tag == "JJ") && strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 && startsLowerASCII(t.Text):
		cp := *st
		cp.toks = append([]dyad.Token(nil), st.toks...)
		cp.toks[p].Tag = "VBN"
		return &cp
	}
	return nil
}

// sufferers are nouns of people named by what was done to them or what
// they lived through: "survivors of the attack", "victims of the
// bombing".
var sufferers = map[string]bool{
	"survivors": true, "survivor": true, "victims": true, "victim": true, "relatives": true,
	"families": true, "family": true, "widows": true, "widow": true, "orphans": true,
	"veterans": true, "veteran": true, "witnesses": true, "casualties": true, "hostages": true,
}

// sufferersOf reports an event noun at i in an "of" phrase after a noun
// of sufferers ("Survivors of the 2023 Hamas attack on southern Israel
// testified", "victims of the Russian shelling"): the people are the
// clause's topic; the act is background.
func sufferersOf(st *sentence, i int) bool {
	toks := st.toks
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || st.isDate[j] && toks[j].Tag != "IN" || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$") {
		j--
	}
	return j >= 1 && toks[j].Lower == "of" && sufferers[toks[j-1].Lower]
}

// contactVerbs are verbs of getting in touch whose object is the one
// addressed: "wrote to", "telephoned", "called".
var contactVerbs = map[string]bool{
	"write": true, "call": true, "telephone": true, "phone": true, "ring": true, "contact": true,
	"meet": true, "visit": true, "address": true, "petition": true, "lobby": true, "approach": true,
	"summon": true, "email": true, "text": true, "message": true, "tell": true,
}

// speechParticiples are participles that tell what a contact said.
var speechParticiples = map[string]bool{
	"demand": true, "urge": true, "ask": true, "call": true, "request": true, "seek": true,
	"press": true, "accuse": true, "warn": true, "insist": true, "plead": true, "appeal": true,
	"implore": true, "offer": true, "propose": true, "pledge": true, "promise": true, "protest": true,
	"complain": true, "threaten": true, "invite": true,
}

// contactParticiple gives a speech participle after a named object of a
// verb of contact ("Kemi Badenoch has written to Keir Starmer demanding
// an inquiry") the contact verb's subject as its source, and the one
// contacted as its target when it has none: the coder's default took the
// object, the actor nearest before the participle. It reports false when
// the contact verb's subject is no actor (the act has no source the coder
// knows), true otherwise.
func (c *Coder) contactParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if toks[i].Tag != "VBG" || !speechParticiples[toks[i].Lemma] || len(h.source) == 0 || h.passive || i < 3 {
		return true
	}
	obj := h.source[0]
	if obj.End != i || !startsUpperASCII(toks[obj.Start].Text) && toks[obj.Start].Lower != "the" {
		return true // (", demanding …" after a comma: participleFrame's; "met protesters demanding": theirs)
	}
	v := obj.Start - 1
	if v >= 0 && toks[v].Lower == "to" {
		v-- // "wrote to Keir Starmer"
	}
	if v < 1 || !strings.HasPrefix(toks[v].Tag, "VB") || !contactVerbs[toks[v].Lemma] {
		return true
	}
	src := c.subject(st, v)
	if len(src) == 0 {
		return false
	}
	if src[0].Start == obj.Start {
		return true
	}
	h.source = src
	if len(h.target) == 0 || h.target[0].Start == obj.Start || h.target[0].Code == src[0].Code || h.target[0].Start == i+1 && toks[i+1].Tag == "PRP" {
		// ("urging him to send …": him is the one contacted)
		h.target = []actors.Mention{obj}
	}
	return true
}

// advisoryVerbs are verbs that can tell the public what to do.
var advisoryVerbs = map[string]bool{
	"warn": true, "urge": true, "tell": true, "advise": true, "order": true, "ask": true,
	"call": true, "instruct": true, "alert": true, "encourage": true,
}

// safetyAdvice reports a warning or appeal at h that tells people of
// the speaker's own country, or no named party, to protect themselves:
// "NHK urged residents in Hokkaido to take shelter", "the government
// warned citizens in its path to take cover", "forecasters urged people
// to stay indoors". Orders to leave or flee are not advice ("ordered all
// residents to leave within 72 hours": an expulsion).
func safetyAdvice(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !advisoryVerbs[toks[h.head].Lemma] || len(h.source) == 0 {
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

// mishapNouns name mishaps besides accidentNouns' accidents and
// disasters (precision2.go).
var mishapNouns = map[string]bool{
	"collapse": true, "sinking": true, "capsizing": true, "leak": true, "spill": true, "outbreak": true,
}

// accidentInquiry reports an investigation at h into a mishap with no
// actor named after it ("would begin an investigation into the cause of
// the crash", "are investigating what caused the derailment"): a safety
// inquiry, not the political act of investigating (090).
func accidentInquiry(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !strings.HasPrefix(h.code, "09") || len(h.target) > 0 {
		return false
	}
	end := clauseEnd(toks, h.head)
	for k := h.end; k < end && k <= h.end+8; k++ {
		if st.at[k] >= 0 && !st.ments[st.at[k]].Place {
			return false // "an inquiry into the crash of a Russian jet"? an actor named
		}
		if accidentNouns[toks[k].Lower] || mishapNouns[toks[k].Lower] || toks[k].Lower == "fire" && k > 0 && toks[k-1].Tag == "DT" && (k+1 >= len(toks) || toks[k+1].Tag != "IN" || toks[k+1].Lower == "at" || toks[k+1].Lower == "in") {
			return true
		}
	}
	return false
}

// preventers are verbs whose object's gerund is kept from happening.
var preventers = map[string]bool{
	"stop": true, "prevent": true, "block": true, "bar": true, "deter": true, "forbid": true,
	"halt": true, "prohibit": true, "dissuade": true,
}

// preventedGerund reports a gerund at h whose subject is the object of a
// verb of preventing right before it, with no "from" between ("legal
// action to stop the government deporting him to Rwanda", "to prevent
// Israel annexing the West Bank"): the act is what is to be stopped.
// (With "from" the verb group's own rule applies.)
func preventedGerund(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || len(h.source) == 0 {
		return false
	}
	m := h.source[0]
	if m.End != h.head && !(m.End+1 == h.head && isQuote(toks[m.End].Text)) {
		return false
	}
	j := m.Start - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j--
	}
	// (after "to" the tagger may take the verb for a noun: "to prevent/NN")
	return j >= 0 && preventers[toks[j].Lemma] && (strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "NN" && j > 0 && toks[j-1].Lower == "to")
}

// infinitiveSpeaker reports the "to" at k of an infinitive speech verb
// at j = k+1 whose controller is the noun before it ("prompting
// Netanyahu to say he would not halt the offensive", "leading Kim to say
// he would consider …"): the pronoun after the verb means that noun, as
// after a finite "said" (coref.go's speakerBefore).
func infinitiveSpeaker(toks []dyad.Token, k, j int) bool {
	return toks[k].Lower == "to" && k+1 == j && k > 0 && strings.HasPrefix(toks[k-1].Tag, "NN")
}

// relativeParenthesis returns the opening comma of a parenthesis that
// closes with the comma at j and holds a relative clause (", a teenager
// who travelled to Syria to join Islamic State,", ", who met Putin on
// Monday,"), or -1.
func relativeParenthesis(toks []dyad.Token, j int) int {
	if j < 2 || toks[j].Text != "," {
		return -1
	}
	rel := false
	for k := j - 1; k >= 0 && k >= j-30; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			return -1
		}
		if toks[k].Text == "," {
			if rel {
				return k
			}
			return -1
		}
		switch toks[k].Lower {
		case "who", "which", "whom", "whose":
			rel = true
		}
	}
	return -1
}

// parenthesisHead returns the actor that ends the phrase before the
// opening comma o of a parenthesis and heads it ("Turkey's president, who
// …": not "The lawyer for Ahmed, who …"), or nil.
func parenthesisHead(toks []dyad.Token, ms []actors.Mention, o int) *actors.Mention {
	m := mentionAt(ms, o-1)
	if m == nil || m.Place || m.End != o {
		return nil
	}
	if b := m.Start - 1; b >= 0 && (toks[b].Tag == "IN" || toks[b].Tag == "TO") {
		return nil
	}
	return m
}

// parentheticalSubject checks the source of the verb at h against a
// parenthesis right before it that holds a relative clause: "The lawyer
// for Ahmed, a teenager who travelled to Syria to join Islamic State, has
// asked …", "The brother of the journalist, who was arrested in Egypt,
// called on …". A source inside the parenthesis is replaced by the actor
// that heads the phrase before its opening comma ("Turkey's president,
// who met Putin on Monday, said"); when the phrase's head is no actor
// ("The lawyer for Ahmed") it reports false: the act has no source the
// coder knows. It reports true otherwise.
func parentheticalSubject(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || len(h.source) == 0 || h.passive {
		return true
	}
	j := h.head - 1
	for j >= 0 && (toks[j].Tag == "RB" || isAux(toks[j]) || st.isDate[j]) {
		j--
	}
	o := relativeParenthesis(toks, j)
	if src := h.source[0]; o < 1 || src.Start <= o || src.End > j {
		return true
	}
	if m := parenthesisHead(toks, st.ments, o); m != nil {
		h.source = []actors.Mention{*m}
		return true
	}
	return false
}

// endangeredThings are heads of objects that "threaten" endangers rather
// than threatens: "threatens British interests", "threatened the
// security of the South Korean people".
var endangeredThings = map[string]bool{
	"interests": true, "interest": true, "security": true, "peace": true, "stability": true,
	"future": true, "process": true, "existence": true, "livelihoods": true, "livelihood": true,
	"jobs": true, "economy": true, "unity": true, "recovery": true, "sovereignty": true,
	"survival": true, "credibility": true, "prospects": true, "safety": true, "health": true,
	"environment": true, "independence": true, "integrity": true, "viability": true,
}

// endangering are verbs of harm to a state of affairs after "threaten to":
// "threatens to undermine the peace process", "threatened to derail the
// talks".
var endangering = map[string]bool{
	"undermine": true, "derail": true, "destabilise": true, "destabilize": true, "wreck": true,
	"jeopardise": true, "jeopardize": true, "unravel": true, "overshadow": true, "disrupt": true,
	"complicate": true, "worsen": true, "upend": true, "overwhelm": true, "engulf": true,
	"spill": true, "torpedo": true, "scupper": true, "dwarf": true, "eclipse": true, "erode": true,
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
		return endangering[toks[n+1].Lemma] || endangering[toks[n+1].Lower]
	}
	end := clauseEnd(toks, h.head)
	for k := n; k < end && k <= n+5; k++ {
		t := toks[k]
		if endangeredThings[t.Lower] && (k+1 >= len(toks) || !strings.HasPrefix(toks[k+1].Tag, "NN")) {
			return true
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "NN") || st.at[k] >= 0) {
			return false
		}
	}
	return false
}
