package events

// Generic when-clauses: an act told in the present simple inside a
// "when", "whenever", "every time" or "each time" clause is what happens
// whenever it happens, not an act that happened ("When America retreats,
// chaos follows"; "When the army shells our villages, we have the right
// to defend ourselves"; "every time the authorities try to crack down,
// they find new ways"). CODING.md codes acts that happened or are said to
// happen at a time; a habit or a rule of thumb names none. The act is
// made hypothetical (clauseStatus) and is no event (openHypothesis: not a
// condition, a possibility or an attempt). A when-clause in the past
// ("when Israeli jets struck Gaza") tells an act at a time and is left
// alone, and so are the present progressive ("when Russia is pounding
// Kyiv": going on now), a "when" after its main clause ("the strike comes
// at a time when the two sides hold talks": now; "Putin will meet Erdogan
// when he visits Ankara": a planned act) and a headline, whose present
// tells the past.

import "github.com/dyad-events/dyad"

// genericWhen reports whether the act at token i stands in a when-clause
// (when, whenever, every time, each time) whose finite verb is in the
// present simple (VBZ or VBP: "retreats", "try to crack down", "are
// killed"; not the progressive "is pounding"), in a body sentence. The
// clause opens between the start of the sentence or the last ";" and i;
// its finite verb is the first one after the opener.
func genericWhen(st *sentence, i int) bool {
	if st.s.Index < 0 {
		return false // a headline's present tells the past
	}
	toks := st.toks
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" {
			return false
		}
		if !whenOpener(toks, j) {
			continue
		}
		for k := j + 1; k <= i; k++ {
			switch toks[k].Tag {
			case "VBZ", "VBP":
				return !beforeParticiple(st, k) // "at a time when Russia is pounding Kyiv": going on now
			case "VBD", "MD":
				return false // "when Israeli jets struck", "when the troops will leave"
			}
		}
		return false
	}
	return false
}

// beforeParticiple reports a form of "be" at k whose clause's verb is a
// present participle after it (sources.go's progressive): "is pounding",
// "are still fighting".
func beforeParticiple(st *sentence, k int) bool {
	for m := k + 1; m < len(st.toks) && m <= k+3; m++ {
		if progressive(st, m) {
			return true
		}
	}
	return false
}

// whenOpener reports a when-clause's opener at j: "whenever", "time"
// after "every" or "each", or "when" opening its sentence, a quotation or
// a clause after a comma, colon, "and" or "but" (a "when" after its main
// clause tells what goes on now, "the strike comes at a time when talks
// resume", or a time to come, "Putin will meet Erdogan when he visits
// Ankara": a planned act, coded as such).
func whenOpener(toks []dyad.Token, j int) bool {
	switch toks[j].Lower {
	case "whenever":
		return true
	case "when":
		return clauseStart(toks, j) // "When America retreats, …", not "at a time when", "comes when"
	case "time", "times":
		return j > 0 && (toks[j-1].Lower == "every" || toks[j-1].Lower == "each")
	}
	return false
}

// clauseStart reports token j opening a sentence, a quotation or a clause
// after a comma, colon, semicolon, dash, "and" or "but".
func clauseStart(toks []dyad.Token, j int) bool {
	if j == 0 {
		return true
	}
	switch p := toks[j-1]; p.Text {
	case "\"", "“", "``", ",", ":", ";", "–", "—", "-":
		return true
	default:
		return p.Lower == "and" || p.Lower == "but"
	}
}
