package events

import "github.com/dyad-events/dyad"

// invertedIf returns toks with a sentence-initial "Should" that opens an
// inverted conditional read as "if": "Should Moscow attack Warsaw, the
// alliance would respond" is "If Moscow attack(s) Warsaw, …", a
// hypothetical act and its consequence. The clause must close with a
// comma within ten tokens, the sentence must not end in a question mark
// ("Should Berlin send tanks?"), and "would", "will", "could" or "might"
// must follow the comma. toks is copied before it is changed.
func invertedIf(toks []dyad.Token) []dyad.Token {
	k := 0
	for k < len(toks) && isQuote(toks[k].Text) {
		k++
	}
	if k+3 >= len(toks) || toks[k].Text != "Should" || toks[len(toks)-1].Text == "?" {
		return toks
	}
	comma := -1
	for j := k + 2; j < len(toks) && j <= k+10; j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return toks
	}
	modal := false
	for j := comma + 1; j < len(toks); j++ {
		switch toks[j].Lower {
		case "would", "will", "could", "might", "'d", "'ll":
			modal = true
		}
	}
	if !modal {
		return toks
	}
	out := append([]dyad.Token(nil), toks...)
	out[k].Lower, out[k].Lemma, out[k].Tag = "if", "if", "IN"
	return out
}
