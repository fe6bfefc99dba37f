package events

// Threats said of an act: "Russia vowed that the strike would not go
// unpunished", "the Houthis said the U.S. and British strikes would not
// go unpunished", "Iran warned the attack would not go unanswered". The
// pattern line ("go unpunished", 13 in data/verbs.txt) is a threat of
// force (138) whose subject is the act threatened over, not an actor,
// only when negated after a modal ("will not", "would never", "cannot
// go unpunished"): "abuses were going unpunished" and "crimes had gone
// unpunished" complain that nobody punished, and give no 138:
// the threatener is who says it (the subject of the speech or vow verb
// right before the act), the target the act's author named in it ("a
// Ukrainian attack", "the U.S. and British strikes"), else none. The
// "not" is the threat's own wording, never a negated event: vowed,
// warned, threatened, promised or swore, the threat is asserted
// (CODING.md: an explicit "warned", "vowed" is an asserted 13x); said,
// told or stated, it is the speaker's plan, future ("Gallant said Israel
// would strike Iran": gold README). With no speaker named before the
// act ("the attack will not go unpunished" alone) there is no event.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// unpunishedSaid reports a hit of the threat said of an act ("go
// unpunished", "go unanswered"; the words after "go" are [unpunished
// words] of data/words.txt): 138, head "go", not a noun pattern.
func unpunishedSaid(st *sentence, h *verbHit) bool {
	if h.p.Noun || h.code != "138" || st.toks[h.head].Lemma != "go" {
		return false
	}
	k := h.head + 1
	if k < len(st.toks) && isQuote(st.toks[k].Text) {
		k++ // "go \"unpunished\""
	}
	if k >= len(st.toks) {
		return false
	}
	return st.words.unpunishedWords[st.toks[k].Lower]
}

// unpunishedThreat reports whether a threat said of an act (the caller
// has checked unpunishedSaid) is negated after a modal, as a threat is
// ("will not go unpunished", "would never go unanswered", "cannot go
// unpunished", "won't go unpunished"); "were going unpunished", "had
// gone unpunished" and "go unpunished" alone are complaints, false.
func unpunishedThreat(st *sentence, h *verbHit) bool {
	toks := st.toks
	negated, modal := false, false
	for j := h.head - 1; j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || isQuote(toks[j].Text)); j-- {
		switch toks[j].Lower {
		case "not", "never", "n't", "no":
			negated = true
		case "cannot", "won't", "wont":
			negated, modal = true, true
		}
		modal = modal || toks[j].Tag == "MD"
	}
	return negated && modal
}

// saidUnpunished finds the threatener, the act's author and the status
// of a threat said of an act (the caller has checked unpunishedSaid).
// ok is false when no speaker is named right before the act.
func (c *Coder) saidUnpunished(st *sentence, h *verbHit) (src, tgt []actors.Mention, status dyad.Status, ok bool) {
	toks := st.toks
	j := h.head - 1
	if !unpunishedThreat(st, h) {
		// "abuses were going unpunished", "crimes had gone unpunished": a
		// complaint that nobody punished, no threat
		return nil, nil, "", false
	}
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || isQuote(toks[j].Text)) {
		j-- // "will not", "would never", "“will not"
	}
	end := j // the act's last token
	for j >= 0 && end-j < 10 && (blameSubjectTok(toks[j]) || actPhraseTok(toks[j])) && !st.isDate[j] {
		if toks[j].Tag == "IN" {
			end = j - 1 // "the strike on Belgorod": the place struck is no author
		}
		j--
	}
	if j == end {
		return nil, nil, "", false
	}
	k, vow := threatSpeechBefore(st, j)
	if k < 0 {
		return nil, nil, "", false
	}
	s := c.subject(st, k)
	if len(s) == 0 || s[0].Modifier || s[0].Place {
		return nil, nil, "", false
	}
	for x := j + 1; x <= end; x++ {
		m := mentionAt(st.ments, x)
		if m == nil || m.Place || m.Start != x || m.Country == s[0].Country && len(m.Sectors) == 0 {
			continue
		}
		tgt = append(tgt, *m) // "the U.S. and British strikes": each author
	}
	status = dyad.Future
	if vow {
		status = dyad.Asserted
	}
	return s[:1], tgt, status, true
}

// threatSpeechBefore returns the speech or vow verb that ends right
// before token j (past "that" and a date), and whether it is a vow or a
// warning ("vowed", "warned": [vow forms] of data/words.txt); -1 when
// there is none.
func threatSpeechBefore(st *sentence, j int) (int, bool) {
	if k := saidBefore(st, j); k >= 0 {
		return k, false
	}
	toks := st.toks
	if j >= 0 && toks[j].Lower == "that" {
		j--
	}
	for j >= 0 && st.isDate[j] {
		j--
	}
	if j < 0 {
		return -1, false
	}
	if st.words.vowForms[toks[j].Lower] {
		return j, true
	}
	return -1, false
}

// actPhraseTok reports a token that may join the words of the act a
// threat is said of, besides those of a short noun phrase: a
// coordinator ("the U.S. and British strikes"), a quotation mark, and
// the preposition of a place or a victim after the act ("the strike on
// Belgorod", "the attack against its consulate").
func actPhraseTok(t dyad.Token) bool {
	switch t.Lower {
	case "and", ",", "on", "against", "in":
		return true
	}
	return isQuote(t.Text)
}
