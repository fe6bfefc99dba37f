package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// attributiveParticiple reports a hit's head at h that is a participle
// or adjective before the noun it modifies, inside a noun phrase opened
// by a preposition, a determiner or a possessive ("broke off talks with
// striking doctors on Thursday", "met protesting farmers on Monday",
// "dispersed the rioting crowd on Friday"; after a preposition only
// "with", "among", "between" or "from" after a noun: "accused Malawi of
// shelling villages" is a gerund), or right after a verb that
// is no auxiliary nor aspect verb ("dispersed striking teachers on
// Thursday"), with the date at i after
// that noun: the date is the clause's verb's, not the modifier's.
func attributiveParticiple(toks []dyad.Token, h, i int) bool {
	if h < 1 || h+1 >= len(toks) || i <= h+1 {
		return false
	}
	t := toks[h]
	if t.Tag != "VBG" && t.Tag != "JJ" && !(strings.HasSuffix(t.Lower, "ing") && strings.HasPrefix(t.Tag, "NN")) {
		return false
	}
	if n := toks[h+1]; !strings.HasPrefix(n.Tag, "NN") && n.Tag != "JJ" || startsUpperASCII(n.Text) && n.Tag == "NNP" {
		return false
	}
	switch p := toks[h-1]; p.Tag {
	case "DT", "PRP$", "POS", "CD":
		return true
	case "IN":
		// "talks with striking doctors"; not a gerund after a
		// preposition of a verb or an accusation ("accused Malawi of
		// shelling villages", "charged with smuggling drugs")
		switch p.Lower {
		case "with", "among", "between", "from":
			return h >= 2 && strings.HasPrefix(toks[h-2].Tag, "NN")
		}
		return false
	case "VB", "VBD", "VBZ", "VBP", "VBN":
		// "dispersed striking teachers on Thursday"; not a progressive
		// or an aspect verb's gerund ("were striking targets", "kept
		// shelling towns")
		switch p.Lemma {
		case "be", "keep", "continue", "start", "stop", "begin", "resume", "go", "come", "finish", "avoid", "deny", "admit", "consider", "risk",
			"suggest", "propose", "recommend", "discuss", "mention", "quit", "postpone", "delay", "justify", "condemn", "defend", "order", "ban", "halt", "end", "allow", "permit", "oppose":
			return false
		}
		return true
	}
	return false
}
