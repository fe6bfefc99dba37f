package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// What the sentence says became of an act: a kill told as an attack's
// toll is the attack (attackToll), a vetoed or rejected act is not done
// (rejectedActs), a meeting or concession the subject will not make is
// its refusal (refusedCooperation).

// attackToll joins a kill told as an attack's toll to the attack: "two
// soldiers were killed by Russian shelling" and "Russian shelling killed
// two soldiers" are one event, the shelling (194), whose target is the
// dead when the attack names none ("two US Marines died when an errant
// US bomb hit their post near Fallujah": the troops, not the place). The kill hit
// is dropped.
func (c *Coder) attackToll(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		// a passive kill with no agent was dropped, but its dead are still
		// the victims of the attack it was suffered in ("civilians were killed
		// in Russian shelling of Kharkiv")
		agentless := !live[k] && h.passive && len(h.target) == 1 && h.end < len(toks) && toks[h.end].Lower == "in"
		if !live[k] && !agentless || h.p.Noun || tally(st, h) || cumulative(toks, h.end) {
			continue // (a career or war tally is no event at all)
		}
		if !st.words.tollVerbs[toks[h.head].Lemma] {
			continue
		}
		for g := range hits {
			a := &hits[g]
			if g == k || !live[g] || !harm(a.code) || !nounLike(st, a) {
				continue
			}
			var victims []actors.Mention
			switch {
			case h.passive && a.head > h.end && a.head <= h.end+5 && h.end < len(toks) && (toks[h.end].Lower == "by" || toks[h.end].Lower == "in") && modifiersOnly(st, h.end+1, a.head):
				victims = h.target // "were killed by Russian shelling"
			case !h.passive && a.end <= h.head && (h.head-a.end <= 1 || agentPhrase(st, a.end, h.head)):
				victims = h.target // "Russian shelling killed two soldiers", "a bomb planted by rebels killed"
			default:
				continue
			}
			if len(a.target) == 0 && len(victims) > 0 && (len(a.source) == 0 || victims[0].Code != a.source[0].Code) {
				a.target = victims
			}
			a.toll = h.head + 1
			live[k] = false
			break
		}
	}
}

// agentPhrase reports tokens [a, b) as a participle with its agent
// ("planted by Baloch separatists"), which separates a noun event from
// its verb.
func agentPhrase(st *sentence, a, b int) bool {
	if b-a < 3 || b-a > 7 || st.toks[a].Tag != "VBN" || st.toks[a+1].Lower != "by" {
		return false
	}
	for k := a + 2; k < b; k++ {
		if st.at[k] < 0 && st.toks[k].Tag != "DT" && st.toks[k].Tag != "JJ" && st.toks[k].Tag != "NNP" {
			return false
		}
	}
	return true
}

// modifiersOnly reports tokens [a, b) as determiners, numbers, adjectives
// (and the common nouns a tagger takes some for: "stray", "roadside")
// and country adjectives (or a name right before the act: "US bomb")
// only, or a series' "nights of": "by a stray US",
// not "by American forces repelling an".
func modifiersOnly(st *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		t := st.toks[k]
		if t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" && st.at[k] < 0 && !startsUpperASCII(t.Text) || st.at[k] >= 0 && (st.ments[st.at[k]].Modifier || st.ments[st.at[k]].Kind == actors.KindAdjective || st.ments[st.at[k]].End == b && !st.ments[st.at[k]].Possessive) ||
			spanNoun(t) && k+1 < b && st.toks[k+1].Lower == "of" || t.Lower == "of" && k > a && spanNoun(st.toks[k-1]) {
			// (a series: "in three nights of US airstrikes")
			continue
		}
		return false
	}
	return true
}

// cumulative reports a toll summed over a period after token i: "since
// 2014", "so far", "to date", "in total", "over the past five years".
func cumulative(toks []dyad.Token, i int) bool {
	for k := i; k < len(toks); k++ {
		w := toks[k].Lower
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Lower
		}
		switch {
		case w == "since", w == "so" && next == "far", w == "to" && next == "date", w == "in" && next == "total",
			(w == "over" || w == "in") && next == "the" && k+2 < len(toks) && (toks[k+2].Lower == "past" || toks[k+2].Lower == "last"):
			return true
		}
	}
	return false
}

// rejectedActs drops a material act named as the object of a rejection
// or veto ("vetoed EU sanctions against Russia", "rejected Chinese aid"):
// what is rejected is not done; the rejection keeps its event. Verbal acts
// stay ("rejected the EU's demand": the demand was made).
func (c *Coder) rejectedActs(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		r := &hits[k]
		if !live[k] || r.p.Noun || !strings.HasPrefix(r.code, "12") {
			continue
		}
		if !c.words.blockingVerbs[st.toks[r.head].Lemma] {
			continue // "opposes DPRK's missile launch": the launch happened
		}
		for g := range hits {
			a := &hits[g]
			if q := c.quad(a.code); g == k || !live[g] || q != 2 && q != 4 || a.head < r.end || a.head > r.end+4 || !ownedAct(st, r.end, a.head) {
				continue
			}
			if t := st.toks[a.head].Tag; t == "NNS" || t == "NN" || t == "VBZ" && a.head > r.end {
				live[g], a.undone = false, true
			}
		}
	}
}

// ownedAct reports tokens [a, b) before a nominal act as its determiner,
// modifiers and owner only: "the new EU", "Washington's", "proposed".
func ownedAct(st *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		t := st.toks[k]
		if t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "POS" || isPossTok(t) || st.at[k] >= 0 || actModifier(t) {
			continue
		}
		return false
	}
	return true
}

// refusedCooperation recodes a cooperative act the subject says it will
// not do as its refusal, an asserted 12x of the subject alone, as
// CODING.md codes "ruled out talks": a meeting or negotiation ("North
// Korea will not return to talks with Washington", "Iran would not
// negotiate with the United States") is 125, a concession by refusalCode
// ("Greece would not yield to pressure" 124, "the EU would not lift its
// sanctions" 1244, "the rebels will never hand over their weapons" 1246,
// "Milei would not apologise to Spain" 120). An act that did not happen
// ("did not meet") stays negated, and so does a conflictual act ("would
// never impose sanctions") and another speaker's forecast of the subject
// (ownRefusal: "Analysts said Russia would not withdraw its troops").
func (c *Coder) refusedCooperation(st *sentence, h *verbHit) {
	if h.status != dyad.Negated || h.code == "042" || h.code == "043" || !refusable(h.code) {
		return
	}
	toks := st.toks
	for j := h.head - 1; j >= 0 && j >= h.head-4; j-- {
		switch toks[j].Lower {
		case "will", "would", "'ll", "wo", "shall":
			if !c.ownRefusal(st, h) {
				return
			}
			code := h.code
			h.code, h.status = refusalCode(h.code), dyad.Asserted
			p := *h.p
			p.Flags &^= flagMutual // the refusal is the subject's alone
			if cameo.Root(code) == "05" {
				// a refusal to recognise needs no target the recognition
				// needed ("would not recognise the results of the
				// referendum": 120, target none); a meeting or talks
				// refused keep theirs ("would not discuss reports": none)
				p.Flags &^= flagNeedTarget
			}
			h.p = &p
			return
		case "not", "n't", "never", "to", "return", "go", "back":
			continue
		}
		if toks[j].Tag != "RB" {
			return
		}
	}
}

// ownRefusal reports that the subject of the refusal h speaks for
// itself: it is the sentence's own subject ("North Korea will not return
// to talks"), or a speaker's report of its own stand, the subject being
// a pronoun or of the speaker's state ("Russia said it would not withdraw
// its troops", "Turkey insisted it would not return to talks", "Greek
// officials said Greece would not yield"). A speaker's forecast of
// another is no refusal of that other's: "Analysts said Russia would not
// withdraw its troops", "Diplomats said China would not provide weapons
// to Russia".
func (c *Coder) ownRefusal(st *sentence, h *verbHit) bool {
	if len(h.source) == 0 {
		return true
	}
	toks := st.toks
	src := h.source[0]
	if src.Start >= h.head {
		return true // a subject after the verb: not a clause we read
	}
	pronoun := false
	if src.End-src.Start == 1 {
		switch toks[src.Start].Lower {
		case "it", "they", "we", "he", "she", "i":
			pronoun = true
		}
	}
	same := func(sp speaker) bool {
		for _, m := range sp.subj {
			if m.Kind == "coref" && !strings.HasPrefix(toks[m.Start].Tag, "PRP") && !m.Person {
				continue // bare "diplomats", "officials": their state is only guessed (a known person's lone surname, "Putin", is no guess)
			}
			if m.Code == src.Code || src.Country != "" && m.Country == src.Country {
				return true
			}
		}
		return false
	}
	// the verb of saying right before the subject ("said it would not",
	// "said on Tuesday that Russia would not")
	v := src.Start - 1
	for v >= 0 && (toks[v].Lower == "that" || toks[v].Tag == "RB" || v < len(st.isDate) && st.isDate[v]) {
		v--
	}
	if v >= 0 && strings.HasPrefix(toks[v].Tag, "VB") && c.isSpeechOrCognition(toks[v]) {
		for _, sp := range st.speakers {
			if sp.head == v {
				return pronoun || same(sp)
			}
		}
		return false // a speaker that is no actor ("Analysts said Russia would not …")
	}
	// a closing speaker that is no actor ("Russia has never accepted
	// Ukraine's independence, the analyst wrote"): its reading, no stand
	// ("…, Orban said", "…, Kallas said" stay: an actor speaks for the
	// subject's side as the gold sets read it)
	if v := closingSpeech(c, toks, h.end); v >= 0 {
		for _, sp := range st.speakers {
			if sp.head == v {
				return true
			}
		}
		return false
	}
	return true // the sentence's own subject, a closing actor or none ("…, its foreign ministry said")
}

// closingSpeech returns the speech verb that closes the sentence after
// token from: a comma, a noun phrase of at most five words and the verb
// ("…, the analyst wrote", "…, Orban said on Monday"); -1 when there is
// none.
func closingSpeech(c *Coder, toks []dyad.Token, from int) int {
	for k := from; k+1 < len(toks); k++ {
		if toks[k].Text != "," {
			continue
		}
		for v := k + 1; v < len(toks) && v <= k+6; v++ {
			t := toks[v].Tag
			if strings.HasPrefix(t, "VB") {
				if v > k+1 && c.isSpeechOrCognition(toks[v]) {
					return v
				}
				break
			}
			if t != "DT" && t != "JJ" && !strings.HasPrefix(t, "NN") && t != "POS" && t != "PRP$" {
				break
			}
		}
	}
	return -1
}

// refusable reports a CAMEO code as a cooperative act whose refusal is a
// 12x: intents (03x), meetings (04x), cooperation and apologies (05x),
// material cooperation (06x), aid (07x) and yielding (08x).
func refusable(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "04", "05", "06", "07", "08":
		return true
	}
	return false
}
