package events

// A participle after a document names what its author does: "rejected a
// UN report criticising its restrictions on women" is the UN's criticism.

import "github.com/dyad-events/dyad/actors"

// documentAuthor returns the author of the document whose noun (a word
// of [authored documents], data/words.txt) ends at token j, right before
// the participle at i of accusing, criticising, condemning, blaming or
// urging ("a report citing witnesses" tells no act): an actor named right before the noun ("a UN
// report", "a U.N. Human Rights Council resolution") or its possessive
// ("the council's resolution"). Nil when i is no participle, j no such
// noun, no actor (not a place) ends right before it, or the document is
// a resolution vetoed, blocked or only drafted ("vetoed a Security
// Council resolution demanding a ceasefire" demands nothing).
func documentAuthor(st *sentence, i, j int) []actors.Mention {
	toks := st.toks
	if toks[i].Tag != "VBG" || j != i-1 || j < 1 || !st.words.authoredDocs[toks[j].Lower] {
		return nil
	}
	switch toks[i].Lemma {
	case "accuse", "criticise", "criticize", "condemn", "blame", "urge":
	default:
		return nil // a report "citing", "detailing" or "saying" tells no act of its author
	}
	k := j - 1
	if toks[k].Tag == "POS" || toks[k].Lower == "'s" || toks[k].Lower == "’s" {
		k--
	}
	if k < 0 {
		return nil
	}
	m := st.at[k]
	if m < 0 || st.ments[m].End != k+1 || st.ments[m].Place {
		return nil
	}
	for b := st.ments[m].Start - 1; b >= 0 && b >= st.ments[m].Start-4; b-- {
		switch toks[b].Lemma {
		case "veto", "block", "kill", "draft", "defeat", "scuttle":
			return nil
		}
		if toks[b].Lower == "draft" {
			return nil
		}
	}
	return []actors.Mention{st.ments[m]}
}

// documentTarget makes the party a document's participle names by a
// pronoun ("a UN report criticising its restrictions", "a resolution
// urging it to investigate") the one who answered the document: the
// source of the earlier act whose target is the document's author
// ("The Taliban government rejected … a UN report criticising its …").
// It leaves h alone unless its source is such a document's author.
func documentTarget(st *sentence, hits []verbHit, h *verbHit) {
	toks := st.toks
	if h.head+1 >= len(toks) || len(h.source) != 1 {
		return
	}
	switch toks[h.head+1].Lower {
	case "it", "its", "them", "their":
	default:
		return
	}
	a := documentAuthor(st, h.head, h.head-1)
	if a == nil || a[0].Start != h.source[0].Start {
		return
	}
	for g := range hits {
		e := &hits[g]
		if e.head >= a[0].Start || len(e.source) == 0 || len(e.target) == 0 || e.target[0].Code != a[0].Code {
			continue
		}
		h.target = []actors.Mention{e.source[0]}
		return
	}
}
