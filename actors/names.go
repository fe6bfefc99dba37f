package actors

// A title's unknown name run to its end, and a body named by the kind of
// people who form it: two noun-phrase ends the matcher reads with word
// lists of data/words/words.txt.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// nameRunAt returns the end of the capitalised name that starts at token
// k0 after a title ("Prime Minister Saad al-Hariri", "emir Sheikh Tamim
// bin Hamad al-Thani"): up to four capitalised NNP words that start no
// dictionary match, with the [name particles] between them ("bin", "da",
// "von der") and words written with a [name prefixes] prefix and a
// hyphen ("al-Hariri") counted as name words whatever their tag. A
// particle must be followed by a name word; k0 when no name starts there.
func (m *Matcher) nameRunAt(toks []dyad.Token, raws []raw, k0 int) int {
	return m.nameRun(toks, raws, k0, 0)
}

// nameRun is nameRunAt after words name words already read (a particle
// may open the run when words > 0).
func (m *Matcher) nameRun(toks []dyad.Token, raws []raw, k0, words int) int {
	end := k0
	for k := k0; k < len(toks) && words < 4 && !rawAt(raws, k); {
		if m.nameWord(toks[k]) {
			words++
			k++
			end = k
			continue
		}
		// particles between name words: "bin Hamad", "von der Leyen"
		p := k
		for p < len(toks) && p-k < 2 && m.words.nameParticles[toks[p].Lower] && !startsUpper(toks[p].Text) {
			p++
		}
		if p == k || words == 0 || p >= len(toks) || rawAt(raws, p) || !m.nameWord(toks[p]) {
			break
		}
		k = p
	}
	return end
}

// nameWord reports a word of a person's name: a capitalised NNP, or a
// prefixed family name ("al-Thani", "el-Sisi") whose part after the
// hyphen is capitalised.
func (m *Matcher) nameWord(t dyad.Token) bool {
	if t.Tag == "NNP" && startsUpper(t.Text) {
		return true
	}
	h := strings.IndexByte(t.Text, '-')
	return h > 0 && h+1 < len(t.Text) && m.words.namePrefixes[strings.ToLower(t.Text[:h])] && startsUpper(t.Text[h+1:])
}

// groupHeadAt returns the end of a [group heads] noun at token i right
// after an agent noun of sectors, which then names the body's members:
// "Togo's opposition coalition" (OPP), "the Chilean student federation"
// (EDU); i when there is none, or when the agent is a state's organ
// (government, army, police, courts, legislature, intelligence, party)
// or a capitalised word follows ("the opposition alliance Tisza": the
// name decides).
func (m *Matcher) groupHeadAt(toks []dyad.Token, i int, sectors []string) int {
	if i >= len(toks) || len(sectors) != 1 || !m.words.groupHeads[toks[i].Lower] || toks[i].Tag == "NNP" {
		return i
	}
	switch sectors[0] {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY":
		return i
	}
	if i+1 < len(toks) && acronym(toks[i+1].Text) {
		return i + 2 // "the student federation FECH": the body's own initials
	}
	if i+1 < len(toks) && (toks[i+1].Tag == "NNP" || toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") && !verbLike(toks, i+1) {
		return i // "an opposition alliance leader", "the opposition bloc Sumar": another head
	}
	return i + 1
}

// groupInitialsAt returns i+1 when the agent phrase ending at token i
// ends in a [group heads] noun ("indigenous confederation", "labour
// federation") and initials the dictionary does not know follow it, the
// body's own name ("Ecuador's indigenous confederation CONAIE"); else i.
func (m *Matcher) groupInitialsAt(toks []dyad.Token, raws []raw, i int) int {
	if i < 1 || i >= len(toks) || !m.words.groupHeads[toks[i-1].Lower] || !acronym(toks[i].Text) || rawAt(raws, i) {
		return i
	}
	return i + 1
}

// acronym reports a word of two to eight capital letters: an
// organisation's initials.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// nameTailAt returns the end of the rest of a person's name that goes on
// at token i after a name the dictionary knew ending there ("Sheikh
// Tamim" + "bin Hamad al-Thani", "Judith Suminwa" + "Tuluka"): name
// particles with the name word after them, prefixed names, or — after
// two name words, outside a headline in title case — capitalised NNP
// words that are no weekday or month; i when the name ends there.
func (m *Matcher) nameTailAt(toks []dyad.Token, raws []raw, i int) int {
	if i < 2 || i >= len(toks) || rawAt(raws, i) || !m.nameWord(toks[i-1]) {
		return i
	}
	t := toks[i]
	plain := t.Tag == "NNP" && startsUpper(t.Text)
	if plain && (!m.nameWord(toks[i-2]) || dateName(t.Lower) || titleCased(toks)) {
		return i
	}
	if i+1 < len(toks) && isPoss(toks[i+1]) {
		return i // "Judith Suminwa Kinshasa's …": not a name's end
	}
	if plain || m.nameWord(t) || m.words.nameParticles[t.Lower] && !startsUpper(t.Text) {
		return m.nameRun(toks, raws, i, 1)
	}
	return i
}
