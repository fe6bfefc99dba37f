package events

// Reported charges (CODING.md, Accusations): an actor who says another
// did something, when the sentence then calls the saying a charge the
// other denies, has accused it: "China's coast guard said Philippine
// vessels had rammed its ship, a charge Manila denied" is CHNMIL 112 PHL
// (asserted) beside PHL 016 CHNMIL. The appositive's head must be
// "charge" or "accusation" (a claim about one's own deeds, "said its
// forces had taken two villages, a claim Kyiv rejected", accuses nobody),
// the accuser must have said it ("said", "saying", "told", "claimed",
// "insisted"), and the denier must be named in what was said (by its
// code or its country).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// reportedCharge returns the implied accusation behind the denial h whose
// target reactionTarget has just found (the accuser), when h is told as
// ", a charge Y denied" after "X said Y …": a 112 from X to the first of
// h's sources, asserted. ok is false when the sentence has no such
// construction, or an accusation verb of its own (live hits with
// flagAccuse) already codes the charge.
func (c *Coder) reportedCharge(st *sentence, h *verbHit, hits []verbHit, live []bool) (acc verbHit, ok bool) {
	if len(h.target) == 0 || len(h.source) == 0 || !h.p.has(flagDeny) {
		return acc, false
	}
	for a := range hits {
		if live[a] && hits[a].p.has(flagAccuse) {
			return acc, false // "accused Armenia of shelling Ganja, a charge Yerevan denied"
		}
	}
	toks := st.toks
	denier, accuser := h.source[0], h.target[0]
	if denier.Code == accuser.Code {
		return acc, false
	}
	// the appositive's head noun: the word before the denier (past its
	// article and a relative word), then "a"/"an" and a comma before it
	k := denier.Start - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "its") {
		k--
	}
	if k >= 0 && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k--
	}
	if k < 3 {
		return acc, false
	}
	if w := strings.TrimSuffix(toks[k].Lower, "s"); w != "charge" && w != "accusation" {
		return acc, false
	}
	comma := k - 1
	for comma > 0 && toks[comma].Tag == "JJ" {
		comma--
	}
	if comma < 1 || (toks[comma].Lower != "a" && toks[comma].Lower != "an" && toks[comma].Lower != "the") || toks[comma-1].Text != "," {
		return acc, false
	}
	comma--
	// a verb of saying after the accuser, and the denier named after it
	say := -1
	for v := accuser.End; v < comma; v++ {
		if toks[v].Text == ";" {
			return acc, false
		}
		if saysCharge(toks[v]) {
			say = v
			break
		}
	}
	if say < 0 {
		return acc, false
	}
	named := false
	for _, m := range st.ments {
		if m.Start > say && m.End <= comma && (m.Code == denier.Code || denier.Country != "" && m.Country == denier.Country) {
			named = true
			break
		}
	}
	if !named {
		return acc, false
	}
	return verbHit{p: accusePattern, head: h.head, end: h.end, code: "112", status: dyad.Asserted,
		source: []actors.Mention{accuser}, target: []actors.Mention{denier}}, true
}

// saysCharge reports a verb by which an actor tells what another did.
func saysCharge(t dyad.Token) bool {
	if !strings.HasPrefix(t.Tag, "VB") {
		return false
	}
	switch t.Lemma {
	case "say", "tell", "claim", "insist", "state", "allege":
		return true
	}
	return false
}
