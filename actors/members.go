package actors

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// memberNoun reports an agent phrase (lower case) that names people only
// by their place in a body ("officials", "a leader", "staff members"): of
// a body, they take that body's role. Kin ("family members") are not.
func memberNoun(phrase string) bool {
	switch phrase {
	case "official", "officials", "senior official", "senior officials", "top official", "top officials",
		"leader", "leaders", "member", "members", "staff member", "staff members":
		return true
	}
	return false
}

// memberOf returns the index in raws of the agent phrase that names the
// body whose people raws[i] are ("officials of the state-owned metals
// company" BUS, "staff members of the investigative outlet" MED, "a
// leader of the armed group" REB), and the index of a nationality or
// country raw just before that agent ("officials of a Chinese company"),
// -1 when there is none. It returns -1, -1 when raws[i] is no member
// noun followed by "of", an optional article, at most three modifiers
// (adjectives, nouns, participles, gerunds) and an agent phrase of a role other
// than GOV (the member noun's own role already).
func memberOf(toks []dyad.Token, raws []raw, i int) (agent, nation int) {
	r := raws[i]
	if r.p.kind != KindAgent || !memberNoun(strings.Join(r.p.words, " ")) || r.end+1 >= len(toks) || toks[r.end].Lower != "of" {
		return -1, -1
	}
	j := r.end + 1
	switch toks[j].Lower {
	case "the", "a", "an":
		j++
	}
	if i+1 >= len(raws) {
		return -1, -1
	}
	k, nation := i+1, -1
	if n := raws[k]; (n.p.kind == KindAdjective || n.p.kind == KindCountry) && !n.p.compound && k+1 < len(raws) {
		if !modifiersOnly(toks, j, n.start) {
			return -1, -1
		}
		nation, j = k, n.end
		k++
	}
	n := raws[k]
	if n.p.kind != KindAgent || !modifiersOnly(toks, j, n.start) {
		return -1, -1
	}
	roles := splitRoles(n.p.entries[0].Code)
	if len(roles) == 0 || strings.Join(roles, "") == "GOV" {
		return -1, -1
	}
	if n.end < len(toks) && (toks[n.end].Tag == "NN" || toks[n.end].Tag == "NNS" || isPoss(toks[n.end])) {
		return -1, -1 // "officials of the party's youth wing": a noun heads the phrase later
	}
	return k, nation
}

// modifiersOnly reports whether tokens [a, b) are at most three
// modifiers of a noun: adjectives, nouns and participles ("state-owned
// metals", "investigative"), no verb, preposition or punctuation.
func modifiersOnly(toks []dyad.Token, a, b int) bool {
	if b < a || b-a > 3 {
		return false
	}
	for _, t := range toks[a:b] {
		switch t.Tag {
		case "JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG":
		default:
			return false
		}
	}
	return true
}
