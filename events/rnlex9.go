package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// Wording of real news found by frequency (lex9): verbs of the open
// corpus's sentences that name actors and gave no event, ranked by how
// often they occur there.

// refusedComment reads the verb pattern "comment" (011): only a refusal
// is an act, so a negated verb ("could not comment on individual
// cases", "did not comment on the deal", "would not comment") is the
// refusal asserted, and "commented on the vote" (a catch-all statement)
// or a comment still awaited ("has not commented", "has not yet
// commented") is no event.
// keep is false when the hit is to be dropped.
func refusedComment(st *sentence, h *verbHit) (keep bool) {
	if h.p.Noun || h.code != "011" || st.toks[h.head].Lemma != "comment" {
		return true
	}
	if h.status != dyad.Negated {
		return false
	}
	for k := h.head - 1; k >= 0 && k >= h.head-4; k-- {
		if st.toks[k].Lower == "yet" || st.toks[k].Lemma == "have" {
			return false // "has not (yet) commented": not said, not refused
		}
	}
	h.status = dyad.Asserted
	return true
}

// saidBlame finds the actors of a word of blame said of a thing ("be"
// and an adjective of the 111 pattern lines): the thing is the subject
// of "be", so the critic is who says it, the subject of a speech verb
// right before the thing ("Shinzo Abe said the launch was totally
// unacceptable", "told reporters Russia's behaviour was reckless"), or
// the speaker of the quotation "it" or "this" opens ("“It is unacceptable
// that …,” said the envoy"). The target is an actor owning the thing
// ("Russia's behaviour", "North Korea's launch") or named by "for X to"
// after the adjective ("said it was unacceptable for Russia to block the
// resolution"), else none. ok is false when no speaker is named and
// for a modal "be" ("it would be reckless to"). The caller has checked
// blameSaid.
func (c *Coder) saidBlame(st *sentence, h *verbHit) (src, tgt []actors.Mention, ok bool) {
	toks := st.toks
	j := h.head - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
		if toks[j].Tag == "MD" {
			return nil, nil, false // "would be reckless to": a judgement of what may be done
		}
		j-- // "was also", "has been"
	}
	end := j // the thing's last token
	for j >= 0 && end-j < 8 && blameSubjectTok(toks[j]) && !st.isDate[j] {
		j--
	}
	if j == end {
		return nil, nil, false
	}
	pronoun := end == j+1 && (toks[end].Lower == "it" || toks[end].Lower == "this" || toks[end].Lower == "that")
	var speaker *actors.Mention
	if k := saidBefore(st, j); k >= 0 {
		if s := c.subject(st, k); len(s) > 0 {
			speaker = &s[0]
		}
	} else if pronoun && (j < 0 || isQuote(toks[j].Text)) {
		speaker = quoteSpeaker(st, st.ments, h.head)
	}
	if speaker == nil || speaker.Modifier || speaker.Place {
		return nil, nil, false
	}
	for x := j + 1; x <= end; x++ {
		if m := mentionAt(st.ments, x); m != nil && !m.Modifier && !m.Place && m.Start != speaker.Start && m.Start > j {
			tgt = []actors.Mention{*m}
			break
		}
	}
	if len(tgt) == 0 && pronoun {
		// "it was unacceptable for Russia to block"
		for x := h.head + 1; x+2 < len(toks) && x <= h.head+6; x++ {
			if toks[x].Lower != "for" {
				continue
			}
			if m := mentionAt(st.ments, x+1); m != nil && !m.Modifier && !m.Place {
				tgt = []actors.Mention{*m}
			}
			break
		}
	}
	return []actors.Mention{*speaker}, tgt, true
}

// blameSaid reports a hit of "be" and a word of blame said of a thing
// (111), not of a feeling its subject has ("was outraged by").
func blameSaid(st *sentence, h *verbHit) bool {
	return !h.p.Noun && h.code == "111" && st.toks[h.head].Lemma == "be" && !h.passive && !angerWords[st.toks[h.end-1].Lower]
}

// angerWords are the feelings of a critic the 111 line of "be" names
// ("the Kenyan government was disappointed with the decision"): their
// subject is the critic, as with "express anger" or "express
// disappointment".
var angerWords = map[string]bool{"outraged": true, "angered": true, "incensed": true, "infuriated": true, "furious": true, "appalled": true, "disgusted": true, "disappointed": true}

// blameSubjectTok reports a token that may belong to the short noun
// phrase a word of blame is said of ("the launch", "Russia's latest
// move", "it").
func blameSubjectTok(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD":
		return true
	case "PRP":
		return t.Lower == "it"
	}
	return t.Lower == "'s" || t.Lower == "’s"
}

// saidBefore returns the speech verb that ends right before token j
// (inclusive), past "that", a date and "told reporters": "said (that)",
// "said on Sunday", "told reporters"; -1 when there is none.
func saidBefore(st *sentence, j int) int {
	toks := st.toks
	if j >= 0 && toks[j].Lower == "that" {
		j--
	}
	for j >= 0 && st.isDate[j] {
		j--
	}
	if j >= 1 && (toks[j].Tag == "NNS" || toks[j].Tag == "NN") && toks[j-1].Lower == "told" {
		j-- // "told reporters"
	}
	if j < 0 {
		return -1
	}
	switch toks[j].Lower {
	case "said", "says", "told", "tells", "added", "adds", "stated", "insisted", "declared", "stressed":
		return j
	}
	return -1
}

// feltSince reports the 111 line of "be" and a feeling in the perfect
// ("has been angered by", "have been outraged at"): a standing mood told
// by the writer more often than a reaction the subject states ("if
// Europe was hoping for a lead …, it has been disappointed").
func feltSince(st *sentence, h *verbHit) bool {
	return !h.p.Noun && h.code == "111" && st.toks[h.head].Lower == "been" && angerWords[st.toks[h.end-1].Lower]
}
