package events

import "github.com/dyad-events/dyad/cameo"

// A pledge made on a visit is made to the host: an intent to help (03x)
// or aid (07x) naming no one, coordinated by "and" after its source's
// visit (042) in the same clause, is aimed at the state visited.
//
//	"Chile's president visited Lima on Monday and pledged reconstruction aid"    CHLGOV 042 PER, PER 043 CHLGOV, CHLGOV 033 PER
//	"The Japanese premier made a visit to Manila and promised more aid"          JPNGOV 042 PHL, PHL 043 JPNGOV, JPNGOV 033 PHL
//
// Only the visitor's own pledge after the visit takes the host; the
// host's ("X visited Washington, and Biden announced aid") and a pledge
// with its own recipient keep theirs.

// namedRecipient reports a "for" or "to" phrase in the pledge's object,
// from token i to the clause's end, naming an actor or a place: "pledged
// more aid for Gaza", "promised support to the refugees of Darfur" keep
// their own recipient (or none), never the host.
func namedRecipient(st *sentence, i int) bool {
	toks := st.toks
	for j := i; j+1 < len(toks); j++ {
		w := toks[j]
		if w.Text == "," || w.Text == ";" || w.Text == "." || finite(w.Tag) {
			return false
		}
		if w.Lower != "for" && w.Lower != "to" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if st.at[k] >= 0 || toks[k].Tag == "NNP" && startsUpperASCII(toks[k].Text) {
				return true
			}
			if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "PRP$" && t != "IN" && t != "NNS" && t != "NN" {
				break
			}
		}
	}
	return false
}

// visitPledges sets the targets of the pledges above.
func visitPledges(st *sentence, hits []verbHit, live []bool) {
	toks := st.toks
	for k := range hits {
		h := &hits[k]
		if r := cameo.Root(h.code); r != "03" && r != "07" || !live[k] || len(h.target) != 0 || len(h.source) == 0 || h.p.Noun || h.passive || h.head < 2 {
			continue
		}
		j := h.head - 1 // "and" right before the verb, past adverbs and date words
		for j > 0 && (toks[j].Tag == "RB" || st.isDate[j]) {
			j--
		}
		if toks[j].Lower != "and" || namedRecipient(st, h.end) {
			continue
		}
		for g := k - 1; g >= 0; g-- {
			o := &hits[g]
			if !live[g] || o.head >= j {
				continue
			}
			if o.code == "042" && len(o.source) > 0 && o.source[0].Code == h.source[0].Code && len(o.target) > 0 && o.target[0].Country != h.source[0].Country && clauseBetweenFree(st, o.end, j) {
				t := o.target[0]
				t.Place, t.Modifier = false, false
				h.target = append(h.target[:0:0], t)
			}
			break
		}
	}
}
