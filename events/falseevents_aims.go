package events

// The aim of an act is not an act. A purpose phrase on a noun or a
// participle ("war games aimed at invading the North", "drills designed
// to rehearse a blockade of the island", "a campaign intended to
// topple the government", "sanctions meant to cripple Iran's economy")
// tells what the act is for, or what someone says it is for; the act
// told is the noun or the verb the phrase hangs on (the war games, the
// drills), coded once from it. The verb inside the aim is neither done
// nor announced as a plan of its subject: CODING.md codes plans of the
// actor as 03x or 13x future, and an aim a third party ascribes is
// neither. A verb of saying inside the aim is left alone (no event of
// its own anyway). The topic of talks is no act either: "still talking
// to Hamas about releasing hostages" tells talks, not a release.

import "github.com/dyad-events/dyad"

// screenAims sets aside a sentence's live hits whose head is the verb of
// a purpose phrase (aimedAct). Called once per sentence after the
// screens of falseevents_clauses.go.
func (c *Coder) screenAims(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] || h.code == "" || h.p.has(flagSpeech) {
			continue
		}
		if st.words.aimedAct(st.toks, h.head) || st.words.talksTopic(st.toks, h.head) {
			live[k] = false // "war games aimed at invading the North", "talking to Hamas about releasing hostages"
		}
	}
}

// aimedAct reports a token i that is the verb of a purpose phrase hanging
// on a noun: a gerund after "aimed at" or "geared towards" ("exercises
// aimed at invading"), or an infinitive after "designed to", "intended
// to", "meant to" ("drills designed to rehearse a blockade"), with at
// most an adverb between ("aimed squarely at toppling"). The word before
// the aim word must be a common noun or a comma (a phrase on a noun),
// not a name, a form of "be", a people noun before an infinitive aim
// (aimSubjects) or a subject's own verb: "Russia aimed to seize Kyiv",
// "U.S. officials intended to meet their Chinese counterparts" and "the
// plan is intended to end the war" are the subject's own aim, told by
// other rules.
func (v *vocab) aimedAct(toks []dyad.Token, i int) bool {
	if i < 2 {
		return false
	}
	j := i - 1
	switch toks[i].Tag {
	case "VBG":
		if toks[j].Lower != "at" && toks[j].Lower != "towards" && toks[j].Lower != "toward" {
			return false
		}
	case "VB":
		if toks[j].Lower != "to" {
			return false
		}
	default:
		return false
	}
	j--
	if j >= 0 && toks[j].Tag == "RB" {
		j-- // "aimed squarely at"
	}
	if j < 1 || !v.aimWords[toks[j].Lower] {
		return false
	}
	if toks[i].Tag == "VB" && (toks[j].Lower == "aiming" || toks[j].Lower == "aimed") {
		return false // "aimed to", "aiming to": a subject's own aim ("Russia aimed to seize Kyiv")
	}
	if toks[i].Tag == "VB" && v.aimSubjects[toks[j-1].Lower] {
		return false // "U.S. officials intended to meet …": the subject's own aim
	}
	before := toks[j-1]
	if before.Text == "," {
		return true // "…, aimed at forcing Kyiv to the table"
	}
	// a common noun: a name before the aim word is its subject ("Russia
	// aimed at encircling the city")
	return before.Tag == "NN" || before.Tag == "NNS"
}

// talksTopic reports a gerund at i that is the topic of talks: right
// after "about", "on" or "over", with a talk word at most six tokens
// before the preposition and no clause break or finite verb between
// ("was still talking to Hamas about releasing hostages", "negotiations
// on ending the war").
func (v *vocab) talksTopic(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i].Tag != "VBG" {
		return false
	}
	switch toks[i-1].Lower {
	case "about", "on", "over":
	default:
		return false
	}
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if v.talkWords[toks[j].Lower] {
			return true
		}
		if isClauseBreak(toks, j) || finite(toks[j].Tag) {
			return false
		}
	}
	return false
}
