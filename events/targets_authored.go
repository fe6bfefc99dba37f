package events

import "github.com/dyad-events/dyad/cameo"

// A reaction to a text names its author after "by": the report, the
// findings or the statement of X dismissed, denied, criticised, rejected
// or praised is aimed at X.
//
//	"Chad's government dismissed a report by Amnesty International on Monday"   TCDGOV 016 NGOHRIAMN
//	"Ghana rejected a statement by the African Union on the vote"                GHA 120 IGOAFRAFU
//
// The object scan otherwise takes a "by" phrase for the doer of a
// passive or of an act named before it, never the target.

// authoredBy reports the mention starting at token k, right after "by"
// (past a "the"), as the author of a text h reacts to: h denies (016),
// praises (05), disapproves (11) or rejects (12), and the noun before
// "by" names something said or written.
func authoredBy(st *sentence, h *verbHit, k int) bool {
	if h.code != "016" {
		switch cameo.Root(h.code) {
		case "05", "11", "12":
		default:
			return false
		}
	}
	b := k - 1
	if b >= 0 && st.toks[b].Lower == "the" {
		b--
	}
	if b < 1 || b <= h.head || st.toks[b].Lower != "by" {
		return false
	}
	return st.words.writtenNouns[st.toks[b-1].Lower]
}
