package events

import "github.com/dyad-events/dyad"

// quotedHostage reports a hostage-taking hit (181) whose words stand
// wrapped in quotation marks of their own, the quote opening right before
// the verb and closing right after the last matched word: a phrase
// quoted as a figure or a custom, no abduction ("oddities such as an MP
// ‘taken hostage’" at the state opening of Parliament, "felt 'held
// hostage' by the talks"). A hostage-taking told in the sentence's own
// words stays: "gunmen took 12 workers hostage".
func quotedHostage(toks []dyad.Token, h *verbHit) bool {
	if h.code != "181" || h.head == 0 || h.end >= len(toks) || h.end-h.head > 4 {
		return false
	}
	return openQuote(toks[h.head-1].Text) && closeQuote(toks[h.end].Text)
}

// openQuote reports a token that opens a quotation.
func openQuote(s string) bool {
	switch s {
	case "\"", "“", "'", "‘", "``":
		return true
	}
	return false
}

// closeQuote reports a token that closes a quotation.
func closeQuote(s string) bool {
	switch s {
	case "\"", "”", "'", "’", "''":
		return true
	}
	return false
}
