package events

// Coordinated bare verbs. A list of verb phrases after one modal or one
// "to" shares its status and its subject: "Sudan will improve access for
// aid groups, stop supporting rebels in South Sudan and cooperate with
// American intelligence agents" is Sudan's plan for each, as "Sudan
// promised to end the bombing and cooperate with Washington" is its
// promise of each. The later conjuncts stand with no modal and no "to"
// of their own, so read alone each was an asserted deed, and its subject
// search took the nearest name of the list ("South Sudan") or found none.

import "github.com/dyad-events/dyad"

// conjoinedBase returns the first verb of the verb-phrase list the bare
// verb at i (tag VB, after "and", "or" or a comma) closes or continues:
// the nearest bare verb before it that follows a modal (will, would,
// shall, can, could, may, might, must, should) or "to", with no finite
// verb, clause opener or semicolon between them. -1 when there is none.
func conjoinedBase(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || toks[i].Tag != "VB" && toks[i].Tag != "VBP" {
		return -1 // (the tagger reads a bare conjunct as a present: "and cooperate/VBP")
	}
	if !listJoint(toks[i-1]) {
		return -1
	}
	for k := i - 2; k >= 1 && k >= i-30; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" || t.Lower == "that" || t.Lower == "but" || subordinator(t.Lower) || isQuote(t.Text) {
			return -1
		}
		if t.Tag == "VBP" && !listJoint(toks[k-1]) || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "MD" {
			return -1 // a finite verb of its own
		}
		if t.Tag != "VB" && t.Tag != "VBP" {
			continue
		}
		b := k - 1
		for b >= 0 && toks[b].Tag == "RB" {
			b--
		}
		if b < 0 {
			return -1
		}
		if toks[b].Lower == "to" || listModal(toks[b]) {
			return k
		}
		if !listJoint(toks[b]) {
			return -1 // a bare verb that opens no list ("let him stay")
		}
	}
	return -1
}

// listModal reports a modal verb a list of bare verbs may share.
func listModal(t dyad.Token) bool {
	switch t.Lower {
	case "will", "would", "shall", "'ll", "can", "could", "may", "might", "must", "should":
		return t.Text != "May"
	}
	return false
}

// conjoinedInfinitive reports the bare verb at head as a later conjunct
// of an infinitive list whose "to" follows the intent verb ending at
// from: "promised to end the bombing and cooperate with Washington".
func conjoinedInfinitive(st *sentence, from, head int) bool {
	j := conjoinedBase(st, head)
	return j > from && st.toks[j-1].Lower == "to" && infinitive(st.toks, from, j)
}

// listJoint reports "and", "or" or a comma, which join the members of a
// list.
func listJoint(t dyad.Token) bool {
	return t.Lower == "and" || t.Lower == "or" || t.Text == ","
}
