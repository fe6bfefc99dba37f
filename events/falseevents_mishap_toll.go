package events

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// The toll of an accident told by a participle after the accident's own
// clause ("after a boat carrying Congolese refugees capsized on Lake
// Albert, killing more than 100 people", "a passenger plane crashed near
// Pokhara, killing at least 68 people") has no actor: the boat or plane
// did not kill anyone, and the people it carried are no attacker.
// CODING.md codes nothing from accidents; every open gold line of this
// construction codes no killing (W35010, W57013, d7l003, A0161,
// W90093). accident (falseevents.go) reads an accident noun ("a plane
// crash killed 12"); this reads an accident verb used without an object
// ([accident verbs] in words.txt, past forms): "rebels crashed a car bomb into the
// gate, killing …" has its object and stays, and so does a craft driven
// into someone's ("a bomber crashed into a police post, killing …": an
// actor named after "into" or "onto"; "crashed into a mountain" is none).

// mishapToll reports a hit of root 18, 19 or 20 on a present participle
// after a comma whose clause, back to its start (a clause break, a
// subordinator or a relative pronoun), has an accident verb with no
// object after it.
func mishapToll(st *sentence, h *verbHit) bool {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return false
	}
	toks := st.toks
	i := h.head
	if toks[i].Tag != "VBG" || i < 2 || toks[i-1].Text != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-20; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" {
			return false
		}
		if st.words.accidentVerbs[t.Lower] { // (as forms: the tagger may not know "crashed" for a verb)
			if k+1 >= len(toks) {
				return false
			}
			n := toks[k+1]
			return n.Tag != "DT" && n.Tag != "PRP" && n.Tag != "PRP$" && n.Tag != "CD" && !strings.HasPrefix(n.Tag, "NN") && st.at[k+1] < 0 &&
				!intoActor(st, k+1, i-1)
		}
		switch t.Lower {
		case "after", "when", "as", "while", "because", "and", "but":
			return false // the clause's start, no accident verb in it
		}
		if relativeWord(t.Lower) {
			return false // "rebels who stormed the village, killing …": a relative clause's start
		}
	}
	return false
}

// intoActor reports "into" or "onto" at k with an actor's mention after
// it before token end ("crashed into a police post"): what was hit is
// someone's.
func intoActor(st *sentence, k, end int) bool {
	if t := st.toks[k].Lower; t != "into" && t != "onto" {
		return false
	}
	for x := k + 1; x < end && x <= k+4; x++ {
		if m := st.at[x]; m >= 0 && !st.ments[m].Place {
			return true
		}
	}
	return false
}
