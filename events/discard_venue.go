package events

import "github.com/dyad-events/dyad"

// Sport venues named as the place of a non-sport act: "the Taliban
// flogged 12 people in a football stadium", "troops gathered the men at
// a cricket ground". The sentence filter (discard.go sentenceOff) sets a
// sentence aside as a sports result when it holds two sport cue words
// and no political one; a place phrase whose head is a venue ([sport
// venues] of data/words.txt) gives it two ("football", "stadium")
// though it tells only where something happened. Sport needs a sport act
// or result (CODING.md: sports results carry no event; a flogging, a
// shooting or a rally at a stadium is coded as anywhere else), so the
// words of such a phrase are not counted.

// venuePlaceWords marks the tokens of toks in a place phrase headed by a
// sport venue: a locative preposition ("in", "at", "inside", "outside",
// "near", "into", "from") followed within four words, by determiners,
// adjectives, nouns and names only, by a venue noun that ends the noun
// phrase. The preposition is not marked; the words after it up to the
// venue are. It returns nil when toks holds no such phrase.
func venuePlaceWords(toks []dyad.Token, venues wordList) []bool {
	var mark []bool
	for k, t := range toks {
		if !venues[t.Lower] || k+1 < len(toks) && toks[k+1].Tag != "" && toks[k+1].Tag[0] == 'N' {
			continue // not a venue, or not the head: "stadium security"
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			w := toks[j]
			if w.Tag == "IN" {
				if locativePrep(w.Lower) {
					if mark == nil {
						mark = make([]bool, len(toks))
					}
					for m := j + 1; m <= k; m++ {
						mark[m] = true
					}
				}
				break
			}
			if !venueModifierTag(w.Tag) {
				break
			}
		}
	}
	return mark
}

// venueModifierTag reports a tag a word inside the venue's noun phrase
// may carry: a determiner, a possessive, a number, an adjective or a
// noun ("a football", "the city's main", "Kabul's Ghazi").
func venueModifierTag(tag string) bool {
	switch tag {
	case "DT", "PRP$", "POS", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH":
		return true
	}
	return false
}

// locativePrep reports a preposition that opens a place phrase.
func locativePrep(w string) bool {
	switch w {
	case "in", "at", "inside", "outside", "near", "into", "from":
		return true
	}
	return false
}
