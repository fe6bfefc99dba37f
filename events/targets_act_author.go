package events

// Targets that are the author of an act a rejection, condemnation,
// comment, veto or complaint is about, named obliquely: in a "by"/"from"
// phrase after the act's noun, an "as" complement, a relative clause, a
// time phrase's passive participle, or an "against" phrase.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// sanctionObject reports a rejection's target that is the object of an
// act noun in the rejected phrase ("opposed any unilateral sanctions on
// North Korea", "rejected military action against Iran"): the act's
// target, not whom the rejection is aimed at (those who would impose
// it, unnamed). The act noun heads the object: refusing to impose
// sanctions, or their easing, is the refuser's own act on the state.
func sanctionObject(st *sentence, h *verbHit, m actors.Mention) bool {
	if cameo.Root(h.code) != "12" || m.Start <= h.end || m.Start-h.end > 6 {
		return false
	}
	toks := st.toks
	for k := h.end; k+1 < m.Start && k < len(toks)-1; k++ {
		if st.words.sanctionObjects[toks[k].Lower] {
			n := toks[k+1].Lower
			return n == "on" || n == "against" || n == "in"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "RB" && !(t == "NN" && startsLowerASCII(toks[k].Text) && toks[k+1].Tag == "NNS") {
			// (a lower-case NN right before the plural is an adjective the
			// tagger does not know: "balked at new sanctions on Russia")
			return false // "refused to impose sanctions on Russia", "rejected any easing of sanctions on Russia": the refuser's own act
		}
	}
	return false
}

// afterBeingTarget returns the target of a passive participle in a time
// phrase ("adopted a tough stance after being urged by Washington to
// isolate Iran", "was released after being held by rebels"): the subject
// of the clause the phrase modifies, the finite verb before
// after/before/since/until. Nil when there is no such phrase or subject.
func (c *Coder) afterBeingTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	b := h.head - 1
	for b >= 0 && toks[b].Tag == "RB" {
		b--
	}
	if b < 1 || toks[b].Lower != "being" {
		return nil
	}
	switch toks[b-1].Lower {
	case "after", "before", "since", "until", "despite":
	default:
		return nil
	}
	for v := b - 2; v >= 0 && v >= b-20; v-- {
		if toks[v].Text == ";" || toks[v].Text == ":" {
			return nil
		}
		if st.at[v] < 0 && finite(toks[v].Tag) && !isAux(toks[v]) {
			return c.subject(st, v)
		}
	}
	return nil
}

// asComplementObject finds the object of a condemnation or rejection
// (roots 11, 12) placed after its "as" complement: "condemned as \"state
// terrorism\" an Israeli air strike on Hamas leaders" condemns Israel
// (gold: QATGOV 111 ISR). The object scan stops at "as", which elsewhere
// opens a clause.
func (c *Coder) asComplementObject(st *sentence, h *verbHit) {
	if r := cameo.Root(h.code); r != "11" && r != "12" || len(h.target) != 0 || h.passive || h.p.Noun {
		return
	}
	toks := st.toks
	k := h.end
	for k < len(toks) && st.isDate[k] {
		k++
	}
	if k >= len(toks) || toks[k].Lower != "as" {
		return
	}
	// past the complement: a quoted phrase or a few words, to the
	// object's determiner
	j := k + 1
	quoted := false
	for j < len(toks) && j <= k+8 {
		if w := toks[j].Lower; (w == "a" || w == "an" || w == "the") && j > k+1 && toks[j-1].Lower != "of" && !quoted {
			break
		}
		if isQuote(toks[j].Text) {
			quoted = !quoted
		} else if toks[j].Text == "," || toks[j].Text == ";" || toks[j].Text == "." || finite(toks[j].Tag) && !quoted {
			return
		}
		j++
	}
	if j >= len(toks) || j > k+8 || j < 2 || quoted {
		return
	}
	g := *h
	g.head, g.end = j-1, j
	if t := c.object(st, &g); len(t) > 0 {
		h.target = t
	}
}

// authorNoun reports nouns of acts and bodies whose author a following
// "by" or "from" names: "a request by U.N. inspectors", "a delegation
// from ECOWAS", "a raid by Israeli settlers" ([authored nouns] of
// data/words.txt, matched with a final "s" dropped).
func (v *vocab) authorNoun(w string) bool {
	return v.authoredNouns[strings.TrimSuffix(w, "s")]
}

// nominalAuthor gives a rejection or condemnation (roots 11, 12), a
// comment or a welcome (01, 05) of a
// nominal act the act's author as target when a "by"/"from" phrase right
// after the act's noun names it: "snubbed a visiting delegation from the
// West African bloc ECOWAS" (gold: NERGOV 125 IGOWAFECO), "stonewalled a
// request by U.N. nuclear inspectors" (IRN 1245 IGOUNOIAE), "condemned a
// raid by Israeli settlers"; in a passive, the author named in the
// subject ("An offer of talks by Azerbaijan's president was rejected by
// Armenia").
func (c *Coder) nominalAuthor(st *sentence, h *verbHit) {
	if r := cameo.Root(h.code); r != "11" && r != "12" && r != "01" && r != "05" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	toks := st.toks
	from, to := h.head+1, h.end+10 // (inside the pattern too: "rejected a call by Egypt for a truce")
	if h.passive {
		from, to = 0, h.head
	}
	for k := from; k+1 < len(toks) && k < to; k++ {
		t := toks[k]
		if !h.passive && k >= h.end && (t.Text == "," || t.Text == ";" || t.Text == "." || t.Lower == "that" || t.Lower == "which" || t.Lower == "after" || finite(t.Tag)) {
			return
		}
		if !h.passive && k >= h.end && !st.isDate[k] && !npWord(t) && t.Tag != "VBG" && t.Tag != "VBN" && !isQuote(t.Text) && t.Lower != "by" && t.Lower != "from" && !(t.Lower == "of" && k+2 < len(toks) && toks[k+2].Lower == "by") && !(t.Lower == "as" && k == h.end) {
			return // only the object noun phrase's own "by"/"from": not "responsible for any delay in the arrival of a mission from …"
		}
		if t.Lower != "by" && t.Lower != "from" || k < 1 || !st.words.authorNoun(toks[k-1].Lower) && !(k >= 3 && toks[k-2].Lower == "of" && st.words.authorNoun(toks[k-3].Lower)) {
			continue // ("an offer of talks by …")
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			m := st.at[j]
			if m < 0 {
				if toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || startsUpperASCII(toks[j].Text) {
					continue // "from the West African bloc ECOWAS"
				}
				break
			}
			mt := st.ments[m]
			if mt.Place || mt.Code == h.source[0].Code || mt.Modifier && !(j+1 < len(toks) && (toks[mt.End].Tag == "NNS" || toks[mt.End].Tag == "NN")) {
				break
			}
			g := c.group(st, m)
			if mt.Modifier || mt.Possessive && mt.Country != "" && len(mt.Sectors) == 0 {
				// "by Israeli settlers", "by Azerbaijan's president": the
				// people the adjective or possessive qualifies
				if j2 := mt.End; j2 < len(toks) {
					if mt.Possessive {
						j2++
					}
					if n := st.at[min(j2, len(toks)-1)]; n >= 0 && n != m {
						g = c.group(st, n)
					} else if mt.Modifier {
						if s := c.subjectAt(st, mt); s != nil {
							g = []actors.Mention{*s}
						}
					}
				}
			}
			h.target = g
			return
		}
	}
}

// subjectAt gives the people a nationality adjective qualifies when the
// noun is a people noun the matcher leaves to the coder ("Israeli
// settlers" CVL), nil for other nouns.
func (c *Coder) subjectAt(st *sentence, m actors.Mention) *actors.Mention {
	if m.End >= len(st.toks) || m.Country == "" {
		return nil
	}
	sector := ""
	switch w := st.toks[m.End].Lower; {
	case st.words.civilianCrowds[w]:
		sector = "CVL"
	case st.words.forceNouns[w]:
		sector = "MIL"
	default:
		return nil
	}
	v := m
	v.Code, v.Sectors, v.Modifier = m.Country+sector, []string{sector}, false
	v.End = m.End + 1
	return &v
}

// restatedAct reports nouns that restate an act a relative clause comments
// on: ", an escalation that Caracas denounced", ", an attack Qatar
// condemned", ", a charge Israel rejected" ([antecedent acts] and
// [charge nouns] of data/words.txt).
func (v *vocab) restatedAct(w string) bool {
	return v.antecedentActs[w] || v.chargeNouns[w]
}

// antecedentAct gives a comment, rejection or denial told in a clause on
// the main clause's act (", an escalation that Caracas denounced as …")
// the main clause's subject as target (gold: VEN 111 USAMIL), as
// farTarget does for ", a move Hamas condemned".
func (c *Coder) antecedentAct(st *sentence, h *verbHit) {
	if len(h.target) != 0 || len(h.source) != 1 || h.p.Noun || h.passive {
		return
	}
	if r := cameo.Root(h.code); r != "11" && r != "12" && !h.p.has(flagDeny) {
		return
	}
	toks := st.toks
	k := h.source[0].Start - 1
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	for k >= 2 && toks[k].Tag == "JJ" {
		k-- // "a fresh escalation"
	}
	if k < 2 || !st.words.restatedAct(toks[k].Lower) {
		return
	}
	j := k - 1
	for j >= 1 && toks[j].Tag == "JJ" {
		j--
	}
	if d := toks[j].Lower; d != "a" && d != "an" && d != "the" || j < 1 || toks[j-1].Text != "," {
		return
	}
	for v := 0; v < j-1; v++ {
		if finite(toks[v].Tag) && !isAux(toks[v]) && st.at[v] < 0 {
			if s := c.subject(st, v); len(s) > 0 && s[0].Code != h.source[0].Code && s[0].Country != "" {
				h.target = s[:1]
			}
			return
		}
	}
}

// vetoedBody gives a veto or block (129) of a body's act ("blocked an EU
// statement on Hong Kong", "blocking a new round of EU sanctions against
// Moscow") that body as target, not the topic or target of the act
// blocked (gold: HUN 129 IGOEUREEC).
func vetoedBody(st *sentence, h *verbHit) {
	if h.code != "129" {
		return
	}
	toks := st.toks
	for k := h.head + 1; k+1 < len(toks) && k < h.end+6; k++ {
		if st.isDate[k] {
			continue
		}
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "on" || toks[k].Lower == "against" {
			return
		}
		m := st.at[k]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		if !strings.HasPrefix(mt.Code, "IGO") || mt.End >= len(toks) {
			return
		}
		if st.words.vetoedMeasures[strings.TrimSuffix(toks[mt.End].Lower, "s")] {
			if len(h.target) == 0 || h.target[0].Start > mt.Start {
				mt.Modifier, mt.Possessive = false, false
				h.target = []actors.Mention{mt}
			}
		}
		return
	}
}

// complaintAgainst gives an official complaint (114) filed with a body
// "against" a state the state as target, not the body it was filed with:
// "filed a complaint with the UN Security Council against Israel's
// violations of the ceasefire" (LBN 114 ISR).
func complaintAgainst(st *sentence, h *verbHit) {
	if h.code != "114" || len(h.target) != 1 || h.target[0].Start < 1 || st.toks[h.target[0].Start-1].Lower != "with" && !(h.target[0].Start >= 2 && st.toks[h.target[0].Start-2].Lower == "with") {
		return
	}
	toks := st.toks
	k := clauseWord(toks, h.target[0].End, h.target[0].End+5, "against")
	if k < 0 {
		return
	}
	j := k + 1
	for j < len(toks) && j < k+3 && st.at[j] < 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j++
	}
	if j >= len(toks) || st.at[j] < 0 {
		return
	}
	mt := st.ments[st.at[j]]
	if mt.Country != "" {
		mt.Possessive, mt.Modifier = false, false
		if mt.Code == mt.Country || len(mt.Sectors) == 0 {
			mt.Code = mt.Country
		}
		h.target = []actors.Mention{mt}
	}
}
