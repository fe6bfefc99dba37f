package events

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// An investigation named by a participle that describes the subject of
// its clause ("Police investigating the killing of a teacher arrested
// two men on Tuesday", "Investigators probing the bombing said …") says
// who the subject is, not what it did that day: the news is in the
// clause's own verb (CODING.md: background is not coded; judged
// realnews bbc_politics/politics_199 sentence 6, "Police investigating
// the Stefan's murder dismissed its influence", no event). "Police are
// investigating the murder" and "police began investigating" are acts
// and stay.

// probingParticiple reports a hit of root 09 (investigate) on a present
// participle right after the head of its clause's subject, a noun phrase
// of determiners, adjectives, nouns and actors that opens the sentence
// or follows a comma, with the clause's own finite verb (or modal) after
// the participle's phrase, before any ";" or relative word.
func probingParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if cameo.Root(h.code) != "09" || toks[i].Tag != "VBG" || i < 1 {
		return false
	}
	if p := toks[i-1]; st.at[i-1] < 0 && !strings.HasPrefix(p.Tag, "NN") || isAux(p) {
		return false // "are investigating", "began investigating"
	}
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "POS" || toks[j].Tag == "CD") {
		j--
	}
	if j >= 0 && toks[j].Text != "," {
		return false // the object of a verb or preposition: "questioned police investigating the case"
	}
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].Lower {
		case ";", "that", "which", "who", "whom", "whose":
			return false
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}
