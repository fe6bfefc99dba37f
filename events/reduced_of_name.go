package events

// A reduced relative on a name inside an "of" phrase: "France handed over
// to Spain a suspected member of ETA arrested in the Pyrenees", "a
// commander of the Paraguayan People's Army arrested in Mato Grosso". The
// participle's noun phrase is the object of the clause's own verb, its
// name only the group the person belongs to, so the arrest is a passive
// whose agent the sentence does not name, not the group's act.

import "strings"

// ofNameObject reports a past participle at i right after a proper name
// (one to five tokens of names, adjectives, determiners and possessive
// "'s") that an "of" opens: "member of ETA arrested", "commander of the
// Paraguayan People's Army arrested". reducedRelative then asks for the
// clause's own finite verb before it, as for a past form after a common
// noun, so "Members of ETA attacked on Monday a police barracks" keeps
// its subject.
func ofNameObject(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || toks[i-1].Tag != "NNP" && toks[i-1].Tag != "NNPS" {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		switch toks[k].Tag {
		case "NNP", "NNPS", "POS", "DT", "JJ":
			if toks[k-1].Lower == "of" {
				return strings.HasPrefix(toks[k-2].Tag, "NN")
			}
		default:
			return false
		}
	}
	return false
}
