package events

// Quotations: who "we" and "I" are inside a quote, and quote marks that
// sit between a subject and its verb.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// quoteSpan returns the quotation around token i as the indices of its
// opening and closing marks (the sentence's end when it does not close
// in the sentence); ok is false when i is not inside one.
func quoteSpan(toks []dyad.Token, i int) (open, end int, ok bool) {
	open = -1
	for k := 0; k < i; k++ {
		if isDoubleQuote(toks[k].Text) {
			if open < 0 {
				open = k
			} else {
				open = -1 // closed again
			}
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < len(toks); k++ {
		if isDoubleQuote(toks[k].Text) {
			return open, k, true
		}
	}
	return open, len(toks), true
}

// isDoubleQuote reports a double quotation mark (straight or curly).
func isDoubleQuote(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "``" || s == "''"
}

// quoteSpeaker returns the actor who says the quotation around token i:
// the subject of a speech verb right after it (`"…," the French foreign
// ministry said`, `"…," said Dmitry Peskov`) or right before it (`Abbas
// Araghchi said: "…"`). Nil when i is in no quotation or no actor speaks
// it.
func quoteSpeaker(st *sentence, ms []actors.Mention, i int) *actors.Mention {
	toks := st.toks
	open, end, ok := quoteSpan(toks, i)
	if !ok {
		return nil
	}
	speaker := func(m *actors.Mention) *actors.Mention {
		if m == nil || m.Modifier || m.Place || m.Unresolved || m.Country == "" && m.Kind != actors.KindOrg {
			return nil
		}
		return m
	}
	if end < len(toks) {
		// after: `," the ministry said`, `," said Peskov`
		k := end + 1
		if k < len(toks) && st.words.quoteVerbs[toks[k].Lower] {
			if m := mentionAt(ms, k+1); m != nil {
				return speaker(m)
			}
			if k+1 < len(toks) && toks[k+1].Tag == "DT" {
				return speaker(mentionAt(ms, k+2))
			}
			return nil
		}
		for j := end + 1; j < len(toks) && j <= end+10; j++ {
			if st.words.quoteVerbs[toks[j].Lower] && j > end+1 {
				// the speaker phrase's actor, past a place in it ("a police
				// spokesman in Karachi said")
				for x := j - 1; x > end; x-- {
					if m := speaker(mentionAt(ms, x)); m != nil {
						return m
					}
				}
				return nil
			}
			if isDoubleQuote(toks[j].Text) || toks[j].Text == ";" {
				break
			}
		}
	}
	// before: `Araghchi said: "`, `Araghchi told reporters, "`
	k := open - 1
	if k >= 0 && (toks[k].Text == ":" || toks[k].Text == ",") {
		k--
	}
	if k >= 1 && toks[k].Tag == "NNS" && toks[k-1].Lower == "told" {
		k -= 1 // "told reporters"
	} else if k >= 2 && (toks[k].Tag == "NNS" || toks[k].Tag == "NN") && toks[k-1].Tag == "DT" && toks[k-2].Lower == "told" {
		k -= 2 // "told the conference"
	}
	for k >= 0 && (dateAt(st, k) || toks[k].Tag == "RB") {
		k--
	}
	if k < 1 || !st.words.quoteVerbs[toks[k].Lower] {
		return nil
	}
	j := k - 1
	for j >= 0 && (dateAt(st, j) || toks[j].Tag == "RB" || isAux(toks[j])) {
		j--
	}
	if j < 0 {
		return nil
	}
	return speaker(mentionAt(ms, j))
}

// dateAt reports token k as part of a date expression, when the sentence's
// dates are found already (coreference runs before them: a date word then
// counts by its form, "on Monday").
func dateAt(st *sentence, k int) bool {
	if k < len(st.isDate) {
		return st.isDate[k]
	}
	return dateWord(st.toks[k]) || st.toks[k].Lower == "on" && k+1 < len(st.toks) && dateWord(st.toks[k+1])
}

// quotedObjectSelf reports the speaker's own object pronoun at i, "me"
// or a lowercase "us", right after a verb: `"Putin blamed me,"`, `"they
// attacked us"`. Inside a quotation it means the quotation's speaker (a
// capitalised "US" is the country; "us" after a preposition is left
// alone: "many of us").
func quotedObjectSelf(toks []dyad.Token, i int, w string) bool {
	if w != "me" && !(w == "us" && toks[i].Text == "us") || i < 1 || toks[i].Tag != "PRP" && toks[i].Tag != "PP" {
		return false
	}
	if p := toks[i-1].Tag; p != "VBD" && p != "VBZ" && p != "VBP" && p != "VB" && p != "VBN" && p != "VBG" {
		return false
	}
	_, _, ok := quoteSpan(toks, i)
	return ok
}

// quoteSelf reports a speaker's own pronoun at i that means the
// quotation's speaker: "I" or "we" before a verb, or an object "me" or
// "us" (quotedObjectSelf).
func quoteSelf(st *sentence, i int, w string) bool {
	return (w == "we" || w == "i" && st.toks[i].Text == "I") && followedByVerb(st, i) || quotedObjectSelf(st.toks, i, w)
}
