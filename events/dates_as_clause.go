package events

// asClauseDate returns the date of the clause before a time clause opened
// by ", as" whose verb is the hit: "Saudi Arabia pledged $400 million to
// Ukraine on Sunday, as its foreign minister visited Kyiv", "the minister
// arrived in Beijing on Sunday, as the two navies began joint exercises"
// date the visit and the exercises Sunday, the act they went with. The
// clause is the one the hit stands in (an apposition's commas inside it
// are passed: "as its foreign minister, Prince Faisal, visited"). A
// reaction told in the clause takes the day too: "began joint patrols on
// Thursday, as Somalia's president condemned the massacre" (W49055),
// "expelled two diplomats on Monday, as La Paz threatened sanctions", as
// gold README "Conventions fixed here" item 34 dates every finite "as"
// clause with an actor and no time phrase of its own (20 open lines, none
// with the publication date); an alleged or denied act never gets here
// (date_reacted.go). "As well as", "as part of", "as a result" and the
// like open no clause. The date is the last one of the clause before the
// comma, after lo.
func asClauseDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	as := -1
	for k := h.head - 1; k > lo+1; k-- {
		w := toks[k].Lower
		if toks[k].Text == ";" || subordinator(w) && w != "as" || w == "said" || w == "says" {
			return dateExpr{}, false
		}
		if w == "as" && toks[k-1].Text == "," {
			as = k
			break
		}
	}
	if as < 0 || as+1 >= h.head {
		return dateExpr{}, false
	}
	switch toks[as+1].Lower {
	case "well", "part", "a", "an", "of", "usual", "expected", "planned", "such", "soon", "long", "far", "much", "many", "if", "though", "in", "it", "to":
		return dateExpr{}, false
	}
	for k := len(st.dates) - 1; k >= 0; k-- {
		if d := st.dates[k]; d.start >= lo && d.end <= as-1 {
			return d, true
		}
	}
	return dateExpr{}, false
}
