package events

// One more shape of targets_reacted.go, a reaction that names no target
// answering whoever authored the thing it reacts to, here implied by the
// kind of thing rejected: an election's results are the state's. An
// opposition party or candidate that rejects or disputes "the (official)
// results", "the outcome" of a vote answers its own country's government
// (GOV), the gold sets' actor for an announced result: "Zambia's main
// opposition party rejected the official results of the presidential
// election" ZMBOPP 120 ZMBGOV ([result nouns], [election words];
// resultsAuthor). So does one that refuses to accept or recognise them
// (the pattern's own words before the object: "refused to accept the
// outcome"), and results rejected in the passive ("the results of the
// run-off were rejected by the opposition"). The results of anything else
// ("of the post-mortem examination", "of the referendum") answer nobody,
// and a sentence that names another actor of that country gives nothing
// (whose the result is it may say otherwise; the gold sets differ on a
// winner "declared" in a clause before), save the one a relative clause
// after the results gives the vote (", which gave the president 60
// percent of the vote").

import (
	"slices"

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
	k := -1
	if h.passive {
		k = c.passiveResult(st, h)
	} else {
		k = c.objectResult(st, h)
	}
	if k < 0 || !c.electionResult(st.toks, k) {
		return nil // "rejected the results of the autopsy"
	}
	for _, m := range st.ments {
		if slices.ContainsFunc(h.source, func(s actors.Mention) bool { return s.Start == m.Start }) {
			continue // "the opposition leader and his party rejected …": the sources themselves
		}
		if m.Country == src.Country && m.Code != src.Code && !m.Place && !voteGiven(st.toks, m, k) {
			return nil // "…, and President Banda called for calm": whose the results are the sentence may say otherwise
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

// objectResult returns the index of the [result nouns] head of the
// object of the active hit h ("rejected the official results", "refused
// to accept the outcome"), or -1.
func (c *Coder) objectResult(st *sentence, h *verbHit) int {
	toks := st.toks
	k := h.head + 1
	for k < h.end && k < len(toks) && !c.words.resultNouns[toks[k].Lower] {
		k++ // the pattern's own words: "refused to accept"
	}
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for n := 0; n < 3 && k < len(toks) && !c.words.resultNouns[toks[k].Lower]; n++ {
		switch toks[k].Tag {
		case "JJ", "NN", "NNP", "CD", "VBN":
			k++
			continue
		}
		return -1
	}
	if k >= len(toks) || !c.words.resultNouns[toks[k].Lower] || toks[k].Tag == "VBZ" || toks[k].Tag == "VBD" {
		return -1
	}
	return k
}

// passiveResult returns the index of the [result nouns] head of the
// subject of the passive hit h ("the official results of the run-off
// were rejected"), or -1: the noun within nine words before the verb,
// with no clause break between.
func (c *Coder) passiveResult(st *sentence, h *verbHit) int {
	toks := st.toks
	for j := h.head - 1; j >= 0 && j >= h.head-9; j-- {
		t := toks[j]
		if c.words.resultNouns[t.Lower] && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP") {
			return j
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "which" || t.Lower == "and" || t.Lower == "but" {
			return -1
		}
	}
	return -1
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

// voteGiven reports a mention m told after the result noun at k in a
// relative clause that gives it the vote (", which gave the president 60
// percent of the vote"): the results' subject, not their owner.
func voteGiven(toks []dyad.Token, m actors.Mention, k int) bool {
	for j := k + 1; j < m.Start; j++ {
		if toks[j].Lower == "which" || toks[j].Lower == "that" {
			return true
		}
	}
	return false
}
