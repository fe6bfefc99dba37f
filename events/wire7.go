package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
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

// protestWords are the nouns naming people protesting or gathered in a
// crowd: force by police against them is repression (175).
var protestWords = map[string]bool{
	"protesters": true, "protester": true, "demonstrators": true, "demonstrator": true,
	"crowd": true, "crowds": true, "marchers": true, "rioters": true, "protest": true,
	"protests": true, "rally": true, "demonstration": true, "demonstrations": true,
}

// policeRepression reports an assault or fight (18x, 19x) by police or security
// forces on protesters or a crowd, which CAMEO codes as violent repression
// (175): "police opened fire on crowds outside parliament", "police shot
// dead at least five protesters", "police fired on protesters demanding
// statehood". The source must carry COP (troops firing on a crowd at an
// aid convoy stay 19x), the target must be civilian and its words, or the
// object right after the verb, must name protesters or a crowd. Only verbs
// are recoded: a nominal ("the killing of protesters by police") keeps its
// code (TestPrec3 fixes it at 190).
func policeRepression(st *sentence, h *verbHit) bool {
	if h.p == nil || h.p.Noun || len(h.code) < 2 || h.code[:2] != "18" && h.code[:2] != "19" || len(h.source) == 0 || len(h.target) == 0 {
		return false
	}
	if h.head+1 < len(st.toks) && st.toks[h.head+1].Lower == "of" {
		return false // a gerund used as a noun: "the killing of protesters by police"
	}
	if !hasSector(h.source[0], "COP") || !civil(h.target[0]) {
		return false
	}
	return protestSpan(st.toks, h.target[0]) || protestNear(st.toks, h.head, h.end)
}

// protestSpan reports a mention whose words name protesters or a crowd.
func protestSpan(toks []dyad.Token, m actors.Mention) bool {
	for k := m.Start; k < m.End && k < len(toks); k++ {
		if k >= 0 && protestWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// protestNear reports a protest noun among the few words after the verb
// at head (its object: "opened fire on young protesters"), before any
// clause break.
func protestNear(toks []dyad.Token, head, end int) bool {
	for k := head + 1; k < len(toks) && k < max(end, head+1)+5; k++ {
		if isHardBreak(toks[k]) || toks[k].Text == "," {
			return false
		}
		if protestWords[toks[k].Lower] {
			return true
		}
	}
	return false
}
