package events

// A verb of praise or thanks wrapped alone in quotation marks is said in
// irony, no praise: "Trump ‘congratulates’ China in dig at Supreme Court
// ruling" tells a jibe at the court, no congratulation (051). The marks
// must open right before the verb and close right after it, so that a
// quotation of the speaker's own words ("‘We congratulate China,’ Trump
// said", "Trump said he ‘congratulates China’") stays coded. Conflictual
// verbs in scare quotes ("Russia ‘liberated’ the town") tell an act the
// writer doubts the name of, not its happening, and stay; so does a
// quoted "welcomed" or "praised", which quotes the speaker's own word
// ("Bennett “welcomed” Likud's call" is a welcome). The verbs are the
// lemmas of [ironic praise] in data/words.txt.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// scareQuotedPraise reports a hit of verbal cooperation (roots 01 to 05)
// whose head, a verb of [ironic praise], is the only word between an
// opening and a closing quotation mark.
func scareQuotedPraise(st *sentence, h *verbHit) bool {
	toks := st.toks
	switch cameo.Root(h.code) {
	case "01", "02", "03", "04", "05":
	default:
		return false
	}
	i := h.head
	if h.p.Noun || i == 0 || i+1 >= len(toks) || !isVerbTok(toks[i]) || !st.words.ironicPraise[toks[i].Lemma] {
		return false
	}
	return openQuote(toks[i-1].Text) && closeQuote(toks[i+1].Text)
}

// isVerbTok reports a token tagged as a verb.
func isVerbTok(t dyad.Token) bool { return len(t.Tag) >= 2 && t.Tag[:2] == "VB" }
