package events

// Reactions told in a coordinated clause after the act or the report they
// answer. The reacting clause names its object only by a noun that
// restates the earlier clause ("the shooting", "the move", "the report"),
// so the object scan finds no actor there:
//
//   - a criticism or rejection (roots 11, 12) of a restated act targets
//     the act's author, the subject of the sentence's first clause:
//     "Britain recognised a Palestinian state, and Israel called the move
//     a reward for terrorism" is ISR 111 GBR; "Israeli settlers set fire
//     to a mosque, and Israel's president called the attack shocking" is
//     ISRGOV 111 ISRCVL (CODING.md: the reaction is an event of its own);
//   - a rejection of a restated report ("rejected the report", "dismissed
//     the findings", "called the reports fake news") is a denial (016):
//     "Human Rights Watch said Saudi border guards had killed hundreds of
//     migrants, and Saudi Arabia rejected the report" is SAU 016 on the
//     reporter, the reporter's 112 on the act's source, and the act, the
//     denier's own, denied (CODING.md, Accusations).
//
// The clause must open with "and" (after a comma or not) right before
// its subject, which may be a list ("and Israel and the United States
// condemned the plan"); "it" restates the act as the nouns do ("and the
// Security Council condemned it at an emergency meeting"). A criticism
// told by a participle after a comma ("…, the coast guard said, calling
// it a dangerous manoeuvre") targets the subject of the sentence's first
// act that is not the critic's own saying (participialReaction). A
// reaction the sentence's first clause tells gives nothing here.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// itSubject reports "it" at k followed by a finite verb or a modal: the
// subject of a clause ("denied it targeted civilians", "said it sent
// troops", "denied it has"), not an object.
func itSubject(toks []dyad.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower != "it" {
		return false
	}
	switch toks[k+1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// restatedObject returns the noun right after the verb at i past one
// determiner, quote marks and up to two modifiers ("the shooting", "the
// latest move", "the U.N. report", `the "overreaction"`: a noun of the
// [restated acts] or [restated reports] of data/words.txt), or the pronoun
// "it" as the whole object ("condemned it", "called it \"a stab in the
// back\"", not "said it was", "urged it to"), or -1 when the object is no
// restating noun phrase.
func (v *vocab) restatedObject(toks []dyad.Token, i int) int {
	k := i + 1
	if k >= len(toks) {
		return -1
	}
	switch toks[k].Lower {
	case "the", "this", "these", "that":
		k++
	case "it":
		// "…, and Putin called it "a stab in the back"", "…, and the Security
		// Council condemned it": the first clause's act, restated by a pronoun
		if k+1 < len(toks) && (toks[k+1].Lower == "to" || itSubject(toks, k)) {
			return -1 // "urged it to", "said it was", "denied it targeted civilians": a subject, not the act
		}
		return k
	default:
		return -1
	}
	for n := 0; n < 3 && k < len(toks); n++ {
		if isQuote(toks[k].Text) {
			k++ // `protested the "overreaction"`
			continue
		}
		if w := toks[k].Lower; v.restatedActs[w] || v.restatedReports[w] {
			return k
		}
		switch toks[k].Tag {
		case "JJ", "NNP", "NN", "VBN":
			k++
			continue
		}
		return -1
	}
	return -1
}

// coordinatedAt returns the index of the "and" (or ", but") that opens
// the clause whose subject starts at start ("…, and Kinshasa called",
// "…, but Kyiv rejected"), or -1. The
// subject runs at most six tokens, capitalised words, determiners and
// possessives, between "and" and the verb at i.
func coordinatedAt(toks []dyad.Token, start, i int) int {
	if start < 2 || i-start > 6 {
		return -1
	}
	if toks[start-1].Lower == "the" && start >= 3 {
		start--
	}
	if w := toks[start-1].Lower; w != "and" && (w != "but" || toks[start-2].Text != ",") {
		return -1
	}
	return start - 1
}

// reactorStart returns where the subject of the verb at i starts when it
// is a short run of names ("Saudi Arabia", "Israel's president", "the
// White House") right before it, or -1.
func reactorStart(toks []dyad.Token, i int) int {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	n := 0
	for ; k >= 0 && n < 6; k-- {
		t := toks[k]
		if t.Lower == "and" {
			if n == 0 {
				return -1
			}
			return k + 1
		}
		if !(startsUpperASCII(t.Text) || t.Tag == "POS" || t.Text == "'s" || t.Text == "’s" || t.Lower == "the" || t.Tag == "NN") {
			return -1
		}
		n++
	}
	return -1
}

// reportDenial turns a rejection (120) of a restated report in a
// coordinated clause ("…, and Israel rejected the findings"), or a verb
// of naming that calls the reports untrue ("…, and Moscow called the
// reports \"fake news\""), into the denial (016) when a speech verb
// before the clause told what the report says. Any other best pattern is
// returned unchanged.
func (c *Coder) reportDenial(st *sentence, i int, best *Pattern, end int) (*Pattern, int) {
	toks := st.toks
	lemma := toks[i].Lemma
	rejects := best != nil && best.Code == "120" && c.words.chargeRejecters[lemma]
	names := best == nil && c.words.namingVerbs[lemma] && toks[i].Tag == "VBD"
	if !rejects && !names {
		return best, end
	}
	o := c.words.restatedObject(toks, i)
	if o < 0 || !c.words.restatedReports[toks[o].Lower] {
		return best, end
	}
	s := reactorStart(toks, i)
	if s < 0 || coordinatedAt(toks, s, i) < 0 || !reportedBefore(toks, s) {
		return best, end
	}
	if names && !c.words.falsityAfter(toks, o+1) {
		return best, end
	}
	for _, d := range c.patterns.verbs["deny"] {
		if d.has(flagDeny) && len(d.Slots) == 1 {
			if names {
				return d, o + 1
			}
			return d, end
		}
	}
	return best, end
}

// reportedBefore reports a verb of saying or finding before token end:
// "Human Rights Watch said", "a U.N. commission found".
func reportedBefore(toks []dyad.Token, end int) bool {
	for k := 0; k < end; k++ {
		switch toks[k].Lemma {
		case "say", "report", "find", "accuse", "allege", "conclude":
			if finite(toks[k].Tag) {
				return true
			}
		}
	}
	return false
}

// coordinateReaction gives a criticism, rejection or denial in a
// coordinated clause whose object restates the first clause its target:
// the reporter for a report ("…, and Saudi Arabia rejected the report"),
// the subject of the first clause for an act ("…, and Kinshasa called
// the shooting an act of war"). A reaction that names no object at all
// takes the first clause's subject too (bareReaction). Nil when the hit
// is no such reaction, or when the one found is the reacting actor
// itself.
func (c *Coder) coordinateReaction(st *sentence, h *verbHit) []actors.Mention {
	if len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive {
		return nil
	}
	r := cameo.Root(h.code)
	restates := r == "11" || r == "12" || h.p.has(flagDeny)
	if !restates && r != "13" && r != "16" {
		return nil
	}
	toks := st.toks
	if h.head > 0 && toks[h.head].Tag == "VBG" && toks[h.head-1].Text == "," && r == "11" {
		return c.participialReaction(st, h)
	}
	src := h.source[0]
	last := h.source[len(h.source)-1]
	if last.End > h.head || h.head-last.End > 1 && !vowedTo(toks, last.End, h.head) {
		return nil
	}
	cut := coordinatedAt(toks, src.Start, h.head)
	if cut < 0 {
		return nil
	}
	o := c.words.restatedObject(toks, h.head)
	if o < 0 || !restates {
		// "vowed to retake it": a threat's own object, read as bareReaction reads it
		if !bareReaction(st, h) {
			return nil
		}
		return c.answeredState(h, c.firstSubject(st, h, cut))
	}
	if c.words.restatedReports[toks[o].Lower] {
		if len(h.source) != 1 {
			return nil
		}
		if st.reporter != nil && st.reporter.Start < cut && st.reporter.Country != src.Country {
			return []actors.Mention{*st.reporter}
		}
		if h.code == "016" {
			// "A U.N. commission said Israel had committed genocide, and
			// Israel rejected the findings": whoever the first clause's
			// subject is, when no reporter is told apart
			return c.firstSubject(st, h, cut)
		}
		return nil
	}
	return c.answeredState(h, c.firstSubject(st, h, cut))
}

// participialReaction gives a criticism told by a participle after a
// comma whose object restates the sentence's act ("…, the Philippine
// coast guard said, calling it a dangerous manoeuvre") its target: the
// subject of the sentence's first finite verb, past the reacting actor's
// own verbs of saying ("A Chinese navy helicopter flew within metres of a
// Philippine aircraft, the coast guard said, calling it …" is PHLMIL 111
// CHNMIL). Nil when that act is the reacting actor's own ("voted to
// nullify the deal, calling it a violation of sovereignty": the deal's
// parties are no act's author here) or no restating object follows.
func (c *Coder) participialReaction(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	o := c.words.restatedObject(toks, h.head)
	if o < 0 || c.words.restatedReports[toks[o].Lower] {
		return nil
	}
	for v := 0; v < h.head; v++ {
		perfect := toks[v].Tag == "VBN" && v > 0 && isAux(toks[v-1]) && finite(toks[v-1].Tag) && toks[v-1].Lemma == "have" // "Iran has barred …"
		if (!finite(toks[v].Tag) || isAux(toks[v])) && !perfect || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		if len(s) == 0 {
			continue
		}
		own := false
		for _, m := range s {
			own = own || hasCode(h.source, m.Code)
		}
		if own {
			switch toks[v].Lemma {
			case "say", "tell", "report", "announce", "state", "add":
				continue // "Japan's coast guard said a Chinese vessel …"
			}
			return nil
		}
		return s
	}
	return nil
}

// answeredState gives a state that reacts (a country or its capital, no
// sector) to another state's forces, police or spies that state alone: a
// state answers the state whose forces acted ("Israeli commandos stormed a
// Turkish aid ship, and Turkey recalled its ambassador" is TUR 161 ISR,
// not ISRMIL). A threat (root 13) keeps the force whose act it answers
// (gold README, decided 2026-12-01: "a reaction to a force's act takes the
// force", "…, and Pakistan vowed to respond" PAK 138 INDMIL); criticisms
// keep the state, as the held-out sets still code them. Other subjects
// are returned unchanged.
func (c *Coder) answeredState(h *verbHit, subj []actors.Mention) []actors.Mention {
	src := h.source[0]
	if len(src.Country) != 3 || src.Code != src.Country || cameo.Root(h.code) == "13" {
		return subj
	}
	out := make([]actors.Mention, len(subj))
	for i, m := range subj {
		out[i] = m
		if len(m.Country) == 3 && m.Country != src.Country && m.Code != m.Country && hasSector(m, "MIL", "COP", "SPY") {
			out[i] = c.stateTarget(h, m) // (targets_incursion.go)
		}
	}
	return out
}

// firstSubject returns the subject of the first main verb before the
// coordinating word at cut, nil when it is none or includes one of h's
// sources or their own side (reactorsOwnSide).
func (c *Coder) firstSubject(st *sentence, h *verbHit, cut int) []actors.Mention {
	toks := st.toks
	for v := 0; v < cut; v++ {
		if !finite(toks[v].Tag) || isAux(toks[v]) || st.at[v] >= 0 {
			continue
		}
		s := c.subject(st, v)
		for _, m := range s {
			for _, x := range h.source {
				if m.Code == x.Code || reactorsOwnSide(h, m, x) {
					return nil
				}
			}
		}
		return s
	}
	return nil
}

// reactorsOwnSide reports a subject m of the first clause that is the reacting
// source x's own side: for a denial any actor of x's country ("Israeli
// troops raided a hospital in Gaza, and Israel denied it": a denial
// answers its accuser, CODING.md Y 016 X, never the actor of the act
// denied), for another reaction a state's own forces, police or spies.
func reactorsOwnSide(h *verbHit, m, x actors.Mention) bool {
	if m.Country == "" || m.Country != x.Country {
		return false
	}
	return h.p.has(flagDeny) || h.code == "016" || x.Code == x.Country && hasSector(m, "MIL", "COP", "SPY")
}

// vowedTo reports a verb and "to" between a subject ending at end and the
// hit at head: "Pakistan vowed to respond", "the U.N. refused to".
func vowedTo(toks []dyad.Token, end, head int) bool {
	return head-end == 2 && toks[end].Tag == "VBD" && toks[end+1].Lower == "to"
}

// bareReaction reports a reaction of roots 11–13 or 16 whose clause ends
// with its pattern, an object pronoun or an infinitive with no object:
// "…, and the U.N. refused", "…, and Turkey recalled its ambassador",
// "…, and Mexico broke off relations", "…, and Pakistan vowed to
// respond". Dates and "in protest", "in response" may close the clause;
// anything else after the pattern (an object, a phrase naming whom or
// what) is no bare reaction.
func bareReaction(st *sentence, h *verbHit) bool {
	switch cameo.Root(h.code) {
	case "11", "12", "13", "16":
	default:
		return false
	}
	toks := st.toks
	k := h.end
	if k < len(toks) && (toks[k].Lower == "it" && !itSubject(toks, k) || toks[k].Lower == "them") {
		k++
	} else if k+1 < len(toks) && toks[k].Lower == "to" && toks[k+1].Tag == "VB" {
		k += 2 // "vowed to respond"
	}
	for k < len(toks) {
		switch {
		case st.isDate[k] || toks[k].Tag == "RB":
			k++
			continue
		case toks[k].Lower == "in" && k+1 < len(toks) && (toks[k+1].Lower == "protest" || toks[k+1].Lower == "response"):
			k += 2
			continue
		}
		break
	}
	if k >= len(toks) {
		return true
	}
	switch toks[k].Text {
	case ".", ",", ";", "and", "but":
		return true
	}
	return false
}

// reportDenials makes the acts a coordinated denial of a report answers
// denied ("Human Rights Watch said Saudi border guards had killed
// migrants, and Saudi Arabia rejected the report": the killing, the
// denier's own act, is denied) and returns the reporter's accusation
// (112) of each such act's source when the act is conflictual, no
// accusation by the reporter is coded yet and the denied noun restates
// an accusation ("rejected the allegations"), not a report (reports.go).
func (c *Coder) reportDenials(st *sentence, hits []verbHit, live []bool, extra []verbHit) []verbHit {
	toks := st.toks
	var out []verbHit
	for d := range hits {
		dh := &hits[d]
		if !live[d] || !dh.p.has(flagDeny) || len(dh.source) != 1 || len(dh.target) != 1 {
			continue
		}
		o := c.words.restatedObject(toks, dh.head)
		if o < 0 || !c.words.restatedReports[toks[o].Lower] || coordinatedAt(toks, dh.source[0].Start, dh.head) < 0 {
			continue
		}
		acc := dh.target[0]
		for a := range hits {
			ah := &hits[a]
			if !live[a] || ah.head >= dh.head || ah.status != dyad.Alleged && ah.status != dyad.Asserted || len(ah.source) == 0 || ah.p.has(flagSpeech|flagAccuse|flagDeny) {
				continue
			}
			s := ah.source[0]
			if s.Country == "" || s.Country != dh.source[0].Country || s.Country == acc.Country {
				continue
			}
			ah.status = dyad.Denied
			if c.words.reportNouns[toks[o].Lower] {
				continue // the reporter accused nobody (reports.go)
			}
			if c.quad(ah.code) < 3 || accused(hits, live, extra, acc.Code, s.Code) || accused(nil, nil, out, acc.Code, s.Code) {
				continue
			}
			out = append(out, verbHit{p: accusePattern, head: ah.head, end: ah.end, code: "112", status: dyad.Asserted,
				source: []actors.Mention{acc}, target: []actors.Mention{s}})
		}
	}
	return out
}

// accused reports a 112 from the actor coded from to the actor coded to
// among the live hits or the extra ones.
func accused(hits []verbHit, live []bool, extra []verbHit, from, to string) bool {
	is := func(h *verbHit) bool { return h.code == "112" && between(h, from, to) }
	for k := range hits {
		if live[k] && is(&hits[k]) {
			return true
		}
	}
	for k := range extra {
		if is(&extra[k]) {
			return true
		}
	}
	return false
}

// deniedAccusers returns a denial (016) of each further accuser a listed
// accusation names when a later denial in the sentence answers one of
// them: "South Korea and NATO accused North Korea of sending troops to
// fight for Russia, and Pyongyang rejected the claims" is PRK 016 KOR and
// PRK 016 IGOWSTNAT (CODING.md: a denial by Y is Y 016 X, one per
// accuser).
func deniedAccusers(hits []verbHit, live []bool, extra []verbHit) []verbHit {
	var out []verbHit
	for d := range hits {
		dh := &hits[d]
		if !live[d] || !dh.p.has(flagDeny) || len(dh.source) != 1 || len(dh.target) != 1 {
			continue
		}
		for a := range hits {
			ah := &hits[a]
			if !live[a] || a == d || ah.head >= dh.head || !ah.p.has(flagAccuse) || len(ah.source) < 2 || len(ah.target) == 0 {
				continue
			}
			if ah.target[0].Country != dh.source[0].Country || !hasCode(ah.source, dh.target[0].Code) {
				continue
			}
			for _, s := range ah.source {
				if s.Code == dh.target[0].Code || s.Country == dh.source[0].Country || denies(extra, out, dh.source[0].Code, s.Code) {
					continue
				}
				x := *dh
				x.target = []actors.Mention{s}
				out = append(out, x)
			}
		}
	}
	return out
}

// hasCode reports a mention coded code among ms.
func hasCode(ms []actors.Mention, code string) bool {
	for _, m := range ms {
		if m.Code == code {
			return true
		}
	}
	return false
}

// denies reports a denial from the actor coded from to the one coded to
// among the given hits.
func denies(a, b []verbHit, from, to string) bool {
	for _, hs := range [][]verbHit{a, b} {
		for k := range hs {
			h := &hs[k]
			if h.p.has(flagDeny) && between(h, from, to) {
				return true
			}
		}
	}
	return false
}

// between reports a hit whose first source is coded from and first target to.
func between(h *verbHit, from, to string) bool {
	return len(h.source) > 0 && len(h.target) > 0 && h.source[0].Code == from && h.target[0].Code == to
}
