package events

// An expression of optimism or pessimism (012, 013) is about the party
// its content names: the subject of its "that" clause or the partner
// after "with" in it. The object scan stops at "that", so without this
// rule every such outlook had no target:
//
//	"said he was confident that Tehran would accept the proposal"        TURGOV 013 IRN
//	"voiced hope that a summit with Japan next week would end the row"    KORGOV 013 JPN
//	"was optimistic that a dispute with Belarus would be resolved"       LTUGOV 013 BLR
//	"was confident that Baghdad and Washington would reach a deal"       IRQGOV 013 USA (its own capital is no party)
//
// Only when exactly one other party is named: the content naming two
// ("that Israel and Hamas would agree") or only the speaker's own side
// ("that talks with the government would end the unrest", "the
// country's war crimes court") leaves the target null, and so does a
// place ("a ceasefire in Ukraine"), as the gold sets code outlooks.

import (
	"github.com/dyad-events/dyad/actors"
)

// outlookTarget gives an outlook hit with no target the one party other
// than the source's own state that its content clause names as the
// complement's subject or after "with".
func (c *Coder) outlookTarget(st *sentence, h *verbHit) {
	if h.code != "012" && h.code != "013" || len(h.target) > 0 || len(h.source) == 0 || h.passive {
		return
	}
	toks := st.toks
	own := h.source[0].Country
	subj := h.end // the complement's subject: past a date, an adverb and "that"
	for subj < len(toks) && (st.isDate[subj] || toks[subj].Tag == "RB") {
		subj++
	}
	if subj < len(toks) && toks[subj].Lower == "that" {
		subj++
	}
	var found []actors.Mention
	seen := map[string]bool{}
	add := func(m actors.Mention) {
		if m.Place || m.Country == own && own != "" {
			return
		}
		key := m.Country
		if key == "" {
			key = m.Code
		}
		if key == "" {
			return
		}
		if !seen[key] {
			found = append(found, m)
		}
		seen[key] = true
	}
	inSubject := true
	for k := h.end; k < len(toks) && k < h.end+24; k++ {
		if outlookClauseEnd(toks[k].Lower) {
			break
		}
		if k >= subj && (toks[k].Tag == "MD" || finite(toks[k].Tag)) {
			inSubject = false
		}
		m := st.at[k]
		if m < 0 || st.ments[m].Start != k {
			continue
		}
		afterWith := k > 0 && toks[k-1].Lower == "with" || k > 1 && toks[k-2].Lower == "with" && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "JJ")
		g := c.group(st, m)
		if inSubject && (k == subj || k == subj+1 && toks[subj].Tag == "DT") && predicateAfter(st, g[len(g)-1].End) || afterWith {
			for _, x := range g {
				add(x)
			}
		}
		k = g[len(g)-1].End - 1
	}
	if len(found) == 1 {
		h.target = found
	}
}

// predicateAfter reports a modal or a finite verb at token k, past a
// date: the phrase before k is the clause's whole subject ("that Tehran
// would accept", not "that a deal on U.S. troop costs would").
func predicateAfter(st *sentence, k int) bool {
	for k < len(st.toks) && st.isDate[k] {
		k++
	}
	return k < len(st.toks) && (st.toks[k].Tag == "MD" || finite(st.toks[k].Tag))
}

// outlookClauseEnd reports a word that ends an outlook's content clause:
// punctuation, a condition, a cause or a time clause.
func outlookClauseEnd(w string) bool {
	switch w {
	case ",", ";", ".", ":", "if", "unless", "because", "while", "as", "after", "before", "but", "since", "until":
		return true
	}
	return false
}
