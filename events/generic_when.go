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
		if comesTo(toks, j) {
			return false // "When it comes to trade, China has accused …": no clause, a topic
		}
		for k := j + 1; k <= i; k++ {
			switch toks[k].Tag {
			case "VBZ", "VBP":
				if beforeParticiple(st, k) {
					return false // "at a time when Russia is pounding Kyiv": going on now
				}
				if m := clauseClosed(toks, k, i); m >= 0 {
					return genericMain(st, m, i) // "…, chaos follows" but not "…, China has accused", "…, he will meet"
				}
				return true
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

// comesTo reports "when it comes to" (or "came to") at the opener j: a
// phrase naming a topic, not a when-clause.
func comesTo(toks []dyad.Token, j int) bool {
	return j+3 < len(toks) && toks[j+1].Lower == "it" &&
		(toks[j+2].Lower == "comes" || toks[j+2].Lower == "came") && toks[j+3].Lower == "to"
}

// clauseClosed returns the index of the first comma, colon or dash
// between the when-clause's finite verb at k and the act at i, where the
// when-clause ends and the main clause begins, or -1 when the act is
// inside the when-clause.
func clauseClosed(toks []dyad.Token, k, i int) int {
	for m := k + 1; m < i; m++ {
		switch toks[m].Text {
		case ",", ":", "–", "—":
			return m
		}
	}
	return -1
}

// genericMain reports whether the main clause after a fronted
// when-clause, from the comma at m to the act at i, tells its act in the
// present simple too ("Whenever Russia bombs Kharkiv, Ukrainian drones
// attack refineries": a habit both sides). A main clause with a modal
// ("…, he will meet Xi": a plan; "…, Tehran will retaliate": a threat),
// in the past, the present perfect ("…, China has accused the United
// States") or the progressive tells an act at a time and is left alone.
func genericMain(st *sentence, m, i int) bool {
	toks := st.toks
	for k := m + 1; k <= i; k++ {
		switch toks[k].Tag {
		case "MD", "VBD":
			return false
		case "VBZ", "VBP":
			if w := toks[k].Lower; w == "has" || w == "have" || w == "'s" || w == "'ve" {
				for n := k + 1; n <= k+3 && n < len(toks); n++ {
					if toks[n].Tag == "VBN" {
						return false // "has accused": the present perfect
					}
				}
			}
			return !beforeParticiple(st, k)
		}
	}
	return false
}
