package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// apposedReactionDate dates a reaction told as an apposition to the main
// clause's act by the main clause's day, as gold README "Conventions fixed
// here" item 48 codes it (decided 2026-12-07, session 72: 8 open lines to
// 4, the 4 recoded): "jailed a Japanese employee … on Wednesday after
// convicting him of spying, a verdict Tokyo called regrettable" (W34017)
// and "flew low over a Polisario camp … on Saturday, a show of strength
// condemned by the guerrillas" (W44036) date the criticism Wednesday and
// Saturday, not the publication day. participleDate already reads the
// apposition when its noun is one of a few ("a move", "a decision");
// here the noun may be any: the comma before h is followed by "a" or "an",
// a noun phrase (nouns, adjectives, "of", possessives) and then either a
// subject of h ("Tokyo", "the opposition") with h in the past tense, or h
// as a participle with its agent ("condemned by"). h must be a reaction,
// told in words (reactionRoot), not a deed, an accusation or a denial. The day is the last date before
// the comma, not across a semicolon, and must be a day: a month or a year
// there may be the noun's own ("a verdict handed down in May"). The
// apposition's head must name an act (apposedActNoun): "a group
// Washington praised", "a man the United States condemned" are remarks
// about a participant, undated by the act.
func apposedReactionDate(st *sentence, h *verbHit) (dateExpr, bool) {
	toks := st.toks
	if !reactionRoot(h.code) || h.p.Noun || h.status != dyad.Asserted {
		return dateExpr{}, false
	}
	comma := -1
	for k := h.head - 1; k > 0; k-- {
		if toks[k].Text == "," {
			comma = k
			break
		}
		if toks[k].Text == ";" {
			return dateExpr{}, false
		}
	}
	if comma < 0 || comma+3 > h.head || toks[comma+1].Lower != "a" && toks[comma+1].Lower != "an" {
		return dateExpr{}, false
	}
	switch toks[h.head].Tag {
	case "VBD":
		if !nounBefore(toks, h.head) {
			return dateExpr{}, false // "a move that angered": a subject must stand before the verb
		}
	case "VBN":
		if h.head+1 >= len(toks) || toks[h.head+1].Lower != "by" {
			return dateExpr{}, false
		}
	default:
		return dateExpr{}, false
	}
	for k := comma + 2; k < h.head; k++ {
		t := toks[k]
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "JJ" && t.Tag != "DT" && t.Tag != "POS" && t.Tag != "HYPH" && t.Lower != "of" {
			return dateExpr{}, false
		}
	}
	if !st.words.apposedActNoun(toks, comma+2, h.head) {
		return dateExpr{}, false // "a group Washington praised": a remark about a participant
	}
	d, _, ok := clauseLastDate(st, comma, ";")
	if !ok || d.precision != dyad.Day || d.published || ahead(st, d) {
		return dateExpr{}, false
	}
	return d, true
}

// reactionRoot reports a CAMEO code told in words in answer to an act:
// an appeal, praise, criticism or a rejection (roots 02, 05, 11, 12). An
// accusation (112: "an attack the government blamed on Serbia", W25053)
// and a denial (016: "a charge Cairo denied") are not: the act they
// allege keeps the publication date, and so do they (gold README item 48,
// "Not this").
func reactionRoot(code string) bool {
	if len(code) < 2 || strings.HasPrefix(code, "112") {
		return false
	}
	switch code[:2] {
	case "02", "05", "11", "12":
		return true
	}
	return false
}

// nounBefore reports a noun (or a personal pronoun) right before the verb
// at i: the subject of a relative clause with no relative pronoun ("a
// verdict Tokyo called", "a move the opposition denounced").
func nounBefore(toks []dyad.Token, i int) bool {
	return i > 0 && (strings.HasPrefix(toks[i-1].Tag, "NN") || toks[i-1].Tag == "PRP")
}

// apposedActNoun reports an apposition whose head noun, starting at i
// (past adjectives, up to the last of a run of common nouns, before end),
// names an act, a deed or a decision the reaction answers ("a verdict",
// "a show of strength", "a border raid"), not a person, a group or a
// place ("a man", "a militia", "a region"): a noun of [apposed act
// nouns] (data/words.txt).
func (v *vocab) apposedActNoun(toks []dyad.Token, i, end int) bool {
	for i < end && (toks[i].Tag == "JJ" || toks[i].Tag == "HYPH" || toks[i].Tag == "CD") {
		i++
	}
	head := ""
	for ; i < end && (toks[i].Tag == "NN" || toks[i].Tag == "NNS"); i++ {
		head = toks[i].Lower
	}
	return v.apposedActNouns[head]
}
