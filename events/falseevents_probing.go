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
// participle that describes its clause's subject (describesSubject).
func probingParticiple(st *sentence, h *verbHit) bool {
	return cameo.Root(h.code) == "09" && describesSubject(st, h.head)
}

// describesSubject reports a present participle at i right after the
// head of its clause's subject, a noun phrase of determiners,
// adjectives, nouns and actors that opens the sentence or follows a
// comma, with the clause's own finite verb (or modal) after the
// participle's phrase, before any ";" or relative word: the participle
// says who the subject is (probingParticiple here, meetingParticiple in
// falseevents_meeting_participle.go).
func describesSubject(st *sentence, i int) bool { return subjectClauseVerb(st, i) >= 0 }

// subjectClauseVerb returns the clause's own finite verb (or modal) after
// the present participle at i that describes its subject
// (describesSubject), or -1.
func subjectClauseVerb(st *sentence, i int) int {
	toks := st.toks
	if toks[i].Tag != "VBG" || i < 1 {
		return -1
	}
	if p := toks[i-1]; st.at[i-1] < 0 && !strings.HasPrefix(p.Tag, "NN") || isAux(p) {
		return -1 // "are investigating", "began investigating"
	}
	j := i - 1
	for j >= 0 && (st.at[j] >= 0 || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "POS" || toks[j].Tag == "CD") {
		j--
	}
	if j >= 0 && toks[j].Text != "," {
		return -1 // the object of a verb or preposition: "questioned police investigating the case"
	}
	for k := i + 1; k < len(toks); k++ {
		switch toks[k].Lower {
		case ";", "that", "which", "who", "whom", "whose":
			return -1
		}
		if finite(toks[k].Tag) || toks[k].Tag == "MD" {
			return k
		}
	}
	return -1
}
