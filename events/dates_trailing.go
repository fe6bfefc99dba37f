package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// trailingDate finds the day that closes h's clause after a relative
// clause on h's object: "Belgian soldiers shot dead a man who set off a
// device in Brussels Central station on Tuesday", "Tajikistan freed 14
// Uzbek citizens jailed for crossing the border illegally on Tuesday",
// "Oman's coast guard rescued 30 Somali migrants whose boat sank in the
// Arabian Sea on Tuesday, the agency said": the weekday dates the
// sentence's main verb (README "Conventions fixed here", the weekday
// rule; the gold README's dev38 decision on W38002 and W38041), not only
// the relative clause's. h is a past-tense verb with no date of its own
// (or a gerund after one of beginning: "began distributing food to some
// 160,000 people displaced by fighting … on Wednesday", W61020);
// a relative pronoun (who, whose, which, that) or a participle right
// or a pronoun subject right after a noun ("12 soldiers they had
// captured"), a present participle right after a plural noun ("fired
// live ammunition at crowds protesting against fuel shortages … on
// Wednesday", W56041; "opened fire on Tibetans protesting …", W62022) or a finite "as" clause of one time with the act
// ("beat protesters as they broke up a sit-in … on Saturday", W54054;
// gold README item 34 dates such clauses together) stands between h and
// the day, no comma does, and the day ends the clause (a comma, a full
// stop, a semicolon or "and" after it, or a purpose infinitive: "detained
// 30 teachers who gathered outside the ministry on Thursday to demand pay
// rises", W48014). A day owned by h's own later verb, a month, a year, a
// date after a comma or after a time or reason clause's conjunction
// ("after", "because", …) lends nothing, nor does a statement or claim
// (root 01: "said it was behind a bomb that tore through a hotel on
// Sunday" is the bomb's day).
func (c *Coder) trailingDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	if h.p.Noun || nounLike(st, h) || toks[h.head].Tag != "VBD" && !aspectualGerund(toks, h.head) || strings.HasPrefix(h.code, "01") {
		return dateExpr{}, false
	}
	for i := len(st.dates) - 1; i >= 0; i-- {
		d := st.dates[i]
		if d.start <= h.end || d.start >= hi || inPurposeAfterDay(st, h.end, d.start) {
			continue
		}
		if d.precision != dyad.Day || d.published || ahead(st, d) || commaBetween(toks, h.head, d.start) {
			return dateExpr{}, false
		}
		if d.end < len(toks) && !purposeAfter(toks, d.end) {
			switch toks[d.end].Text {
			case ".", ",", ";", "and":
			default:
				return dateExpr{}, false
			}
		}
		g := c.nearestHit(st, d.start)
		if g == h.head || g >= 0 && (g < h.end || g >= d.start) {
			return dateExpr{}, false
		}
		for k := h.end; k < d.start; k++ {
			if w := toks[k].Lower; subordinator(w) && w != "who" && w != "whom" && w != "whose" && w != "which" && w != "where" {
				return dateExpr{}, false // "condemned the attack after Russian missiles struck Kharkiv on Friday": the time clause's day
			}
			switch w := toks[k].Lower; {
			case w == "as":
				if asSubject(toks, k, d.start) {
					return d, true // "beat protesters as they broke up a sit-in … on Saturday": one time
				}
				return dateExpr{}, false
			case w == "who" || w == "whose" || w == "which" || w == "that" && k > 0 && strings.HasPrefix(toks[k-1].Tag, "NN"):
				return d, true
			case toks[k].Tag == "VBG" && k > h.end && (toks[k-1].Tag == "NNS" || toks[k-1].Tag == "NNPS" || pluralName(st, k-1)):
				return d, true // "fired at crowds protesting against fuel shortages … on Wednesday", "on Tibetans protesting …"
			case (toks[k].Tag == "VBN" || toks[k].Tag == "VBD" || toks[k].Tag == "PRP") && k > h.end && strings.HasPrefix(toks[k-1].Tag, "NN"):
				return d, true
			}
		}
		return dateExpr{}, false
	}
	return dateExpr{}, false
}

// aspectualGerund reports a gerund at i after a past-tense verb of
// beginning or going on ("began distributing food", "resumed shelling"):
// the act is told as done on the day that closes the clause, as the
// past-tense verb's own would be (W61020).
func aspectualGerund(toks []dyad.Token, i int) bool {
	if i < 1 || toks[i].Tag != "VBG" || toks[i-1].Tag != "VBD" {
		return false
	}
	switch toks[i-1].Lemma {
	case "begin", "start", "resume", "continue":
		return true
	}
	return false
}

// pluralName reports a proper noun at k that names a people in the
// plural and is an actor mention ("Tibetans", "Palestinians", "Kurds"),
// which the tagger reads as a singular name (NNP).
func pluralName(st *sentence, k int) bool {
	t := st.toks[k]
	return t.Tag == "NNP" && strings.HasSuffix(t.Text, "s") && k < len(st.at) && st.at[k] >= 0
}

// purposeAfter reports a purpose infinitive right after the day at k
// ("who gathered outside the ministry on Thursday to demand pay rises"):
// the day still closes the clause of the verb before it.
func purposeAfter(toks []dyad.Token, k int) bool {
	return toks[k].Lower == "to" && k+1 < len(toks) && toks[k+1].Tag == "VB"
}

// asSubject reports "as" at k opening a finite time clause with a subject
// of its own whose past-tense verb comes before the day at end: "as they
// broke up a sit-in", "as the crowd marched". "As well as", "as part of",
// "such as" and "as" before a noun phrase alone ("as a warning") open no
// clause.
func asSubject(toks []dyad.Token, k, end int) bool {
	if k+1 >= end {
		return false
	}
	switch t := toks[k+1]; {
	case t.Tag == "PRP" && t.Lower != "it":
	case t.Lower == "the" || t.Tag == "NNP" || t.Tag == "NNPS":
	default:
		return false
	}
	for j := k + 2; j < end && j <= k+8; j++ {
		if toks[j].Tag == "VBD" {
			return true
		}
		if toks[j].Text == "," || subordinator(toks[j].Lower) {
			return false
		}
	}
	return false
}

// inPurposeAfterDay reports a date at end inside a purpose infinitive
// that follows a day after lo ("on Thursday to demand pay rises promised
// two years ago"): it is the infinitive's, and the day before it is the
// one that closes the clause.
func inPurposeAfterDay(st *sentence, lo, end int) bool {
	for k := lo + 1; k < end; k++ {
		if k-1 < len(st.isDate) && st.isDate[k-1] && purposeAfter(st.toks, k) {
			return true
		}
	}
	return false
}
