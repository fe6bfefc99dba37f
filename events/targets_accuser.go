package events

// The accuser a denial answers when the denial names none (CODING.md: a
// denial by Y is Y 016 X, one per accuser). The object scan finds no
// target in "denied that …" or "rejected the claims", but the sentence
// names the accuser elsewhere, in one of three places:
//
//   - an accusation of the same sentence aimed at the denier's state by
//     another ("denied on Friday that it had used chlorine gas, after the
//     United States accused it of new attacks" SYRGOV 016 USA; "dismissed
//     a report by Amnesty International accusing its forces of ethnic
//     cleansing" ETHGOV 016 NGOHRIAMN);
//   - a statement by another state or body in a clause opened by "after"
//     that follows the denial ("denied that the government had agreed to
//     supply weapons, after the U.S. ambassador said arms were loaded"
//     ZAFPTY 016 USAGOV);
//   - the denier's own counter-accusation in the same sentence ("rejected
//     the claims as groundless and accused the United States of hacking"
//     CHNGOV 016 USA; "denied …, accusing Ethiopia of threatening …"):
//     the one the denier turns on is whose charge it answers.
//
// An accusation by another organ of the denier's own state that accuses
// the denier itself counts too ("Mali's defence minister blamed the police
// for the jailbreak, and the police denied it" MLICOP 016 MLIGOV), and so
// does a statement told before the denial's clause coordinated by "and"
// that names the denier's state ("Accra said agents of Togo were behind
// the unrest, and Lome denied any role" TGO 016 GHAGOV; namingSpeaker;
// two such statements give nothing), or told before a ", which" relative
// clause holding the denial, where the speaker may be another organ of the
// denier's own state ("Sri Lanka's army said rebels had fired on
// civilians, which the Tamil Tigers denied" LKAREB 016 LKAMIL).
//
// Another accuser of the denier's own state, a denial with a target already,
// and a statement that reports the denial itself ("Iran denied it, U.S.
// officials said") give nothing.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// deniedAccuser sets the target of the denial hits[k] that has none to the
// accuser the sentence names (see the file comment); it leaves h alone
// when the sentence names none.
func (c *Coder) deniedAccuser(st *sentence, hits []verbHit, live []bool, k int) {
	h := &hits[k]
	if h.code != "016" || len(h.target) != 0 || len(h.source) == 0 {
		return
	}
	own := h.source[0].Country
	if own == "" {
		return
	}
	other := func(m actors.Mention) bool {
		return m.Code != "" && !m.Place && !m.Modifier && m.Country != own && !m.Unresolved
	}
	// an accusation aimed at the denier's state by another
	for j := range hits {
		a := &hits[j]
		if j == k || !live[j] || !accusation(a) || len(a.source) == 0 || len(a.target) == 0 || a.target[0].Country != own {
			continue
		}
		var by []actors.Mention
		for _, s := range a.source {
			if other(s) || a.head < h.head && domesticAccuser(h, a, s) {
				by = append(by, s)
			}
		}
		if len(by) > 0 {
			h.target = by
			return
		}
	}
	toks := st.toks
	// a statement by another in a following "after" clause
	for _, sp := range st.speakers {
		if sp.head <= h.end || len(sp.subj) == 0 || !other(sp.subj[0]) {
			continue
		}
		s := sp.subj[0]
		after := false
		for j := s.Start - 1; j >= h.end && j >= s.Start-3; j-- {
			if toks[j].Lower == "after" {
				after = true
				break
			}
			if toks[j].Tag != "DT" && toks[j].Text != "," {
				break
			}
		}
		if after && !clauseBreakBetween(toks, h.end, s.Start) {
			h.target = []actors.Mention{s}
			return
		}
	}
	// the denier's own counter-accusation
	for j := range hits {
		a := &hits[j]
		if j == k || !live[j] || !accusation(a) || len(a.source) == 0 || len(a.target) == 0 {
			continue
		}
		if a.source[0].Start != h.source[0].Start || a.head < h.head || toks[a.head].Tag != "VBD" && toks[a.head].Tag != "VBG" {
			continue
		}
		if t := a.target[0]; other(t) && (t.Kind == actors.KindCountry || t.Kind == actors.KindCapital || t.Kind == actors.KindOrg || t.Code != t.Country) {
			h.target = []actors.Mention{t}
			return
		}
	}
	// a statement before the denial's coordinated clause that names the
	// denier's state: "Accra said agents of Togo were behind the unrest,
	// and Lome denied any role" (TGO 016 GHA)
	if s := c.namingSpeaker(st, h, other); s != nil {
		h.target = []actors.Mention{*s}
	}
}

// domesticAccuser reports an accuser s of the accusation a that is of the
// denier's own state but another organ, when a accuses the denier itself:
// "Bolivia's president accused army officers of plotting a coup, and the
// army rejected the accusation" (BOLMIL 016 BOLGOV); "Mali's defence
// minister blamed the police for the jailbreak, and the police denied it"
// (MLICOP 016 MLIGOV).
func domesticAccuser(h, a *verbHit, s actors.Mention) bool {
	d := h.source[0]
	return s.Code != "" && !s.Place && !s.Modifier && !s.Unresolved && s.Country == d.Country &&
		s.Code != d.Code && a.target[0].Code == d.Code && len(s.Code) > 3
}

// namingSpeaker returns the speaker of a verb of saying before the
// denial h whose report names the denier's state, when h is told in a
// clause coordinated by "and" after it ("Armenia's prime minister said
// soldiers from Azerbaijan had shelled a village, and Baku denied the
// claim" AZE 016 ARMGOV) or in a ", which" relative clause after it (where
// another organ of the denier's own state counts as speaker too), or nil.
func (c *Coder) namingSpeaker(st *sentence, h *verbHit, other func(actors.Mention) bool) *actors.Mention {
	toks := st.toks
	d := h.source[0]
	if d.Start >= h.head {
		return nil
	}
	cut := coordinatedAt(toks, d.Start, h.head)
	which := false
	if cut < 0 {
		cut = whichRelativeAt(toks, d.Start, h.head)
		which = true
	}
	if cut < 0 {
		return nil
	}
	var best *actors.Mention
	for _, sp := range st.speakers {
		if sp.head >= cut || len(sp.subj) == 0 || toks[sp.head].Lemma != "say" {
			continue
		}
		if s := sp.subj[0]; !other(s) && !(which && domesticSpeaker(s, d)) {
			continue
		}
		named := false
		for k := sp.head + 1; k < cut; k++ {
			if mi := st.at[k]; mi >= 0 && st.ments[mi].Country == d.Country && st.ments[mi].Code != sp.subj[0].Code {
				named = true
			}
		}
		if !named {
			continue
		}
		if best != nil {
			return nil // two reports: whose claim is denied is unclear
		}
		s := sp.subj[0]
		best = &s
	}
	return best
}

// whichRelativeAt returns where ", which" opens the relative clause whose
// subject starts at start and whose verb is at i ("…, which the Tamil
// Tigers denied"), the index of the comma, or -1.
func whichRelativeAt(toks []dyad.Token, start, i int) int {
	if start < 3 || i-start > 6 {
		return -1
	}
	if toks[start-1].Lower == "the" {
		start--
	}
	if toks[start-1].Lower != "which" || toks[start-2].Text != "," {
		return -1
	}
	return start - 2
}

// domesticSpeaker reports a speaker s of the denier d's own state that is
// another organ of it ("Sri Lanka's army said rebels had fired on
// civilians, which the Tamil Tigers denied" LKAREB 016 LKAMIL).
func domesticSpeaker(s, d actors.Mention) bool {
	return s.Code != "" && !s.Place && !s.Modifier && !s.Unresolved && s.Country == d.Country &&
		s.Code != d.Code && len(s.Code) > 3
}

// accusation reports a hit that accuses (112, or an accusing pattern of
// root 11).
func accusation(h *verbHit) bool {
	return h.code == "112" || h.p.has(flagAccuse) && cameo.Root(h.code) == "11"
}
