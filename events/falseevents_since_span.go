package events

// A "since" clause that opens a span tells the past event the span runs
// from, not news of the day: "The yen has moved in a narrow range since
// finance ministers reached the accord", "the largest operation since
// Washington bombed Libya", "Since Russia invaded Ukraine, eight million
// people have fled". The gold sets code nothing from such clauses
// (d5p002, d20135, w1-0071, C0191); sinceClause (falseevents_history.go)
// reads them with the helpers here.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// sinceMeasure reports a superlative at token j that a "since" clause
// measures against ("the largest U.S. operation since", "the worst
// violence since", "the most serious clash since"; [span superlatives]
// in words.txt): the clause is the reference point.
func sinceMeasure(st *sentence, j int) bool {
	return st.words.spanSuperlatives[st.toks[j].Lower]
}

// perfectSpanBefore reports a perfect verb group ("has been moving", "have
// risen", "had held") in the clause that a "since" at token k ends, with
// no clause break between: the "since" clause dates the start of the
// state the perfect tells.
func perfectSpanBefore(toks []dyad.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == ":" || t.Text == "," || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" {
			return false
		}
		if t.Lemma == "have" && finite(t.Tag) && perfectParticiple(toks, j) {
			return true
		}
	}
	return false
}

// perfectParticiple reports a past participle within three tokens after
// the auxiliary "have" at j, adverbs and "not" between; an "-ed" word
// the tagger took for a noun or adjective counts.
func perfectParticiple(toks []dyad.Token, j int) bool {
	for m := j + 1; m < len(toks) && m <= j+3; m++ {
		switch {
		case toks[m].Tag == "VBN" || toks[m].Tag == "VBD":
			return true
		case (toks[m].Tag == "NN" || toks[m].Tag == "JJ") && strings.HasSuffix(toks[m].Lower, "ed") && startsLowerASCII(toks[m].Text):
			return true // a participle the lexicon does not know ("have climbed/NN")
		case toks[m].Tag == "RB" || toks[m].Lower == "not" || toks[m].Lower == "n't":
			continue
		}
		return false
	}
	return false
}

// sinceOpening reports a sentence that opens with "Since" and the clause
// whose verb is at i, followed by a comma and a main clause in the
// perfect ("Since Russia invaded Ukraine, eight million people have
// fled"): the opening clause dates the span.
func sinceOpening(toks []dyad.Token, i int) bool {
	for c := i + 1; c < len(toks); c++ {
		if toks[c].Text == ";" || toks[c].Text == ":" {
			return false
		}
		if toks[c].Text != "," {
			continue
		}
		for j := c + 1; j < len(toks) && j <= c+12; j++ {
			if toks[j].Text == "," || toks[j].Text == ";" {
				return false
			}
			if toks[j].Lemma == "have" && finite(toks[j].Tag) && perfectParticiple(toks, j) {
				return true
			}
		}
		return false
	}
	return false
}

// listedActor reports an actor mention at token k, after "the" at most:
// the next item of a list of actors ("Britain, Canada, the U.S. and West
// Germany"), whose commas break no clause. A comma before "and" is left
// a break ("since the invasion, and Biden announced").
func listedActor(st *sentence, k int) bool {
	if k < len(st.toks) && st.toks[k].Lower == "the" {
		k++
	}
	return k < len(st.toks) && st.at[k] >= 0
}
