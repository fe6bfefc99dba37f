package events

// Claims of responsibility carry the act they claim (gold README,
// "Claimed responsibility for X": 015 and X, X asserted since the actor
// itself tells it). The act is found three ways:
//
//   - the act noun after "for": "Islamic State claimed responsibility on
//     Tuesday for a suicide bombing at a concert in Manchester" is
//     IMGMOSISL 015 and IMGMOSISL 1831 GBR… (claimedFor);
//   - the act noun of "claimed the attack on …": "Al-Shabaab claimed the
//     attack on a hotel in Mogadishu" is SOMREB 015 and SOMREB 190 SOM…
//     (claimedNoun);
//   - an act told without its doer (or by an unnamed attacker) in a
//     clause before ", and X claimed responsibility" or ", and X claimed
//     the attack": "A suicide bomber killed 14 people at a mosque in
//     Kirkuk, and Islamic State claimed responsibility" is IMGMOSISL 1831
//     IRQCVL (claimedLater).
//
// A claim said to be false ("denied responsibility") is a 016 and none of
// these; a claim of a plan or a threat ("claimed responsibility for
// security") names no harm noun and gives no act.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// claimVerbAt reports the end of a claim of responsibility whose verb is
// at i: "claimed/took/accepted/admitted/assumed responsibility" (or
// "credit"), returning the index after the noun; 0 when there is none.
func claimVerbAt(toks []dyad.Token, i int) int {
	switch toks[i].Lemma {
	case "claim", "take", "accept", "admit", "assume", "acknowledge":
	default:
		return 0
	}
	if i+1 < len(toks) && (toks[i+1].Lower == "responsibility" || toks[i+1].Lower == "credit" && toks[i].Lemma != "take") {
		return i + 2
	}
	return 0
}

// unnamedDoer reports a source made only of unnamed attackers ("a suicide
// bomber", "gunmen": the UAF sector), whom a claim names.
func unnamedDoer(src []actors.Mention) bool {
	if len(src) == 0 {
		return false
	}
	for _, m := range src {
		if !hasSector(m, "UAF") {
			return false
		}
	}
	return true
}

// claimForVerb returns the verb of the claim of responsibility whose
// "for" is at j ("claimed responsibility on Saturday, in a statement
// carried by its Amaq news agency, for"): only dates, adverbs and a
// comma-enclosed aside may stand between the claim and "for". -1 when "for"
// at j is no claim's.
func claimForVerb(st *sentence, j int) int {
	toks := st.toks
	if v := saidBehindVerb(toks, j); v >= 0 {
		return v // "Al Shabaab said it was behind a suicide truck bomb"
	}
	if j < 2 || toks[j].Lower != "for" {
		return -1
	}
	j--
	for j > 0 {
		switch {
		case st.isDate[j] || toks[j].Tag == "RB" || toks[j].Lower == "on":
			j--
			continue
		case toks[j].Text == ",":
			a := j - 1
			for a > 0 && a > j-16 && toks[a].Text != "," && toks[a].Text != "." && toks[a].Text != ";" {
				a--
			}
			if a <= 0 || toks[a].Text != "," {
				return -1
			}
			j = a - 1
			continue
		}
		break
	}
	if j < 1 || toks[j].Lower != "responsibility" && toks[j].Lower != "credit" || claimVerbAt(toks, j-1) == 0 {
		return -1
	}
	v := j - 1
	if v > 0 && falseClaimAdverb(toks[v-1].Lower) {
		return -1 // "falsely claimed responsibility for the shooting": the claim stands (015), the act is not its claimant's
	}
	if toks[v].Tag == "VBG" || toks[v].Tag == "VB" && v > 0 && toks[v-1].Lower == "to" || backgroundAdverb(toks, v) {
		return -1 // "refusing to claim responsibility", "Israel rarely claims responsibility": no claim told
	}
	return v
}

// saidBehindVerb returns the verb "said" (or "says") of a claim told as
// "X said it was behind" (or "they were behind") whose "behind" is at j:
// the group speaks of itself, a claim of responsibility (the pattern
// "say it be behind", 015). -1 otherwise ("Kyiv said Moscow was behind
// the attack" is an accusation, no claim).
func saidBehindVerb(toks []dyad.Token, j int) int {
	if j < 3 || j >= len(toks) || toks[j].Lower != "behind" || toks[j-1].Lemma != "be" {
		return -1
	}
	if w := toks[j-2].Lower; w != "it" && w != "they" {
		return -1
	}
	if toks[j-3].Lemma != "say" || toks[j-3].Tag != "VBD" && toks[j-3].Tag != "VBZ" {
		return -1
	}
	return j - 3
}

// claimedFor returns the claimant of the harm noun hit h when h is the act
// named after "for" by a claim of responsibility before it (claimForVerb):
// the claim's subject. Only modifiers (determiners, adjectives, nouns,
// numbers, a possessive date such as "Sunday's") may stand between "for"
// and the act noun. Nil when there is no such claim.
func (c *Coder) claimedFor(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	j := h.head - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" ||
		toks[j].Tag == "CD" || toks[j].Tag == "POS" || toks[j].Tag == "PRP$" || st.at[j] >= 0 && st.ments[st.at[j]].Modifier) {
		j--
	}
	v := claimForVerb(st, j)
	if v < 0 {
		return nil
	}
	for _, g := range st.hits {
		if g.head > j && g.head < h.head {
			return nil // "for a car bomb attack": one act, the first noun's ("car bomb")
		}
	}
	for _, g := range st.hits {
		if g.head == v && g.code == "015" && !g.passive && g.status == dyad.Asserted {
			return c.dependantsGroup(st, c.subject(st, v))
		}
	}
	return nil
}

// claimedLater returns the claimant of the harm hit h, told without its
// doer (or by an unnamed attacker), when a later coordinated clause of the
// sentence claims it: ", and X claimed responsibility", ", and X later
// claimed the attack(s)", ending there or with "through/in/via …", "for
// the attack" or a date. The claim must be an active finite verb with X
// a named actor right before it. Nil when there is none.
func (c *Coder) claimedLater(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if !harm(h.code) || h.passive {
		return nil
	}
	for b := h.end; b+1 < len(toks); b++ {
		if toks[b].Lemma != "claim" || toks[b].Tag != "VBD" && toks[b].Tag != "VBZ" && toks[b].Tag != "VBN" || st.at[b] >= 0 {
			continue
		}
		if toks[b].Tag == "VBN" && (b == 0 || toks[b-1].Lower != "has" && toks[b-1].Lower != "have") {
			continue
		}
		e := claimVerbAt(toks, b)
		if e == 0 && b+2 < len(toks) && toks[b+1].Lower == "the" && c.words.attackNouns[toks[b+2].Lower] {
			e = b + 3 // "claimed the attack"
		}
		if e == 0 && b+1 < len(toks) && (toks[b+1].Lower == "it" || toks[b+1].Lower == "them") {
			e = b + 2 // "claimed it"
		}
		if e == 0 {
			return nil
		}
		// the claimant's clause opens with ", and" after h
		a := b - 1
		for a > h.end && toks[a].Lower != "and" && (st.at[a] >= 0 || npTag(toks[a].Tag) || toks[a].Tag == "RB" || toks[a].Tag == "VBZ" || toks[a].Tag == "VBP" || st.isDate[a]) {
			a--
		}
		if a <= h.end || toks[a].Lower != "and" || toks[a-1].Text != "," || a+1 == b {
			return nil
		}
		// the claim ends the sentence, or only says how or when
		if e+2 < len(toks) && toks[e].Lower == "for" && toks[e+1].Lower == "the" && c.words.attackNouns[toks[e+2].Lower] {
			e += 3
		}
		for e < len(toks) && (st.isDate[e] || toks[e].Tag == "RB") {
			e++
		}
		if e < len(toks) && toks[e].Text != "." && toks[e].Lower != "through" && toks[e].Lower != "in" && toks[e].Lower != "via" && toks[e].Lower != "on" && toks[e].Text != "," {
			return nil
		}
		src := c.subject(st, b)
		if len(src) == 0 || unnamedDoer(src) {
			return nil
		}
		for _, m := range src {
			if m.Start <= h.end || m.Place || m.Modifier {
				return nil
			}
		}
		return src
	}
	return nil
}

// claimedNoun returns the act a claim hit h (code 015) names itself when no
// noun pattern of the sentence codes it:
//
//   - "X claimed the attack on Y": X does the act the noun names, with the
//     actor after "on", "against" or "at" (or the place it names) as its
//     target; a bare "claimed the attack" claims an act told before
//     (claimedLater);
//   - "X claimed responsibility for the bombing of a market in Baghdad":
//     the act noun after "for" and its modifiers, coded as "X was
//     responsible for the bombing" is in verbs.txt (responsibleCode).
//
// The act keeps the claim's status and source. False when there is no act
// noun, or when a noun hit of the sentence already codes it (claimedFor).
func (c *Coder) claimedNoun(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if h.code != "015" || len(h.source) == 0 || h.passive || h.status != dyad.Asserted {
		return verbHit{}, false
	}
	var x verbHit
	switch {
	case toks[h.head].Lemma == "claim" && h.head+2 < len(toks) && toks[h.head+1].Lower == "the" && h.end-1 > h.head+1 && c.words.attackNouns[toks[h.end-1].Lower]:
		k := h.end - 1
		for _, p := range c.patterns.nouns[toks[k].Lower] {
			end, ok := matchAdjacent(toks, k, p.Slots[1:])
			if ok && harm(p.Code) {
				x = verbHit{p: p, head: k, end: end, code: p.Code}
				break
			}
		}
		if x.p == nil || x.end >= len(toks) || toks[x.end].Lower != "on" && toks[x.end].Lower != "against" && toks[x.end].Lower != "at" {
			return verbHit{}, false
		}
	case claimVerbAt(toks, h.head) > 0:
		f := claimVerbAt(toks, h.head)
		for f < len(toks) && f < h.end+18 && claimForVerb(st, f) != h.head {
			if toks[f].Text == "." || toks[f].Text == ";" {
				return verbHit{}, false
			}
			f++
		}
		if f >= len(toks) || claimForVerb(st, f) != h.head {
			return verbHit{}, false
		}
		k := f + 1
		for k < len(toks) && (st.isDate[k] || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "POS" || toks[k].Tag == "PRP$" ||
			st.at[k] >= 0 && st.ments[st.at[k]].Modifier) {
			k++
		}
		for _, g := range st.hits {
			if g.head > f && g.head <= k+2 && g.p.Noun {
				return verbHit{}, false // "for a suicide bombing": the noun hit is the act (claimedFor)
			}
		}
		var p *Pattern
		end := 0
		for j := k; p == nil && j < len(toks) && j <= k+3 && (j == k || toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS"); j++ {
			p, end = c.responsibleCode(toks, j) // "the twin bombings": the act noun past a noun modifier
			k = j
		}
		if p == nil {
			return verbHit{}, false
		}
		x = verbHit{p: p, head: k, end: end, code: p.Code}
	default:
		return verbHit{}, false
	}
	x.status, x.source = h.status, h.source
	x.target = untimedTargets(st, x.end, c.object(st, &x)) // (else the place attacked: targets.go targetFamilies)
	if len(x.target) > 0 && x.target[0].Code == h.source[0].Code {
		x.target = nil
	}
	if len(x.target) == 0 && !describedAct(st, x.end) {
		return verbHit{}, false // "took responsibility for the bombing.": an act told elsewhere
	}
	return x, true
}

// responsibleCode returns the pattern "be responsible for <act>" of
// verbs.txt whose act words start at k ("bombing", "chemical attack"),
// the longest that matches, and the index after its words; nil when none
// does.
func (c *Coder) responsibleCode(toks []dyad.Token, k int) (*Pattern, int) {
	var best *Pattern
	bestEnd := 0
	for _, p := range c.patterns.verbs["be"] {
		if len(p.Slots) < 4 || !inSlot(&dyad.Token{Lower: "responsible", Lemma: "responsible"}, p.Slots[1]) || !inSlot(&dyad.Token{Lower: "for", Lemma: "for"}, p.Slots[2]) {
			continue
		}
		if !inSlot(&toks[k], p.Slots[3]) {
			continue
		}
		end, ok := matchAdjacent(toks, k, p.Slots[4:])
		if ok && end > bestEnd {
			best, bestEnd = p, end
		}
	}
	return best, bestEnd
}

// describedAct reports an act noun ending at end that the phrase goes on
// to describe: a place or party after "on", "at", "in", "against" or "of",
// or a relative clause ("that killed 22 people"); not a date ("for the
// strike on Monday") nor the sentence's end.
func describedAct(st *sentence, end int) bool {
	toks := st.toks
	for end < len(toks) && (toks[end].Tag == "NN" || toks[end].Tag == "NNS") && !st.isDate[end] {
		end++ // "a car bomb attack on an army base": past the compound's head
	}
	if end >= len(toks) || st.isDate[end] {
		return false
	}
	switch toks[end].Lower {
	case "on", "at", "in", "against", "of", "near", "outside", "inside", "that", "which":
		return true
	}
	return false
}

// falseClaimAdverb reports an adverb that says a claim of responsibility
// is untrue ("falsely claimed", "wrongly claimed"): the claim is coded
// (015), never the act claimed.
func falseClaimAdverb(w string) bool {
	switch w {
	case "falsely", "wrongly", "wrongfully", "erroneously", "mistakenly", "spuriously", "dubiously", "opportunistically":
		return true
	}
	return false
}

// untimedTargets drops from the targets of a claimed act ending at end
// those named after a time phrase that follows it ("before", "after",
// "ahead of", "during", "following", "since"): "the shooting attack in
// the West Bank shortly before Blinken's visit to Israel" is no attack on
// Blinken.
func untimedTargets(st *sentence, end int, tgt []actors.Mention) []actors.Mention {
	toks := st.toks
	stop := -1
	for k := end; k < len(toks); k++ {
		switch toks[k].Lower {
		case "before", "after", "during", "following", "since", "amid":
			stop = k
		case "ahead":
			if k+1 < len(toks) && toks[k+1].Lower == "of" {
				stop = k
			}
		}
		if stop >= 0 {
			break
		}
	}
	if stop < 0 {
		return tgt
	}
	var kept []actors.Mention
	for _, m := range tgt {
		if m.Start < stop {
			kept = append(kept, m)
		}
	}
	return kept
}
