package events

import "github.com/dyad-events/dyad"

// objectPhraseEnd returns one past the end of the noun phrase whose noun is
// toks[j], as a verb's object runs on before a preposition or particle
// that must follow it at once (matchSlotsFrom): nouns compounded after
// it ("medicine shipments"), nouns coordinated with it ("medicine and
// flour", "activists, students and their lawyers") and an "of" phrase
// ("the leaders of the protest"). "let medicine and flour into Gaza" is
// "let medicine into" (0863), "threw activists and their lawyers into
// jail" "throw activists into jail" (173): the preposition or particle
// belongs to the verb however many nouns its object holds. The phrase reaches no more
// than eight tokens past j, as a slot's window (matchSlotsFrom), and
// j+1 when no noun of the phrase follows j; a token that is no noun
// (not NN, NNS, NNP, NNPS) at j has no phrase.
func objectPhraseEnd(toks []dyad.Token, j int) int {
	if j >= len(toks) || !nounTag(toks[j].Tag) {
		return j + 1
	}
	limit := min(len(toks), j+9)
	end := j + 1
	for end < limit && nounTag(toks[end].Tag) {
		end++ // "medicine shipments"
	}
	for end < limit {
		switch toks[end].Lower {
		case "and", "or", ",", "of":
		default:
			return end
		}
		k := end + 1
		if toks[end].Text == "," && k < limit && (toks[k].Lower == "and" || toks[k].Lower == "or") {
			k++ // the serial comma: "tents, blankets, and flour"
		}
		for k < limit && premodifier(toks[k].Tag) {
			k++ // "and other supplies", "of the protest", "and 20 tonnes"
		}
		if k >= limit || !nounTag(toks[k].Tag) {
			return end // no noun after the conjunction: "medicine and into Gaza" is no phrase
		}
		for k < limit && nounTag(toks[k].Tag) {
			k++
		}
		end = k
	}
	return end
}

// premodifier reports a tag of a word that may stand before a noun in
// its phrase: a determiner, possessive, number or adjective ("their",
// "40", "other", "humanitarian").
func premodifier(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS":
		return true
	}
	return false
}

// prepositionSlot reports a pattern slot all of whose words are
// prepositions or verb particles ("+{into,in}", "+out", "+back"): the
// word that follows the verb's object, which objectPhraseEnd lets the whole
// object phrase stand before.
func prepositionSlot(slot []string) bool {
	for _, w := range slot {
		if !isParticle(w) {
			switch w {
			case "into", "onto", "across", "through", "toward", "towards", "against", "back", "away", "about", "around", "behind", "under", "inside", "outside", "past":
			default:
				return false
			}
		}
	}
	return true
}
