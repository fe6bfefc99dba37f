package events

// Role: "March" inside a proper name ("the Women's March", "the Long
// March", "the Million Man March") names an event or a rocket, not the
// month: no date of the sentence.

import "github.com/dyad-events/dyad"

// namedMarch reports the month word at i as the last word of a proper
// name: "March" after a possessive "'s" ("the Women's March") or after a
// capitalised word inside the sentence ("the Long March", "Million Man
// March"), with no day number after it ("Women's Day, March 8" stays a
// date: a comma stands between).
func namedMarch(toks []dyad.Token, i int) bool {
	if toks[i].Text != "March" || i < 2 {
		return false
	}
	if i+1 < len(toks) && dayNumber(toks[i+1].Lower) > 0 {
		return false
	}
	prev := toks[i-1]
	if prev.Lower == "'s" || prev.Lower == "'" || prev.Lower == "’s" {
		return true
	}
	return startsUpperASCII(prev.Text) && prev.Tag == "NNP" && monthOf(prev.Lower) == 0 && !isWeekday(prev.Lower)
}
