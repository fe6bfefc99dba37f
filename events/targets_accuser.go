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
// An accuser of the denier's own state, a denial with a target already,
// and a statement that reports the denial itself ("Iran denied it, U.S.
// officials said") give nothing.

import (
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
			if other(s) {
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
}

// accusation reports a hit that accuses (112, or an accusing pattern of
// root 11).
func accusation(h *verbHit) bool {
	return h.code == "112" || h.p.has(flagAccuse) && cameo.Root(h.code) == "11"
}
