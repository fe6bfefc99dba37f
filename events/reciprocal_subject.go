package events

// A reciprocal subject ("the two", "both sides", "the two leaders") names
// the two parties of the sentence's earlier act (twoParties,
// sources_structure.go); what they then do together is done by each to
// the other, whatever the verb: "Azerbaijan's president hosted his
// Georgian counterpart, and the two inaugurated a gas pipeline that will
// carry Azerbaijani gas to Georgia" is AZEGOV 061 GEOGOV and GEOGOV 061
// AZEGOV (W46053, kept by the gold review as a mutual act, CODING.md
// Events: mutual verbs). An adjective of one party's own country in the
// object ("Azerbaijani gas") is a thing of theirs, no third party (the
// rule on countries named as objects).

import "github.com/dyad-events/dyad/actors"

// reciprocalSubject reports a hit whose two sources are the pair a
// reciprocal subject right before its verb refers to: "the two", "both
// sides", "the two leaders" ending at the last word before the verb
// (past dates, adverbs, modals and auxiliaries: "and the two on Tuesday
// inaugurated", "both sides will sign"), whose parties are srcs.
func (c *Coder) reciprocalSubject(st *sentence, h *verbHit, srcs []actors.Mention) bool {
	if len(srcs) != 2 || h.p.Noun {
		return false
	}
	toks := st.toks
	i := h.head
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
		j--
	}
	if j < 1 {
		return false
	}
	pair := c.twoParties(st, i, j)
	if len(pair) != 2 {
		return false
	}
	return pair[0].Code == srcs[0].Code && pair[1].Code == srcs[1].Code ||
		pair[0].Code == srcs[1].Code && pair[1].Code == srcs[0].Code
}

// ownCountryOnly reports targets that all belong to the country of one of
// the two sources ("Azerbaijani gas" after Azerbaijan's and Georgia's
// presidents); a third country's ("condemned Russian strikes") is a
// party of its own.
func ownCountryOnly(srcs, tgts []actors.Mention) bool {
	for _, t := range tgts {
		if t.Country == "" || t.Country != srcs[0].Country && t.Country != srcs[1].Country {
			return false
		}
	}
	return true
}
