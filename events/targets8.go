package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// This file holds targets found outside the verb's own object (the
// targets8 families of events-dev8-wire.jsonl): a reaction told in an
// appositive noun phrase after the main clause.

// reactionTarget finds the target of a verbal reaction told in an
// appositive after the main clause, whose object is the act the clause
// reports: ", a result the opposition denounced as fraudulent", ", an
// idea Maduro's government swiftly rejected", ", a measure the United
// Nations criticised". The one reacted to is the main clause's subject
// (every member of a listed subject). The appositive is a comma, a
// determiner, up to two adjectives and a common noun, then the reacting
// actor (its own article included) and the verb h, with at most "that",
// "which" or one adverb between. farTarget keeps its narrower list of
// head nouns ("move", "decision" …); this widens the head to any common
// noun. Roots: comment, approve, reject, demand, disapprove, threaten.
func (c *Coder) reactionTarget(st *sentence, h *verbHit) []actors.Mention {
	if h.p.Noun || h.passive || len(h.source) != 1 {
		return nil
	}
	switch cameo.Root(h.code) {
	case "01", "05", "10", "11", "12", "13":
	default:
		return nil
	}
	toks := st.toks
	// between the actor and the verb: nothing, or one adverb
	src := h.source[0]
	if src.End > h.head || src.End < h.head-1 || src.End == h.head-1 && toks[src.End].Tag != "RB" {
		return nil
	}
	k := src.Start - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "its") {
		k-- // "a measure the United Nations criticised"
	}
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 2 || !commonNoun(toks[k]) {
		return nil
	}
	k--
	for n := 0; n < 2 && k > 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN"); n++ {
		k-- // "a controversial move", "a widely criticised decision"
	}
	if d := toks[k].Lower; d != "a" && d != "an" && d != "the" && d != "this" || k == 0 || toks[k-1].Text != "," {
		return nil
	}
	comma := k - 1
	for v := 0; v < comma; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		if len(s) == 0 {
			return nil
		}
		for _, m := range s {
			if m.Code == src.Code {
				return nil // the reacting actor reacts to no act of its own
			}
		}
		return s
	}
	return nil
}

// commonNoun reports a lower-case singular or plural common noun.
func commonNoun(t dyad.Token) bool {
	return (t.Tag == "NN" || t.Tag == "NNS") && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z'
}

// mediationPattern is the pattern of a mediation told by a phrase, not a
// verb: "talks hosted by Qatar", "met under U.N. auspices".
var mediationPattern = &Pattern{Code: "045", Noun: true, Flags: flagNoTarget}

// mediatorParties gives a mediation the parties it mediates between, as
// the gold README's "Conventions fixed here" codes talks held through a
// mediator: the mediator 045 each party, and the parties' own talks (046
// each way) when the mediation names talks. The parties are the actors of
// the sentence's other asserted cooperative events (roots 04–08: "Saudi Arabia
// and Iran signed an agreement …, with China mediating the talks", "Sudan's
// army and the RSF resumed talks …, with Saudi Arabia … acting as
// mediators"). A mediation told by a phrase gets its own event: "talks …
// hosted by Egypt's intelligence chief", "met … under U.N. auspices",
// "under the auspices of Malaysia" (not after "after"/"since": a
// background phrase). Nothing changes with fewer than two parties or when
// the mediation already has a target ("mediated talks between …").
func (c *Coder) mediatorParties(st *sentence, hits []verbHit, live []bool) ([]verbHit, []bool) {
	parties := func(skip int, mediator []actors.Mention) ([]actors.Mention, bool) {
		var out []actors.Mention
		talks := false
		add := func(m actors.Mention) {
			for _, x := range mediator {
				if x.Code == m.Code {
					return
				}
			}
			for _, x := range out {
				if x.Code == m.Code {
					return
				}
			}
			out = append(out, m)
		}
		for k := range hits {
			g := &hits[k]
			if k == skip || !live[k] || g.code == "045" || g.status != dyad.Asserted {
				continue
			}
			switch cameo.Root(g.code) {
			case "04", "05", "06", "08": // (not an intent: "open to resuming dialogue … under Norwegian mediation")
			default:
				continue
			}
			if len(g.target) == 0 && !(g.p.has(flagMutual) && len(g.source) >= 2) {
				continue
			}
			if g.code == "046" {
				talks = true
			}
			for _, m := range g.source {
				add(m)
			}
			for _, m := range g.target {
				add(m)
			}
		}
		return out, talks
	}
	n := len(hits)
	for j := 0; j < n; j++ {
		h := &hits[j]
		if !live[j] || h.code != "045" || h.status != dyad.Asserted || len(h.source) == 0 || len(h.target) != 0 {
			continue
		}
		ps, talks := parties(j, h.source)
		if len(ps) < 2 {
			continue
		}
		h.target = ps
		if !talks && talksAfter(st.toks, h.end) {
			// "with China mediating the talks": the parties negotiated
			hits = append(hits, verbHit{p: partiesTalksPattern, head: h.head, end: h.end, code: "046", status: dyad.Asserted,
				source: append([]actors.Mention(nil), ps...)})
			live = append(live, true)
		}
	}
	toks := st.toks
	for i := 1; i+1 < len(toks); i++ {
		var med []actors.Mention
		switch {
		case toks[i].Lower == "hosted" && toks[i+1].Lower == "by" && talksBefore(toks, i):
			med = c.actorAt(st, i+2, 2)
		case toks[i].Lower == "auspices" && i >= 2:
			if i+2 < len(toks) && toks[i+1].Lower == "of" && toks[i-1].Lower == "the" && toks[i-2].Lower == "under" {
				med = c.actorAt(st, i+2, 2) // "under the auspices of Malaysia"
			} else if m := st.at[i-1]; m >= 0 && st.ments[m].Start > 0 && toks[st.ments[m].Start-1].Lower == "under" {
				med = c.group(st, m) // "under U.N. auspices"
			}
		}
		if len(med) == 0 || background(toks, i) {
			continue
		}
		ps, _ := parties(-1, med)
		if len(ps) < 2 {
			continue
		}
		hits = append(hits, verbHit{p: mediationPattern, head: i, end: i + 1, code: "045", status: dyad.Asserted,
			source: med, target: ps})
		live = append(live, true)
	}
	return hits, live
}

// talksAfter reports "talks" or "negotiations" within three words from k
// ("mediating the talks", "mediating the peace negotiations").
func talksAfter(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].Lower == "talks" || toks[j].Lower == "negotiations" {
			return true
		}
		if toks[j].Tag != "DT" && toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			return false
		}
	}
	return false
}

// talksBefore reports "talks" or "negotiations" within four words before
// i, with no verb between ("held talks in Cairo hosted by"), that are no
// prepositional phrase's ("at talks in Putrajaya hosted by …" is where
// the main act happened: no argument of the main predicate, CODING.md).
func talksBefore(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].Lower == "talks" || toks[j].Lower == "negotiations" {
			k := j - 1
			for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "DT") {
				k--
			}
			return k >= 0 && toks[k].Tag != "IN"
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Text == "," {
			return false
		}
	}
	return false
}

// background reports a phrase at i that sits in a time phrase of the
// clause: "after"/"since"/"following" within six words before it with no
// comma or verb between ("after months of talks hosted by Qatar").
func background(toks []dyad.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch toks[j].Lower {
		case "after", "since", "following":
			return true
		}
		if strings.HasPrefix(toks[j].Tag, "VB") && j != i || toks[j].Text == "," {
			return false
		}
	}
	return false
}

// targets8 recodes the targets of one hit after refine (targetFamilies):
// the repression and grievance families below.
func (c *Coder) targets8(st *sentence, h *verbHit) {
	c.repressionTarget(st, h)
	c.grievanceGov(st, h)
}

// repressionTarget gives a state force's repression (175) that names no
// one it was aimed at, and an arrest told as a participle after one
// (", detaining dozens"), the protesters of the sentence: a protester,
// student, worker or opposition mention of the force's own state ("as
// protesters rallied", "a march by garment workers"), else that state's
// civilians when the sentence tells of a protest ("broke up a protest
// against tax rises", "as thousands rallied"). The gold sets code police
// acting on protesters as the protesters' state + CVL (testdata/gold:
// "fired tear gas at thousands of protesters" GEOCOP 175 GEOCVL). Tear
// gas fired with no protest told keeps no target.
func (c *Coder) repressionTarget(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" || civil(h.source[0]) {
		return
	}
	switch {
	case strings.HasPrefix(h.code, "175"):
	case h.code == "173" && arrestAfterRepression(st, h):
	default:
		return
	}
	if p := c.protesters(st, h); p != nil {
		h.target = []actors.Mention{*p}
	}
}

// arrestAfterRepression reports an arrest told as a participle after a
// comma ("…, detaining dozens", "…, arresting 20 demonstrators") in a
// sentence whose repression (175) comes before it: a second act of the
// same force, not an elaboration of the first (the gold sets code both).
func arrestAfterRepression(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.head < 1 || toks[h.head].Tag != "VBG" || toks[h.head-1].Text != "," || !strings.HasPrefix(h.code, "173") && h.p.Code != "173" {
		return false
	}
	for _, g := range st.hits {
		if g.head < h.head && (strings.HasPrefix(g.code, "175") || g.p != nil && g.p.Code == "175") {
			return true
		}
	}
	return false
}

// protesters returns who a state force's act h acts on among the
// protesters the sentence names (see repressionTarget), or nil.
func (c *Coder) protesters(st *sentence, h *verbHit) *actors.Mention {
	src := h.source[0]
	for _, m := range st.ments {
		if m.Modifier || m.Place || m.Country != src.Country || m.Start == src.Start {
			continue
		}
		if hasSector(m, "CVL", "OPP", "EDU", "LAB", "AGR") {
			v := m
			return &v
		}
	}
	for _, t := range st.toks {
		switch t.Lower {
		case "protest", "protests", "protesters", "protestors", "rally", "rallies", "rallied", "rallying", "march", "marched", "marches", "marching",
			"demonstration", "demonstrations", "demonstrators", "demonstrated", "crowd", "crowds", "sit-in":
			cvl := c.implicitActor(src, h, "CVL")
			return &cvl
		}
	}
	return nil
}

// grievanceGov gives a protest (root 14) by civilians of a state that
// tells its grievance by the protesters' mood ("in anger at soaring power
// bills", ", angry at food prices", "in outrage over a new finance bill")
// that state's government as target, as "against" and "over" already do
// (refine; gold README: protests against a state's policy take that
// government even when it is not named), unless the cause is another
// state's (foreignCause). A protest aimed at a person whose arrest,
// detention or trial is the grievance ("to denounce Imamoglu's arrest")
// is aimed at the government that holds them, not at the person.
func (c *Coder) grievanceGov(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "14" || len(h.source) == 0 || h.source[0].Country == "" || !civil(h.source[0]) {
		return
	}
	src, toks := h.source[0], st.toks
	if len(h.target) == 1 {
		t := h.target[0]
		if t.Person && t.Country != "" && t.End+1 < len(toks) && isPossTok(toks[t.End]) && detentionNoun(toks[t.End+1].Lower) {
			gov := c.implicitGov(t, h)
			h.target = []actors.Mention{gov}
		}
		return
	}
	if len(h.target) != 0 || !moodGrievance(toks, h.end) || c.foreignCause(st, h.end, src.Country) {
		return
	}
	h.target = []actors.Mention{c.implicitGov(src, h)}
	c.grievanceHolder(st, h) // "in anger at the death of a man in police custody": the police
}

// moodGrievance reports a grievance told by the protesters' mood in the
// clause after from: "anger", "angry", "outrage", "outraged", "fury",
// "furious" or "frustration" right before "at", "over", "about" or
// "with".
func moodGrievance(toks []dyad.Token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+14; k++ {
		if toks[k].Text == ";" || toks[k].Lower == "but" || toks[k].Lower == "while" {
			return false
		}
		switch toks[k].Lower {
		case "anger", "angry", "outrage", "outraged", "fury", "furious", "frustration", "frustrated":
			switch toks[k+1].Lower {
			case "at", "over", "about", "with":
				return true
			}
		}
	}
	return false
}

// detentionNoun reports a noun naming a person's arrest, detention, trial
// or sentence: the state's act a protest is aimed at.
func detentionNoun(w string) bool {
	switch w {
	case "arrest", "detention", "jailing", "imprisonment", "incarceration", "conviction", "sentencing", "sentence", "trial", "prosecution", "indictment", "disqualification":
		return true
	}
	return false
}
