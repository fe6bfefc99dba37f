package events

// Targets of leaving or scrapping a treaty: the state on its other side.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// bilateralTreaties names treaties between two states by words of their
// names (lower case), with the two parties (ISO3). Facts: the treaties'
// signatories.
var bilateralTreaties = []struct {
	words string
	a, b  string
}{
	{"new start", "USA", "RUS"},
	{"intermediate-range nuclear forces", "USA", "RUS"},
	{"inf treaty", "USA", "RUS"},
	{"anti-ballistic missile", "USA", "RUS"},
	{"plutonium management", "USA", "RUS"},
	{"indus waters", "IND", "PAK"},
	{"simla agreement", "IND", "PAK"},
	{"oslo accords", "ISR", "PSE"},
	{"1994 peace treaty with jordan", "ISR", "JOR"},
	{"comprehensive military agreement", "PRK", "KOR"}, // the 2018 inter-Korean accord
}

// treatyNoun reports the nouns that name an agreement between states
// ([treaty nouns] of data/words.txt).
func (v *vocab) treatyNoun(w string) bool {
	return v.treatyNouns[w]
}

// treatyParty gives a reduction of relations (root 16) that leaves,
// suspends or scraps a bilateral treaty the treaty's other party as
// target (gold: "Russia suspended its participation in the New START
// treaty" RUS 160 USA). A multilateral treaty has no other party ("the
// Treaty on Conventional Armed Forces in Europe": target null).
func (c *Coder) treatyParty(st *sentence, h *verbHit) {
	if cameo.Root(h.code) != "16" || len(h.target) != 0 || len(h.source) == 0 || h.source[0].Country == "" {
		return
	}
	toks := st.toks
	own := h.source[0].Country
	noun := -1
	for k := h.head + 1; k < len(toks) && k < h.end+10; k++ {
		if k >= h.end && (toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "after" || toks[k].Lower == "that" || toks[k].Lower == "which" || finite(toks[k].Tag)) {
			break
		}
		if st.words.treatyNoun(toks[k].Lower) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return
	}
	// the treaty's words: from the verb to a few words past its noun ("the
	// Treaty on …", "the Indus Waters Treaty")
	end := noun + 1
	for end < len(toks) && end < noun+4 && (startsUpperASCII(toks[end].Text) || toks[end].Lower == "on" || toks[end].Lower == "of") {
		end++
	}
	var words []string
	for k := h.head; k < end; k++ {
		words = append(words, toks[k].Lower)
	}
	text := strings.Join(words, " ")
	var parties []string
	for _, t := range bilateralTreaties {
		if strings.Contains(text, t.words) {
			parties = []string{t.a, t.b}
			break
		}
	}
	if parties == nil {
		for k := h.head + 1; k < noun; k++ {
			if p := c.pairCompound(toks[k].Lower); p != nil {
				parties = p
				break
			}
		}
	}
	if len(parties) != 2 {
		return
	}
	var other string
	switch own {
	case parties[0]:
		other = parties[1]
	case parties[1]:
		other = parties[0]
	default:
		return
	}
	h.target = []actors.Mention{c.implicitTarget(h, other)}
}

// pairCompound gives the two states of a hyphenated two-country adjective
// ("inter-Korean", "US-Russian", "Russia-Ukraine"), nil for other words.
func (c *Coder) pairCompound(w string) []string {
	if w == "inter-korean" {
		return []string{"PRK", "KOR"}
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return nil
	}
	ca, cb := c.countryWord(a), c.countryWord(b)
	if ca == "" || cb == "" || ca == cb {
		return nil
	}
	return []string{ca, cb}
}

// countryWord gives the country a lower-case word names as a country
// name, adjective or capital ("russian", "us", "china"), "" for none.
func (c *Coder) countryWord(w string) string {
	if w == "" {
		return ""
	}
	for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
		if e, ok := dictEntry(c.dict.countries, form); ok {
			return e.Code
		}
	}
	return ""
}
