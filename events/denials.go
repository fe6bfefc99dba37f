package events

// Denials of accusations (CODING.md, Events: a denial by Y is Y 016 X): a
// rejection of an accusation noun ("rejected the accusations", "a claim
// Ukraine's general staff rejected") or a verb of naming that calls a
// charge untrue ("called the allegations baseless") is a denial, not a
// rejection (120); charges a court brings are not an accusation to deny,
// and a "that" clause after "denied" is what is denied.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// chargeAfter reports an accusation noun as the object of the verb
// ending before end, past determiners, adjectives, names and noun
// modifiers: "rejected the genocide allegations", "dismissed U.S. bribery
// charges", "called the allegations". A claim takes no modifier but a
// determiner ("rejected Trump's claim that Isis had been defeated" and
// "rejected China's territorial claims" are no denials). It returns the
// noun's token, or -1.
func (v *vocab) chargeAfter(toks []dyad.Token, end int) int {
	modified := false
	start := skipOnDay(toks, end) // "rejected on Wednesday Argentina's accusation"
	for k := start; k < len(toks) && k < start+6; k++ {
		t := toks[k]
		if v.chargeNouns[t.Lower] && t.Tag != "VBZ" && t.Tag != "VBD" {
			if modified && strings.TrimSuffix(t.Lower, "s") == "claim" {
				return -1
			}
			return k
		}
		switch t.Tag {
		case "DT", "PRP$":
			continue
		case "JJ", "NN", "NNP", "NNPS", "POS":
			modified = true
			continue
		}
		if t.Text == "'s" || t.Text == "’s" || isQuote(t.Text) {
			modified = true
			continue
		}
		return -1
	}
	return -1
}

// chargeBefore reports the verb at i in a clause that modifies an
// accusation noun before its subject: "a claim Ukraine's general staff
// rejected", "a charge the Taliban government dismissed", "a charge Paris
// has dismissed as absurd", "a charge New Delhi called baseless". The
// noun follows "a", "an", "the" or a comma; the subject between starts
// with a capital or "the" and runs at most six words.
func (v *vocab) chargeBefore(toks []dyad.Token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had") {
		k-- // "has dismissed", "swiftly rejected"
	}
	n := 0
	for ; k >= 0 && !v.chargeNouns[toks[k].Lower]; k-- {
		t := toks[k]
		if n == 6 || !(startsUpperASCII(t.Text) || t.Text == "'s" || t.Text == "’s" || t.Text == "." ||
			t.Tag == "DT" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "POS") {
			return false
		}
		n++
	}
	if k < 1 || n == 0 {
		return false
	}
	switch toks[k-1].Lower {
	case "a", "an", "the", ",":
	default:
		return false
	}
	first := toks[k+1]
	return startsUpperASCII(first.Text) || first.Lower == "the"
}

// falsityAfter reports a word calling a charge untrue (the [falsity
// words] of data/words.txt: a verb of naming with one after the charge
// denies it) within eight tokens from from, before a clause break: "called the allegations \"malicious
// and baseless\"", "called baseless".
func (v *vocab) falsityAfter(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		w := toks[k].Lower
		if v.falsityWords[w] {
			return true
		}
		if w == ";" || w == "and" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") || w == "but" || w == "that" {
			return false
		}
	}
	return false
}

// chargeDenial turns a rejection (120) of an accusation noun, or a verb
// of naming that calls one untrue, into the denial (016, the coder's
// "deny" pattern) when the noun sits where rejectsCharge does not look:
// behind a noun modifier ("rejected the genocide allegations"), before a
// subject that is not a bare name ("a claim Ukraine's general staff
// rejected", "a charge Paris has dismissed"), or with a verb of naming
// ("London called the allegations baseless", "a charge New Delhi called
// baseless"). Any other best pattern is returned unchanged.
func (c *Coder) chargeDenial(toks []dyad.Token, i int, best *Pattern, end int) (*Pattern, int) {
	lemma := toks[i].Lemma
	deny := func() *Pattern {
		for _, d := range c.patterns.verbs["deny"] {
			if d.has(flagDeny) && len(d.Slots) == 1 {
				return d
			}
		}
		return nil
	}
	switch {
	case best != nil && best.Code == "120" && c.words.chargeRejecters[lemma]:
		if c.words.chargeAfter(toks, end) >= 0 || c.words.chargeBefore(toks, i) || c.words.reportThatAfter(toks, end) {
			if d := deny(); d != nil {
				return d, end
			}
		}
		if c.words.authoredFinding(toks, end) >= 0 {
			if d := deny(); d != nil {
				// the author's finding is denied as a whole: no act in
				// the object is named denied ("rejected the U.S.
				// genocide determination" denies no U.S. genocide)
				m := *d
				m.Flags &^= flagDeny
				return &m, end
			}
		}
	case best == nil && c.words.namingVerbs[lemma] && toks[i].Tag != "VBG":
		// (a participle elaborates a denial the sentence has made or
		// defends a third party: "denied the accusations, calling the
		// claims fabricated", "calling the espionage charge against him
		// absurd")
		if k := c.words.chargeAfter(toks, i+1); k >= 0 && !legalCharge(toks, k) && c.words.falsityAfter(toks, k+1) || c.words.chargeBefore(toks, i) && c.words.falsityAfter(toks, i+1) {
			if d := deny(); d != nil {
				return d, i + 1
			}
		}
	}
	return best, end
}

// authoredFinding returns the token of a finding noun ([authored findings])
// whose author is named, as the object of the verb ending before end,
// or -1: "rejected Amnesty's figures", "rejected the U.N. report", "rejected a U.N. experts'
// report", "dismissed on Thursday a report by Amnesty International",
// "rejected the U.S. genocide determination". Rejecting what another
// found and published about oneself denies it (016). A report with no
// author named ("Kenya rejected the report") stays a rejection (120)
// unless it restates a report the sentence told (reactions.go), and so
// does a report that criticises or recommends ("a UN report criticising
// its restrictions", "the report by Amnesty International recommending
// sanctions"): an opinion rejected, no charge denied; what a report
// holds ("the report's call to phase out oil") is a call rejected, and a
// finding "in" another place ("the OSCE's election findings in Moldova")
// is none about the denier.
func (v *vocab) authoredFinding(toks []dyad.Token, end int) int {
	start := skipOnDay(toks, end)
	named := false
	for k := start; k < len(toks) && k < start+7; k++ {
		t := toks[k]
		if v.authoredFindings[t.Lower] && (k > start || strings.HasPrefix(t.Tag, "NN")) { // ("a U.N. experts' report/VBP")
			if k+2 < len(toks) && (toks[k+1].Lower == "by" || toks[k+1].Lower == "from") && startsUpperASCII(toks[k+2].Text) {
				named = true // "a report by Amnesty International"
			}
			if !named || opinionAfter(toks, k+1) || k+2 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "’s" || toks[k+1].Lower == "in" && startsUpperASCII(toks[k+2].Text)) {
				// "the report's call to phase out oil": what the report
				// holds, a call rejected; "the election findings in
				// Moldova": a finding about another place
				return -1
			}
			return k
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "NNS", "POS":
			continue
		case "NNP", "NNPS":
			named = true
			continue
		}
		if t.Text == "'s" || t.Text == "’s" || isQuote(t.Text) {
			continue
		}
		return -1
	}
	return -1
}

// opinionAfter reports a participle that makes a finding an opinion
// ("criticising", "recommending", "urging", "calling") among the words
// from from to the next clause break: "a UN report criticising its
// restrictions", "the report by Amnesty International recommending
// sanctions".
func opinionAfter(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		w := toks[k].Lower
		if w == "," || w == "." || w == ";" || w == ":" {
			return false
		}
		for _, p := range []string{"critici", "recommend", "urg", "call"} {
			if strings.HasPrefix(w, p) && (toks[k].Tag == "VBG" || strings.HasSuffix(w, "ing")) {
				return true
			}
		}
	}
	return false
}

// skipOnDay returns the token after a weekday phrase ("on Wednesday")
// that starts at k, or k: the date a wire verb puts before its object.
func skipOnDay(toks []dyad.Token, k int) int {
	if k+1 < len(toks) && toks[k].Lower == "on" && isWeekday(toks[k+1].Lower) {
		return k + 2
	}
	return k
}

// legalCharge reports an accusation noun at k followed by "against": the
// charges a court or prosecutor brings ("called the charges against him
// absurd"), which a third party may call untrue for the accused.
func legalCharge(toks []dyad.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Lower == "against"
}

// complementThat reports "that" opening a clause at token i ("denied that
// soil samples showed …"): the clause is what is denied, not words that
// refer to an accuser.
func complementThat(toks []dyad.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Lower == "that" && !isPunct(toks[i+1])
}

// blamerOf returns the source of the last accusation (112) before the
// denial hits[k] whose target is the denier's state, when that source is
// of another state: "Ukraine blamed Russia, which denied it" is RUS 016
// UKR (CODING.md: a denial by Y is Y 016 X). Nil when no accusation
// before it in the sentence accuses the denier.
func blamerOf(hits []verbHit, live []bool, k int) []actors.Mention {
	d := &hits[k]
	if len(d.source) == 0 || d.source[0].Country == "" {
		return nil
	}
	for g := k - 1; g >= 0; g-- {
		a := &hits[g]
		if !live[g] || a.code != "112" || a.head >= d.head || len(a.source) == 0 || len(a.target) == 0 {
			continue
		}
		if a.target[0].Country == d.source[0].Country && a.source[0].Country != "" && a.source[0].Country != d.source[0].Country {
			return a.source[:1]
		}
	}
	return nil
}

// passiveDeniedClaim reports a claim noun at token k that is the subject
// of a passive denial: "claims were denied by", "allegations have been
// rejected by". The claim's owner before it ("His claims") is the
// denial's target.
func passiveDeniedClaim(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges", "remarks", "comments":
	default:
		return false
	}
	j := k + 1
	for j < len(toks) && (toks[j].Lemma == "be" || toks[j].Lemma == "have" || toks[j].Tag == "RB") {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j+1].Lower != "by" {
		return false
	}
	switch toks[j].Lower {
	case "denied", "rejected", "dismissed", "disputed", "refuted", "rebutted":
		return true
	}
	return false
}

// reportThatAfter reports a report noun ([report nouns], or "rumours")
// as the object of the verb ending before end, with a "that" clause
// after it whose subject is the denier's own pronoun: "Moscow dismissed
// reports that it had sent troops into Ukraine" denies the act told
// (016), as "rejected claims that" does; "rejected the report" alone
// answers the reporter (reports.go), and "dismissed reports that the
// rebels had …" stays a rejection.
func (v *vocab) reportThatAfter(toks []dyad.Token, end int) bool {
	start := skipOnDay(toks, end)
	for k := start; k+1 < len(toks) && k < start+5; k++ {
		t := toks[k]
		if v.reportNouns[t.Lower] || t.Lower == "rumours" || t.Lower == "rumors" {
			if t.Tag == "VBZ" || t.Tag == "VBD" || toks[k+1].Lower != "that" || k+2 >= len(toks) {
				return false
			}
			switch toks[k+2].Lower {
			case "it", "its", "they", "their", "he", "his", "she", "her":
				return true // the report tells the denier's own act
			}
			return false
		}
		if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "NNP" && t.Tag != "POS" && t.Text != "'s" && t.Text != "’s" {
			return false
		}
	}
	return false
}
