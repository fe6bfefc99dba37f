package events

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// A meeting named by a participle that describes the subject of its
// clause ("ASEAN foreign ministers meeting in Phuket urged Myanmar on
// Monday to free all political prisoners", "NATO leaders meeting in
// Ankara pledged to keep supplying Ukraine", "delegates attending the
// summit said …") says where and in what company the subject speaks,
// not an act of its own: the news is in the clause's own verb. Every
// open gold line of this construction codes that verb alone and no
// 04x (W24005, W27025, W56049, w2-0233, B0009, W90257; CODING.md:
// background is not coded). "The ministers met in Phuket", "leaders
// are meeting in Ankara" and "Putin, meeting Xi in Beijing, said …"
// (after a comma, an act of the day told beside the speech) stay, and
// so does a meeting whose clause tells what those meeting agreed among
// themselves ("Afghan opposition leaders meeting in Germany have reached
// an agreement": the meeting's outcome, judged right in real news,
// lee_background_262; [meeting outcomes] in words.txt).

// meetingParticiple reports a hit of root 04 (consult, meet, attend) on
// a present participle that describes its clause's subject
// (describesSubject, falseevents_probing.go).
func meetingParticiple(st *sentence, h *verbHit) bool {
	if cameo.Root(h.code) != "04" {
		return false
	}
	k := subjectClauseVerb(st, h.head)
	if k < 0 {
		return false
	}
	for k+1 < len(st.toks) && (isAux(st.toks[k]) || st.toks[k].Tag == "MD" || st.toks[k].Tag == "RB") && (strings.HasPrefix(st.toks[k+1].Tag, "VB") || st.toks[k+1].Tag == "RB") {
		k++ // "have reached", "will sign", "have now agreed"
	}
	return !st.words.meetingOutcomes[st.toks[k].Lemma]
}
