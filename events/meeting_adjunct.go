package events

import (
	"github.com/dyad-events/dyad/actors"
)

// meetingAdjunct returns the two parties of a meeting h named in a phrase
// after a comma that places the sentence's act ("agreed on Monday to
// reopen the border, at a meeting in Nairobi", "told his Kenyan
// counterpart that …, at their first meeting since the war"): the two who
// act in the main clause meet each other. They are the two actors of the
// subject of the sentence's first finite verb, or its one actor and the
// actor right after the verb when that verb is "told" (the one told).
// Nil when h is no "meeting" after ", at" or ", during" with at most a
// determiner and adjectives between, or the main clause has no such two
// parties.
func (c *Coder) meetingAdjunct(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if toks[h.head].Lower != "meeting" {
		return nil
	}
	j := h.head - 1
	for n := 0; j >= 0 && n < 3 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ" || ordinalWord(toks[j].Lower)); n++ {
		j--
	}
	if j < 1 || j == h.head-1 || toks[j].Lower != "at" && toks[j].Lower != "during" || toks[j-1].Text != "," {
		return nil
	}
	v := 0
	for v < j && (st.at[v] >= 0 || !finite(toks[v].Tag)) {
		v++
	}
	if v >= j {
		return nil
	}
	var pair []actors.Mention
	src := c.subject(st, v)
	switch {
	case len(src) == 2:
		pair = src
	case len(src) == 1 && toks[v].Lemma == "tell":
		o := v + 1
		if o+1 < len(toks) && (toks[o].Tag == "PRP$" || toks[o].Tag == "DT") && st.at[o] < 0 {
			o++ // "told his Tanzanian counterpart"
		}
		if o < len(toks) && st.at[o] >= 0 {
			pair = []actors.Mention{src[0], st.ments[st.at[o]]}
		}
	}
	if len(pair) != 2 || pair[0].Code == pair[1].Code || pair[0].Modifier || pair[1].Modifier || pair[0].Place || pair[1].Place {
		return nil
	}
	return pair
}
