package actors

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// companyStaff reports the person noun ending at token k (exclusive) as
// an employee, worker or staffer of a company: "a Japanese employee of
// drugmaker Astellas Pharma", "a Canadian employee of a mining company",
// "Chinese workers at a state-owned firm". The national is then that
// state's business (BUS), as the gold sets code a company's foreign staff
// seized, jailed or freed (dev34-wire W34017 JPNBUS, dev21-wire W21072
// CANBUS, dev8-wire C0213 JPNBUS), not a private person (CVL). The company
// is a business of the dictionary ("drugmaker", "mining company", "firm",
// "Astellas" JPNBUS) or a capitalised name closed by a [company name ends] word
// ("Astellas Pharma"), reached through "of", "at" or "for" over at most
// four determiners, numbers, adjectives and nouns.
func (m *Matcher) companyStaff(toks []dyad.Token, raws []raw, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	switch toks[k-1].Lower {
	case "employee", "employees", "worker", "workers", "staffer", "staffers":
	default:
		return false
	}
	switch toks[k].Lower {
	case "of", "at", "for":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		for _, r := range raws {
			if r.start == j {
				return (r.p.kind == KindAgent || r.p.kind == KindOrg) && len(r.p.entries) > 0 && strings.HasSuffix(r.p.entries[0].Code, "BUS")
			}
		}
		t := toks[j]
		if startsUpper(t.Text) && t.Tag == "NNP" && m.words.companyEnds[t.Lower] && j > k+1 && startsUpper(toks[j-1].Text) {
			return true // "of Astellas Pharma"
		}
		if !(t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "VBN" && strings.Contains(t.Lower, "-")) {
			return false
		}
	}
	return false
}

// charityNoun reports a noun that makes a nationality adjective before it
// a charity of that state, its NGO: "a French charity" FRANGO (gold
// dev39-wire W39002, dev36-wire W36012 DEUNGO, dev10-wire W10312 DEUNGO).
func charityNoun(w string) bool {
	return w == "charity" || w == "charities"
}
