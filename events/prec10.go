package events

import "github.com/dyad-events/dyad"

// This file holds the false-event checks of the 2026-11-30 pass over the
// judged open-corpus events (no_event and wrong_root verdicts): clauses
// that state a power or tell history rather than an act of the day.
//
//   - A capability is no act. A verb that a positive "can" governs in a
//     main clause ("Judges can already jail parents", "knows he can
//     starve and bomb the opposition", "says he can provide documents"),
//     like one in a relative clause (abilityRelative), tells what the
//     subject is able to do. So does a verb after "has the power (the
//     authority, the right …) to" or a present "is able to" ("has the
//     power to suspend or bar the mayor", "would still be able to reject
//     proposals"). A negated "cannot" and "could" are left to modalScope
//     and the verb group's rules; "was able to" tells a past deed and
//     stays.
//   - A nominal event premodified by a year two or more years before
//     publication ("the bloody 1989 crackdown", "Indonesia's 1975
//     invasion") is history told in passing, as "the invasion of 2003" is
//     for historyYear.

// powerNouns are the nouns of "has the power to …": a standing power.
var powerNouns = map[string]bool{
	"power": true, "powers": true, "authority": true, "ability": true, "capacity": true,
	"capability": true, "means": true, "right": true,
}

// ability reports a verb-pattern hit at i (its head may be tagged as a
// noun: "can bomb") that states what its subject can do, not
// what it did: governed by a positive "can" (past coordination, as
// modalAt reaches, or past coordinated bare verbs: "can starve and
// bomb"), or the infinitive of "has the power to" or "is able
// to" (see the file comment).
func ability(toks []dyad.Token, i int) bool {
	if t := toks[i].Tag; t == "VBD" || t == "VBN" || t == "VBG" {
		return false // a past or participle act of its own ("was able to" aside)
	}
	if j := modalAt(toks, i); j >= 0 && toks[j].Lower == "can" && !negatedAfter(toks, j, i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		// "can starve and bomb": the tagger may read the first verb as finite
		t := toks[j]
		if t.Lower == "can" && t.Tag == "MD" {
			return true
		}
		misread := (t.Tag == "NN" || t.Tag == "NNS") && (toks[j+1].Lower == "and" || toks[j+1].Lower == "or") // "can starve/NN and bomb"
		if !isVerbTag(toks, j) && !misread && t.Tag != "RB" && t.Lower != "and" && t.Lower != "or" || t.Lower == "not" || t.Lower == "n't" || t.Lower == "never" {
			break // ("can not bomb": negated, as modalScope leaves it)
		}
	}
	// back over a coordinated verb ("to suspend or bar") to the "to"
	k := i - 1
	for k >= 1 && k >= i-6 && toks[k].Lower != "to" {
		switch {
		case toks[k].Lower == "or" || toks[k].Lower == "and" || toks[k].Lower == ",", toks[k].Tag == "VB", toks[k].Tag == "RB":
			k--
			continue
		}
		return false
	}
	if k < 1 || toks[k].Lower != "to" {
		return false
	}
	n := k - 1
	switch {
	case powerNouns[toks[n].Lower]:
		// "has the power to", "have the legal authority to", "has no right to"
		for m := n - 1; m >= 0 && m >= n-3; m-- {
			if toks[m].Lemma == "have" {
				return true
			}
			if t := toks[m].Tag; t != "DT" && t != "JJ" && t != "RB" && t != "PRP$" {
				return false
			}
		}
	case toks[n].Lower == "able":
		m := n - 1
		if m >= 0 && toks[m].Tag == "RB" {
			m-- // "is still able to"
		}
		return m >= 0 && toks[m].Lemma == "be" && toks[m].Lower != "was" && toks[m].Lower != "were"
	}
	return false
}

// yearModified reports a nominal hit premodified by a year two or more
// years before publication, with only adjectives and names between ("the
// bloody 1989 crackdown", "Indonesia's 1975 invasion", "the 2014 Gaza
// war"): history told in passing. The year must follow a determiner, a
// possessive or an adjective, so that a count ("1989 people") is not
// read as a date.
func (c *Coder) yearModified(ctx *articleCtx, st *sentence, h *verbHit) bool {
	if ctx.pub.IsZero() || !nounLike(st, h) {
		return false
	}
	toks := st.toks
	pub := ctx.pub.Year()
	for y := h.head - 1; y >= 1 && y >= h.head-3; y-- {
		t := toks[y].Text
		if len(t) == 4 && (t[0] == '1' || t[0] == '2') {
			if !pastYear(t, pub) {
				return false
			}
			switch p := toks[y-1]; {
			case p.Tag == "DT" || p.Tag == "POS" || p.Tag == "PRP$" || p.Tag == "JJ" || p.Lower == "'s" || p.Lower == "’s":
				return true
			}
			return false
		}
		switch toks[y].Tag {
		case "JJ", "NNP", "NNPS", "NN", "HYPH":
		default:
			return false
		}
	}
	return false
}
