package actors

import "github.com/dyad-events/dyad"

// roleTitle reports a dictionary match r of a bare singular title
// ("President", "prime minister", "envoy") right after a word that makes
// it the role someone holds or will hold rather than a person named:
// "when President", "as Prime Minister", "will become President in
// January", "while chancellor". No name follows it ("as President Lula
// said" names Lula): such a title is no mention.
func roleTitle(toks []dyad.Token, r raw) bool {
	if r.p == nil || r.p.kind != KindAgent || r.start == 0 || !isHolderNoun(r.p.words[len(r.p.words)-1]) {
		return false
	}
	switch toks[r.start-1].Lower {
	case "when", "while", "as", "become", "becomes", "became", "becoming":
	default:
		return false
	}
	if r.end < len(toks) && toks[r.end].Tag == "NNP" && startsUpper(toks[r.end].Text) {
		return false // "as President Lula said"
	}
	return true
}
