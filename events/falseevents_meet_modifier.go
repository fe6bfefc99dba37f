package events

import "strings"

// modifierMention reports an actor mention starting at token k that only
// modifies the noun after it: a nationality adjective ("Russian
// labelling rules") or a name before a lower-case noun ("EU budget
// targets", "IMF loan conditions"), no possessive. What "meet" then
// takes is that noun, whose idiom (idiom in falseevents.go, [meet idiom
// objects] in words.txt: rules, targets, criteria, conditions) holds
// as it does with no name before it: "failed to meet new Russian
// labelling rules" meets no one.
func modifierMention(st *sentence, k int) bool {
	m := st.ments[st.at[k]]
	if m.Start != k || m.Possessive {
		return false
	}
	if m.Modifier {
		return true
	}
	e := m.End
	return e < len(st.toks) && (st.toks[e].Tag == "NN" || st.toks[e].Tag == "NNS") && startsLowerASCII(st.toks[e].Text) && !strings.HasSuffix(st.toks[e].Lower, "'s")
}
