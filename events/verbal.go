package events

// Rules for the verbal CAMEO roots (01 statements, 04 consultations, 09
// investigations, 10 demands, 11 disapproval, 12 rejections, 13 threats,
// 14 protests, 16 reduced relations) found missing on wire phrasings the
// coder had not seen (testdata/gold/events-dev3-verbal.jsonl): nominal
// talks named by their parties ("the talks in Doha between Israeli and
// Hamas negotiators"), and a country split from its compound modifier by
// the tokenizer ("U.S.-backed", read as "U.S." "-" "backed").

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// mutualParties returns the actors of a "between A and B" phrase that a
// mutual pattern is followed by ("brokered talks between …") or ends on
// ("@ talks between" in "the talks in Doha between Israeli and Hamas
// negotiators"), or nil.
func mutualParties(c *Coder, st *sentence, h *verbHit) []actors.Mention {
	if !h.p.has(flagMutual) {
		return nil
	}
	if g := betweenGroup(c, st, h.end); g != nil {
		return g
	}
	if h.p.Noun && h.end-1 > h.head && !verbObject(st.toks, h.head) {
		return betweenGroup(c, st, h.end-1)
	}
	return nil
}

// verbObject reports a noun at k that is a verb's object: "mediated talks
// between Armenia and Azerbaijan", "hosting the talks between …" are the
// mediator's or host's event, not a separate one of the parties here (the
// parties' own talks behind an asserted mediation are mediatedTalks',
// targets_mediation.go; "called for talks between" are none).
func verbObject(toks []dyad.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" || strings.HasPrefix(toks[j].Tag, "JJ")) {
		j--
	}
	return j >= 0 && strings.HasPrefix(toks[j].Tag, "VB")
}

// splitCompoundModifier reports a mention the tokenizer cut from its
// compound suffix: "U.S.-backed" is read as "U.S.", "-", "backed", and
// like "Iran-backed" names no actor (CODING.md: "UN-backed" is a
// modifier).
func splitCompoundModifier(st *sentence, m actors.Mention) bool {
	k := m.End
	return k+1 < len(st.toks) && st.toks[k].Text == "-" && st.toks[k].Start == st.toks[k-1].End &&
		st.toks[k+1].Start == st.toks[k].End && (actors.CompoundSuffix(st.toks[k+1].Lower) || draftedBy(st.toks[k+1].Lower))
}

// draftedBy reports the second half of a compound naming who wrote a
// text ("US-drafted", "Arab-proposed"); the actors matcher leaves these
// to the coder, which reads the text's author as a modifier too.
func draftedBy(w string) bool {
	return w == "drafted" || w == "proposed" || w == "authored"
}

// ownGovernment reports targets that are all the source's own government
// ("unions will strike unless the government raises wages"): whom a
// labour strike is aimed at, not whom a military strike hits.
func ownGovernment(src actors.Mention, targets []actors.Mention) bool {
	for _, t := range targets {
		if src.Country == "" || t.Country != src.Country || !hasSector(t, "GOV") {
			return false
		}
	}
	return true
}

// atrocityCrimes reports the crimes a war crimes inquiry is into: "war
// crimes", "crimes against humanity", "genocide".
func atrocityCrimes(toks []dyad.Token) bool {
	for i, t := range toks {
		switch {
		case t.Lower == "genocide":
			return true
		case t.Lower == "crimes" && i > 0 && toks[i-1].Lower == "war":
			return true
		case t.Lower == "crimes" && i+2 < len(toks) && toks[i+1].Lower == "against" && toks[i+2].Lower == "humanity":
			return true
		}
	}
	return false
}

// participleFrame returns the main clause's event for a disapproval in a
// participle clause that shares its subject: "Mexico broke off relations
// with Ecuador on Friday, calling the raid a violation of international
// law" is Mexico 111 Ecuador. The participle follows a comma; the main
// clause's event is the sentence's first live verb hit before it. A
// participle restating a denial or accusation ("denied that its drones
// entered Polish airspace, calling the incident a provocation"), or a
// criticism (warningGloss), is that act's wording, not an event: drop is
// true. ok is false when h is no such participle or no main event
// precedes it.
func participleFrame(st *sentence, hits []verbHit, live []bool, k int) (main *verbHit, drop, ok bool) {
	h := &hits[k]
	if g := warningGloss(st, hits, live, k); g >= 0 {
		return &hits[g], true, true // "rebuked Russia, warning that the raids violated international law"
	}
	if !strings.HasPrefix(h.code, "11") || st.toks[h.head].Tag != "VBG" || h.head == 0 || st.toks[h.head-1].Text != "," {
		return nil, false, false
	}
	for g := 0; g < k; g++ {
		if a := &hits[g]; live[g] && !a.p.Noun {
			for x := g + 1; x < k; x++ {
				if hits[x].p.has(flagSpeech) && pastDateWords(st, hits[x].end, h.head-1) == h.head-1 {
					return nil, false, false // "…, an Israeli official said (on Monday), accusing the group of …": the speaker's
				}
			}
			if a.p.has(flagDeny) || a.p.has(flagAccuse) {
				return a, true, true
			}
			return a, false, true
		}
	}
	return nil, false, false
}

// warningGloss returns the criticism or rejection a participle ",
// warning (that) …" at hits[k] only restates (its index; -1 for none):
// "Washington rebuked Russia, warning that the raids violated
// international law" is one 111, no threat. A clause with a modal
// ("warning that it would respond", "that ties would suffer") is a
// warning of its own, unless the modal only continues the warned-of
// act's predicate (sharedModal). Without "that", the clause must open
// with a noun phrase and its finite verb ("warning the raids violated …"),
// not the party warned ("warning Moscow against …").
func warningGloss(st *sentence, hits []verbHit, live []bool, k int) int {
	h, toks := &hits[k], st.toks
	if toks[h.head].Lower != "warning" || h.head == 0 || toks[h.head-1].Text != "," || h.head+1 >= len(toks) {
		return -1
	}
	start := h.head + 1
	if toks[start].Lower == "that" {
		start++
	} else if !subjectThenVerb(toks, start) {
		return -1
	}
	for x := start; x < clauseEnd(toks, start-1); x++ {
		if toks[x].Lower == "if" || toks[x].Lower == "unless" {
			return -1
		}
		if toks[x].Tag == "MD" && !sharedModal(toks, start, x) {
			return -1
		}
	}
	for g := k - 1; g >= 0; g-- {
		if a := &hits[g]; live[g] && !a.p.Noun && a.end <= h.head {
			if r := cameo.Root(a.code); r == "11" || r == "12" {
				return g
			}
			return -1
		}
	}
	return -1
}

// subjectThenVerb reports a clause at i opening with a noun phrase
// (determiners, adjectives, nouns, numbers) and then its finite verb:
// "the raids violated", "the shelling has breached".
func subjectThenVerb(toks []dyad.Token, i int) bool {
	k := i
	for k < len(toks) {
		switch toks[k].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD":
			k++
			continue
		}
		break
	}
	if k == i || k >= len(toks) {
		return false
	}
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// sharedModal reports a modal at x that joins a second predicate to the
// warned-of act's finite verb, sharing its subject ("the shelling
// breached a ceasefire and could inflame the region"): the modal tells
// what the act may do, not what the warner will. The clause from start
// must not open with a pronoun ("it had readied its forces and would
// respond" is the warner's own act), and "and"/"or" (past adverbs) must
// come right before the modal, after a finite verb.
func sharedModal(toks []dyad.Token, start, x int) bool {
	if toks[start].Tag == "PRP" {
		return false
	}
	j := x - 1
	for j > start && toks[j].Tag == "RB" {
		j--
	}
	if j <= start || (toks[j].Lower != "and" && toks[j].Lower != "or") {
		return false
	}
	for v := start; v < j; v++ {
		switch toks[v].Tag {
		case "VBD", "VBZ", "VBP":
			return true
		case "MD":
			return false
		}
	}
	return false
}

// hostWelcome reports a leader t welcomed in person: in the
// passive ("was welcomed at the airport by Lao President Thongloun"), or
// with the place of the welcome after the guest ("welcomed Vietnamese
// President To Lam in Vientiane", "at the presidential palace"). A
// welcome with nothing after it ("welcomed Biden's remarks") is a comment.
func hostWelcome(st *sentence, h *verbHit, t actors.Mention) bool {
	if h.passive {
		return true
	}
	k := t.End
	return k+1 < len(st.toks) && (st.toks[k].Lower == "in" || st.toks[k].Lower == "at") &&
		(startsUpperASCII(st.toks[k+1].Text) || st.toks[k+1].Lower == "the")
}

// pressOn reports "press" at k used as "press ahead/on/forward" (to go
// on with something), not "pressed Japan to scrap its plan".
func pressOn(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].Lower {
	case "ahead", "on", "forward", "home":
		return true
	}
	return false
}

// violatedParty reports that target t of a "call it a violation" hit h
// sits in the violation's "of" phrase ("a violation of Iraqi
// sovereignty"): the party wronged, not the one criticised.
func violatedParty(st *sentence, h *verbHit, t actors.Mention) bool {
	if h.code != "111" || st.toks[h.head].Lemma != "call" {
		return false
	}
	k := t.Start - 1
	for k > h.head && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "JJ") {
		k--
	}
	if k < 1 || st.toks[k].Lower != "of" {
		return false
	}
	switch st.toks[k-1].Lower {
	case "violation", "violations", "breach", "affront", "infringement":
		return true
	}
	return false
}

// innerPartner finds the party a consultation names inside its own
// pattern's span: "spoke to Volodymyr Zelensky by phone" matches "speak …
// by phone" past "to Volodymyr Zelensky", which is then the target. The
// actor right after "to" or "with" between the head and the pattern's
// end; nil otherwise.
func (c *Coder) innerPartner(st *sentence, h *verbHit) []actors.Mention {
	for k := h.head + 1; k+1 < h.end; k++ {
		if w := st.toks[k].Lower; w != "to" && w != "with" {
			continue
		}
		if t := c.actorAt(st, k+1, 2); len(t) > 0 && !t[0].Place && !(len(h.source) > 0 && t[0].Code == h.source[0].Code) {
			return t
		}
	}
	return nil
}

// pastDateWords returns the first token from k on, up to limit, that is
// no word of a date expression and no adverb: "said on Monday, calling"
// reaches the comma.
func pastDateWords(st *sentence, k, limit int) int {
	for k < limit && (st.isDate[k] || st.toks[k].Tag == "RB") {
		k++
	}
	return k
}
