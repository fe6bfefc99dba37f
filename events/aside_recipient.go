package events

// A name set off by commas between a handed-over person and the
// recipient: "handed over the rebel group's chairman, Arabinda Rajkhowa,
// to Indian security forces". The recipient after "to" is still the
// target of the transfer.

import "github.com/dyad-events/dyad"

// asideBeforePrep returns the index of the comma closing an aside opened
// by the comma at k, when the aside is at most six words, all capitalised
// words (a name), and prep follows the closing comma at once; -1
// otherwise.
func asideBeforePrep(toks []dyad.Token, k int, prep string) int {
	for j := k + 1; j < len(toks)-1 && j <= k+7; j++ {
		if toks[j].Text == "," {
			if j == k+1 || toks[j+1].Lower != prep {
				return -1
			}
			return j
		}
		if !startsUpperASCII(toks[j].Text) {
			return -1
		}
	}
	return -1
}
