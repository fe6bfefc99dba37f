package events

// An infinitive after a body that the clause's subject sets up takes that
// subject as its source: "Mexico's Congress set up a special committee on
// Wednesday to investigate the murders" MEXLEG 091, "Thailand's
// government set up an independent panel to investigate the deaths",
// "U.N. Secretary-General Ban Ki-moon set up a panel to investigate". The
// body (a committee, commission, panel, inquiry, task force, team, probe)
// acts for whoever made it and is named in no actor dictionary, so the
// infinitive had no subject at all and the act was set aside (no source
// found). The making verb is "set up", "form", "establish", "create",
// "appoint", "name", "convene" or "launch", finite and with no actor
// between it and the body. The gold sets code such an inquiry as begun:
// asserted, not a purpose only (setUpBodyDone).

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// setUpBodyVerb returns the finite verb ("set", "formed") whose subject
// an infinitive after the body it makes shares, or -1. j is the "to"
// before the infinitive.
func setUpBodyVerb(st *sentence, j int) int {
	toks := st.toks
	if j < 3 || toks[j].Lower != "to" {
		return -1
	}
	k := j - 1
	for k >= 0 && st.isDate[k] {
		k-- // "a special committee on Wednesday to investigate"
	}
	if k < 0 || !setUpBodyNoun(toks[k].Lower) {
		return -1
	}
	noun := toks[k].Lower
	for n := 0; k > 0 && n < 4; n++ {
		t := toks[k-1]
		if t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNP" && t.Tag != "VBN" && t.Tag != "HYPH" && t.Text != "-" && !setUpBodyNoun(t.Lower) {
			break
		}
		k-- // "an independent panel", "a special parliamentary committee", "a fact-finding team"
	}
	if k < 2 || st.at[k] >= 0 {
		return -1
	}
	k--
	switch toks[k].Lower {
	case "a", "an", "the", "its", "their", "his", "her":
		k--
	default:
		return -1
	}
	if k >= 1 && toks[k].Lower == "up" {
		k-- // "set up"
		if toks[k].Lower != "set" {
			return -1
		}
	} else if !setUpVerb(toks[k].Lemma) {
		return -1
	}
	if st.at[k] >= 0 || !finite(toks[k].Tag) && toks[k].Tag != "VBN" {
		return -1
	}
	if codedBody(toks[k].Lemma, noun, toks[k:j]) {
		return -1 // "set up an independent commission … to investigate": the making is the 090 already
	}
	return k
}

// codedBody reports a making of a body that data/verbs.txt codes 090
// itself ("set up {inquiry,investigation,probe,commission}", "fact-finding
// {mission,commission,team,panel}"): the infinitive after it would tell
// the same inquiry twice. lemma is the making verb's, noun the body's,
// span the words from the verb to the body.
func codedBody(lemma, noun string, span []dyad.Token) bool {
	for _, t := range span {
		if t.Lower == "fact-finding" || t.Lower == "fact" {
			return true
		}
	}
	switch noun {
	case "inquiry", "probe", "commission":
		return lemma == "set"
	}
	return false
}

// setUpBodyNoun reports a noun for a body made to do one task.
func setUpBodyNoun(w string) bool {
	switch w {
	case "committee", "commission", "panel", "inquiry", "probe", "taskforce", "task", "force", "team", "tribunal", "body", "council":
		return true
	}
	return false
}

// setUpVerb reports the lemma of a verb that makes a body (besides "set
// up", which setUpBodyVerb reads as two words).
func setUpVerb(lemma string) bool {
	switch lemma {
	case "form", "establish", "create", "appoint", "name", "convene", "launch":
		return true
	}
	return false
}

// setUpBodyDone reports an investigation (root 09) in an infinitive at
// "to" k after a body set up in the past tense ("set up a committee on
// Wednesday to investigate"): the gold sets code the inquiry as begun,
// asserted, not as a purpose only.
func setUpBodyDone(st *sentence, h *verbHit, k int) bool {
	if !strings.HasPrefix(h.code, "09") {
		return false
	}
	g := setUpBodyVerb(st, k)
	return g >= 0 && st.toks[g].Tag == "VBD"
}
