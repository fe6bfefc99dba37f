package actors

import "github.com/dyad-events/dyad"

// camera reports a one-word organisation mention at token i whose name is
// also a camera system's ([camera names] of data/words/words.txt: "CCTV")
// and which, where it stands, is the camera, no actor: "CCTV captured the
// defendant with a hammer", "he was caught on CCTV", "CCTV footage
// showed". The broadcaster it also names (China Central Television) is
// read only where it speaks or is addressed: a [broadcast verbs] word
// right after it ("CCTV said", "CCTV reported"; an adverb may stand
// between), a [broadcaster cues] word among the two tokens before it
// ("told CCTV", "according to CCTV", "state broadcaster CCTV", "China's
// CCTV"), or its possessive ("CCTV's correspondent").
func (m *Matcher) camera(toks []dyad.Token, i int) bool {
	if !m.words.cameraNames[toks[i].Lower] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if m.words.broadcastCue[toks[k].Lower] {
			return false
		}
	}
	j := i + 1
	if j < len(toks) && isPoss(toks[j]) {
		return false
	}
	for j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || toks[j].Lower == "has" || toks[j].Lower == "had" || toks[j].Lower == "was") {
		j++ // "CCTV also reported", "CCTV has reported"
	}
	if j < len(toks) && (m.words.broadcastVerb[toks[j].Lower] || m.words.broadcastVerb[toks[j].Lemma]) {
		return false
	}
	return true
}
