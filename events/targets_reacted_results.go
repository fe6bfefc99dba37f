package events

// One more shape of targets_reacted.go, a reaction that names no target
// answering whoever authored the thing it reacts to, here implied by the
// kind of thing rejected: an election's results are the state's. An
// opposition party or candidate that rejects or disputes "the (official)
// results", "the outcome" of a vote answers its own country's government
// (GOV), the gold sets' actor for an announced result: "Zambia's main
// opposition party rejected the official results of the presidential
// election" ZMBOPP 120 ZMBGOV ([result nouns], [election words];
// resultsAuthor). The results of anything else ("of the post-mortem
// examination", "of the referendum") answer nobody, and a sentence that
// names another actor of that country (the winner, the commission) gives
// nothing: whose the result is it may say otherwise.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// resultsAuthor returns the government of the source's own country as the
// target of h when h rejects or disputes an election's results (see the
// file comment), or nil.
func (c *Coder) resultsAuthor(st *sentence, h *verbHit) *actors.Mention {
	src := h.source[0]
	if !hasSector(src, "OPP", "PTY") || hasSector(src, "GOV") || len(src.Country) != 3 {
		return nil // a state, its organs, a crowd: whose results it rejects the object says
	}
	toks := st.toks
	k := h.head + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for n := 0; n < 3 && k < len(toks) && !c.words.resultNouns[toks[k].Lower]; n++ {
		switch toks[k].Tag {
		case "JJ", "NN", "NNP", "CD", "VBN":
			k++
			continue
		}
		return nil
	}
	if k >= len(toks) || !c.words.resultNouns[toks[k].Lower] || toks[k].Tag == "VBZ" || toks[k].Tag == "VBD" {
		return nil
	}
	if !c.electionResult(toks, k) {
		return nil // "rejected the results of the autopsy"
	}
	for _, m := range st.ments {
		if m.Country == src.Country && m.Code != src.Code && !m.Place {
			return nil // "…, and the opposition rejected the president's win": whose the sentence may say
		}
	}
	for _, s := range h.source {
		if s.Country != src.Country {
			return nil
		}
	}
	gov := c.implicitTarget(h, src.Country)
	gov.Code, gov.Sectors = src.Country+"GOV", []string{"GOV"}
	return &gov
}

// electionResult reports the result noun at k as an election's: an "of"
// phrase after it names an election within four words ("the results of
// Sunday's presidential election"), or, with no "of" or "from" after it,
// the sentence speaks of an election ("…, which gave the president 71
// percent of the vote"; [election words]).
func (c *Coder) electionResult(toks []dyad.Token, k int) bool {
	if k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "from" || toks[k+1].Lower == "in") {
		for j := k + 2; j < len(toks) && j <= k+5; j++ {
			if c.words.electionWords[toks[j].Lower] {
				return true
			}
		}
		return false
	}
	for _, t := range toks {
		if c.words.electionWords[t.Lower] {
			return true
		}
	}
	return false
}
