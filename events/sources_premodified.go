package events

// Premodified list items: a list of actors whose later item carries a
// word before its name that is no list item of its own ("Israel and
// Iran-backed Hezbollah exchanged fire", "Syria's interim government and
// the Kurdish-led Syrian Democratic Forces signed", "Ethiopia's government
// and Tigrayan forces agreed"): a hyphenated participle naming a backer or
// leader, which the matcher reads as a modifier mention or leaves out, or
// a capitalised name word right before a common-noun head, after a
// lower-case adjective too ("Sudan's government and the main Darfur
// rebel faction signed"). group (roles.go) passes over them, so that both
// parties of the list act.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// hyphenParticiple reports a hyphenated word ending in a past participle
// ("iran-backed", "kurdish-led", "u.s.-allied"), lower-cased.
func hyphenParticiple(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && len(w)-k > 3 && strings.HasSuffix(w, "ed")
}

// premodifierMention reports the mention i as a modifier right before
// mention i+1 that only qualifies it: "Iran-backed" in "Iran-backed
// Hezbollah".
func premodifierMention(st *sentence, i int) bool {
	if i < 0 || i+1 >= len(st.ments) {
		return false
	}
	p, n := st.ments[i], st.ments[i+1]
	return p.Modifier && !n.Modifier && p.End == n.Start && p.End > 0 && hyphenParticiple(st.toks[p.End-1].Lower)
}

// prevListItem returns the mention that could be the list item before
// mention i, and the end of the tokens joining the two (the start of
// mention i, or of its premodifier); -1 when there is none.
func prevListItem(st *sentence, i int) (int, int) {
	if premodifierMention(st, i-1) {
		return i - 2, st.ments[i-1].Start
	}
	return i - 1, st.ments[i].Start
}

// nextListItem returns the mention that could be the list item after
// mention i, and the end of the tokens joining the two; -1 when there is
// none.
func nextListItem(st *sentence, i int) (int, int) {
	if premodifierMention(st, i+1) {
		return i + 2, st.ments[i+1].Start
	}
	if i+1 >= len(st.ments) {
		return -1, 0
	}
	return i + 1, st.ments[i+1].Start
}

// listPremodifier reports token k, inside the words joining two list
// items that end at b, as a word qualifying the item at b: a hyphenated
// participle ("the Kurdish-led Syrian Democratic Forces"), or a
// capitalised name word (a people or region) right before an item headed
// by a common noun ("Tigrayan forces", "Aceh rebels").
func listPremodifier(st *sentence, k, b int) bool {
	toks := st.toks
	if st.isDate != nil && st.isDate[k] {
		return false
	}
	if hyphenParticiple(toks[k].Lower) {
		return true
	}
	return k == b-1 && b < len(toks) && toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text) && !startsUpperASCII(toks[b].Text) &&
		(toks[b].Tag == "NNS" || toks[b].Tag == "NN")
}

// backedOutlet reports the unnamed media, rights group or charity m
// right after a named backer's compound ("Western-backed media",
// "US-funded rights groups"): a body the backer pays for is no state's
// the sentence names, and the backer is no actor (CODING.md: modifiers
// like "Western-backed" are not actors), so m is none.
func backedOutlet(st *sentence, m actors.Mention) bool {
	k := m.Start - 1
	if k < 0 || !hasSector(m, "MED", "HRI", "NGO") || hasSector(m, "GOV", "MIL", "COP", "REB", "UAF") {
		return false
	}
	w := st.toks[k].Lower
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || !startsUpperASCII(st.toks[k].Text) {
		return false
	}
	switch w[h+1:] {
	case "backed", "funded", "sponsored", "supported", "financed":
		return true
	}
	return false
}
