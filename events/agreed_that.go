package events

// Plans two parties agree on. "Mexico and Guatemala agreed on Tuesday
// that their armies would patrol the common border together" and
// "Poland and the United States agreed on Thursday that Poland would
// host ten U.S. missile interceptors" are one plan agreed by both, coded
// both ways as the gold sets code it (dev60-wire W60039 MEX 0312 GTM and
// back; dev55-wire W55014 POL 0312 USA and back), as "they would patrol"
// already was: the planned act of the clause after "agreed that" whose
// parties are only the two agreeing states is made mutual between them.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// agreedThatPair makes h mutual between the two parties of "A and B
// agreed [date words] that …" when h is the planned act (status future)
// of that clause, h is cooperation of both (agreedCooperation) with no
// civilian or other non-state target ("50 Pakistani fishermen"), h names one source and every actor of h (its source,
// its target if any) is of A's or B's state, and A and B are two states
// (or their governments) of different countries. A mutual act the clause
// gives one source and no partner ("their armies would patrol … together")
// is made so too; one naming its partner is left as it is. It reports
// whether it did.
func (c *Coder) agreedThatPair(st *sentence, h *verbHit) bool {
	if h.status != dyad.Future || len(h.source) != 1 || len(h.target) > 1 || h.p.has(flagMutual) && len(h.target) > 0 {
		return false
	}
	if !agreedCooperation(h) || len(h.target) == 1 && civil(h.target[0]) {
		return false // "that Israel would withdraw its troops", "that India would release 50 Pakistani fishermen"
	}
	a := agreedThatHead(st.toks, h.head)
	if a < 1 || st.at[a-1] < 0 || st.ments[st.at[a-1]].End != a {
		return false
	}
	g := c.group(st, st.at[a-1])
	if len(g) != 2 {
		return false
	}
	for _, m := range g {
		if m.Country == "" || m.Place || m.Modifier || m.Person || len(m.Sectors) > 0 && !hasSector(m, "GOV") {
			return false
		}
	}
	if g[0].Country == g[1].Country {
		return false
	}
	of := func(m actors.Mention) bool { return m.Country == g[0].Country || m.Country == g[1].Country }
	if !of(h.source[0]) || len(h.target) == 1 && (!of(h.target[0]) || h.target[0].Country == h.source[0].Country) {
		return false
	}
	h.source = []actors.Mention{g[0], g[1]}
	h.target = nil
	h.p = h.p.with(flagMutual | flagAgreed)
	return true
}

// agreedCooperation reports h as cooperation that is one act of both
// parties, as the gold codes it both ways: military cooperation (0312),
// a meeting, talks or a visit hosted (036) and military cooperation
// carried out (062); economic cooperation (0311) and a mutual act of
// verbs.txt rooted 03 to 06 only when the clause names no partner ("would
// patrol the shared frontier together"). A directed act (withdrawing
// troops 0356, releasing captives 0353, investigating 093, supplying a
// named partner 0311) is the doer's alone.
func agreedCooperation(h *verbHit) bool {
	switch h.code {
	case "0312", "036", "062":
		return true
	}
	if len(h.target) > 0 || len(h.code) < 2 {
		return false
	}
	if h.code == "0311" {
		return true
	}
	switch h.code[:2] {
	case "03", "04", "05", "06":
		return h.p.has(flagMutual)
	}
	return false
}

// agreedThatHead returns the token of "agreed" (any form of "agree")
// whose "that" clause holds the verb at head: "agreed that", "agreed on
// Tuesday that", with no comma, semicolon or other finite verb but a
// modal between "that" and head; -1 when there is none.
func agreedThatHead(toks []dyad.Token, head int) int {
	for k := head - 1; k >= 1 && k >= head-8; k-- {
		t := toks[k]
		switch {
		case t.Text == "," || t.Text == ";" || t.Lower == "and" || t.Lower == "or":
			return -1
		case t.Lower == "that":
			for a := k - 1; a >= 0 && a >= k-4; a-- {
				if toks[a].Lemma == "agree" && (toks[a].Tag == "VBD" || toks[a].Tag == "VBZ" || toks[a].Tag == "VBP" || toks[a].Tag == "VBN") {
					return a
				}
				switch w := toks[a]; {
				case w.Lower == "on" || w.Lower == "in" || w.Lower == "last" || w.Tag == "NNP" || w.Tag == "CD":
				default:
					return -1
				}
			}
			return -1
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
			return -1
		}
	}
	return -1
}
