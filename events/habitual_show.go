package events

// Shows of force told as a habit or a general description in the simple
// present: "NATO holds exercises every year in the Baltic" and "the
// alliance co-ordinates military plans and carries out joint military
// exercises" say what an actor does, not what it did that day; no event
// (CODING.md: background is not coded). A sentence that dates the drill
// ("holds exercises in the Baltic on Monday"), a headline's present and
// any other tense keep the event, as standingForce (standing.go) does for
// troops kept abroad.

import (
	"strings"

	"github.com/dyad-events/dyad/cameo"
)

// habitualShow reports a show of force (15x) told by a finite simple-present
// verb (VBZ, VBP) in a body sentence with no past-tense verb (a sentence
// that narrates, "It came as forces conduct annual drills", tells the
// drills of the day) that either names a habit ("every
// year", "each summer", "annually", "twice a year") or has no date
// expression, a verb of holding (hold, conduct, carry out, run, stage)
// and a bare plural object, no determiner, number or possessive before it ("carries out joint military exercises", "holds
// drills in the region"): a description, not a drill held.
func habitualShow(st *sentence, h *verbHit) bool {
	if h.p.Noun || h.passive || st.s.Index < 0 || cameo.Root(h.code) != "15" {
		return false
	}
	toks := st.toks
	if t := toks[h.head].Tag; t != "VBZ" && t != "VBP" {
		return false
	}
	for _, t := range toks {
		if t.Tag == "VBD" {
			return false // "It came as U.S. and South Korean forces conduct annual drills": the drills of the day told
		}
	}
	if habitPhrase(st) {
		return true
	}
	if len(st.dates) > 0 {
		return false
	}
	switch toks[h.head].Lemma {
	case "hold", "conduct", "carry", "run", "stage":
		return barePluralObject(st, h) // (a drill launched or begun is news: "Tokyo, Canberra launch war games after Beijing's drills")
	}
	return false
}

// habitPhrase reports a phrase of recurrence in the sentence: "every
// year", "each summer", "every two years", "annually", "twice a year".
func habitPhrase(st *sentence) bool {
	toks := st.toks
	for k, t := range toks {
		switch t.Lower {
		case "annually", "yearly":
			return true
		case "every", "each":
			j := k + 1
			if j < len(toks) && (toks[j].Tag == "CD" || toks[j].Lower == "other" || toks[j].Lower == "few") {
				j++ // "every two years", "every other year"
			}
			if j < len(toks) && recurrenceUnit(toks[j].Lower) {
				return true
			}
		case "a":
			if k > 0 && k+1 < len(toks) && (toks[k-1].Lower == "twice" || toks[k-1].Lower == "once" || toks[k-1].Lower == "times") && recurrenceUnit(toks[k+1].Lower) {
				return true // "twice a year", "several times a year"
			}
		}
	}
	return false
}

// recurrenceUnit reports a span word a habit recurs by ("year", "years",
// "summer", "spring", "month").
func recurrenceUnit(w string) bool {
	switch w {
	case "year", "years", "month", "months", "summer", "spring", "autumn", "fall", "winter", "season":
		return true
	}
	return false
}

// barePluralObject reports an object of the hit's verb, within its
// pattern's words or right after them, that is a plural noun with only
// adjectives and nouns before it ("carries out joint military exercises",
// "holds drills"): no determiner, number or possessive picks out a drill.
func barePluralObject(st *sentence, h *verbHit) bool {
	toks := st.toks
	for k := h.head + 1; k < len(toks) && k <= h.end+1; k++ {
		t := toks[k]
		if t.Tag == "RP" || t.Lower == "out" || t.Lower == "up" {
			continue // "carries out", "steps up"
		}
		if t.Tag == "JJ" || t.Tag == "NN" && !startsUpperASCII(t.Text) {
			continue
		}
		if t.Tag == "NNS" {
			return true
		}
		if strings.HasPrefix(t.Tag, "NN") && startsUpperASCII(t.Text) {
			continue // "holds NATO drills"
		}
		return false
	}
	return false
}
