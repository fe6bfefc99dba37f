package events

import (
	"github.com/dyad-events/dyad"
)

// Wire wording (session 7): mechanisms that lose events of common wire
// phrasings, written from the shapes of events-dev7-wire.jsonl's misses.

// transparentVerb reports a verb token at j that sits inside a noun phrase
// rather than heading a clause of its own, so that it does not end the
// search for a pattern's later words: the participle of a hyphenated
// compound ("six U.S.-made ATACMS missiles", "Iranian-built drones") and
// the hedge "what appeared to be" ("fired what appeared to be a hypersonic
// missile"), whose "appeared" and "be" only qualify the object.
func transparentVerb(toks []dyad.Token, j int) bool {
	if j > 0 && (toks[j-1].Text == "-" || toks[j-1].Text == "‑") {
		return true
	}
	return hedgeAt(toks, j)
}

// hedgeAt reports token j as part of "what appeared to be", "what appears
// to be", "what seemed to be", "what looked like" or a claim the writer
// keeps at a distance: "what it said was", "what Seoul called".
func hedgeAt(toks []dyad.Token, j int) bool {
	for s := j - 5; s <= j; s++ {
		if s < 0 || s+1 >= len(toks) || toks[s].Lower != "what" {
			continue
		}
		for k := s + 2; k <= s+4 && k < len(toks); k++ {
			// "what it said was", "what state media called", "what the military described as"
			if toks[k].Lower == "said" && k+1 < len(toks) && toks[k+1].Lower == "was" ||
				toks[k].Lower == "called" || toks[k].Lower == "described" && k+1 < len(toks) && toks[k+1].Lower == "as" {
				end := k
				if toks[k].Lower != "called" {
					end = k + 1
				}
				if j > s && j <= end {
					return true
				}
				break
			}
		}
		switch toks[s+1].Lower {
		case "appeared", "appears", "seemed", "seems":
			if s+3 < len(toks) && toks[s+2].Lower == "to" && toks[s+3].Lower == "be" {
				return j > s && j <= s+3
			}
		case "looked", "looks":
			if s+2 < len(toks) && toks[s+2].Lower == "like" {
				return j > s && j <= s+2
			}
		}
	}
	return false
}

// enactedDocument reports a verb at v that enacts or issues a document
// ("passed a law", "signed a decree", "adopted a resolution", "issued an
// order") whose noun is at k: a participle right after the document
// ("passed a law on Tuesday banning the Pride march") tells what the
// enactor does by it, so it takes the verb's subject.
func enactedDocument(toks []dyad.Token, v, k int) bool {
	switch toks[v].Lemma {
	case "sign", "pass", "adopt", "approve", "issue", "enact":
	default:
		return false
	}
	switch toks[k].Lower {
	case "law", "laws", "bill", "bills", "decree", "decrees", "order", "orders", "legislation",
		"amendment", "amendments", "resolution", "resolutions", "ordinance", "regulation", "regulations",
		"directive", "measure", "measures", "treaty", "treaties", "ruling":
		return true
	}
	return false
}

// firstToVerb returns the verb ("became", "was") whose subject an
// infinitive after an ordinal's noun phrase shares ("Russia became the
// first country to formally recognise the Taliban government", "Lula was
// the only leader to attend"), or -1. j is the "to" before the
// infinitive.
func firstToVerb(st *sentence, j int) int {
	toks := st.toks
	if j < 3 || toks[j].Lower != "to" {
		return -1
	}
	k := j - 1
	for n := 0; k >= 0 && n < 5 && !ordinalWord(toks[k].Lower) &&
		(toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || toks[k].Tag == "NNPS"); n++ {
		k-- // "first Western leader", "only country"
	}
	if k == j-1 || k < 1 {
		return -1
	}
	if !ordinalWord(toks[k].Lower) {
		return -1
	}
	k--
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Tag == "PRP$") {
		k--
	}
	for k >= 0 && (toks[k].Tag == "RB" || st.isDate[k]) {
		k--
	}
	if k < 0 || st.at[k] >= 0 || toks[k].Lemma != "become" && toks[k].Lemma != "be" || !finite(toks[k].Tag) {
		return -1 // ", becoming the first Arab leader to visit": a restatement of the clause's act
	}
	return k
}

// ordinalWord reports a word that singles out one of a series: "the
// first country to", "the only leader to".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "last", "only", "latest":
		return true
	}
	return false
}
