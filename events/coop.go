package events

// Rules for the cooperation roots (06 material cooperation, 07 aid, 08
// yield) that the patterns in data/verbs.txt cannot express alone: a
// "return" that is no handing back of people or property, aid let in by
// an easing, the recipient of suspects handed over in the passive.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// coopIdiom reports a cooperation hit used in a sense that is no event:
// "call" naming a thing ("calling it a serious basis for talks") is no
// appeal;
// "return" with no object ("children returning from the Syrian
// conflict", "he has returned to a tract of land": the subject goes
// back, nobody is handed back) and people "returned" who are asylum
// seekers or migrants (a removal, 174 when the text says "deported", not
// a release).
func coopIdiom(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !h.p.Noun && cameo.Root(h.code) == "02" && toks[h.head].Lemma == "call" && h.head+2 < len(toks) {
		// "calling it a serious basis for talks": naming, no appeal
		switch toks[h.head+1].Lower {
		case "it", "them", "him", "her", "this", "that", "these", "those":
			switch toks[h.head+2].Lower {
			case "a", "an", "the":
				return true
			}
		}
	}
	if h.p.Noun || toks[h.head].Lemma != "return" || !(h.code == "0841" || h.code == "0842" || h.code == "0353") {
		return false
	}
	if h.head+1 < len(toks) {
		switch toks[h.head+1].Lower {
		case "to", "from", "home", "as", "in", "after", "on", "for":
			return true
		}
	}
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		switch toks[k].Lower {
		case "asylum", "migrant", "migrants", "seeker", "seekers", "refugee", "refugees", "deportees":
			return true
		}
	}
	return false
}

// aidOpening reports the codes of an act that, done "to let aid in",
// is humanitarian access (0863): a crossing or route opened (061),
// restrictions eased (081), a blockade or siege eased (0872).
func aidOpening(code string) bool {
	return code == "061" || code == "081" || code == "0872"
}

// aidMerge codes an easing as humanitarian access when its purpose
// infinitive g, of the same root, lets aid in: "eased restrictions at the
// Kerem Shalom crossing on Sunday to allow fuel trucks into Gaza" is one
// act, 0863, aimed at the place the aid enters (or the target g names).
func (c *Coder) aidMerge(st *sentence, h, g *verbHit) {
	if g.code != "0863" || !aidOpening(h.code) {
		return
	}
	h.code = "0863"
	if len(h.target) == 0 || h.target[0].Code == "" {
		h.target = g.target
	}
	if len(h.target) == 0 {
		h.target = c.intoPlace(st, g.end)
	}
}

// passiveRecipient returns, for a passive transfer of suspects (063), the
// party they go to: "Three Chinese nationals were handed over to Chinese
// police by Thai authorities" is Thailand 063 the Chinese police, not the
// suspects; "was extradited to the United States by Spain" 063 USA. So
// does a passive transfer of roots 06 and 07 whose subject names no
// actor ("Intelligence … was passed to Austrian authorities by the CIA").
// It returns nil for other codes or when no actor follows "to".
func (c *Coder) passiveRecipient(st *sentence, h *verbHit) []actors.Mention {
	if r := cameo.Root(h.code); h.code != "063" && !((r == "06" || r == "07") && len(h.target) == 0) {
		return nil
	}
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.end+2; k++ {
		if toks[k].Lower == "by" || toks[k].Text == "," {
			return nil
		}
		if toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if m := st.at[j]; m >= 0 {
				x := st.ments[m]
				if x.Place || x.Modifier || h.code != "063" && (x.Kind == actors.KindCountry || x.Kind == actors.KindCapital || x.Kind == "coref") {
					return nil // "flown to Gaza": the place's target is refine.go's; "to the dissident" borrows a country
				}
				return c.group(st, m)
			}
		}
		return nil
	}
	return nil
}

// coopRefine recodes a cooperation hit by who does it to whom and by the
// pressure the sentence tells of: weapons a state hands to another
// country are military aid (072), not the disarmament (0873) of an armed
// group giving up its own arms ("Tigray forces handed over their heavy
// weapons to the federal army"); a bill or law dropped after protests
// accedes to a demand for policy change (0832) and is no event without
// them ("withdrew the bill to amend it"), and yields to the country's
// protesters (CVL) when the sentence names protesters or protests and no
// target, as does a parliament or constitution reinstated (0834, 0344
// as a plan: "agreed to reinstate parliament after weeks of protests"); a
// resignation (0831, data/verbs.txt) yields to them only when the
// sentence also names their demand ("resigned, meeting a key demand of
// protesters"; gold README, decided 2026-12-01: target null unless the
// text names who demanded it); protests called off
// (082) ease dissent aimed at the government, its target when unnamed.
func (c *Coder) coopRefine(st *sentence, h *verbHit, src actors.Mention) {
	switch {
	case h.code == "0873" && len(h.target) > 0 && h.target[0].Country != "" && h.target[0].Country != src.Country &&
		!hasSector(src, "REB", "UAF", "CRM", "OPP") && !strings.HasPrefix(src.Code, "IMG") && st.toks[h.head].Lemma != "disarm":
		// (disarming another's fighters takes their arms, never gives them:
		// "if U.N. peacekeepers failed to disarm them")
		h.code = "072"
	case (h.code == "0832" || h.code == "0342" && h.p.Code == "0832") && !h.p.Noun && !pressured(st.toks) && !c.statuteRepeal(st, h):
		h.code = "" // (also promised: "would drop plans to annex" yields to no one)
	case (h.code == "087" || h.code == "0356") && st.toks[h.head].Lemma == "disengage" && !hasSector(src, "MIL") &&
		!objectNoun(st.toks, h.end, "troops", "forces", "soldiers", "units"):
		h.code = "" // "Riyadh was disengaging" from a conflict's politics: only forces disengage
	}
	if h.code == "0863" && len(h.target) == 0 {
		h.target = c.intoPlace(st, h.end) // "allowed 50 aid trucks into Gaza": the place the aid enters
	}
	if h.code == "082" && len(h.target) == 0 && src.Country != "" && !hasSector(src, "GOV", "MIL", "COP") {
		// "the opposition called off its protests": dissent eased toward
		// the government, as protests target it (README conventions)
		gov := c.implicitActor(src, h, "GOV")
		h.target = []actors.Mention{gov}
	}
	if (h.code == "0831" && words(st.toks, "demand", "demands", "demanded", "demanding") && words(st.toks, "protesters", "protestors", "demonstrators") ||
		(h.code == "0832" || h.code == "0342" && h.p.Code == "0832" || h.p.Code == "0834") && (words(st.toks, "protesters", "protestors", "demonstrators") || afterProtests(st) || calmedProtests(st.toks))) &&
		len(h.target) == 0 && src.Country != "" {
		// "repealed the law, meeting a key demand of protesters": the
		// country's protesters are whom it yields to; a policy dropped
		// "after days of protests" yields to those who protested too
		// (gold: W90663, W90691, W90777, W10246 against F0165; not
		// "after protests from Beijing", "…, and protests continued":
		// afterProtests), while a resignation "amid protests" names
		// nobody (gold README)
		cvl := src
		cvl.Code, cvl.Sectors, cvl.Kind = src.Country+"CVL", []string{"CVL"}, "coref"
		cvl.Name, cvl.Person = c.matcher.Dictionary().Name(src.Country), false
		h.target = []actors.Mention{cvl}
	}
}

// afterProtests reports a policy dropped "after" or "following" protests
// with no one named as protesting: "withdrew the bill after protests",
// "after days of protests", "following two weeks of mass
// demonstrations". Protests "by" or "from" someone are theirs ("after
// protests from Beijing", "after protests by opposition lawmakers"), and
// protests the sentence names elsewhere ("…, and protests continued")
// are no cause.
func afterProtests(st *sentence) bool {
	toks := st.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower != "after" && toks[k].Lower != "following" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "CD" || strings.HasPrefix(toks[j].Tag, "JJ")) && st.at[j] < 0 {
			j++ // "after two", "after several"
		}
		if j+1 < len(toks) && toks[j+1].Lower == "of" {
			switch toks[j].Lower {
			case "days", "weeks", "months", "nights", "years":
				j += 2 // "after days of", "following weeks of"
			}
		}
		for j < len(toks) && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NN") && st.at[j] < 0 && toks[j].Lower != "protests" && toks[j].Lower != "demonstrations" {
			j++ // "mass", "violent", "student"
		}
		if j >= len(toks) || toks[j].Lower != "protests" && toks[j].Lower != "demonstrations" {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].Lower == "by" || toks[j+1].Lower == "from") {
			return false // "after protests from Beijing": the protesters are named
		}
		return true
	}
	return false
}

// calmedProtests reports protests a policy dropped is meant to calm:
// "reversed the fare hike … in an attempt to calm the protests", "to
// defuse weeks of demonstrations".
func calmedProtests(toks []dyad.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].Lemma {
		case "calm", "quell", "defuse", "appease", "placate", "end":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if toks[j].Lower == "protests" || toks[j].Lower == "demonstrations" || toks[j].Lower == "protesters" {
				return true
			}
			if toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Text == "," {
				break
			}
		}
	}
	return false
}

// pressured reports words of popular pressure in the sentence: protests,
// demands, an uprising ("resigned on Monday amid mass student protests",
// "withdrew the finance bill after deadly protests"); a single "protest"
// is left out: who "resigned in protest" protests, yielding nothing.
func pressured(toks []dyad.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "protests", "protesters", "protestors", "demonstrations", "demonstrators", "uprising",
			"demand", "demands", "outcry", "unrest", "rallies", "strikes":
			return true
		}
	}
	return false
}

// dropStateSince removes from dates a "since DATE" that a participle
// right before it owns, or an "in DATE" after a reduced relative in a
// clause with its own verb: in "freed an American held since 2022",
// "released the journalist, detained since March" or "freed a Briton
// arrested in 2021" the detention dates from then, and no event of the
// sentence is dated by it. The tokens stay
// marked as a date expression. dates is filtered in place.
func dropStateSince(toks []dyad.Token, dates []dateExpr) []dateExpr {
	out := dates[:0]
	for _, d := range dates {
		s := d.start
		if s < len(toks) && toks[s].Lower != "since" && toks[s].Lower != "in" {
			s--
		}
		if s >= 2 && (toks[s].Lower == "since" || toks[s].Lower == "in" && s >= 3 && finiteBefore(toks, s-2)) {
			p := toks[s-1]
			if (p.Tag == "VBN" || p.Tag == "VBD") && (strings.HasSuffix(p.Lower, "ed") || p.Lower == "held") &&
				toks[s-2].Lemma != "be" && toks[s-2].Lemma != "have" && !isAux(toks[s-2]) &&
				(toks[s].Lower == "since" || strings.HasPrefix(toks[s-2].Tag, "NN")) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// demonymObject reports a capitalised people noun that is an actor
// mention right before the participle at i, after a determiner or a
// number and not opening the sentence: "an American" in "freed an
// American detained since 2022", "two Britons held in Iran".
func demonymObject(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || st.at[i-1] < 0 || !startsUpperASCII(toks[i-1].Text) || !strings.HasPrefix(toks[i-1].Tag, "NN") {
		return false
	}
	m := st.ments[st.at[i-1]]
	if m.Kind == actors.KindCountry || m.Kind == actors.KindCapital || m.Kind == actors.KindOrg || m.Person {
		return false
	}
	return toks[i-2].Tag == "DT" || toks[i-2].Tag == "CD"
}

// finiteBefore reports a finite verb among the tokens before k: the
// clause has its own verb, so a noun and participle at k are an object
// and its reduced relative ("freed a Briton arrested in 2021").
func finiteBefore(toks []dyad.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if finite(toks[j].Tag) && startsLowerASCII(toks[j].Text) {
			return true
		}
	}
	return false
}

// participleYear reports a year at y that dates a reduced relative
// between the hit at head and y, not the hit: "freed a Briton arrested in
// (March) 2021".
func participleYear(toks []dyad.Token, head, y int) bool {
	k := y - 1
	if k > 0 && monthOf(toks[k].Lower) != 0 {
		k--
	}
	if k < 2 || k <= head+2 || toks[k].Lower != "in" && toks[k].Lower != "since" {
		return false
	}
	p := toks[k-1]
	return (p.Tag == "VBN" || p.Tag == "VBD") && (strings.HasSuffix(p.Lower, "ed") || p.Lower == "held") &&
		strings.HasPrefix(toks[k-2].Tag, "NN")
}

// releasedAfter reports people named by a common noun right after a
// release verb ending at end, within three words: "released the crew of
// the Galaxy Leader", "freed 25 hostages". Such a release is coded with
// no target when no actor names the people; "released a statement" is
// none.
func (v *vocab) releasedAfter(toks []dyad.Token, end int) bool {
	for k := end; k < len(toks) && k < end+4; k++ {
		if v.releasedPeople[toks[k].Lower] || v.hostageNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Text == "," || strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Lower == "of" {
			return false
		}
	}
	return false
}

// passiveObject matches a cooperative verb pattern whose object stands
// as the subject of a passive verb at i with a "by" agent: "Humanitarian
// aid … was sent to Sudan by Saudi Arabia" is "send aid", "A ceasefire
// was agreed by Israel and Hamas" "agree ceasefire", "The sanctions on
// Belarusian potash were lifted by the EU" "lift sanctions". The
// subject's words (back to the clause's start) are read as if they
// followed the verb. It returns the pattern and one past its last token
// after the verb (the verb's own end when every word came from the
// subject), or nil. Only patterns with an object word are tried, outside
// the verbal roots 01 and 02 (conflictual ones only when the subject names
// no event of its own: "sanctions were imposed on Iran by the EU", not
// "the deployment of troops was ordered by"); speech, accusation, denial,
// intent and threat patterns are not.
func (c *Coder) passiveObject(st *sentence, i int) (*Pattern, int) {
	toks := st.toks
	if !isPassive(toks, i) || !byAgentAfter(st, i) {
		return nil, 0
	}
	a := i - 1
	for a >= 0 && toks[a].Tag == "RB" {
		a--
	}
	if a <= 0 || toks[a].Lemma != "be" && toks[a].Lower != "get" && toks[a].Lower != "got" {
		return nil, 0
	}
	for a > 0 && (toks[a-1].Lemma == "be" || toks[a-1].Lemma == "have" || toks[a-1].Tag == "MD" || toks[a-1].Tag == "RB") {
		a-- // "has been lifted", "will be sent"
	}
	s := a
	for s > 0 && a-s < 12 {
		w := toks[s-1]
		if w.Text == "," || w.Text == ";" || w.Text == ":" || w.Lower == "that" || w.Lower == "which" || w.Lower == "and" || w.Lower == "said" || isHardBreak(w) {
			break
		}
		s--
	}
	n := a - s
	if n == 0 {
		return nil, 0
	}
	nominal := false // the subject names its own event: "the investigation into … was opened by"
	for k := s; k < a; k++ {
		if len(c.patterns.nouns[toks[k].Lower]) > 0 || len(c.patterns.nouns[toks[k].Lemma]) > 0 {
			nominal = true
		}
	}
	re := make([]dyad.Token, 0, 1+n+len(toks)-i-1)
	re = append(re, toks[i])
	re = append(re, toks[s:a]...)
	re = append(re, toks[i+1:]...)
	for _, p := range c.patterns.verbs[toks[i].Lemma] {
		if r := cameo.Root(p.Code); len(p.Slots) < 2 || c.quad(p.Code) > 2 && nominal || r == "01" || r == "02" || p.Noun ||
			p.has(flagSpeech) || p.has(flagAccuse) || p.has(flagDeny) || p.has(flagIntent) || p.has(flagThreat) {
			continue
		}
		first, ok := c.matchSlots(re, 0, p, 2, false, false)
		if !ok || first-1 > n {
			continue // the object must come from the subject
		}
		if c.quad(p.Code) > 2 && n-(first-1) > 2 {
			continue // a conflictual object heads the subject: "sanctions were imposed", not "the deployment of troops to the border was ordered"
		}
		end, ok := c.matchSlots(re, 0, p, len(p.Slots), false, false)
		if !ok {
			continue
		}
		if end <= 1+n {
			return p, i + 1
		}
		return p, i + 1 + (end - 1 - n)
	}
	return nil, 0
}

// byAgentAfter reports "by" and an actor within a few words after the
// passive verb at i: "was lifted by the EU", "were flown to Gaza by
// Jordan on Friday"; not a "by" inside a later phrase ("will be provided
// until determination by a court").
func byAgentAfter(st *sentence, i int) bool {
	for k := i + 1; k < len(st.toks) && k <= i+8; k++ {
		switch st.toks[k].Lower {
		case "until", "unless", "before", "after", "without", "pending", "following", "when", "while", "if", "because":
			return false
		}
		if k > i+1 && strings.HasPrefix(st.toks[k].Tag, "VB") {
			return false
		}
		if st.toks[k].Lower == "by" {
			for m := k + 1; m < len(st.toks) && m <= k+3; m++ {
				if st.at[m] >= 0 {
					return true
				}
			}
			return false
		}
		if st.toks[k].Text == "," || st.toks[k].Text == ";" {
			return false
		}
	}
	return false
}

// byBefore reports "by" among the tokens after the verb at i and before
// end: a pattern's object found inside a passive's agent ("was delivered
// by the World Food Programme" is no "deliver food").
func byBefore(toks []dyad.Token, i, end int) bool {
	for k := i + 1; k < end && k < len(toks); k++ {
		if toks[k].Lower == "by" {
			return true
		}
	}
	return false
}
