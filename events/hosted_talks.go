package events

// Guests hosted together for talks: "Qatar hosted the presidents of Congo
// and Rwanda for talks" is Qatar's 043 with each guest, and the two
// guests' own talks (046 each way), as the gold codes a summit of two
// brought together by a third state. Also who may be a visitor at all
// (visitorKind), which the visit codes of refine.go share.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// visitorKind reports whether m may make a visit (042) or be hosted (043):
// not civilians, refugees, armed groups, unidentified gunmen or criminals
// travelling ("refugees arrived in the UK", "extremists arrived in a
// Turkish town"), unless a group's named leader or delegation ("hosted
// Hamas leader Ismail Haniyeh", "hosted a delegation from Hamas"), and
// not a military or police force deployed ("400 Kenyan police officers
// landed in Haiti"), unless a person.
func visitorKind(st *sentence, m actors.Mention) bool {
	if hasSector(m, "CVL", "REF", "REB", "UAF", "CRM") && !(m.Kind == actors.KindPerson && hasSector(m, "REB", "OPP")) &&
		!(hasSector(m, "REB", "OPP") && (delegationOf(st.toks, m.Start) || delegationWord(st.toks[m.Start].Lower))) {
		return false
	}
	return !(hasSector(m, "MIL", "COP") && !m.Person && m.Kind != actors.KindPerson)
}

// hostedTalks returns the guests' own talks of an asserted 043 of "host"
// with exactly two guests, both of states other than the host's and
// neither of the other's state, when the clause says they came "for"
// talks or negotiations after the guests ("hosted the presidents of
// Congo and Rwanda on Thursday for surprise talks"): a 046 hit whose two
// sources are the guests (mutual: one event each way). One guest
// ("hosted Indonesia's foreign minister for talks": the host's own talks
// with the guest are not coded here) or three or more (a summit) give
// nothing, nor do guests hosted for a dinner or a ceremony.
func (c *Coder) hostedTalks(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if h.code != "043" || h.status != dyad.Asserted || toks[h.head].Lemma != "host" || len(h.source) == 0 || len(h.target) != 2 {
		return verbHit{}, false
	}
	a, b := h.target[0], h.target[1]
	if a.Country == b.Country || a.Country == h.source[0].Country || b.Country == h.source[0].Country ||
		!visitorKind(st, a) || !visitorKind(st, b) {
		return verbHit{}, false
	}
	from := max(a.End, b.End, h.end)
	if !talksPurpose(toks, from, st.words.talkWords) {
		return verbHit{}, false
	}
	return verbHit{p: partiesTalksPattern, head: h.head, end: h.end, code: "046", status: dyad.Asserted,
		source: []actors.Mention{a, b}}, true
}

// talksPurpose reports "for" followed by a word of talk ([talk words]:
// "talks", "negotiations", "consultations", "dialogue") within
// the clause from token k: a time phrase ("on Thursday"), a place ("in
// Doha") and the talks' modifiers ("for surprise talks", "for a new round
// of peace talks", "for three-way talks") may come between; a verb, a
// comma or another preposition's clause ends the search.
func talksPurpose(toks []dyad.Token, k int, talk wordList) bool {
	for i := k; i < len(toks) && i < k+8; i++ {
		w := toks[i]
		if w.Lower == "for" {
			for j := i + 1; j < len(toks) && j <= i+6; j++ {
				if talk[toks[j].Lower] { // (whatever its tag: "for surprise talks that …" tags it VBZ)
					return true
				}
				switch toks[j].Lower {
				case "round", "of", "-":
					continue
				}
				switch t := toks[j].Tag; {
				case t == "DT", t == "NN", t == "NNP", t == "CD", t == "HYPH", strings.HasPrefix(t, "JJ"):
				default:
					return false // "for talks", "for a new round of talks"; not "for dinner"
				}
			}
			return false
		}
		if strings.HasPrefix(w.Tag, "VB") || w.Text == "," || w.Text == ";" {
			return false
		}
	}
	return false
}
