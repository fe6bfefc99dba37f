package events

import "github.com/dyad-events/dyad"

// serialVerbDate dates a verb phrase that shares the subject of the one
// before it, with no subject of its own, by the day written in the phrase
// before: the second and later verbs of a series ("Musharraf declared a
// state of emergency on Saturday, suspended the constitution and replaced
// the chief justice": the suspension is Saturday's), a verb after ", and"
// ("broke off relations with Venezuela on Thursday, hours after Maduro was
// sworn in, and praised the opposition") and a participle after a comma
// ("demanded on Tuesday that he step down before the run-off, accusing him
// of rigging"). The gold sets date such a series by its one time phrase
// (W53039, W41049, W50050; CODING.md "Dates": the date the sentence says
// for the act). The hit is a past-tense verb or a participle right after
// a comma or ", and" (adverbs passed); the date is the last one before
// that comma in the sentence part after the last semicolon, owned by a
// done past-tense verb hit (doneVerbAt), and looks back. A comma-set
// clause between the date and the hit (", hours after Maduro was sworn
// in,", ", who led the protests,") is passed; any other finite verb there
// is another clause's subject and blocks it ("on Monday, police said,
// arrested" is no series). Unlike andClauseDate and participleDate, the
// phrase before may lie outside clauseBounds' clause: "before the
// run-off" and "after Maduro was sworn in" open no clause of the hit.
func (c *Coder) serialVerbDate(st *sentence, h *verbHit) (dateExpr, bool) {
	toks := st.toks
	tag := toks[h.head].Tag
	if h.head < 3 || h.p.Noun || nounLike(st, h) || tag != "VBD" && tag != "VBG" {
		return dateExpr{}, false
	}
	j := h.head - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if toks[j].Lower == "and" && tag == "VBD" {
		j--
		if toks[j].Text != "," {
			// "…, shut their newspaper and banned a rally": the last
			// verb of the series is dated as the one after the comma
			j = serialItemComma(toks, j)
		}
	}
	if j < 2 || toks[j].Text != "," { // (also j == -1: no series)
		return dateExpr{}, false
	}
	d, lo, ok := clauseLastDate(st, j, ";", ":")
	if !ok || d.published || ahead(st, d) || !passedClause(toks, d.end, j) {
		return dateExpr{}, false
	}
	if g := c.nearestHit(st, d.start); g < lo || g >= j || toks[g].Tag != "VBD" || !doneVerbAt(st, g) {
		return dateExpr{}, false
	}
	return d, true
}

// serialItemComma returns the comma before the past-tense verb that
// opens the series item ending at toks[j] ("…, shut their newspaper"),
// the verb right after it; -1 when a comma, a subordinator or no such
// verb comes first.
func serialItemComma(toks []dyad.Token, j int) int {
	for k := j; k > 1; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || subordinator(toks[k].Lower) {
			return -1
		}
		if toks[k].Tag == "VBD" && toks[k-1].Text == "," {
			return k - 1
		}
	}
	return -1
}

// passedClause reports whether toks[from:to] hold no finite verb but in a
// clause set off by a comma and opened by a subordinator within four
// words of it (", hours after Maduro was sworn in", ", who led it").
func passedClause(toks []dyad.Token, from, to int) bool {
	comma := -1
	opened := false
	for k := from; k < to; k++ {
		if toks[k].Text == "," {
			comma, opened = k, false
			continue
		}
		if comma >= 0 && k-comma <= 4 && subordinator(toks[k].Lower) {
			opened = true
		}
		if (finite(toks[k].Tag) || toks[k].Tag == "MD") && !opened {
			return false
		}
	}
	return true
}
