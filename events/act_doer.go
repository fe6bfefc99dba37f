package events

// The doer of a launch or test the story told without coding it as a
// show of force ("North Korea launches 'satellite'", "Iran said it had
// tested a new rocket engine"): the subject right before a verb of [act
// doer verbs] (words.txt). A later condemnation naming the act ("The
// United States and Japan condemned the launch") is aimed at that doer
// when the story coded no use or show of force before (refine.go), where
// it had no target.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// actDoer returns a copy of the last actor of the sentence (a state or
// body with a country, no place, no modifier) whose verb, right after it
// or after adverbs and auxiliaries ("has successfully launched"), is one
// of [act doer verbs]; nil when there is none.
func actDoer(st *sentence) *actors.Mention {
	toks := st.toks
	var doer *actors.Mention
	for k := range st.ments {
		m := st.ments[k]
		if m.Modifier || m.Place || m.Unresolved || m.Country == "" {
			continue
		}
		j := m.End
		for j < len(toks) && j < m.End+3 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || haveForm(toks[j].Lower)) {
			j++
		}
		if j < len(toks) && st.words.actDoerVerbs[toks[j].Lower] {
			cp := m
			doer = &cp
		}
	}
	return doer
}

// haveForm reports a form of "have", the perfect's auxiliary.
func haveForm(w string) bool {
	return w == "has" || w == "have" || w == "had"
}

// launchNamed reports a condemnation h whose act noun, after its words,
// within them or before them (namesAct, actInSpan, actBefore), is a
// launch or a test: the acts whose doer actDoer remembers.
func launchNamed(toks []dyad.Token, h *verbHit) bool {
	k := namesAct(toks, h.end)
	if k < 0 {
		k = actInSpan(toks, h)
	}
	if k < 0 {
		k = actBefore(toks, h)
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "launch", "launches", "test", "tests":
		return true
	}
	return false
}
