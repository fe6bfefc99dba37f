package events

// The reason for a praise or a reproach, told as a gerund in its "for"
// phrase: "Belarus criticised Lithuania on Tuesday for hosting a
// congress of exiled opposition groups", "Kuwait's emir praised Oman for
// quietly hosting contacts between Yemen's warring sides", "criticised
// Iran for barring several inspectors". The reaction is the event (111,
// 051); the act it answers is its reason, a cause phrase that CODING.md
// does not code ("background nominals in time or cause phrases"), and
// the open gold codes the reaction alone in eleven such lines of twelve
// (W11240, W46047, W50045, d3c070, d6s013, d7s003, d8a027 …). An
// accusation's "for" ("blamed Nepalese troops for bringing cholera") is
// an accusation, with its alleged act: blaming is not a reaction verb
// here. A reason that reduces relations (16x: tariffs, sanctions,
// embargoes) stays coded, as the open gold codes "criticised China for
// imposing tariffs on Australian barley" CHN 163 AUS (ev0240) and as
// "Conventions fixed here" codes tariffs and bans wherever they are told,
// in an if-clause too.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
)

// reasonGerund reports a gerund hit whose "for" phrase (the gerund right
// after "for" and adverbs, or a second gerund joined to such a one by
// "and" or "or") belongs to a verb of [reason reactions] in its clause.
func reasonGerund(st *sentence, h *verbHit) bool {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || cameo.Root(h.code) == "16" {
		return false
	}
	f := reasonFor(toks, h.head)
	if f < 0 {
		return false
	}
	// the reaction verb before "for": its object and a date between
	// ("criticised Lithuania on Tuesday for"), no other verb or clause break
	for k := f - 1; k >= 0 && k >= f-12; k-- {
		t := toks[k]
		switch t.Text {
		case ";", ".", ":", "(", ")":
			return false
		}
		if t.Lower == "for" || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" {
			return false
		}
		if strings.HasPrefix(t.Tag, "VB") {
			return st.words.reasonReactions[t.Lemma] && !isAux(t)
		}
	}
	return false
}

// reasonFor returns the "for" whose gerund is the one at i ("for hosting",
// "for quietly hosting", "for extending its ban … and postponing
// elections"), else -1.
func reasonFor(toks []dyad.Token, i int) int {
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 0 {
		return -1
	}
	if toks[j].Lower == "for" {
		return j
	}
	if toks[j].Lower != "and" && toks[j].Lower != "or" {
		return -1
	}
	// a second gerund: the first one, after "for", earlier in the phrase
	for k := j - 1; k >= 1 && k >= j-12; k-- {
		switch {
		case toks[k].Text == ";" || toks[k].Text == "." || toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP":
			return -1
		case toks[k].Tag == "VBG":
			return reasonFor(toks, k)
		}
	}
	return -1
}
