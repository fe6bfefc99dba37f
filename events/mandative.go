package events

// A verb in the base form in a "that" clause after a verb or noun of
// recommending, proposing, urging or demanding is the mandative
// subjunctive: it names an act someone wants done, not an act done
// ("may recommend that the armed forces retaliate against Israel", "the
// panel recommended that Britain suspend arms sales to Israel"). CODING.md
// codes the demand or appeal, never the act it asks for, as if it had
// happened; the rule below keeps the asked-for verb from being coded.

import "strings"

// mandativeWords are the verbs, in every form, and nouns that govern a
// mandative "that" clause. "insisted that Hezbollah withdraw" and
// "demanded that Israel pull out" are left out: the coder codes the
// demand from the asked-for verb (1056).
var mandativeWords = map[string]bool{
	"recommend": true, "recommends": true, "recommended": true, "recommending": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true,
	"suggest": true, "suggests": true, "suggested": true, "suggesting": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
	"demand": true, "demands": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"request": true, "requests": true, "requested": true, "requesting": true,
	"require": true, "requires": true, "required": true, "requiring": true,
	"advise": true, "advises": true, "advised": true, "advising": true,
	"order": true, "orders": true, "ordered": true, "ordering": true,
	"decree": true, "decreed": true, "stipulate": true, "stipulated": true,
	"recommendation": true, "recommendations": true, "proposal": true, "proposals": true,
	"suggestion": true, "requirement": true,
}

// evidenceNouns are subjects of "suggest" that make it "indicate", no
// request: "intelligence reports suggest that Iran and Russia cooperate",
// "UN figures suggest that Israeli strikes kill dozens every day".
var evidenceNouns = map[string]bool{
	"report": true, "reports": true, "image": true, "images": true, "figures": true, "evidence": true,
	"data": true, "findings": true, "poll": true, "polls": true, "study": true, "studies": true,
	"arrests": true, "signs": true, "records": true, "documents": true, "photos": true,
	"photographs": true, "footage": true, "videos": true, "estimates": true, "statistics": true,
	"numbers": true, "results": true, "surveys": true, "survey": true, "research": true, "analysis": true,
}

// mandatedAct reports that hit h's verb is in the base form (VB, or a
// plural present VBP) inside a "that" clause governed by one of
// mandativeWords, with no other verb and no clause break between "that"
// and it but "should": "may recommend that the armed forces retaliate",
// "urged that Britain should suspend arms sales". A verb in the
// past or with "-s" ("suggested that Russia attacked", "insists that
// Iran enriches") is not mandative and is left alone, and so is a
// "that" clause after "suggest" whose subject is an evidence noun
// (evidenceNouns: "satellite images suggest that …").
func mandatedAct(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if i <= 1 || toks[i].Tag != "VB" && toks[i].Tag != "VBP" {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		t := toks[k]
		if t.Lower == "that" {
			j := k - 1
			for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB") {
				j-- // "recommended on Monday that", "strongly urged that"
			}
			if j >= 1 && strings.HasPrefix(toks[j].Lower, "suggest") && evidenceNouns[toks[j-1].Lower] {
				return false // "satellite images suggest that Russian forces attack …": suggest as indicate
			}
			return j >= 0 && mandativeWords[toks[j].Lower]
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "MD" && t.Lower != "should" || strings.HasPrefix(t.Tag, "VB") && !isAux(t) && st.at[k] < 0 {
			return false
		}
	}
	return false
}
