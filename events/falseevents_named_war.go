package events

// An invasion named as a noun as what a reference is to ("referring to
// the Russian invasion of Ukraine", "a reference to Russia's invasion"),
// or, in a sentence that gives it no date, as the subject of a comment ("Russia's invasion of Ukraine … does have an early
// 20th-century ring to it", "the invasion is a turning point") is the war
// it opened, named as the topic of the sentence: no invasion on the
// story's day. An invasion told as news carries its day ("Russia's
// invasion of Ukraine on Thursday") or is the object of an act of the day
// ("China did not condemn Russia's invasion of Ukraine", coded).
// CODING.md: no history retrospectives. The words are [topic verbs] and
// [comment verbs] of data/words.txt.

import (
	"strconv"
	"strings"
)

// namedInvasion reports a nominal hit headed by "invasion" which a verb
// or noun of [topic verbs] governs (the nearest verb or noun before it,
// past "to", determiners, adjectives and possessives), or which, in a
// sentence with no date expression, opens its clause as the subject of a
// verb of [comment verbs] (the first verb after it, an appositive list
// between).
func namedInvasion(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !nounLike(st, h) {
		return false
	}
	if w := toks[h.head].Lower; w != "invasion" && w != "invasions" {
		return false
	}
	// governed by a topic word: "referring to the Russian invasion"
	k := h.head - 1
	for k >= 0 {
		t := toks[k]
		if t.Lower == "to" || t.Lower == "of" || t.Tag == "DT" || t.Tag == "POS" || t.Tag == "PRP$" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NNP" || t.Tag == "NNPS" || t.Lower == "'s" || t.Lower == "’s" {
			k--
			continue
		}
		break
	}
	if k >= 0 && st.words.topicVerbs[toks[k].Lower] {
		return true
	}
	if len(st.dates) > 0 {
		return false // "Russia's invasion of Ukraine on Thursday was …": news of its day
	}
	// the subject of a comment: nothing but an opening adverbial before it
	for j := k; j >= 0; j-- {
		if toks[j].Text == "," {
			break
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" || toks[j].Tag == "IN" && toks[j].Lower != "on" {
			return false
		}
	}
	for j := h.end; j < len(toks) && j < h.end+25; j++ {
		t := toks[j]
		if !strings.HasPrefix(t.Tag, "VB") && t.Tag != "MD" {
			continue
		}
		if isAux(t) && t.Lemma == "do" || t.Tag == "MD" {
			continue // "does have", "will remain"
		}
		return t.Lemma != "" && st.words.commentVerbs[t.Lemma] && !strings.HasPrefix(t.Tag, "VBG") && t.Tag != "VBN"
	}
	return false
}

// A killing told with a toll of a hundred thousand people or more ("About
// 800,000 Tutsis and moderate Hutus were killed by Hutu militias", "the
// regime killed hundreds of thousands") is a war's or a genocide's toll
// over months or years, history named in passing: no act of one day.

// massToll reports a hit whose verb is a toll verb ([toll verbs]: kill,
// wound …) with, in its clause, a count of 100,000 or more: a number so
// written, or "million(s)", or "hundreds of thousands".
func massToll(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || !st.words.tollVerbs[toks[h.head].Lemma] {
		return false
	}
	lo, hi := clauseBounds(toks, h.head)
	for k := lo; k < hi && k < len(toks); k++ {
		switch w := toks[k].Lower; {
		case w == "million" || w == "millions":
			return true
		case w == "hundreds" && k+2 < len(toks) && toks[k+1].Lower == "of" && toks[k+2].Lower == "thousands":
			return true
		case toks[k].Tag == "CD":
			if n, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil && n >= 100000 && !(n >= 1900 && n <= 2100) {
				return true
			}
		}
	}
	return false
}
