package events

// A report is not an accusation. CODING.md codes "X accused Y of Z" as
// X 112 Y; a denial answers its accuser (Y 016 X). When what is denied is
// a report ("Cuba denied a Wall Street Journal report that it had agreed
// to host a Chinese base", "Rwanda dismissed as baseless a UN report that
// its troops were fighting in Congo", "Human Rights Watch said Saudi
// border guards had killed migrants, and Saudi Arabia rejected the
// report", "Ukrainian officials said …, and Moscow called the reports
// fake news"), the denial still answers the reporter (016, and the act
// reported becomes denied), but the reporter made no accusation: no 112
// of the reporter is coded beside it. A denied accusation, allegation,
// claim or charge ("rejected accusations by Kinshasa that it was arming
// M23") keeps the accuser's 112. The nouns of a report restated in a
// later clause are the [report nouns] list of data/words.txt.

import "github.com/dyad-events/dyad"

// deniedReport reports a denial hit h whose object, within the reach
// accuserOf searches, names a report rather than an accusation: the
// first of the nouns accuserOf looks for ([charge nouns]: "accusation",
// "allegation", "claim", "charge", singular or plural, or a noun of
// [report nouns])
// after h's head is a report noun.
func (v *vocab) deniedReport(toks []dyad.Token, h *verbHit) bool {
	for k := h.head + 1; k < len(toks) && k < h.end+6; k++ {
		if v.reportNouns[toks[k].Lower] {
			return true
		}
		if v.chargeNouns[toks[k].Lower] {
			return false
		}
	}
	return false
}
