package events

// Wording that the pattern lines of data/verbs.txt cannot reach because
// the event's words sit in a clause or phrase of their own: a mistake
// admitted in a "that" clause, a refusal to comment or to confirm (only
// the refusal is an act), blame or concern said with "be" and an
// adjective, what a contact's speech participle says, verbs inside a noun
// phrase ("U.S.-made missiles", "what appeared to be"), enacted documents,
// the first to act ("became the first country to recognise"), and
// quantities inside an object.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// feelingHit reports a hit of "be" and a word of feeling that is a
// statement of criticism or concern ("were angered", "was disappointed",
// "is deeply concerned"): what its by-phrase names caused the feeling,
// and is the target ("angered by the police", "disappointed by Germany's
// decision": the owner of the decision), not an agent to pass over.
func feelingHit(st *sentence, h *verbHit) bool {
	if h.p.Noun || h.passive || h.end < 1 || st.toks[h.head].Lemma != "be" || h.code != "111" && h.code != "012" {
		return false
	}
	w := st.toks[h.end-1].Lower
	return st.words.angerWords[w] || st.words.concernWords[w]
}

// objectQuantity reports a preposition at j that belongs to a number inside
// a verb's object rather than ending it: "carried off more than 100
// students", "seized at least 20 passengers", "shipped about 300 shells",
// "deported up to 500 migrants". outsideObject would end the object at
// "than", "at", "about" or "to".
func objectQuantity(toks []dyad.Token, j int) bool {
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].Lower
		}
		return ""
	}
	number := func(k int) bool { return k < len(toks) && toks[k].Tag == "CD" }
	switch toks[j].Lower {
	case "than":
		if j == 0 {
			return false
		}
		switch toks[j-1].Lower {
		case "more", "fewer", "less":
			return number(j + 1)
		}
	case "at":
		return (next(j+1) == "least" || next(j+1) == "most") && number(j+2)
	case "about", "around", "nearly", "approximately", "some", "over", "almost":
		return number(j + 1)
	case "up":
		return next(j+1) == "to" && number(j+2)
	case "to":
		return j > 0 && toks[j-1].Lower == "up" && number(j+1)
	}
	return false
}

// contactParticiple gives a speech participle after a named object of a
// verb of contact ("Kemi Badenoch has written to Keir Starmer demanding
// an inquiry") the contact verb's subject as its source, and the one
// contacted as its target when it has none: the coder's default took the
// object, the actor nearest before the participle. It reports false when
// the contact verb's subject is no actor (the act has no source the coder
// knows), true otherwise.
func (c *Coder) contactParticiple(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if toks[i].Tag != "VBG" || !st.words.speechParticiples[toks[i].Lemma] || len(h.source) == 0 || h.passive || i < 3 {
		return true
	}
	obj := h.source[0]
	if obj.End != i || !startsUpperASCII(toks[obj.Start].Text) && toks[obj.Start].Lower != "the" {
		return true // (", demanding …" after a comma: participleFrame's; "met protesters demanding": theirs)
	}
	v := obj.Start - 1
	if v >= 0 && toks[v].Lower == "to" {
		v-- // "wrote to Keir Starmer"
	}
	if v < 1 || !strings.HasPrefix(toks[v].Tag, "VB") || !st.words.contactVerbs[toks[v].Lemma] {
		return true
	}
	src := c.subject(st, v)
	if len(src) == 0 {
		return false
	}
	if src[0].Start == obj.Start {
		return true
	}
	h.source = src
	if len(h.target) == 0 || h.target[0].Start == obj.Start || h.target[0].Code == src[0].Code || h.target[0].Start == i+1 && toks[i+1].Tag == "PRP" {
		// ("urging him to send …": him is the one contacted)
		h.target = []actors.Mention{obj}
	}
	return true
}

// declinedComment reports a refusal (12x) whose infinitive is a verb of
// telling ("refused to confirm the report", "declined to say how many",
// "refused to discuss newspaper reports"): declining comment (011), with
// no one rejected. Refusing to discuss an agenda stays a rejection.
func declinedComment(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.p.Noun || cameo.Root(h.code) != "12" {
		return false
	}
	if l := toks[h.head].Lemma; l != "refuse" && l != "decline" {
		return false
	}
	i := h.head + 1
	if i+1 >= len(toks) || toks[i].Lower != "to" {
		return false
	}
	switch toks[i+1].Lemma {
	case "confirm", "say", "name", "disclose", "reveal", "comment", "elaborate", "specify", "identify", "speculate", "detail":
		return true
	case "discuss", "address":
		for k := i + 2; k < len(toks) && k <= i+6; k++ {
			switch toks[k].Lower {
			case "report", "reports", "claim", "claims", "allegation", "allegations", "speculation", "details", "case", "cases", "rumours", "rumors":
				return true
			}
			if isPunct(toks[k]) {
				break
			}
		}
	}
	return false
}

// admittedMistake codes an admission verb at i with no pattern of its own
// whose complement clause, within 16 tokens and before the clause ends,
// names a mistake or error or says the subject was wrong ("admitted that
// the operation had been a mistake", "conceded his government had made
// mistakes", "acknowledged he was wrong"): responsibility acknowledged
// (015, the admission verb's own 015 pattern). It returns best and end
// unchanged otherwise.
func (c *Coder) admittedMistake(toks []dyad.Token, i int, best *Pattern, end int) (*Pattern, int) {
	if best != nil || !c.words.admitVerbs[toks[i].Lemma] || toks[i].Tag == "NN" {
		return best, end
	}
	var p015 *Pattern
	for _, p := range c.patterns.verbs[toks[i].Lemma] {
		if p.Code == "015" && p.has(flagNoTarget) {
			p015 = p
			break
		}
	}
	if p015 == nil {
		return best, end
	}
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		t := toks[k]
		switch t.Text {
		case ".", ";", ":", "?", "!", ",":
			return best, end
		}
		switch t.Lower {
		case "but", "while", "although", "though", "because", "if", "which", "who":
			return best, end
		case "mistake", "mistakes", "error", "errors", "erred":
			return p015, k + 1
		case "wrong":
			if j := k - 1; j > i && toks[j].Lemma == "be" || j > i+1 && toks[j].Tag == "RB" && toks[j-1].Lemma == "be" {
				return p015, k + 1
			}
		}
	}
	return best, end
}

// toAfterAdverbs reports "to" at from, past adverbs: "voted unanimously
// to impose new sanctions", "voted overwhelmingly to leave".
func toAfterAdverbs(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		if toks[k].Lower == "to" {
			return true
		}
		if !strings.HasPrefix(toks[k].Tag, "RB") {
			return false
		}
	}
	return false
}

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
	return !h.p.Noun && h.code == "111" && st.toks[h.head].Lemma == "be" && !h.passive && !st.words.angerWords[st.toks[h.end-1].Lower]
}

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
	return !h.p.Noun && h.code == "111" && st.toks[h.head].Lower == "been" && st.words.angerWords[st.toks[h.end-1].Lower]
}

// transparentVerb reports a verb token at j that sits inside a noun phrase
// rather than heading a clause of its own, so that it does not end the
// search for a pattern's later words: the participle of a hyphenated
// compound ("six U.S.-made ATACMS missiles", "Iranian-built drones") and
// the hedge "what appeared to be" ("fired what appeared to be a hypersonic
// missile"), whose "appeared" and "be" only qualify the object, and a
// participle of filling before "with" ("used grenades filled with
// chemical agents against its troops").
func transparentVerb(toks []dyad.Token, j int) bool {
	if j > 0 && (toks[j-1].Text == "-" || toks[j-1].Text == "‑") {
		return true
	}
	if j+1 < len(toks) && toks[j+1].Lower == "with" {
		switch toks[j].Lemma {
		case "fill", "pack", "load", "stuff", "cram":
			return true // "grenades filled with chemical agents": a participle of the noun before, no clause of its own
		}
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
// enactor does by it, so it takes the verb's subject. A statement,
// letter, note or indictment issued, sent, filed or unsealed is its
// writer's act the same way ("issued a statement on Monday condemning
// the attack", "unsealed an indictment charging a former police chief");
// a report, which others may have written, is not among them ("rejected
// a UN report criticising"), nor a lawsuit or complaint, whose
// participle tells what it asks a court for ("filed a lawsuit asking the
// court to ban": the suit, 115, alone).
func enactedDocument(toks []dyad.Token, v, k int) bool {
	switch toks[v].Lemma {
	case "sign", "pass", "adopt", "approve", "issue", "enact":
		switch toks[k].Lower {
		case "law", "laws", "bill", "bills", "decree", "decrees", "order", "orders", "legislation",
			"amendment", "amendments", "resolution", "resolutions", "ordinance", "regulation", "regulations",
			"directive", "measure", "measures", "treaty", "treaties", "ruling":
			return true
		}
	}
	switch toks[v].Lemma {
	case "issue", "release", "publish", "send", "deliver", "file", "lodge", "unseal", "post", "make":
		return writtenDocument(toks[k].Lower)
	}
	return false
}

// addressedWriter returns the verb whose subject writes to the actor
// ending at j, when a participle follows that addressee: "wrote to Keir
// Starmer on Monday demanding a national inquiry", "sent a letter to the
// European Commission urging it to act", "sent a letter Wednesday to
// FBI Director Christopher Wray demanding answers" (past a date, and
// past a title between an agency and its head: the participle tells what
// the writer asks, not what the addressee does); -1 otherwise. Only writing
// and sending: "troops backing Syrian forces attacked" and "fired at
// protesters demanding" keep their own readings.
func addressedWriter(st *sentence, j int) int {
	toks := st.toks
	if j < 0 || st.at[j] < 0 {
		return -1
	}
	s := st.ments[st.at[j]].Start
	for s > 0 {
		if st.at[s-1] >= 0 {
			s = st.ments[st.at[s-1]].Start // (a mention ending right before: "the U.S. defence attache")
		} else if s > 1 && st.at[s-2] >= 0 && toks[s-1].Tag == "NNP" && startsUpperASCII(toks[s-1].Text) {
			s-- // a title between an agency and its head: "to FBI Director Christopher Wray"
		} else {
			break
		}
	}
	for s > 0 && (toks[s-1].Lower == "the" || toks[s-1].Tag == "PRP$" || toks[s-1].Tag == "JJ") {
		s-- // "to his Polish counterpart"
	}
	if s < 2 || toks[s-1].Lower != "to" {
		return -1
	}
	k := s - 2
	for k > 0 && st.isDate[k] {
		k-- // "sent a letter Wednesday to"
	}
	if finite(toks[k].Tag) && toks[k].Lemma == "write" {
		return k // "wrote to"
	}
	if !writtenDocument(toks[k].Lower) {
		return -1
	}
	for v := k - 1; v >= 0 && v >= k-4; v-- {
		if !finite(toks[v].Tag) {
			continue
		}
		switch toks[v].Lemma {
		case "write", "send", "deliver", "address", "hand", "issue":
			return v // "sent a letter to"
		}
		return -1
	}
	return -1
}

// addresseeTarget returns the addressee of a letter or note whose
// participle h is a verbal act ("wrote to Keir Starmer on Monday
// demanding a national inquiry": Starmer is asked), for a participle
// that names no party of its own; nil otherwise.
func (c *Coder) addresseeTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if toks[h.head].Tag != "VBG" || c.quad(h.code) != 1 && c.quad(h.code) != 3 {
		return nil
	}
	j := h.head - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB") {
		j--
	}
	if addressedWriter(st, j) < 0 {
		return nil
	}
	return c.group(st, st.at[j])
}

// writtenDocument reports a noun for a statement, letter or charge sheet
// that speaks for whoever issues, sends or files it ("statement",
// "letter", "indictment", "complaint").
func writtenDocument(w string) bool {
	switch w {
	case "statement", "statements", "letter", "letters", "note", "notes", "message", "communique",
		"indictment", "indictments":
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
		(toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || toks[k].Tag == "NNPS" || sittingWord(toks[k].Lower)); n++ {
		k-- // "first Western leader", "only country", "first sitting Japanese premier"
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

// sittingWord reports a participle that describes an office holder in
// office: "the first sitting president to", "the first serving minister".
func sittingWord(w string) bool {
	switch w {
	case "sitting", "serving", "reigning", "incumbent":
		return true
	}
	return false
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
