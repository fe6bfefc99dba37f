package events

// A reason phrase after the act ("in retaliation for air strikes last
// week in Kunduz province", "in response to Israeli strikes on Sunday in
// Nabatieh", "after clashes in Lahore") tells of another event: its
// place is not where the act happened, and its date, when the phrase is
// an explicit retaliation or response, not the act's. locationFor and
// dateFor (record.go) stop their search of the act's clause at it.

// reasonStart returns the token that opens a reason phrase after token i
// in the clause ending at hi, or hi when there is none. With dated set
// only the phrases of retaliation and response count ("in retaliation
// for", "in response to", "in revenge for", "in reprisal for", "as
// retaliation for", "a reprisal for"); without it "after" and "following" too, whose
// dates the date search already weighs ("shelled Kharkiv after midnight
// on Monday") but whose places are another event's.
func reasonStart(st *sentence, i, hi int, dated bool) int {
	toks := st.toks
	for k := i + 1; k < hi; k++ {
		switch toks[k].Lower {
		case "in", "as", "a", "an", "the": // "called the attack a reprisal for airstrikes in Kunduz"
			if k+2 < hi && st.words.reasonNouns[toks[k+1].Lower] {
				switch toks[k+2].Lower {
				case "for", "to", "against":
					return k
				}
			}
		case "after", "following":
			if !dated && toks[k].Tag == "IN" && k > i+1 {
				return k
			}
		}
	}
	return hi
}
