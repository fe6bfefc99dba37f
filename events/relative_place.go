package events

import "github.com/dyad-events/dyad"

// inRelativeAside reports a place phrase at token k before the verb at
// head that stands in a relative clause set off by commas between the
// subject and its verb: "Russia and Turkey, whose ministers met on
// Saturday in Moscow to discuss Syria, negotiated a deal …" — Moscow is
// where the ministers met, not where the deal was negotiated (the place
// comes from the event's own clause). The clause opens after a comma with
// who, which, whose, whom or where and closes with a comma before head.
func inRelativeAside(toks []dyad.Token, k, head int) bool {
	if k >= head {
		return false
	}
	open := -1
	for j := k - 1; j > 0; j-- {
		if toks[j].Text == "," {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k {
		return false
	}
	switch toks[open+1].Lower {
	case "who", "which", "whose", "whom", "where":
	default:
		return false
	}
	for j := k + 1; j < head; j++ {
		if toks[j].Text == "," {
			return true
		}
	}
	return false
}
