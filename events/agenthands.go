package events

// "At the hands of X" names the doer of a harm, as a by-agent does: "whose
// murder at the hands of gunmen", "died at the hands of the
// security forces", "was tortured at the hands of police". The sentence's
// tokens read it as an agent phrase: the words "at the hands" as adverbs
// (which the agent rules step over) and "of" as "by", so that the rules
// of by-agents (nounSource, byAgent) apply unchanged. The words'
// text and offsets stay as written. A nominal act after a relative
// "whose" targets the actor the relative refers to (whoseTarget).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// handsAgent returns toks with each "at the hands of" read as an agent
// phrase (see above): a copy when one is found, toks itself otherwise.
func handsAgent(toks []dyad.Token) []dyad.Token {
	out := toks
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].Lower != "at" || toks[k+2].Lower != "hands" || toks[k+3].Lower != "of" {
			continue
		}
		if w := toks[k+1].Lower; w != "the" && w != "their" && w != "its" {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]dyad.Token(nil), toks...)
		}
		for j := k; j < k+3; j++ {
			out[j].Tag = "RB"
		}
		out[k+3].Lower, out[k+3].Lemma, out[k+3].Tag = "by", "by", "IN"
	}
	return out
}

// whoseTarget returns the actor a relative "whose" before the nominal act
// of h refers to, as its target: "the former governor, whose murder at
// the hands of bandits …" is the bandits' killing of the governor. Only
// adjectives may stand between "whose" and the act ("whose brutal
// killing"); the actor ends right before "whose" or its comma. nil when
// the shape differs or the actor is a place.
func whoseTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	k := h.head - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB") {
		k--
	}
	if k < 1 || toks[k].Lower != "whose" {
		return nil
	}
	k--
	if toks[k].Text == "," {
		k--
	}
	if k < 0 || st.at[k] < 0 {
		return nil
	}
	m := st.ments[st.at[k]]
	if m.End != k+1 || m.Place || m.Modifier {
		return nil
	}
	return []actors.Mention{m}
}

// byPhraseAt reports an agent phrase starting at toks[k]: "by", or "at
// the hands of" as handsAgent reads it.
func byPhraseAt(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	return toks[k].Lower == "by" || toks[k].Lower == "at" && k+3 < len(toks) && toks[k+3].Lower == "by" && toks[k+3].Text != "by" && toks[k+3].Text != "By"
}
