package events

// Planned follow-up meetings: a meeting named as what follows a meeting
// only asked for or planned ("the mediator said she was asking Chad,
// Niger and Mali to meet on 4 March, followed a week later by a meeting
// with Benin") is part of the plan, not a meeting held. The asker's
// request is coded where the request verb finds its source (026); the
// meetings themselves are not asserted.

import (
	"github.com/dyad-events/dyad"
)

// plannedFollowUp reports a nominal meeting, talks or summit at h that
// stands after "followed [adverbs] by [a|an|the] [adjective]" when the
// clause before "followed" only asks for or plans a meeting (see
// requestedMeetingBefore). The toks are the sentence's tokens; h.head
// indexes the meeting noun.
func plannedFollowUp(st *sentence, h *verbHit) bool {
	toks := st.toks
	if !nounLike(st, h) || len(h.code) < 2 || h.code[:2] != "04" {
		return false
	}
	by := -1
	for k := h.head - 1; k >= 0 && k >= h.head-4; k-- {
		w := toks[k].Lower
		if w == "by" {
			by = k
			break
		}
		if w != "a" && w != "an" && w != "the" && w != "another" && w != "second" && w != "separate" && w != "further" && toks[k].Tag != "JJ" {
			return false
		}
	}
	if by < 1 {
		return false
	}
	fol := -1
	for k := by - 1; k >= 0 && k >= by-5; k-- {
		if toks[k].Lower == "followed" {
			fol = k
			break
		}
	}
	if fol < 1 {
		return false
	}
	return requestedMeetingBefore(toks, fol)
}

// requestedMeetingBefore reports a meeting asked for or planned in the
// tokens before end: a verb of asking or inviting ("asking", "urged",
// "invited", "called on") followed by "to meet", "to hold talks", "to
// talk", "for talks" or "to talks", or a future "will meet", "due to
// meet", "plans to meet".
func requestedMeetingBefore(toks []dyad.Token, end int) bool {
	req := -1
	for k := 0; k < end; k++ {
		switch toks[k].Lemma {
		case "ask", "urge", "invite", "call", "press", "encourage", "appeal", "propose", "suggest":
			if toks[k].Lemma != "call" || k+1 < end && (toks[k+1].Lower == "on" || toks[k+1].Lower == "upon") {
				req = k
			}
		}
		if k+1 >= end {
			continue
		}
		meet := toks[k+1].Lemma == "meet" || toks[k+1].Lemma == "hold" || toks[k+1].Lemma == "talk" || toks[k+1].Lemma == "negotiate" ||
			toks[k+1].Lower == "talks" || toks[k+1].Lower == "meeting" || toks[k+1].Lower == "summit"
		if !meet {
			continue
		}
		switch toks[k].Lower {
		case "to", "for":
			if req >= 0 || k >= 1 && (toks[k-1].Lower == "due" || toks[k-1].Lemma == "plan" || toks[k-1].Lemma == "expect" || toks[k-1].Lower == "set") {
				return true
			}
		case "will", "would", "shall":
			return true
		}
	}
	return false
}
