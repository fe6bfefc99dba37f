package events

// An act told in the past perfect in a relative clause on the object of
// a release or return ("Houthi rebels freed 12 Yemeni soldiers they had
// captured in fighting", "Venezuela handed back three Colombian fishing
// boats that its navy had impounded in July") is what the release undoes:
// the story's act is the release (084x), and the capture, seizure or
// arrest it ends is background, as the gold sets code it (W46002, W41045,
// W13046, W45006). A relative clause in another tense, or on the object of
// another act, is left to the other rules.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// screenUndone sets aside a live hit in a past-perfect relative clause
// (undoneRelative) whose antecedent is the object of a live release
// or return hit (a code of 084) before it in the same clause.
func (c *Coder) screenUndone(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.code == "" || h.p.Noun || h.passive {
			continue
		}
		rel := undoneRelative(st, h.head)
		if rel < 0 {
			continue
		}
		for x := range hits {
			g := &hits[x]
			if x == k || !live[x] || !strings.HasPrefix(g.code, "084") || g.end > rel {
				continue
			}
			if objectReaches(st.toks, g.end, rel) {
				live[k] = false // "freed 12 soldiers they had captured": background to the release
				break
			}
		}
	}
}

// undoneRelative reports the start of the relative clause whose verb
// is the past participle at i after "had" (adverbs between): its
// relative word ("that", "which", "who", "whom", "whose") or, in a bare
// relative ("soldiers they had captured"), its subject right after the
// antecedent noun. -1 when the verb is not in such a clause.
func undoneRelative(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return -1
	}
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if toks[j].Lower != "had" {
		return -1
	}
	// the clause's subject: a pronoun, or a short noun phrase ("its navy",
	// "the Revolutionary Guards")
	s := j - 1
	if s < 1 {
		return -1
	}
	if toks[s].Tag != "PRP" {
		n := 0
		for s >= 1 && n < 5 && shortSubjectWord(toks[s]) {
			s--
			n++
		}
		if n == 0 {
			return -1
		}
		s++
	}
	before := toks[s-1]
	switch before.Lower {
	case "that", "which", "who", "whom", "whose":
		return s - 1
	}
	if before.Tag == "NNS" || before.Tag == "NN" || before.Tag == "NNPS" || st.isDate[s-1] {
		if toks[s].Tag == "PRP" || toks[s].Tag == "PRP$" {
			return s // a bare relative: "soldiers they had captured", "boats its navy had impounded"
		}
	}
	return -1
}

// shortSubjectWord reports a word of a short subject noun phrase: a
// determiner, possessive, adjective or noun.
func shortSubjectWord(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "POS":
		return t.Lower != "that" && t.Lower != "which"
	}
	return false
}

// objectReaches reports the words from the release's end to the relative
// clause at rel as its object (and dates): no finite verb, modal, "and",
// "to" or semicolon between.
func objectReaches(toks []dyad.Token, from, rel int) bool {
	for k := from; k < rel && k < len(toks); k++ {
		t := toks[k]
		if finite(t.Tag) || t.Tag == "MD" || t.Lower == "and" || t.Lower == "to" || t.Text == ";" || t.Text == ":" {
			return false
		}
	}
	return true
}
