package events

// Coordination: the mentions coordinated with a mention (group), where a list
// item ends before a finite verb, and attribution inside a list.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// group returns the mention m with the mentions coordinated with it
// ("Seoul and Washington", "A, B and C"). A list item may carry a
// premodifier the list does not count ("Israel and Iran-backed
// Hezbollah", "Syria's government and the Kurdish-led SDF", "Ethiopia's
// government and Tigrayan forces": sources_premodified.go).
func (c *Coder) group(st *sentence, m int) []actors.Mention {
	toks := st.toks
	first, last := m, m
	joins := func(a, b int) bool { // tokens [a,b) only join two list items
		if a > 0 && a < b && st.at[a-1] >= 0 && st.ments[st.at[a-1]].Kind == actors.KindAgent {
			// "freed Australian economist Sean Turnell, former British
			// ambassador Vicky Bowman and …": the name the dictionary does
			// not know after an item's title is the item's own
			for a < b && st.at[a] < 0 && toks[a].Tag == "NNP" && startsUpperASCII(toks[a].Text) {
				a++
			}
		}
		if b-a > 1 {
			b = listCountStart(toks, a+1, b) // "and more than 40 rebel groups": a count before the item
		}
		if b-a < 1 || b-a > 3 && !(b-a == 4 && listPremodifier(st, b-1, b)) {
			return false // (four words when the last names the item's people or region: "and the main Darfur rebel faction")
		}
		if b-a == 3 && toks[a].Lower == "as" && toks[a+1].Lower == "well" && toks[a+2].Lower == "as" {
			return true // "India as well as Pakistan"
		}
		conj := false
		for k := a; k < b; k++ {
			switch toks[k].Lower {
			case "and", ",", "or", "nor":
				conj = true
			case "the", "his", "her", "their", "its", "'s", "’s":
			case "a", "an":
				// "freed an Australian economist, a British diplomat and a
				// Japanese filmmaker": an object list's item after its comma
				// or "and" (not a subject list's: "gunmen and a suicide bomber
				// attacked" leaves the bomber to the bombing)
				if !conj || b >= len(toks) || st.at[b] < 0 || subjectOfNext(toks, st.ments[st.at[b]].End) {
					return false
				}
			default:
				if (toks[k].Tag == "JJ" || toks[k].Tag == "NN" && k == b-1) && !startsUpperASCII(toks[k].Text) && !collectiveWord(toks[k].Lower) && k > a {
					continue // "Sudan's army and the paramilitary Rapid Support Forces"
				}
				if k > a && conj && b-1 > k && isPossTok(toks[b-1]) {
					if _, n, ok := c.placeAt(st, k, b-1, 3); ok && k+n == b-1 {
						// "Russia and Abkhazia's separatist leaders": a
						// place's name, no actor of its own, owns the
						// last item; the first stays a party of its own
						// (dev58-wire W58026 RUS 057 GEOREB)
						k = b - 1
						continue
					}
				}
				if k > a && conj && (listPremodifier(st, k, b) || k == b-2 && listPremodifier(st, b-1, b) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !startsUpperASCII(toks[k].Text)) {
					continue // "and the Kurdish-led Syrian Democratic Forces", "and Tigrayan forces", "and the main Darfur rebel faction"
				}
				return false
			}
		}
		return conj
	}
	for {
		j, gap := prevListItem(st, first)
		if j < 0 || st.ments[j].Modifier || st.ments[j].Place && !st.ments[first].Place || !joins(st.ments[j].End, gap) || attributed(toks, st.ments[j].Start) ||
			newClauseBetween(toks, st.ments[j].End, gap) || frontedPhraseComma(toks, st.ments[j].Start, st.ments[j].End, gap, st.ments[last].End) ||
			subjectOfNext(toks, st.ments[last].End) && objectPosition(toks, st.ments[j].Start) {
			// (not an earlier verb's object: "Russia attacked Ukraine and
			// Georgia criticised Moscow" — Georgia alone criticised)
			break
		}
		first = j
	}
	for {
		j, gap := nextListItem(st, last)
		if j < 0 || st.ments[j].Modifier || !joins(st.ments[last].End, gap) || newClauseBetween(toks, st.ments[last].End, gap) ||
			objectPosition(toks, st.ments[first].Start) && subjectOfNext(toks, st.ments[j].End) {
			// ("Russia attacked Ukraine and Georgia criticised Moscow": Georgia
			// opens the next clause, no second target)
			break
		}
		last = j
	}
	// a list ends with "and"/"or": "A, B and C"; a bare comma joins nothing
	// ("48 people, the interior ministry said")
	hasConj := func(a, b int) bool {
		for k := a; k < b; k++ {
			if toks[k].Lower == "and" || toks[k].Lower == "or" || toks[k].Lower == "nor" || toks[k].Lower == "well" && joins(a, b) {
				return true
			}
		}
		return false
	}
	for last > m && !othersTail(toks, st.ments[last].End) {
		j, gap := prevListItem(st, last)
		if hasConj(st.ments[j].End, gap) {
			break
		}
		last = j
	}
	if j, gap := prevListItem(st, m); last == m && first < m && !hasConj(st.ments[j].End, gap) {
		first = m
	}
	out := make([]actors.Mention, 0, last-first+2)
	if a := st.ments[first].Start; a >= 2 && toks[a-1].Lower == "and" && !subjectOfNext(toks, st.ments[last].End) {
		// "bombed Gaza and Lebanon": a place the dictionary does not name
		// as an actor heads the list
		for n := 3; n >= 1; n-- {
			if j := a - 1 - n; j >= 0 && st.at[j] < 0 {
				if p, w, ok := c.placeAt(st, j, a-1, n); ok && w == n && p.Country != st.ments[first].Country && objectPosition(toks, j) {
					pm := c.placeMention(p.Country, toks[j:j+n], st.s.Text)
					pm.Start, pm.End = j, j+n
					out = append(out, *pm)
					break
				}
			}
		}
	}
	for k := first; k <= last; k++ {
		if k == m || !st.ments[k].Modifier {
			out = append(out, st.ments[k]) // (not a premodifier the list passed over)
		}
	}
	sharedHead(out)
	return out
}

// objectPosition reports a finite verb in the few words before token i
// in its clause: a list starting at i is some verb's object ("attacked
// Ukraine and Georgia"), not a subject ("Egypt and Qatar mediated").
func objectPosition(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if finite(t.Tag) || t.Tag == "VBN" && k > 0 && (toks[k-1].Lemma == "have" || toks[k-1].Lemma == "be") {
			switch t.Lemma {
			case "say", "tell", "report", "add", "claim", "insist", "state", "believe", "think", "come":
				return false // "Jabawi said rebel … officials held", "came as U.S. and … forces conduct": a clause follows
			}
			return true
		}
		switch {
		case t.Tag == "DT" || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "RB":
		case t.Tag == "IN" && (t.Lower == "on" || t.Lower == "at" || t.Lower == "against" || t.Lower == "into" || t.Lower == "in"):
		case verbParticle(toks, k):
			// "handed over three Israeli hostages and Israel released …"
		default:
			return false // "as", "that", "between", a comma: another clause or phrase
		}
	}
	return false
}

// subjectOfNext reports a finite verb or modal right after a list item
// ending at token e: the item is the subject of a new clause.
func subjectOfNext(toks []dyad.Token, e int) bool {
	k := e
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k < len(toks) && (finite(toks[k].Tag) || toks[k].Tag == "MD")
}

// attributed reports a mention starting at token i as the one named by
// "according to" ("According to officials, Egypt and Qatar …"): the
// attribution, never the first item of the list after its comma.
func attributed(toks []dyad.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k].Lower == "to" {
			return toks[k-1].Lower == "according"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "PRP$" && t != "NNP" && t != "NN" {
			return false
		}
	}
	return false
}

// listCountStart returns where a count ends the tokens [a, b) before a list
// item, that is the start of the count ("more than 40", "at least 12",
// "some 30", "40"), or b when none ends there: "talks between the
// government and more than 40 rebel groups" joins the groups to the list.
func listCountStart(toks []dyad.Token, a, b int) int {
	if b-1 < a || toks[b-1].Tag != "CD" {
		return b
	}
	k := b - 1
	switch {
	case k-2 >= a && (toks[k-1].Lower == "than" && (toks[k-2].Lower == "more" || toks[k-2].Lower == "fewer") ||
		toks[k-1].Lower == "least" && toks[k-2].Lower == "at"):
		k -= 2
	case k-1 >= a:
		switch toks[k-1].Lower {
		case "some", "about", "nearly", "almost", "around", "over", "roughly":
			k--
		}
	}
	return k
}

// othersTail reports a list that goes on at token e with "and other …"
// (or "and several other", ", and many other", "or other"): the list's
// named items are joined by commas only, its "and" comes before the
// unnamed rest, which is no actor ("China, Russia and other foreign
// states": China and Russia).
func othersTail(toks []dyad.Token, e int) bool {
	k := e
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "and" && toks[k].Lower != "or" {
		return false
	}
	k++
	switch toks[k].Lower {
	case "several", "many", "some", "various", "two", "three", "a":
		k++ // "and several other states", "and a few other"
		if k < len(toks) && toks[k].Lower == "few" {
			k++
		}
	}
	return k < len(toks) && toks[k].Lower == "other"
}
