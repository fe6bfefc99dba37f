package events

// The people an accused act is done to in a place the sentence names are
// that place's, not the accuser's: in "Britain and France accused Syrian
// government forces of massacring more than 90 villagers in Homs" the
// villagers are Syria's (SYRMIL 202 SYRCVL), as they are in the same act
// told without the accusation. Unnamed victims with no state of their own
// take the state of an earlier mention (coref.go), and the accuser, the
// subject of the verb of accusing, is the first one; with no place named
// it stays theirs ("Ukraine accused Russia of deporting children" RUS 174
// UKRREF: a state accuses another of harming its own people).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// accusingLemma reports the verbs whose subject accuses and whose object
// is the accused: "accused", "blamed", "charged" (with), "condemned",
// "denounced" (for).
func accusingLemma(w string) bool {
	switch w {
	case "accuse", "blame", "charge", "condemn", "denounce", "criticise", "criticize":
		return true
	}
	return false
}

// accuserBefore reports out[j] as the subject of a verb of accusing whose
// object is a later mention of out with another state, named before the
// victim m.
// The subject may be a list ("Britain and France accused") and a date
// may stand before the verb ("accused on Saturday" comes after it).
func accuserBefore(toks []dyad.Token, out []actors.Mention, j int, m actors.Mention) bool {
	k := out[j].End
	for k < m.Start {
		if a := mentionAt(out, k); a != nil {
			k = a.End
			continue
		}
		if w := toks[k].Lower; w == "and" || w == "," {
			k++
			continue
		}
		break
	}
	if k >= m.Start || !accusingLemma(toks[k].Lemma) || toks[k].Tag == "VBN" && k > 0 && toks[k-1].Lemma == "be" {
		return false // (a passive "was accused" makes the subject the accused)
	}
	for i := j + 1; i < len(out); i++ {
		if out[i].Start > k && out[i].Start < m.Start && out[i].Country != "" && out[i].Country != out[j].Country &&
			!out[i].Modifier && !out[i].Place {
			return true
		}
	}
	return false
}
