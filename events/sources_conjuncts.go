package events

// The source of a verb coordinated with a speech or accusation verb across
// that verb's complement: "China said on Friday that Japan's decision was
// not enough and demanded an apology" (China demands), "Pakistan's Supreme
// Court ruled that Khan's arrest was illegal and ordered his release" (the
// court orders), "Russia said a Syrian air strike had hit a depot, denying
// that Damascus had used poison gas" (Russia denies), "North Korea accused
// South Korea and the United States of staging war games aimed at
// invading the North, and vowed to respond" (North Korea vows). The plain
// subject search stops at the complement's own verb, whose subject is no
// actor ("Japan's decision", "the arrest", "a Syrian air strike", "a jet
// that crashed"), or runs out of its window in a long "of" phrase; the
// conjunct then shares the speaker's or accuser's subject.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// speakerConjunct returns the source of hit h when h's verb (or the
// finite verb whose infinitive or gerund it is: "vowed to respond",
// "vowed to keep protesting") is coordinated ("and demanded", ", and
// recalled") with a speech, ruling or accusation verb before it, the
// complement between them: a clause with its own verb after a speech verb
// ("said [that] … was …", "ruled that …"), an "of" phrase after an
// accusation ("accused Y of …"). A denial participle (", denying …") is
// read the same way after a speech verb. Only acts a thing cannot do
// qualify: verbal and diplomatic codes (roots 01–13 and 16), so that "a
// drone attack had damaged a refinery and killed two people" keeps its
// conjunct to the attack; and a finite conjunct agrees with the speaker's
// verb in tense ("said … and demanded", not "says … and demanded"). The
// caller tries the plain subject search first. Nil when any of this fails.
func (c *Coder) speakerConjunct(st *sentence, h *verbHit) []actors.Mention {
	g, v, shifted, comma := c.conjunctGovernorComma(st, h)
	if len(g) == 0 || shifted && !comma && finite(st.toks[h.head].Tag) || c.words.ransomAfterKidnap(st, h, v) {
		// "said the suspect had fled and threatened witnesses": the
		// report's tense without a comma continues the reported act
		return nil
	}
	return g
}

// ransomAfterKidnap reports a demand h (root 10) coordinated after a
// complement, from its governing verb at gov on, that tells a kidnapping
// (the [kidnapping words] of data/words.txt):
// "said Boko Haram militants had kidnapped 20 girls in Borno, and
// demanded a ransom" is the kidnappers' demand, not the speaker's.
func (v *vocab) ransomAfterKidnap(st *sentence, h *verbHit, gov int) bool {
	if gov < 0 || cameo.Root(h.code) != "10" {
		return false
	}
	for k := gov + 1; k < h.head; k++ {
		if v.kidnapWords[st.toks[k].Lemma] || v.kidnapWords[st.toks[k].Lower] {
			return true
		}
	}
	return false
}

// accuserConjunct returns the accuser or speaker as the source of hit h
// when h's verb is coordinated with an accusation or a speech verb across
// its complement (as speakerConjunct reads it) and the subject the plain
// search found, src, stands inside that complement: "Vietnam accused
// China of ramming two fishing boats with coast guard vessels, and
// demanded compensation" is Vietnam's demand, not the coast guard's. After
// a speech verb, only a denial participle (", rejecting the charge of
// genocide") or a finite conjunct after ", and" and a complement told in
// another tense ("said Navalny had been poisoned with a nerve agent, and
// demanded an explanation from Moscow": the past perfect is the report's,
// the simple past the speaker's) is the speaker's. Else src.
func (c *Coder) accuserConjunct(st *sentence, h *verbHit, src []actors.Mention) []actors.Mention {
	if len(src) == 0 || src[0].Start >= h.head {
		return src
	}
	g, v, shifted := c.conjunctGovernor(st, h)
	if len(g) == 0 || src[0].Start <= v || c.words.ransomAfterKidnap(st, h, v) {
		return src
	}
	if st.toks[v].Lemma == "accuse" || shifted && finite(st.toks[h.head].Tag) || st.toks[h.head].Tag == "VBG" {
		return g
	}
	return src
}

// conjunctGovernor is speakerConjunct's reading, with the governing
// verb's token (-1 when none) and whether the complement is told in
// another tense and a comma comes before the conjunction (", and").
func (c *Coder) conjunctGovernor(st *sentence, h *verbHit) ([]actors.Mention, int, bool) {
	g, v, shifted, comma := c.conjunctGovernorComma(st, h)
	return g, v, shifted && comma
}

// conjunctGovernorComma is conjunctGovernor with the tense shift and the
// comma apart (a denial participle counts as after a comma).
func (c *Coder) conjunctGovernorComma(st *sentence, h *verbHit) ([]actors.Mention, int, bool, bool) {
	toks := st.toks
	if h.p.Noun || h.passive || h.head < 4 {
		return nil, -1, false, false
	}
	switch cameo.Root(h.code) {
	case "14", "15", "17", "18", "19", "20":
		return nil, -1, false, false
	}
	f := h.head
	if toks[f].Tag == "VBG" && toks[f-1].Text == "," {
		if !h.p.has(flagDeny) {
			// only a denial: ", rejecting a key element of the plan" and
			// ", pouring cold water on talk of a deal" restate the
			// reported clause's act, no second one
			return nil, -1, false, false
		}
		g, v, shifted := c.governorSubject(st, f-2, "", false)
		return g, v, shifted, true
	}
	for n := 0; n < 3 && !finite(toks[f].Tag); n++ {
		// up the infinitive and gerund chain: "vowed to keep protesting"
		switch {
		case f >= 2 && toks[f-1].Lower == "to" && strings.HasPrefix(toks[f].Tag, "VB"):
			f = controlVerbBefore(st, f-1)
		case f >= 1 && toks[f].Tag == "VBG" && strings.HasPrefix(toks[f-1].Tag, "VB") && st.at[f-1] < 0:
			f-- // "keep protesting"
		default:
			return nil, -1, false, false
		}
		if f < 0 {
			return nil, -1, false, false
		}
	}
	if !finite(toks[f].Tag) {
		return nil, -1, false, false
	}
	j := f - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB") && st.at[j] < 0 {
		j--
	}
	if j < 3 || toks[j].Lower != "and" && toks[j].Lower != "but" {
		return nil, -1, false, false // ("said the talks were under way, but declined to give details")
	}
	j--
	comma := toks[j].Text == ","
	if comma {
		j--
	}
	g, v, shifted := c.governorSubject(st, j, toks[f].Tag, true)
	// a tense shift counts only with ", and": "said the rebels had seized
	// the town and demanded a ransom" may be the rebels' demand
	return g, v, shifted, comma
}

// governorSubject scans back from token j (the end of a complement) to
// the speech, ruling or accusation verb that governs it and returns that
// verb's subject: speakerConjunct's search. tag, when not "", is the tense
// the governor must have; accusations count only when accuse is true.
func (c *Coder) governorSubject(st *sentence, j int, tag string, accuse bool) ([]actors.Mention, int, bool) {
	toks := st.toks
	inner, of, shifted := false, false, false
	for v := j; v >= 1 && v >= j-40; v-- {
		w := toks[v]
		switch w.Lower {
		case ";", ":", "(", ")", "but", "because", "if", "when", "while", "although", "though", "whereas", "unless":
			return nil, -1, false // a subordinate clause
		case "and":
			if v+1 < len(toks) && finite(toks[v+1].Tag) {
				return nil, -1, false // another clause's conjunct
			}
			continue
		case "of":
			of = true
			continue
		}
		if st.at[v] >= 0 || !finite(w.Tag) && w.Tag != "MD" {
			continue
		}
		switch {
		case accuse && w.Lemma == "accuse" && of:
		case c.isSpeechOrCognition(w) || w.Lemma == "rule":
			if !inner {
				return nil, -1, false // no complement clause between
			}
		default:
			inner = true // the complement's own verb
			shifted = shifted || w.Tag == "MD" || w.Lemma == "have" && v+1 < len(toks) && (toks[v+1].Tag == "VBN" || toks[v+1].Lower == "been")
			continue
		}
		if tag != "" && w.Tag != tag {
			return nil, -1, false
		}
		return c.subject(st, v), v, shifted
	}
	return nil, -1, false
}

// reportedAccuser returns the target of a denial participle whose source
// accuserConjunct made the speaker: the reported clause's subject, who
// said what the speaker denies ("Israel told the court that South Africa
// had presented a distorted picture of the war, rejecting the charge of
// genocide": Israel 016 South Africa). Nil when h is no such denial.
func (c *Coder) reportedAccuser(st *sentence, h *verbHit) []actors.Mention {
	if !h.p.has(flagDeny) || st.toks[h.head].Tag != "VBG" || len(h.source) == 0 {
		return nil
	}
	src := c.subject(st, h.head)
	if len(src) != 1 || src[0].Start >= h.head || src[0].Country == "" || src[0].Country == h.source[0].Country {
		return nil
	}
	if _, v, _ := c.conjunctGovernor(st, h); v < 0 || src[0].Start <= v {
		return nil
	}
	return src
}

// eachSubject returns the two parties of an earlier clause when h's verb
// has "each" for subject in a later one: "Kyrgyzstan and Tajikistan traded
// artillery fire along their border, and each accused the other of
// starting the fighting", "Israel and Iran both accepted a ceasefire,
// though each accused the other of violating it", "…, but each side
// accused the other of breaking it" (eachNoun). The verb before "each"
// whose subject is a pair of actors gives them; nil when there is none.
// eachNoun reports a noun that "each" may take for one of two parties:
// "each side", "each party", "each country", "each camp".
func eachNoun(w string) bool {
	switch w {
	case "side", "party", "country", "camp":
		return true
	}
	return false
}

func (c *Coder) eachSubject(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.p.Noun || !finite(toks[h.head].Tag) && toks[h.head].Tag != "VBN" {
		return nil // (the tagger reads "each accused" as a participle)
	}
	e := h.head - 1
	for e >= 0 && (st.isDate[e] || toks[e].Tag == "RB") && st.at[e] < 0 {
		e--
	}
	if e >= 3 && toks[e-1].Lower == "each" && eachNoun(toks[e].Lower) {
		e-- // "each side accused the other"
	}
	if e < 2 || toks[e].Lower != "each" {
		return nil
	}
	switch toks[e-1].Lower {
	case "and", "but", "though", "although", "while", ",":
	default:
		return nil
	}
	for v := e - 2; v >= 0 && v >= e-30; v-- {
		if toks[v].Text == ";" {
			return nil
		}
		if st.at[v] >= 0 || !finite(toks[v].Tag) && toks[v].Tag != "VBN" {
			continue
		}
		if g := c.subject(st, v); len(g) == 2 {
			return g
		} else if len(g) > 0 {
			return nil // one actor's clause ("a ceasefire announced by Trump" is no clause)
		}
	}
	return nil
}
