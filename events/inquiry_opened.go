package events

// An inquiry a named body opens or orders into a mishap: "Morocco's
// interior ministry opened an inquiry on Sunday into a stampede", "The Fiji
// government ordered an inquiry into the sinking of a ferry", "Greek
// prosecutors opened an investigation into the train crash". accidentInquiry
// (falseevents.go) sets aside a safety inquiry into a crash or a fire with
// no actor named ("aviation officials are investigating what caused the
// derailment", "would begin an investigation into the cause of the
// crash"); but an inquiry opened as an act of the state, told as done
// with the inquiry as the verb's object noun, is the political act of
// investigating: the gold README codes it 090 with target null ("a
// government commission's inquiry into an air crash is 090 with target
// null", "a government inquiry into a ferry sinking 090 (item 16: no crime
// named)", "an interior ministry's inquiry into a stampede 090"), and 091
// when prosecutors or police open it (item 16; refine.go probeBody).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// openedInquiry reports a hit h told as done (asserted) whose verb is
// finite or a perfect participle ("opened", "has ordered") and whose
// object, within the hit's words, is a noun of [inquiry nouns]
// ("investigation", "inquiry", "probe"): the inquiry is opened, not the
// mishap merely investigated. A verb of inquiry itself ("are investigating
// the cause", "will examine the crash") is none, nor is a plan ("would
// begin an investigation").
func openedInquiry(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.status != dyad.Asserted || h.p.Noun || h.passive {
		return false
	}
	switch toks[h.head].Tag {
	case "VBD", "VBZ", "VBN":
	default:
		return false
	}
	if strings.HasPrefix(toks[h.head].Tag, "VBN") && (h.head == 0 || !perfectAux(toks[h.head-1].Lower)) {
		return false
	}
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		if st.words.inquiryNouns[toks[k].Lower] {
			return true
		}
	}
	return false
}

// perfectAux reports the auxiliary of a perfect tense: "has opened",
// "had ordered".
func perfectAux(w string) bool {
	return w == "has" || w == "have" || w == "had"
}
