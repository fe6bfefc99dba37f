package events

// Dependants named with a group. "Al-Shabaab members and their families
// withdrew from the town" is the group's act: the families who go with its members
// are not an actor of their own (CODING.md: ordinary people are CVL when
// they act as such), and a source that is only the dependants coordinated
// after the group ("their families", "his relatives") is the group.

import "github.com/dyad-events/dyad/actors"

// dependantsGroup returns the group named before a source that is only
// its dependants ("Hundreds of Al-Shabaab members and their families":
// Al-Shabaab), or src unchanged.
func (c *Coder) dependantsGroup(st *sentence, src []actors.Mention) []actors.Mention {
	if len(src) != 1 {
		return src
	}
	toks := st.toks
	m := src[0]
	if m.End > len(toks) || m.Start < 2 || !dependantNoun(toks[m.End-1].Lower) {
		return src
	}
	j := m.Start
	if !possessivePronoun(toks[j].Lower) {
		j--
		if !possessivePronoun(toks[j].Lower) {
			return src
		}
	}
	if j < 2 || toks[j-1].Lower != "and" {
		return src
	}
	for k := j - 2; k >= 0 && k >= j-5; k-- {
		if n := st.at[k]; n >= 0 && !st.ments[n].Place && !st.ments[n].Unresolved {
			return c.group(st, n)
		}
		if isPunct(toks[k]) {
			break
		}
	}
	return src
}

// dependantNoun reports the nouns of people who go with a group's
// members: "families", "relatives", "wives", "children".
func dependantNoun(w string) bool {
	switch w {
	case "families", "family", "relatives", "wives", "children", "dependants", "dependents":
		return true
	}
	return false
}

// possessivePronoun reports "their", "his", "her", "its".
func possessivePronoun(w string) bool {
	switch w {
	case "their", "his", "her", "its":
		return true
	}
	return false
}
