package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// reactedNominal reports a nominal hit h that is the object of a verb hit
// of reaction governing it in its clause (lo its first token): a
// rejection or a denial ("rejected on Tuesday a request by the U.N. to
// …", "denied on Monday a Ugandan accusation that …"). The nominal act
// came before the reaction, on a day the sentence does not give: it
// takes the publication date, not the reaction's (README "Conventions
// fixed here", dev26–dev30: a rejected request or offer, a denied
// accusation with no date of its own).
func reactedNominal(st *sentence, h *verbHit, lo int) bool {
	toks := st.toks
	taggedNoun := nounLike(st, h) || strings.HasPrefix(toks[h.head].Tag, "NN")
	if !taggedNoun && toks[h.head].Tag != "VBZ" && toks[h.head].Tag != "VBP" {
		return false
	}
	gov := -1
	code := ""
	for _, g := range st.hits {
		if g.head >= lo && g.head < h.head && g.head > gov && !g.p.Noun && !nounLike(st, &g) && strings.HasPrefix(toks[g.head].Tag, "VB") {
			gov, code = g.head, g.code
		}
	}
	if gov < 0 || commaBetween(toks, gov, h.head) || !reactionCode(code) {
		return false
	}
	for k := gov + 1; k < h.head; k++ {
		if subordinator(toks[k].Lower) {
			return false
		}
	}
	return taggedNoun || pluralObjectNoun(st, gov, h.head)
}

// pluralObjectNoun reports a head at h, taken by the tagger for a
// present verb, that is a plural noun ending the object of the verb at
// gov: only a date expression (with its preposition) and noun-phrase
// words stand between them, one a noun and no determiner after it
// ("rejected on Monday opposition demands that it resign"). A verb of
// reaction takes a noun phrase as its object, not a bare finite clause;
// a determiner after the noun opens a reduced relative whose verb is a
// verb ("rejected a plan the opposition demands").
func pluralObjectNoun(st *sentence, gov, h int) bool {
	toks := st.toks
	if !strings.HasSuffix(toks[h].Lower, "s") {
		return false
	}
	nouns := 0
	for k := gov + 1; k < h; k++ {
		if k < len(st.isDate) && st.isDate[k] || k+1 < len(st.isDate) && st.isDate[k+1] && !st.isDate[k] && toks[k].Tag == "IN" {
			continue // "on Monday"
		}
		switch t := toks[k].Tag; {
		case strings.HasPrefix(t, "NN"):
			nouns++
		case t == "JJ" || t == "POS" || t == "CD":
		case (t == "DT" || t == "PRP$") && nouns == 0:
			// a determiner opens the object; one after its noun opens a
			// reduced relative ("rejected a plan the opposition demands")
		default:
			return false
		}
	}
	return nouns > 0
}

// reactionCode reports a CAMEO code of a reaction to an act told before
// it: a rejection (12x) or a denial (016).
func reactionCode(code string) bool {
	return strings.HasPrefix(code, "12") || code == "016"
}

// undatedAllegation reports an act h alleged by an accusation or denied
// by a denial: with no date expression of its own it takes the
// publication date, not the date of the accusation or denial that tells
// it ("accused Kyiv on Monday of shelling …": the shelling's day is not
// given). An act told by a party's speech ("the army said on Tuesday
// militants had killed …") keeps the attribution's date.
func undatedAllegation(h *verbHit) bool {
	return h.status == dyad.Alleged && h.accuser != nil || h.status == dyad.Denied
}

// deniedAccusation reports a 112 hit h that a denial implies ("Rwanda
// denied on Tuesday a Congolese army charge that …": CODMIL 112 RWAMIL,
// made at the denial's verb): the accusation came before the denial, on
// a day the sentence does not give, and takes the publication date, not
// the denial's (gold README "Conventions fixed here": a denied
// accusation with no date of its own, dev40, dev47).
func deniedAccusation(st *sentence, h *verbHit) bool {
	if h.p != accusePattern {
		return false
	}
	for _, g := range st.hits {
		if g.head == h.head && g.p != nil && g.p.has(flagDeny) {
			return deniedObject(st, g.head)
		}
	}
	return false
}

// deniedObject reports a noun of [restated reports] (or its singular:
// "charge", "accusation", "claim") after the denial's verb at i, in its
// clause and before a comma: the accusation is the denial's object
// ("denied on Tuesday a Congolese charge that …") with no date after
// the noun (datedAccusation), not told before it with a date of its own ("Colombia said on Tuesday it had evidence …,
// a charge Caracas called a smear": the charge is Tuesday's).
func deniedObject(st *sentence, i int) bool {
	toks := st.toks
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		w := toks[k].Lower
		if toks[k].Text == "," || toks[k].Text == ";" || w == "that" {
			return false
		}
		if st.words.restatedReports[w] || st.words.restatedReports[w+"s"] {
			return !datedAccusation(st, k)
		}
	}
	return false
}

// datedAccusation reports a date expression after the accusation noun at
// n, before the clause it opens ("that"), a comma or the sentence's end:
// "brushed off accusations from Warsaw on Monday that …" dates the
// accusation itself.
func datedAccusation(st *sentence, n int) bool {
	toks := st.toks
	end := len(toks)
	for k := n + 1; k < len(toks); k++ {
		if toks[k].Lower == "that" || toks[k].Text == "," || toks[k].Text == ";" {
			end = k
			break
		}
	}
	for _, d := range st.dates {
		if d.start > n && d.start < end {
			return true
		}
	}
	return false
}
