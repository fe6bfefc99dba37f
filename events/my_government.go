package events

// "My Government" in a speech from the throne ("'My Government will seek
// to reset the relationship with European partners", the King's Speech;
// "my Government will host the European Political Community meeting") is
// the speaker's own state's government: the state the story is about,
// not the state the speech named last ("support to Ukraine", "a viable
// Palestinian state"). The capital G marks the formula; a lower-case "my
// government" keeps the other rules (a quoted leader's own).

import "github.com/dyad-events/dyad"

// myGovernment reports a mention whose last word is "Government",
// capitalised, right after "my" or "My".
func myGovernment(toks []dyad.Token, start, end int) bool {
	if end < 2 || end > len(toks) || toks[end-1].Text != "Government" {
		return false
	}
	for k := end - 2; k >= 0 && k >= start-1; k-- {
		if toks[k].Lower == "my" {
			return true
		}
	}
	return false
}

// speakerGovernment resolves "My Government" to the story's focus, the
// country it has named most, and settles it there (no later rule takes
// the state named last instead).
func (u *unknownAgent) speakerGovernment() agentVerdict {
	if u.country != "" || !myGovernment(u.st.toks, u.m.Start, u.m.End) {
		return agentNext
	}
	if u.country = u.ctx.focus(); u.country == "" {
		return agentNext
	}
	u.storyLevel = true
	return u.settle()
}
