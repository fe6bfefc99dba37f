package events

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// Wording of real news (realnews.jsonl) that the pattern lines cannot
// reach because the words of the event sit in a clause of their own: a
// mistake admitted in a "that" clause ("admitted that the operation had
// been a mistake").

// admitVerbs are verbs of admission whose clause may name the speaker's
// mistake.
var admitVerbs = map[string]bool{"admit": true, "concede": true, "acknowledge": true}

// admittedMistake codes an admission verb at i with no pattern of its own
// whose complement clause, within 16 tokens and before the clause ends,
// names a mistake or error or says the subject was wrong ("admitted that
// the operation had been a mistake", "conceded his government had made
// mistakes", "acknowledged he was wrong"): responsibility acknowledged
// (015, the admission verb's own 015 pattern). It returns best and end
// unchanged otherwise.
func (c *Coder) admittedMistake(toks []dyad.Token, i int, best *Pattern, end int) (*Pattern, int) {
	if best != nil || !admitVerbs[toks[i].Lemma] || toks[i].Tag == "NN" {
		return best, end
	}
	var p015 *Pattern
	for _, p := range c.patterns.verbs[toks[i].Lemma] {
		if p.Code == "015" && p.has(flagNoTarget) {
			p015 = p
			break
		}
	}
	if p015 == nil {
		return best, end
	}
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		t := toks[k]
		switch t.Text {
		case ".", ";", ":", "?", "!", ",":
			return best, end
		}
		switch t.Lower {
		case "but", "while", "although", "though", "because", "if", "which", "who":
			return best, end
		case "mistake", "mistakes", "error", "errors", "erred":
			return p015, k + 1
		case "wrong":
			if j := k - 1; j > i && toks[j].Lemma == "be" || j > i+1 && toks[j].Tag == "RB" && toks[j-1].Lemma == "be" {
				return p015, k + 1
			}
		}
	}
	return best, end
}

// unidentifiedAttacker reports a lone unidentified attacker (sector UAF,
// one person: "a gunman", "the shooter", "an attacker"): however many it
// kills, its shooting is unconventional violence (18x), no mass killing
// (202), as both annotators of realnews.jsonl code "a gunman killed at
// least 50 people". Plural attackers ("paramilitaries shot dead hundreds
// of villagers") are an armed force and keep 202.
func unidentifiedAttacker(src actors.Mention) bool {
	if !hasSector(src, "UAF") {
		return false
	}
	f := strings.Fields(strings.ToLower(src.Text))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "men")
}

// toAfterAdverbs reports "to" at from, past adverbs: "voted unanimously
// to impose new sanctions", "voted overwhelmingly to leave".
func toAfterAdverbs(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+3; k++ {
		if toks[k].Lower == "to" {
			return true
		}
		if !strings.HasPrefix(toks[k].Tag, "RB") {
			return false
		}
	}
	return false
}
