package events

// A reduced relative on a name inside an "of" phrase: "France handed over
// to Spain a suspected member of ETA arrested in the Pyrenees", "a
// commander of the Paraguayan People's Army arrested in Mato Grosso". The
// participle's noun phrase is the object of the clause's own verb, its
// name only the group the person belongs to, so the arrest is a passive
// whose agent the sentence does not name, not the group's act. A
// partitive opening the sentence, "Of the ETA arrested in France, two
// were extradited", is one too, with no verb of its own before it.

import "strings"

// ofNameObject reports a past participle at i right after a proper name
// (one to five tokens of names, adjectives, determiners and possessive
// "'s") that an "of" opens: "member of ETA arrested", "commander of the
// Paraguayan People's Army arrested". reducedRelative then asks for the
// clause's own finite verb before it, as for a past form after a common
// noun, so "Members of ETA attacked on Monday a police barracks" keeps
// its subject.
func ofNameObject(st *sentence, i int) bool {
	k := ofNameStart(st, i)
	return k >= 1 && strings.HasPrefix(st.toks[k-1].Tag, "NN")
}

// ofNamePartitive reports a past participle at i right after a proper
// name that the sentence's first word "of" opens: "Of the ETA arrested
// in France, two were extradited to Spain". The name is the undergoer of
// a reduced relative, never the participle's subject.
func ofNamePartitive(st *sentence, i int) bool {
	return ofNameStart(st, i) == 0
}

// ofNameStart returns the token of the "of" that opens the proper name
// (one to five tokens of names, adjectives, determiners and possessive
// "'s") right before the past participle at i, or -1 when there is none.
func ofNameStart(st *sentence, i int) int {
	toks := st.toks
	if i < 2 || toks[i-1].Tag != "NNP" && toks[i-1].Tag != "NNPS" {
		return -1
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		switch toks[k].Tag {
		case "NNP", "NNPS", "POS", "DT", "JJ":
			if toks[k-1].Lower == "of" {
				return k - 1
			}
		default:
			return -1
		}
	}
	return -1
}
