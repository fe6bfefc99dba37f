package events

// A reaction told in a clause opened by "after" or "as" that follows the
// main clause answers the main clause's actor. The reacting clause names
// no target of its own (a bare verb, a restating noun, a sanction with no
// named party), so the object scan finds none:
//
//	"Mexico sent 29 cartel figures to the United States, as Washington threatened tariffs"    USA 1312 MEX
//	"The Maldives suspended three ministers, after India lodged a protest"                    IND 114 MDV
//	"Mali's government denied it had hired mercenaries, after France criticised the plan"    FRA 111 MLIGOV
//	"Colombia recalled its ambassador after Trump called Petro a liar and cut aid"           USAGOV 162 COL
//
// Only criticisms, rejections, threats and sanctions (roots 11, 12, 13 and
// 16) react so; the actor answered is the subject of the main clause's
// first finite verb, a force kept as the force (gold README: a reaction to
// a force's act takes the force) (past a verb of saying: "the U.N. said the army had
// blocked convoys, …" answers the army), a state other than the reacting
// one. A descriptor of a state in the reacting clause ("on the country",
// "on the South American nation") names that state alone: "Mali's junta
// expelled the envoy, a day after the bloc imposed sanctions on the
// country" is IGOWAFECO 163 MLI. A reacting clause that names any other
// actor after its verb, a subject that is the reacting state's own, and a
// "such as", "as well as" or "as part of" give nothing. A criticism,
// rejection or threat answers the main clause only when its object
// points back at it (objectPointsBack): no object ("after India lodged a
// protest"), a restated act or measure ("condemned the move", "threatened
// tariffs") or a demonstrative ("rejected this"); "as Argentina's
// president criticised rising inflation", "as Egypt rejected a proposal"
// and "as Uganda threatened to close the border" answer nobody. (A
// sanction's object is the measure itself: root 16 needs none.)

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// answeredClause returns the main clause's subject as the target of h when
// h is a reaction in an "after"/"as" clause (see the file comment), else
// nil. The mentions returned are the subject's own (their codes and
// spans), or its states alone (Code set to Country, no sectors) when the
// reacting clause restates the target by a state descriptor.
func (c *Coder) answeredClause(st *sentence, h *verbHit) []actors.Mention {
	if len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive || h.p.has(flagAccuse) {
		return nil // "after Israel accused a dozen of the agency's staff": the accused are the object's
	}
	switch cameo.Root(h.code) {
	case "11", "12", "13", "16":
	default:
		return nil
	}
	toks := st.toks
	src := h.source[0]
	last := h.source[len(h.source)-1]
	if last.End > h.head {
		return nil
	}
	cut := src.Start - 1
	if cut >= 0 && toks[cut].Lower == "the" {
		cut--
	}
	if cut < 1 || !answeringWord(toks, cut) {
		return nil
	}
	if !reactionPredicate(toks, last.End, h.head) {
		return nil
	}
	if cameo.Root(h.code) != "16" && (!c.objectPointsBack(st, objectStart(toks, h)) || c.indefiniteAct(toks, h.head+1, h.end)) {
		return nil // "Israel struck Gaza as Egypt rejected a proposal": a reaction to something else
	}
	descriptor := false
	for k := h.end; k < len(toks); k++ {
		if w := toks[k].Text; w == "," || w == "." || w == ";" || w == ":" {
			break
		}
		if c.words.stateDescriptor(toks, k) {
			descriptor = true
			continue
		}
		if m := st.at[k]; m >= 0 && !st.isDate[k] {
			return nil // "after India threatened sanctions on Chinese firms": a party of its own
		}
	}
	subj := c.mainSubject(st, cut)
	if len(subj) == 0 {
		return nil
	}
	if cameo.Root(h.code) != "16" && c.meetingMain(st, cut) && c.restatedObject(st, h.head+1) {
		return nil // "Erdogan met Putin in Sochi as Ukraine rejected the grain plan": the plan is no meeting
	}
	for _, m := range subj {
		if m.Country == "" || m.Place || m.Modifier {
			return nil
		}
		for _, s := range h.source {
			if m.Country == s.Country {
				return nil // "Police arrested dozens, after the government condemned the riots": the state's own
			}
		}
	}
	if descriptor {
		out := make([]actors.Mention, len(subj))
		for i, m := range subj {
			m.Code, m.Sectors = m.Country, nil
			out[i] = m
		}
		return out
	}
	return subj
}

// answeringWord reports "after" or "as" at k opening a clause: not "such
// as", "as well as", "so as", "the same as", nor "after" governing a
// noun phrase (the caller checks that a subject and a verb follow).
func answeringWord(toks []dyad.Token, k int) bool {
	switch toks[k].Lower {
	case "after":
		return true
	case "as":
		switch toks[k-1].Lower {
		case "such", "well", "so", "same", "just":
			return false
		}
		return true
	}
	return false
}

// reactionPredicate reports that the tokens between a subject ending at
// end and the reacting verb at head are adverbs, auxiliaries and modals
// only ("as Washington threatened", "after France had sharply
// criticised"), or a first predicate the reacting verb is coordinated
// with ("after Trump called Petro a liar and cut aid") that holds no
// comma and no clause opener.
func reactionPredicate(toks []dyad.Token, end, head int) bool {
	plain := true
	for k := end; k < head; k++ {
		if t := toks[k]; t.Tag != "RB" && t.Tag != "MD" && !isAux(t) {
			plain = false
		}
	}
	if plain {
		return true
	}
	if toks[head-1].Lower != "and" || !finite(toks[end].Tag) {
		return false
	}
	for k := end; k < head-1; k++ {
		switch toks[k].Lower {
		case ",", ";", "that", "which", "who", "after", "as", "when", "while", "because":
			return false
		}
	}
	return true
}

// stateDescriptor reports a noun of [state descriptors] ("country",
// "nation") at k after "the" and up to two modifiers: "the country",
// "the South American nation".
func (v *vocab) stateDescriptor(toks []dyad.Token, k int) bool {
	if !v.stateDescriptors[toks[k].Lower] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if toks[j].Lower == "the" {
			return true
		}
		if tg := toks[j].Tag; tg != "JJ" && tg != "NNP" {
			return false
		}
	}
	return false
}

// mainSubject returns the subject of the first finite verb before cut
// that has one, past verbs of saying whose clause goes on ("The U.N. said
// the army had blocked convoys": the army), or nil.
func (c *Coder) mainSubject(st *sentence, cut int) []actors.Mention {
	toks := st.toks
	for v := 0; v < cut; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		if len(s) == 0 {
			continue
		}
		switch toks[v].Lemma {
		case "say", "tell", "report", "announce", "add", "claim":
			continue
		}
		return s
	}
	return nil
}

// objectStart returns where the object of the reacting hit h begins: its
// end, or, when the pattern itself holds an infinitive ("threatened to
// close the border"), the word after the infinitive's verb, so that the
// threatened act's object is read too.
func objectStart(toks []dyad.Token, h *verbHit) int {
	for k := h.head + 1; k+1 < h.end; k++ {
		if toks[k].Lower == "to" && toks[k+1].Tag == "VB" {
			return k + 2
		}
	}
	return h.end
}

// indefiniteAct reports an act of [restated acts] introduced by "a" or
// "an" in toks[a:b], a pattern's own object ("rejected a proposal"): a
// new act, not the one the main clause told ("rejected the proposal").
func (c *Coder) indefiniteAct(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Lower != "a" && toks[k].Lower != "an" {
			continue
		}
		for j := k + 1; j < b && j <= k+3; j++ {
			if c.words.restatedActs[toks[j].Lower] {
				return true
			}
		}
	}
	return false
}

// objectPointsBack reports that the object of a reacting verb ending at
// from points back at the main clause: none before the clause ends (a
// date, an adverb or a prepositional phrase only), a noun phrase holding
// a noun of [restated acts] or [restated reports] ("the move", "new
// sanctions", "the findings"), or one opened by a demonstrative ("this
// decision", "that"). An infinitive ("threatened to retaliate",
// "threatened to impose tariffs") is read past "to" and its verb.
func (c *Coder) objectPointsBack(st *sentence, from int) bool {
	toks := st.toks
	k := from
	skip := func() {
		for k < len(toks) && (st.isDate[k] || toks[k].Tag == "RB") {
			k++
		}
	}
	skip()
	if k+1 < len(toks) && toks[k].Lower == "to" && toks[k+1].Tag == "VB" {
		k += 2
		skip()
	}
	if k >= len(toks) {
		return true
	}
	switch t := toks[k]; {
	case t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" || t.Tag == "IN" || t.Tag == "CC":
		return true
	case t.Lower == "this" || t.Lower == "that" || t.Lower == "these" || t.Lower == "those" || t.Lower == "such":
		return true
	case t.Lower == "a" || t.Lower == "an":
		return false // "rejected a proposal": a new one, not the act told
	}
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" || t.Tag == "IN" || t.Tag == "CC" || t.Lower == "to" {
			break
		}
		if c.words.restatedActs[t.Lower] || c.words.restatedReports[t.Lower] {
			return true
		}
	}
	return false
}

// meetingMain reports a main clause (before token cut) whose first finite
// verb tells a meeting ("met", "visited", "hosted", "held talks"): a
// reaction whose object is a restated act ("rejected the grain plan",
// "criticised the move") answers something else, never the meeting.
func (c *Coder) meetingMain(st *sentence, cut int) bool {
	toks := st.toks
	for v := 0; v < cut; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		switch toks[v].Lemma {
		case "say", "tell", "report", "announce", "add", "claim":
			continue
		case "meet", "visit", "host", "talk", "confer", "welcome", "receive":
			return true
		case "hold":
			for k := v + 1; k < cut && k <= v+3; k++ {
				if w := toks[k].Lower; w == "talks" || w == "meeting" || w == "meetings" || w == "summit" || w == "consultations" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// restatedObject reports an object noun phrase starting at from, before
// the clause ends, that holds a noun of [restated acts] ("the grain
// plan", "the move").
func (c *Coder) restatedObject(st *sentence, from int) bool {
	toks := st.toks
	for k := from; k < len(toks); k++ {
		t := toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ":" || t.Tag == "IN" || t.Tag == "CC" {
			return false
		}
		if c.words.restatedActs[t.Lower] {
			return true
		}
	}
	return false
}
