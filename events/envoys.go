package events

import (
	"github.com/dyad-events/dyad/actors"
)

// An envoy's title names where he is posted: "the US envoy to the
// coalition against Islamic State", "Russia's ambassador to Israel",
// "the EU's special representative for the Sahel". The actors named in
// the title after "to" or "for" are no subject of the verb after it; the
// envoy is, and he belongs to the state or body that sends him:
//
//	"The US envoy to the alliance battling Islamic State has resigned"   USAGOV, not IMGMOSISL
//	"The US envoy to the coalition against ISIS said the group had lost ground"  USAGOV speaks
//
// The envoy must be an actor of its own (a state's or body's: "The US
// envoy", "Russia's ambassador") ending in an envoy noun, with "to" or
// "for" right after it and no verb, comma or clause break before the
// subject found.

// envoyTitle returns, for g, the subject found for the verb at i, the
// envoy whose title g is part of (above); g itself otherwise.
func envoyTitle(st *sentence, g []actors.Mention, i int) []actors.Mention {
	toks := st.toks
	if len(g) == 0 {
		// "The US envoy to the coalition (against ISIS) criticized
		// Turkey": the title's last noun, no subject of its own (an
		// actor in a phrase), ends right before the verb (past
		// auxiliaries and adverbs)
		j := i - 1
		for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j])) {
			j--
		}
		if j < 1 || toks[j].Tag != "NN" && toks[j].Tag != "NNS" && toks[j].Tag != "NNP" && toks[j].Tag != "NNPS" {
			return g
		}
		g = []actors.Mention{{Start: j, End: j + 1}} // a stand-in for the subject's last word
		if e := envoyTitle(st, g, i); len(e) == 1 && e[0].End <= j {
			return e
		}
		return nil
	}
	if len(g) != 1 {
		return g
	}
	s := g[0]
	for k := len(st.ments) - 1; k >= 0; k-- {
		e := st.ments[k]
		if e.End > s.Start || e.Place || e.Modifier || e.Country == "" && e.Kind != actors.KindOrg || e.End >= len(toks) || e.End < 1 {
			continue
		}
		if !envoyNoun(toks[e.End-1].Lower) || toks[e.End].Lower != "to" && toks[e.End].Lower != "for" {
			continue // (an actor inside the title: "the envoy to the coalition's Kurdish allies")
		}
		for x := e.End; x < s.End && x < i && x < len(toks); x++ {
			if t := toks[x]; t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "who" || clauseOpener(t.Lower) ||
				t.Lower == "after" || t.Lower == "before" || t.Lower == "as" || t.Lower == "since" || t.Lower == "until" ||
				(finite(t.Tag) || t.Tag == "MD") && st.at[x] < 0 {
				return g
			}
		}
		for x := e.Start - 1; x >= 0 && toks[x].Text != "," && toks[x].Text != ";"; x-- {
			if (finite(toks[x].Tag) || toks[x].Tag == "MD") && st.at[x] < 0 {
				return g // "Spain withdrew its ambassador to Argentina after …": an object, no subject
			}
		}
		return []actors.Mention{e}
	}
	return g
}

// envoyNoun reports a noun naming a diplomat posted somewhere.
func envoyNoun(w string) bool {
	switch w {
	case "envoy", "envoys", "ambassador", "ambassadors", "representative", "representatives", "emissary", "emissaries", "delegate", "delegation", "negotiator":
		return true
	}
	return false
}
