package events

import (
	"github.com/dyad-events/dyad"
)

// Wire wording (session 7): mechanisms that lose events of common wire
// phrasings, written from the shapes of events-dev7-wire.jsonl's misses.

// transparentVerb reports a verb token at j that sits inside a noun phrase
// rather than heading a clause of its own, so that it does not end the
// search for a pattern's later words: the participle of a hyphenated
// compound ("six U.S.-made ATACMS missiles", "Iranian-built drones") and
// the hedge "what appeared to be" ("fired what appeared to be a hypersonic
// missile"), whose "appeared" and "be" only qualify the object.
func transparentVerb(toks []dyad.Token, j int) bool {
	if j > 0 && (toks[j-1].Text == "-" || toks[j-1].Text == "‑") {
		return true
	}
	return hedgeAt(toks, j)
}

// hedgeAt reports token j as part of "what appeared to be", "what appears
// to be", "what seemed to be", "what looked like" or a claim the writer
// keeps at a distance: "what it said was", "what Seoul called".
func hedgeAt(toks []dyad.Token, j int) bool {
	for s := j - 5; s <= j; s++ {
		if s < 0 || s+1 >= len(toks) || toks[s].Lower != "what" {
			continue
		}
		for k := s + 2; k <= s+4 && k < len(toks); k++ {
			// "what it said was", "what state media called", "what the military described as"
			if toks[k].Lower == "said" && k+1 < len(toks) && toks[k+1].Lower == "was" ||
				toks[k].Lower == "called" || toks[k].Lower == "described" && k+1 < len(toks) && toks[k+1].Lower == "as" {
				end := k
				if toks[k].Lower != "called" {
					end = k + 1
				}
				if j > s && j <= end {
					return true
				}
				break
			}
		}
		switch toks[s+1].Lower {
		case "appeared", "appears", "seemed", "seems":
			if s+3 < len(toks) && toks[s+2].Lower == "to" && toks[s+3].Lower == "be" {
				return j > s && j <= s+3
			}
		case "looked", "looks":
			if s+2 < len(toks) && toks[s+2].Lower == "like" {
				return j > s && j <= s+2
			}
		}
	}
	return false
}
