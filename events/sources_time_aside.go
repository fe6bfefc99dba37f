package events

// timeAsideBefore reads a time or cause clause set off by commas between
// a clause and the ", and" that adds a second verb to it: "Paraguay's
// president broke off relations with Venezuela on Thursday, hours after
// Nicolas Maduro was sworn in, and praised the opposition" — the praise
// is the president's, the subject of the clause before the aside, not
// Maduro's (W41049). CODING.md gives a coordinated verb its own clause's
// subject; the aside is a clause of its own with its own subject.
//
// k is a finite verb the subject search met going back from "and" at j
// (toks[j-1] a comma). When k stands in an aside that the comma before
// "and" closes and that opens with a subordinator after a comma ("after",
// "before", "since", "as", "while", "when", "until", "because"; after at
// most three words of time: "hours after", "two days after", "a day
// after", "shortly before"), timeAsideBefore returns the aside's opening
// comma; else -1. A verb outside such an aside ("…, killing two, and
// wounded …") is not passed.
func timeAsideBefore(st *sentence, k, j int) int {
	toks := st.toks
	if j < 2 || toks[j].Lower != "and" || toks[j-1].Text != "," || k >= j-1 || st.at[k] >= 0 || !(finite(toks[k].Tag) || toks[k].Tag == "VBN") {
		return -1
	}
	c := -1
	for m := k - 1; m >= 0; m-- {
		if toks[m].Text == "," {
			c = m
			break
		}
		if toks[m].Text == ";" {
			return -1
		}
	}
	if c < 1 {
		return -1
	}
	for m := c + 1; m < k && m <= c+4; m++ {
		w := toks[m].Lower
		if w == "as" || w == "after" || w == "before" || w == "since" || w == "while" || w == "when" || w == "until" || w == "because" {
			// the words before the subordinator are a span of time
			for q := c + 1; q < m; q++ {
				if !timeSpanWord(toks[q].Lower) && toks[q].Tag != "CD" {
					return -1
				}
			}
			return c
		}
	}
	return -1
}

// timeSpanWord reports a word of the span that may come before "after" or
// "before" in a time clause: "hours after", "two days before", "a day
// after", "shortly after", "just weeks after".
func timeSpanWord(w string) bool {
	switch w {
	case "a", "an", "one", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "moments",
		"shortly", "soon", "just", "only", "even", "years", "year", "long":
		return true
	}
	return false
}
