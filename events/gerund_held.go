package events

// An aspectual verb's gerund holds the words after it. "Washington will
// stop supporting the rebels fighting Assad" stops support; the
// "fighting" in the gerund's object is no fighting stopped (087, 0356
// future). When stop, halt, end, cease, quit, suspend or resume takes a
// gerund right after it, a pattern whose next word is found past that
// gerund, as a participle after a noun, is the gerund's words, not the
// verb's. A pattern naming the
// gerund itself ("stopped firing missiles") and a noun object ("halted
// its strikes", "end armed attacks") are as before.

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// gerundHeld reports a match of p at verb i, ending at end, whose first
// slot after the verb lies past a gerund (VBG) right after an aspectual
// verb, the gerund not a word of that slot, and whose last word is
// itself a participle after a noun ("the rebels fighting").
func gerundHeld(toks []dyad.Token, i int, p *Pattern, end int) bool {
	if len(p.Slots) < 2 || i+1 >= len(toks) || end <= i+2 || toks[i+1].Tag != "VBG" {
		return false
	}
	switch toks[i].Lemma {
	case "stop", "halt", "end", "cease", "quit", "suspend", "resume":
	default:
		return false
	}
	if w := toks[end-1]; w.Tag != "VBG" || !strings.HasPrefix(toks[end-2].Tag, "NN") {
		return false // (the word found a participle after a noun: "the rebels fighting")
	}
	g := toks[i+1]
	return !slices.Contains(p.Slots[1], g.Lower) && !slices.Contains(p.Slots[1], g.Lemma)
}
