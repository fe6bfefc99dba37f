package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// This file holds the wrong-code and false-event checks of the
// 2026-11-30 wire pass (events-dev7-wire.jsonl, wire copy by four
// writers): shapes where the coder found the right act but gave it the
// code of a neighbouring family, or read an event into words that tell
// none.
//
//   - Force used by police or security forces on protesters, crowds or
//     demonstrators is repression (175), however it is told: "opened fire
//     on crowds", "fired on protesters", "shot dead five demonstrators".
//     The verb alone reads as small-arms fighting (193) or a killing (180).
//   - An armed individual (a gunman, an attacker, an assailant) shooting
//     a named person is an attempt to assassinate (185) unless the person
//     is said to be killed (186, killCode); striking, stabbing or
//     punching a named person is a physical assault (182). The verb alone
//     reads as fighting (193, 190).
//   - What an agreement provides, told in a relative clause on its noun
//     ("a truce during which Hamas will free 50 hostages", "a deal under
//     which migrants can be returned to France", "a treaty whereby
//     Canberra will offer residency"), is not coded separately
//     (CODING.md: what a treaty promises is not coded); the agreement is.
//   - A participle after a comma telling that the act before it answers
//     another ("raised its tariffs on U.S. goods, hitting back at Trump's
//     escalation", "expelled two diplomats, retaliating against Berlin's
//     expulsion of envoys") is the act's motive, not a criticism (111) or
//     an attack (190) of its own.
//   - A second infinitive of an agreement joined by "and", with no party
//     of its own ("agreed to restore diplomatic ties and reopen their
//     embassies within two months"), is part of the same agreement,
//     coded once with its parties, not a second event done now.
//   - "charges" after a comma with a relative clause of an actor
//     (", charges Asmara dismissed as a pretext for war") restates an
//     accusation; it is no indictment (173).

// wireCode corrects h's code for the shapes above, after refinement.
// Called once per live hit from codeSentence's last loop.
func (c *Coder) wireCode(st *sentence, h *verbHit) {
	if len(h.source) == 0 || len(h.target) == 0 {
		return
	}
	if repression(st, h) {
		h.code = "175"
		return
	}
	if code := personAssault(st, h); code != "" {
		h.code = code
	}
}

// repression reports force by police or security forces on protesters,
// which CAMEO codes as violent repression (175): a shooting, killing or
// attack verb ("opened fire on crowds", "shot dead five protesters",
// "fired on protesters demanding statehood") whose source is police
// (COP), or an army (MIL) of the target's own country, and whose target
// is a civilian group named by a word of protest in its span or the few
// words after it, or with such a word right after the verb before any
// clause break ("opened fire on young protesters"). Troops firing on a
// crowd at an aid convoy stay 19x. A nominal act is the same act: "the
// killing of protesters by police" is repression too.
func repression(st *sentence, h *verbHit) bool {
	switch h.code {
	case "180", "182", "190", "193", "1823":
	default:
		return false
	}
	if h.p != nil && h.p.has(flagMutual) {
		return false // "police clashed with protesters": fighting both ways, 190 each way (generic13.go)
	}
	src, tgt := h.source[0], h.target[0]
	if !civil(tgt) || tgt.Person {
		return false
	}
	if !hasSector(src, "COP") && !(hasSector(src, "MIL") && src.Country != "" && src.Country == tgt.Country) {
		return false
	}
	for k := tgt.Start; k < min(len(st.toks), tgt.End+5); k++ {
		if k >= 0 && protestWord(st.toks[k].Lower) {
			return true
		}
	}
	for k := h.head + 1; k < len(st.toks) && k < max(h.end, h.head+1)+5; k++ {
		if isHardBreak(st.toks[k]) || st.toks[k].Text == "," {
			break
		}
		if protestWord(st.toks[k].Lower) {
			return true
		}
	}
	return false
}

// protestWord reports a word naming people protesting or gathered in a
// crowd.
func protestWord(w string) bool {
	switch w {
	case "protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "crowd", "crowds",
		"marchers", "rioters", "protesting", "demonstrating", "marching", "rallying", "protest", "protests", "rally",
		"demonstration", "demonstrations":
		return true
	}
	return false
}

// personAssault returns 185 for a named person (a person mention, or an
// office holder's title with the name after it) shot by an armed
// individual (an unidentified attacker, UAF), 182 for one struck,
// stabbed or beaten, and "" when h is no such act. A person killed is
// killCode's (186).
func personAssault(st *sentence, h *verbHit) string {
	if h.code != "190" && h.code != "193" || len(h.target) != 1 || !hasSector(h.source[0], "UAF") {
		return ""
	}
	if t := h.target[0]; !t.Person && (t.Plural || !hasSector(t, "GOV", "LEG", "OPP", "JUD", "PTY") || !namedAfter(st, t.End)) {
		return ""
	}
	switch st.toks[h.head].Lemma {
	case "shoot", "fire", "open", "gun":
		return "185"
	case "strike", "stab", "punch", "hit", "beat", "slap", "knife", "attack", "assault":
		return "182"
	}
	return ""
}

// namedAfter reports a person's name (two capitalised proper nouns in a
// row, outside any actor mention) within the five tokens from k, before
// a comma, a preposition or a verb: the name a title's apposition gives ("Colombian
// senator and presidential hopeful Miguel Uribe").
func namedAfter(st *sentence, k int) bool {
	toks := st.toks
	for i := k; i+1 < len(toks) && i < k+5; i++ {
		if toks[i].Text == "," || toks[i].Tag == "IN" || toks[i].Tag != "" && toks[i].Tag[0] == 'V' {
			return false
		}
		if toks[i].Tag == "NNP" && toks[i+1].Tag == "NNP" && startsUpperASCII(toks[i].Text) && startsUpperASCII(toks[i+1].Text) && st.at[i] < 0 {
			return true
		}
	}
	return false
}

// wireScreen sets aside live hits of the shapes above that tell no event
// of their own. Called once per sentence after the screens.
func (c *Coder) wireScreen(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		if live[k] && !hits[k].p.has(flagSpeech) && agreementContents(st, hits[k].head) {
			live[k] = false // "a truce during which Hamas will free 50 hostages"
			continue
		}
		if live[k] && retaliationGloss(st, hits, live, k) {
			live[k] = false // "imposed tariffs on U.S. steel, hitting back at Washington's levies"
			continue
		}
		if live[k] && secondProvision(st, hits, live, k) {
			live[k] = false // "agreed to restore ties and reopen their embassies"
			continue
		}
		if live[k] && chargeAppositive(st, hits[k].head) {
			live[k] = false // "…, charges Pristina dismissed as lies"
		}
	}
}

// agreementContents reports a token i inside a relative clause that
// tells what an agreement provides: "under which", "during which", "in
// which", "by which" or "whereby" after an agreement noun, with at most
// a date or place phrase between ("a deal on Thursday under which"), and
// no clause break between the relative word and i.
func agreementContents(st *sentence, i int) bool {
	toks := st.toks
	for j := i - 1; j > 0; j-- {
		if isClauseBreak(toks, j) {
			return false
		}
		rel := toks[j].Lower == "whereby"
		if toks[j].Lower == "which" {
			switch toks[j-1].Lower {
			case "under", "during", "in", "by", "through":
				rel = true
				j--
			}
		}
		if !rel {
			continue
		}
		for n := j - 1; n >= 0 && n >= j-6; n-- {
			if agreementNoun(toks[n].Lower) {
				return true
			}
			if finite(toks[n].Tag) {
				return false
			}
		}
		return false
	}
	return false
}

// agreementNoun reports a noun naming an agreement between parties.
func agreementNoun(w string) bool {
	switch w {
	case "deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "treaty", "arrangement", "memorandum", "framework", "deals", "agreements", "accords":
		return true
	}
	return false
}

// retaliationGloss reports a hit at k that is a participle after a comma
// telling why the clause's act was done ("imposed tariffs on U.S. steel,
// hitting back at Washington's levies", "expelled two German diplomats,
// retaliating against Berlin's expulsion of Iranian envoys"): the motive
// of the act before it, live and of the same subject's country, not a
// criticism or an attack of its own.
func retaliationGloss(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	h := &hits[k]
	i := h.head
	if toks[i].Tag != "VBG" || i == 0 || toks[i-1].Text != "," {
		return false
	}
	switch toks[i].Lemma {
	case "hit", "strike":
		if i+1 >= len(toks) || toks[i+1].Lower != "back" {
			return false
		}
	case "retaliate":
	default:
		return false
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if !live[j] || g.p.has(flagSpeech) || g.head >= i || len(g.source) == 0 || clauseBreakBetween(toks, g.head, i) {
			continue
		}
		return len(h.source) == 0 || h.source[0].Country == g.source[0].Country
	}
	return false
}

// secondProvision reports a hit at k that is a second infinitive of an
// agreement or pledge joined by "and" with no subject and no party of
// its own ("agreed to restore diplomatic ties and reopen their embassies
// within two months"), when the first, of the same subject, is an
// intent coded with its party or between the subject's members (a
// mutual verb): one agreement, coded once. (The tagger may read the bare
// verb after "and" as present: VBP.) A second act with
// its own party ("pledged to free 20 prisoners and lift its ban on
// Moldovan wine") is kept.
func secondProvision(st *sentence, hits []verbHit, live []bool, k int) bool {
	toks := st.toks
	h := &hits[k]
	i := h.head
	if h.p.Noun || toks[i].Tag != "VB" && toks[i].Tag != "VBP" || i == 0 || toks[i-1].Lower != "and" || len(h.target) != 0 || len(h.source) == 0 {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		g := &hits[j]
		if !live[j] || g.p.has(flagSpeech) || g.head >= i || len(g.source) == 0 || clauseBreakBetween(toks, g.head, i) {
			continue
		}
		return (len(g.target) > 0 || g.p.has(flagMutual) && len(g.source) >= 2) && (g.status == dyad.Future || strings.HasPrefix(g.code, "03")) &&
			g.source[0].Code == h.source[0].Code
	}
	return false
}

// chargeAppositive reports a hit at i on "charges" or "charge" that is the noun
// of an appositive after a comma, with a relative clause of an actor and
// a past verb ("accused Kosovo of arming militants, charges Pristina
// dismissed as lies"): the accusation restated, not an indictment (173).
func chargeAppositive(st *sentence, i int) bool {
	toks := st.toks
	if i == 0 || toks[i-1].Text != "," || toks[i].Lower != "charges" && toks[i].Lower != "charge" || i+1 >= len(toks) || st.at[i+1] < 0 {
		return false
	}
	e := st.ments[st.at[i+1]].End
	return e < len(toks) && toks[e].Tag == "VBD"
}
