package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// toldTarget returns the party told of the teller's own act in the
// complement clause of "tell", "assure", "promise" or "inform": "Germany
// told Ukraine on Monday it would send more air defence systems" (DEU
// 0332 UKR), "Iraq assured the United Nations that it would allow
// inspectors to return" (IRQ 0355 IGOUNO). The one told must stand right
// after the verb (a date and "that" may follow it), and the clause's
// subject (a pronoun or a name) must be the teller's side. An audience is
// no target: a forum, court or parliament told (forumWord), a news outlet
// (MED), a party of the teller's own country, a place. Nil when the
// clause is not so told, or h is a noun, a passive or has no source.
func (c *Coder) toldTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if h.p == nil || h.p.Noun || h.passive || len(h.source) == 0 {
		return nil
	}
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Lemma == "be" || toks[k].Lemma == "have") {
		k-- // "it would soon begin", "it was ending"
	}
	if k < 0 {
		return nil
	}
	switch {
	case toks[k].Tag == "PRP" && st.at[k] < 0 || st.at[k] >= 0 && st.ments[st.at[k]].Person && toks[k].Tag == "PRP":
		k--
	case st.at[k] >= 0:
		k = st.ments[st.at[k]].Start - 1
		if k >= 0 && (toks[k].Tag == "PRP$" || toks[k].Lower == "the") {
			k-- // "its navy would", "the army would"
		}
	case toks[k].Tag == "PRP":
		k--
	default:
		return nil
	}
	if k >= 0 && toks[k].Lower == "that" {
		k--
	}
	for k >= 0 && st.isDate[k] {
		k-- // "told Ukraine on Monday"
	}
	if k < 1 || st.at[k] < 0 {
		return nil
	}
	y := st.ments[st.at[k]]
	v := y.Start - 1
	if v >= 0 && (toks[v].Lower == "the" || toks[v].Tag == "PRP$") {
		v-- // "told the United Nations", "told his Chinese counterpart"
	}
	if v < 1 {
		return nil
	}
	switch toks[v].Lower {
	case "told", "tells", "assured", "assures", "promised", "promises", "informed", "informs":
		// (by form: the tagger may read "assured" as a noun)
	default:
		return nil
	}
	if y.Place || y.Modifier || hasSector(y, "MED") || y.Code == h.source[0].Code || y.Country != "" && y.Country == h.source[0].Country {
		return nil
	}
	for j := y.Start; j < y.End && j < len(toks); j++ {
		if forumWord(toks[j].Lower) {
			return nil
		}
	}
	teller := c.subject(st, v)
	if len(teller) == 0 || !sameSide(teller[0], h.source[0]) && teller[0].Country != h.source[0].Country {
		return nil
	}
	y.Place = false
	return []actors.Mention{y}
}

// forumWord reports a word naming a forum told something rather than a
// party dealt with: "told the U.N. General Assembly", "told the Human
// Rights Council", "told parliament".
func forumWord(w string) bool {
	switch strings.ToLower(w) {
	case "assembly", "council", "parliament", "congress", "court", "tribunal", "conference", "summit", "forum", "committee", "hearing", "senate":
		return true
	}
	return false
}
