package events

// Speakers for coreference: the speaker of a speech verb before an agent, the
// country of a closing speaker, and the actor a verb at a token offers as its
// subject.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// speakerBefore returns the speaker of a speech verb right before a
// pronoun at i ("NP said (that) he"), whom the pronoun means: the actor
// mention ending the NP, or nil with ok true when no actor mention covers
// it ("Kurdish officials said on Sunday they", "De Mistura said he", "a
// spokesman for the militias said they"); ok is false when the pronoun
// follows no such verb.
func speakerBefore(st *sentence, ms, extra []actors.Mention, i int) (m *actors.Mention, ok bool) {
	toks := st.toks
	j := i - 1
	if j >= 0 && toks[j].Lower == "that" {
		j--
	}
	for j >= 1 && dateWord(toks[j]) {
		j-- // "said on Sunday they", "said today they"
		if toks[j].Lower == "on" {
			j--
		}
	}
	if j < 1 {
		return nil, false
	}
	if j >= 2 && toks[j-1].Text == "," && st.words.addingParticiples[toks[j].Lower] {
		// "the YPG branch in Afrin said in a statement, adding that it
		// held Ankara accountable": the speaker of the verb the
		// participle continues
		v := j - 2
		for v > 0 && j-v <= 6 && !st.words.speechForms[toks[v].Lower] && (toks[v].Tag == "IN" || toks[v].Tag == "DT" || toks[v].Tag == "NN" || toks[v].Tag == "NNS" || toks[v].Tag == "CD" || dateWord(toks[v])) {
			v-- // "in a statement", "on Monday", "reporters"
		}
		if !st.words.speechForms[toks[v].Lower] {
			return nil, false
		}
		j = v
	}
	if !st.words.speechForms[toks[j].Lower] {
		return nil, false
	}
	k := j - 1
	for k >= 0 && (toks[k].Tag == "RB" || isAuxWord(toks[k].Lower) || infinitiveSpeaker(toks, k, j)) { // ("leading Kim to say he")
		k--
	}
	if k >= 0 && toks[k].Text == "," {
		if m := appositionSpeaker(toks, ms, k); m != nil {
			return m, true // "Russia's UN ambassador, Vassily X, said he" (attribution.go)
		}
	}
	if k >= 0 && toks[k].Text == "," {
		if o := relativeParenthesis(toks, k); o > 0 {
			return parenthesisHead(toks, ms, o), true // "Turkey's president, who met Putin, said he"
		}
	}
	if k < 0 || toks[k].Text == "," {
		return nil, false // "…, she said" asides and inverted quotes are left alone
	}
	if !nounTag(toks[k].Tag) {
		return nil, false
	}
	if b := committeeSpeaker(toks, k); b >= 0 {
		// "lawmakers on the House Select Committee on the Chinese Communist
		// Party said they": the members, never the body's topic; a body
		// the dictionary names whole, topic and all ("The Inter-American
		// Commission on Human Rights said it"), is the speaker
		if m := mentionAt(ms, k); m != nil && m.Start <= b {
			return m, true
		}
		for j := b; j >= 0 && b-j < 10; j-- {
			if toks[j].Lower == "on" || toks[j].Lower == "of" {
				if j > 0 {
					if m := mentionAt(ms, j-1); m != nil {
						return m, true
					}
				}
				break
			}
			if !nameTok(toks[j]) && toks[j].Lower != "a" && toks[j].Lower != "an" && !committeeWord(toks[j].Lower) {
				break
			}
		}
		return nil, true
	}
	// the head noun, else an owner or modifier within its phrase:
	// "Ukraine's prosecutor general's office said it"
	for ; k >= 0; k-- {
		if m := mentionAt(ms, k); m != nil {
			if e := titledEnvoy(toks, ms, m); e != nil {
				return e, true // "The U.N. envoy for Cyprus said he" (coref_speaker_envoy.go)
			}
			return m, true
		}
		if m := mentionAt(extra, k); m != nil {
			return m, true
		}
		switch t := toks[k]; {
		case nounTag(t.Tag) || t.Tag == "JJ" || isPossTok(t):
			continue
		case t.Lower == "in" && k > 0 && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS"):
			continue // "the YPG branch in Afrin said it": the branch, past its place
		}
		break
	}
	return nil, true
}

// saidBetween reports a speech verb alone (and an optional "that")
// between tokens a and b: "Ankara said they", "Kyiv claimed that they".
func (v *vocab) saidBetween(toks []dyad.Token, a, b int) bool {
	if b-a < 1 || b-a > 2 || !v.claimForms[toks[a].Lower] {
		return false
	}
	return b-a == 1 || toks[a+1].Lower == "that"
}

// subjectAt reports a verb at token i, after adverbs: the actor ending
// there is a subject. Unknown past forms the tagger left as nouns count
// ("Ukraine rebuild its army": a plain form before a determiner).
func subjectAt(toks []dyad.Token, i int) bool {
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Tag == "RB":
			continue
		case strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return true
		case (t.Tag == "NN" || t.Tag == "NNS") && (strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 ||
			i+1 < len(toks) && (toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$")):
			return true
		}
		return false
	}
	return false
}

// isAuxWord reports a form of "be" or "have".
func isAuxWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "'s":
		return true
	}
	return false
}

// tailSpeakerCountry returns, for an agent m that speaks in a closing
// attribution (", a foreign ministry spokesman warned"), the country of
// the nearest state before the comma that is a clause's subject (at the
// start of the sentence or after a comma or conjunction, with a modal or
// finite verb right after it, or after the day it names: "Beijing will
// retaliate", "Pakistan on Wednesday summoned"); "" otherwise.
func tailSpeakerCountry(toks []dyad.Token, before []actors.Mention, m actors.Mention) string {
	b := m.Start - 1
	if b >= 0 && (toks[b].Lower == "a" || toks[b].Lower == "the" || toks[b].Lower == "an") {
		b--
	}
	if b < 0 || toks[b].Text != "," || m.End >= len(toks) || !finite(toks[m.End].Tag) {
		return ""
	}
	for j := len(before) - 1; j >= 0; j-- {
		n := before[j]
		if n.End > b || n.Country == "" || n.Modifier || n.Place || n.End >= len(toks) {
			continue
		}
		if t := toks[dayAfterSubject(toks, n.End)].Tag; t != "MD" && !finite(t) {
			continue // ("Pakistan on Wednesday summoned …, the ministry said": past the day)
		}
		// a clause's subject opens it: at the start, or after a comma or
		// a conjunction ("with the insurgents scheduled …" is no subject)
		k := n.Start - 1
		if k >= 0 && (toks[k].Lower == "the" || toks[k].Tag == "DT") {
			k--
		}
		if k < 0 || toks[k].Text == "," || toks[k].Lower == "and" || toks[k].Lower == "but" || toks[k].Text == ";" {
			return n.Country
		}
	}
	return ""
}

// tailSurnameCountry is tailSpeakerCountry for a subject that is a lone
// surname, which no mention covers yet (surnames are read after the
// agents, coref_references.go): "Zelensky met Duda in Kyiv on Monday, the
// presidency said" gives UKR, the country of the person named earlier in
// the story by that name, else of the one office holder of that name on
// the publication date (actors.Matcher.Holder), not the story's country
// (RUS after "Russia shelled Kharkiv on Monday."). The surname, a single
// capitalised word no mention covers, opens a clause before the comma,
// with a modal or finite verb after it; "" otherwise.
func (c *Coder) tailSurnameCountry(ctx *articleCtx, toks []dyad.Token, before []actors.Mention, m actors.Mention) string {
	b := m.Start - 1
	if b >= 0 && (toks[b].Lower == "a" || toks[b].Lower == "the" || toks[b].Lower == "an") {
		b--
	}
	if b < 1 || toks[b].Text != "," || m.End >= len(toks) || !finite(toks[m.End].Tag) {
		return ""
	}
next:
	for p := b - 2; p >= 0; p-- {
		t := toks[p]
		if t.Tag != "NNP" || !startsUpperASCII(t.Text) || toks[p+1].Tag == "NNP" || toks[p+1].Tag == "POS" {
			continue
		}
		if p > 0 {
			switch toks[p-1].Text {
			case ",", "and", "but", ";":
			default:
				continue
			}
		}
		for _, n := range before {
			if n.Start <= p && p < n.End {
				continue next
			}
		}
		if v := toks[dayAfterSubject(toks, p+1)].Tag; v != "MD" && !finite(v) {
			continue
		}
		if n, ok := ctx.names[t.Lower]; ok {
			if n.Person {
				return n.Country
			}
			return ""
		}
		if ctx.pubDate == "" {
			return ""
		}
		if a, ok := c.matcher.Holder(t.Lower, ctx.pubDate); ok {
			return a.Country
		}
		return ""
	}
	return ""
}

// dayAfterSubject returns the index past a day phrase at i that stands
// between a subject and its verb ("Pakistan on Wednesday summoned",
// "Iran late Tuesday recalled", "Kenya yesterday expelled"), or i when
// none does; never len(toks).
func dayAfterSubject(toks []dyad.Token, i int) int {
	j := i
	if j < len(toks) && (toks[j].Lower == "on" || toks[j].Lower == "late" || toks[j].Lower == "early") {
		j++
	}
	if j < len(toks) && (isWeekday(toks[j].Lower) || toks[j].Lower == "today" || toks[j].Lower == "yesterday") {
		if j+1 < len(toks) {
			return j + 1
		}
	}
	return i
}
