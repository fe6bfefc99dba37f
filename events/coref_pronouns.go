package events

// Pronouns across sentences: whom a "they" or an "it" that finds no
// antecedent in its own sentence means. A "they" means the one plural
// actor the sentence before had as a subject ("Israeli warplanes struck
// Gaza City. They also fired missiles …"), never a single state, a
// person or a group of unsure number, and nobody when that sentence had
// plural subjects of two different actors; an "it" means the last
// subject only when that is a state, a capital, an organisation or a
// body, never a person, people or a family, and only when no name that
// is no actor is a subject before it in its own sentence ("the National
// Lottery Fund has said … and it was confident"). A "he" or "she" means a
// person named or stood for in one of the two sentences before that name
// any actor (recentPers), never one named further back; a sentence whose
// subject is one unnamed person ("A 19-year-old student goes on a
// rampage") makes a later "he" that person (unnamedSubject): the actor
// the noun names, or no actor.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// theyAntecedent returns the one actor a "they" of the next sentence can
// mean: the plural actor mention of ms that is a subject in toks (a verb
// follows it: "Israeli warplanes struck …", "the opposition parties were
// demanding …", "the YPG have led …", "lost a brother to Isis members who
// came …"), or a "they" opening the sentence that already stood for one
// ("They also fired …"). It returns nil when the sentence has none, or
// has plural subjects of two different codes ("The Palestinians called
// the meeting a failure, but Israeli officials said …"): a "they" after
// it has no one clear antecedent. A sentence that opens with a quotation
// and has no plural subject gives the state that is the quotation's
// subject, with quoted true: speakers call a state "they", and only a
// "they" of a quotation that follows means it ("“China has to do more,”
// he said. “They have condemned the tests …”"). The mention returned is
// a copy.
func theyAntecedent(toks []dyad.Token, ms []actors.Mention) (ante *actors.Mention, quoted bool) {
	one := -1 // index in ms of the plural subject
	for k := range ms {
		m := &ms[k]
		if m.Modifier || m.Place || m.Person || m.End <= m.Start || m.End > len(toks) || m.Country == "" && m.Kind != actors.KindOrg {
			continue
		}
		they := m.Kind == "coref" && strings.EqualFold(m.Text, "they")
		plural := they && opensSentence(toks, m.Start) && subjectAt(toks, m.End) ||
			!they && pluralNoun(toks, *m) && subjectAt(toks, m.End) ||
			!they && groupMembers(toks, m.End)
		if !plural {
			continue
		}
		if one >= 0 && ms[one].Code != m.Code {
			return nil, false
		}
		if one < 0 {
			one = k
		}
	}
	if one >= 0 {
		a := ms[one]
		return &a, false
	}
	if len(toks) == 0 || !isQuote(toks[0].Text) {
		return nil, false
	}
	for k := range ms {
		m := &ms[k]
		if m.Modifier || m.Place || m.End <= m.Start || m.End > len(toks) {
			continue
		}
		if (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && subjectAt(toks, m.End) && !quoteClosed(toks, m.Start) {
			a := *m
			return &a, true
		}
		return nil, false // (the quotation's first actor only)
	}
	return nil, false
}

// groupMembers reports a plural noun of a group's people at i that a
// relative clause makes a subject: "Isis members who came to his home",
// "Hamas fighters who crossed the fence".
// The mention may end at i or take the plural noun in ("Isis members").
func groupMembers(toks []dyad.Token, i int) bool {
	if i < len(toks) && toks[i].Tag == "NNS" {
		i++
	} else if i == 0 || toks[i-1].Tag != "NNS" {
		return false
	}
	return i+1 < len(toks) && toks[i].Lower == "who" && subjectAt(toks, i+1)
}

// quoteClosed reports a closing quotation mark before token i of a
// sentence that opens with a quotation: i stands outside it.
func quoteClosed(toks []dyad.Token, i int) bool {
	for k := 1; k < i && k < len(toks); k++ {
		if isQuote(toks[k].Text) {
			return true
		}
	}
	return false
}

// itAntecedent reports whether m, the last sentence's subject, is
// something a later "it" can mean: a state, a capital, an organisation,
// or a body such as a government, a ministry or an army. A person (named,
// titled or a person noun: "the spokesman", "the doctor"), people ("the
// family", "residents") and a "he", "she" or "they" that stood for one are
// not ("A Fed spokesman declined to comment. "Of course, it will take the
// dollar into account"": the Fed, no actor here, not the spokesman).
func (v *vocab) itAntecedent(m actors.Mention) bool {
	switch m.Kind {
	case actors.KindCountry, actors.KindCapital, actors.KindOrg:
		return true
	}
	if m.Person || m.Plural || pluralActor(m) {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) == 0 {
		return false
	}
	head := f[len(f)-1]
	switch head {
	case "he", "she", "they", "him", "her", "them":
		return false
	}
	if v.personTitles[head] || v.personNouns[head] || v.kinNouns[head] || v.kinWords[head] || v.humanNouns[head] {
		return false
	}
	for _, s := range m.Sectors {
		if s != "CVL" && s != "REF" {
			return true
		}
	}
	return len(m.Sectors) == 0 // (a state the mention stands for: "the country")
}

// pluralNoun reports an actor mention that names more than one: a plural
// noun ("officials", "warplanes"), "police", or a group whose verb is
// plural ("the YPG have led", "the Taliban were").
func pluralNoun(toks []dyad.Token, m actors.Mention) bool {
	if m.Plural || pluralActor(m) || toks[m.End-1].Lower == "police" {
		return true
	}
	state := m.Kind == actors.KindCountry || m.Kind == actors.KindCapital
	if head := toks[m.End-1]; !state && (head.Tag == "NNS" || head.Tag == "NNPS") {
		return true // a group's people: "Houthi rebels", "Hamas fighters", "the Houthis"
	}
	for i := m.End; i < len(toks); i++ {
		switch t := toks[i]; {
		case t.Tag == "RB":
			continue
		case t.Tag == "VBP" || t.Lower == "were":
			return true
		case t.Tag == "VBD" && t.Lower != "was" && t.Lower != "had" && t.Lower != "did" && theGroup(toks, m):
			// "The Taliban seized Kabul": a group's number is its
			// people's; not a singular "was", nor a background "had
			// handed over" (whose "they" after is often the people acted on)
			return true
		}
		break
	}
	return false
}

// theGroup reports a mention of a group by its name after "the", not an
// acronym: "The Taliban", "the Houthis" (not "the UN", "the EU", nor a
// state or a body such as "the government").
func theGroup(toks []dyad.Token, m actors.Mention) bool {
	start := m.Start
	if start < m.End && toks[start].Lower == "the" {
		start++
	} else if start == 0 || toks[start-1].Lower != "the" {
		return false
	}
	if m.Kind != actors.KindOrg || m.End-start != 1 {
		return false
	}
	h := toks[start]
	return strings.HasPrefix(h.Tag, "NNP") && len(h.Text) > 1 && strings.ToUpper(h.Text) != h.Text
}

// opensSentence reports a token i that only quotation marks precede:
// a "they" there found its antecedent in the sentence before.
func opensSentence(toks []dyad.Token, i int) bool {
	for k := 0; k < i; k++ {
		if !isQuote(toks[k].Text) {
			return false
		}
	}
	return true
}

// nameSubjectBefore reports a name before token i that names no actor
// (covered false) and is a subject, a verb right after it: "the
// National Lottery Fund has said … and it was confident", "Tom Ellis
// argued it gave": the "it" of the sentence means that thing or what that
// one spoke of, never the last sentence's subject. A name followed by a
// participle or inside a phrase of a preposition is no subject ("After
// talks with John Smith held in Geneva, it said"), and a lone name that
// says something is a speaker for the last subject ("Russia expelled
// two diplomats. Zakharova said it would retaliate"): neither counts.
func (v *vocab) nameSubjectBefore(toks []dyad.Token, covered func(int) bool, i int) bool {
	for k := 0; k+1 < i; k++ {
		if covered(k) || toks[k].Tag != "NNP" {
			continue
		}
		n := toks[k+1]
		if !strings.HasPrefix(n.Tag, "VB") && n.Tag != "MD" || n.Tag == "VBN" || n.Tag == "VBG" {
			continue // no verb, or a participle: "talks with John Smith held in Geneva"
		}
		s := k
		for s > 0 && toks[s-1].Tag == "NNP" && !covered(s-1) {
			s--
		}
		if s > 0 && (toks[s-1].Tag == "IN" || toks[s-1].Tag == "TO") {
			continue // a name in a phrase of a preposition: no subject
		}
		if s == k && (s == 0 || toks[s-1].Lower != "the") && v.speechForms[n.Lower] {
			continue // a speaker named by surname alone speaks for the last subject: "Zakharova said it would"
		}
		return true
	}
	return false
}

// coordinatedStates returns the two states of a coordinated subject
// ("Russia and China vetoed the resolution"): one plural antecedent, which
// a "they" of the next sentence means both of. It returns nils when the
// sentence has none. The mentions returned are copies.
func coordinatedStates(toks []dyad.Token, ms []actors.Mention) (a, b *actors.Mention) {
	state := func(m *actors.Mention) bool {
		return (m.Kind == actors.KindCountry || m.Kind == actors.KindCapital) && !m.Modifier && !m.Place && m.End > m.Start && m.End <= len(toks)
	}
	for k := 0; k+1 < len(ms); k++ {
		m, n := &ms[k], &ms[k+1]
		if !state(m) || !state(n) || n.Start != m.End+1 || toks[m.End].Lower != "and" || n.Code == m.Code || !subjectAt(toks, n.End) {
			continue
		}
		mc, nc := *m, *n // the copies the doc promises
		return &mc, &nc
	}
	return nil, nil
}

// recentPers returns the person a "he" or "she" with no antecedent in its
// own sentence may mean: the last person remembered, when the sentence
// before or the one before it named that person (or stood for them with
// a pronoun); nil when the person was named longer ago ("Boris Johnson
// said … Here are the deadliest shootings: … A student goes on a rampage
// … He kills 27 students" is not Johnson). The mention is shared: do not
// write to it.
func (ctx *articleCtx) recentPers() *actors.Mention {
	if ctx.persAge > 1 {
		return nil
	}
	return ctx.lastPers
}

// namesActor reports a mention in ms that names an actor, not a place
// nor a modifier: a sentence naming none ages no antecedent (recentPers).
func namesActor(ms []actors.Mention) bool {
	for _, m := range ms {
		if !m.Place && !m.Modifier {
			return true
		}
	}
	return false
}

// presentVerbAt reports a present-tense verb the tagger left as a plural
// noun at i, before a preposition or an article: "a student goes on a
// rampage", "a gunman opens fire".
func presentVerbAt(toks []dyad.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Tag == "NNS" && strings.HasSuffix(toks[i].Lower, "s") &&
		(toks[i+1].Tag == "IN" || toks[i+1].Tag == "DT" || toks[i+1].Tag == "RP" || toks[i+1].Lower == "fire")
}

// unnamedSubject reports that the sentence's subject is one person named
// by a common noun ([person nouns], [human nouns]: "A 19-year-old student
// goes on a rampage", "In 1991, a man shoots dead 22 people", "The gunman
// fired from the 32nd floor"): the subject is the noun after an optional
// opening phrase closed by a comma, an article and modifiers, and a verb
// follows it. It returns the actor mention that names that person, nil
// when none does (a student is no actor). A later "he" or "she" means
// that person, not one named before.
func (v *vocab) unnamedSubject(toks []dyad.Token, ms []actors.Mention) (m *actors.Mention, ok bool) {
	k := 0
	for j := 0; j < len(toks) && j < 8; j++ {
		if toks[j].Text == "," {
			k = j + 1 // "In October 1991, a man …"
			break
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			break
		}
	}
	if k < len(toks) && toks[k].Tag == "CC" {
		k++ // "But a man …"
	}
	if k >= len(toks) || toks[k].Tag != "DT" {
		return nil, false // (an article: "a", "an", "the", "another")
	}
	for j := k + 1; j < len(toks) && j < k+6; j++ {
		t := toks[j]
		if t.Tag == "NN" && (v.personNouns[t.Lower] || v.humanNouns[t.Lower]) && (subjectAt(toks, j+1) || presentVerbAt(toks, j+1)) {
			for q := range ms {
				if ms[q].Start <= j && j < ms[q].End && !ms[q].Modifier && !ms[q].Place && !ms[q].Plural {
					return &ms[q], true
				}
			}
			return nil, true
		}
		if t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "NN" && t.Tag != "HYPH" && t.Tag != "VBN" {
			return nil, false
		}
	}
	return nil, false
}
