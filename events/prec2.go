package events

// Precision rules from a judged sample of events coded on the Guardian
// and BBC politics corpora: a source's request for anonymity ("an
// official, who refused to be named, said …") read as a rejection, and a
// standing power told in a relative clause ("the court, which can
// prosecute people for war crimes") read as an act. Neither is an act
// of the day (CODING.md: "will/would" alone is not an event; reported
// speech is attribution, no event of its own).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// anonymityRequest reports a verb at i that asks for or refuses a name
// to be given: "refused to be named", "declined to be identified",
// "asked not to be named", "wished to remain anonymous". It is the
// newsroom's note on its source, no rejection or appeal.
func anonymityRequest(toks []dyad.Token, i int) bool {
	switch toks[i].Lemma {
	case "refuse", "decline", "ask", "request", "want", "wish", "prefer", "demand", "insist":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && (toks[j].Lower == "not" || toks[j].Lower == "that") {
		j++
	}
	if j+2 >= len(toks) || toks[j].Lower != "to" {
		return false
	}
	switch toks[j+1].Lower {
	case "be":
		switch toks[j+2].Lower {
		case "named", "identified", "quoted", "photographed", "filmed":
			return true
		}
	case "remain", "stay":
		return toks[j+2].Lower == "anonymous" || toks[j+2].Lower == "unnamed"
	case "give":
		if j+3 < len(toks) {
			switch toks[j+2].Lower {
			case "his", "her", "their", "a", "any":
				n := toks[j+3].Lower
				if n == "full" && j+4 < len(toks) {
					n = toks[j+4].Lower
				}
				return n == "name" || n == "names" || n == "surname"
			}
		}
	}
	return false
}

// abilityRelative reports a verb at i governed by "can" in a relative
// clause ("the court in The Hague, which can prosecute people for war
// crimes", "judges who can already jail parents"): what the head is able
// to do, a standing power, not an act. "could" is left alone: in a
// relative it often tells a past act ("police who could not stop the
// crowd").
func abilityRelative(toks []dyad.Token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "RB" && toks[j].Lower != "not") {
		j-- // "which can already prosecute"
	}
	if j < 1 || toks[j].Lower != "can" {
		return false
	}
	switch toks[j-1].Lower {
	case "which", "who", "that":
		return true
	}
	return false
}

// failedTo reports a verb at i governed by "fail to" or "be unable to"
// ("the parties failed to reach agreement", "police have so far failed
// to arrest the suspects", "Kenya was unable to send troops"): the act
// did not happen, as with "did not". A negated or doubted failure ("never
// failed to", "did not fail to") is left alone.
func failedTo(toks []dyad.Token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	j := i - 2
	switch {
	case toks[j].Lemma == "fail" || toks[j].Lower == "failed" || toks[j].Lower == "fails":
	case toks[j].Lower == "unable" && j >= 1 && toks[j-1].Lemma == "be":
		j--
	default:
		return false
	}
	if j >= 1 {
		switch toks[j-1].Lower {
		case "not", "never", "n't", "seldom", "rarely", "to":
			return false // "never failed to", "did not fail to", "is set to fail to"
		}
		if j >= 2 && (toks[j-2].Lower == "not" || toks[j-2].Lower == "never") && toks[j-1].Lemma == "be" {
			return false // "was not unable to"
		}
	}
	return true
}

// listPossessor returns the actor a "their" agent joined to it belongs
// to: "Islamic State fighters and their families", "the rebels with their
// supporters". The agent is that actor's people: of its state when it has
// one, of none when it has none (a transnational group), never of a state
// named later in the sentence ("surrendered to the US-backed forces").
// ok is false when m is no such agent.
func listPossessor(toks []dyad.Token, before []actors.Mention, m actors.Mention) (r *actors.Mention, ok bool) {
	if m.Start < 3 || toks[m.Start-1].Lower != "their" {
		return nil, false
	}
	if w := toks[m.Start-2].Lower; w != "and" && w != "with" {
		return nil, false
	}
	for j := len(before) - 1; j >= 0; j-- {
		if b := &before[j]; b.End == m.Start-2 && !b.Modifier && !b.Place && !b.Unresolved {
			return b, true
		}
	}
	return nil, false
}

// listedVerb returns the verb whose subject a finite verb at i shares in
// a comma list of predicates, "S V1 O, V2 …": "Britain praised Erdoğan,
// sold him arms and traded with his regime", "the government appeases
// Erdoğan, sells him arms". The actor before the comma is V1's object,
// not V2's subject. V1 must have V2's tense and stand right before the
// object; a speech verb after the comma ("…, said a spokesman") is an
// attribution, not a listed act. -1 when i is no such verb.
func listedVerb(st *sentence, i int) int {
	toks := st.toks
	if i < 3 || toks[i-1].Text != "," || toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" {
		return -1
	}
	switch toks[i].Lemma {
	case "say", "tell", "add", "report", "write", "announce", "claim", "note", "state", "insist", "warn", "explain", "confirm":
		return -1
	}
	m := st.at[i-2]
	if m < 0 || st.ments[m].End != i-1 || st.ments[m].Modifier {
		return -1
	}
	k := st.ments[m].Start - 1
	if k >= 0 && (toks[k].Lower == "the" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || st.at[k] >= 0 || toks[k].Tag != toks[i].Tag {
		return -1
	}
	return k
}

// plainPluralSubject reports a plural common noun before token i that is
// no actor and is followed by its verb ("Dozens of highly motivated
// cadres are thought to have reached Europe, where they remain …",
// "Verification officers check what they receive"): the nearest subject
// a later "they" of the sentence means, so "they" is not the actor of an
// earlier sentence.
func plainPluralSubject(toks []dyad.Token, ms []actors.Mention, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Tag != "NNS" || mentionAt(ms, k) != nil || !subjectAt(toks, k+1) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Tag != "VBP" && toks[k+1].Tag != "VBD" && toks[k+1].Tag != "MD" && toks[k+1].Tag != "RB" {
			continue // "sanctions imposed": a participle, not the verb
		}
		return true
	}
	return false
}

// ownForcesWithdrawn reports a withdrawal (0874, or its intent 0356) whose
// target is the source's own armed forces named as the verb's object:
// "withdraw all US troops from Syria", "was withdrawing American forces",
// "commanders were withdrawing the fighters". The forces withdrawn are
// no target; the place they leave may be (withdrawnFrom).
func ownForcesWithdrawn(st *sentence, h *verbHit) bool {
	if h.code != "0874" && h.code != "0356" || len(h.target) != 1 || len(h.source) == 0 {
		return false
	}
	t, s := h.target[0], h.source[0]
	if !hasSector(t, "MIL", "REB", "UAF") || t.Start <= h.head || t.Country != s.Country {
		return false
	}
	for k := h.head + 1; k < t.Start; k++ {
		if tg := st.toks[k].Tag; tg == "IN" || tg == "TO" {
			return false // "surrendered to Kurdish forces": whom to
		}
	}
	return true
}

// withdrawnFrom returns the state a withdrawal of forces leaves, named
// right after them ("… troops from Syria", "… forces out of Iraq"), as
// the target; nil when none is named.
func withdrawnFrom(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	e := h.target[0].End
	for k := e; k < len(toks) && k <= e+2; k++ {
		if toks[k].Lower != "from" && !(toks[k].Lower == "of" && k > 0 && toks[k-1].Lower == "out") {
			continue
		}
		j := k + 1
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j < len(toks) {
			if m := st.at[j]; m >= 0 && st.ments[m].Country != "" && (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) {
				return []actors.Mention{st.ments[m]}
			}
		}
		break
	}
	return nil
}

// compoundActors drops from a hit's targets the actors named only by a
// compound modifier ("the US-led coalition", "a Saudi-backed militia"),
// which names no actor (CODING.md), and reports a hit whose every source
// is such a modifier ("watch a Russian-led attack on Idlib"): no event.
func compoundActors(st *sentence, h *verbHit) bool {
	t := h.target[:0:0]
	for _, m := range h.target {
		if !compoundMention(st.toks, m) {
			t = append(t, m)
		}
	}
	h.target = t
	if len(h.source) == 0 {
		return false
	}
	for _, m := range h.source {
		if !compoundMention(st.toks, m) {
			return false
		}
	}
	return true
}

// compoundMention reports a mention whose last word is a compound
// modifier of backing or leading: "Russian-led", "US-backed" (read as
// one token, or as "US", "-", "backed"). The state of a flag, an owner
// or a base ("a British-flagged tanker", "the Dubai-based exchange")
// stays a target, as the gold sets code it.
func compoundMention(toks []dyad.Token, m actors.Mention) bool {
	if m.End <= m.Start || m.End > len(toks) {
		return false
	}
	w := toks[m.End-1].Lower
	if h := strings.LastIndexByte(w, '-'); h > 0 {
		return backingSuffix(w[h+1:])
	}
	return m.End+1 < len(toks) && toks[m.End].Text == "-" && backingSuffix(toks[m.End+1].Lower)
}

// backingSuffix lists the second halves of compound modifiers that name
// who backs or leads a thing, not who it belongs to.
func backingSuffix(w string) bool {
	switch w {
	case "led", "backed", "allied", "aligned", "funded", "sponsored", "supported", "inspired", "brokered", "mediated", "affiliated":
		return true
	}
	return false
}
