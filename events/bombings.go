package events

// Killings done by a bomb: a killing whose subject is the explosive
// itself, not a doer, is a bombing (183), whoever a later clause blames
// or claims it for: "A bomb killed six people in Istanbul, and Turkey
// blamed Kurdish militants" (TURREB 183, alleged), "Two explosions killed
// nearly 100 people at a memorial in Kerman, and Islamic State claimed
// the attack", "A blast ripped through a market in Peshawar on Friday,
// killing 20 people". The explosive's kind, when a noun pattern names it
// ("a car bomb" 1832, "a roadside bomb" 1833), is that pattern's own
// event; bombings keep their code against a large toll (killCode, no
// mass killing).

import "github.com/dyad-events/dyad"

// bombSubject reports the killing verb at head told with an explosive as
// its subject: the finite verb right after the noun phrase that opens its
// clause ("A bomb killed", "Two powerful explosions killed"), or a
// participle after a comma whose clause opens with that noun phrase and
// its verb ("A bomb exploded in Istanbul on Sunday, killing six people").
// The explosives are the forms of [explosive nouns] (data/words.txt).
func (v *vocab) bombSubject(toks []dyad.Token, head int) bool {
	if head < 2 || toks[head].Lemma != "kill" {
		return false
	}
	end := head // the token after the explosive noun
	switch toks[head].Tag {
	case "VBD", "VBZ":
		for end > 0 && toks[end-1].Tag == "RB" {
			end--
		}
	case "VBG":
		if toks[head-1].Text != "," {
			return false
		}
		// the clause before: its subject and finite verb
		s := clauseStartBefore(toks, head-1)
		end = s
		for end < head-1 && npPremodifier(toks[end]) && !v.explosiveNouns[toks[end].Lower] {
			end++
		}
		if end >= head-2 || !v.explosiveNouns[toks[end].Lower] || toks[end+1].Tag != "VBD" {
			return false
		}
		end++
	default:
		return false
	}
	n := end - 1
	if n < 0 || !v.explosiveNouns[toks[n].Lower] {
		return false
	}
	s := clauseStartBefore(toks, n)
	for k := s; k < n; k++ {
		if !npPremodifier(toks[k]) {
			return false
		}
	}
	return true
}

// clauseStartBefore returns the first token of the clause that holds
// token i: the sentence's start, or the token after the last ";" or ",
// and" before i.
func clauseStartBefore(toks []dyad.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Text == ";" || toks[k].Lower == "and" && k > 0 && toks[k-1].Text == "," {
			return k + 1
		}
	}
	return 0
}

// npPremodifier reports a word that may open a noun phrase before its
// head: a determiner, a number, an adjective or a noun ("A powerful car
// bomb", "Two explosions").
func npPremodifier(t dyad.Token) bool {
	switch t.Tag {
	case "DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "VBN":
		return true
	}
	return false
}
