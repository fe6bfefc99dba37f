package events

// "At the time": an act told as done at the time of an occasion the
// paragraph dated before ("In December, the EU pledged to lift the ban.
// The move was welcomed at the time by Beijing.") happened then, not on
// the publication day. A sentence with no date of its own that says "at
// the time" (not "at the time of …", which names its own occasion) takes
// the last date written earlier in its paragraph; one dated two or more
// years back makes the act history (codesentence.go), as "In 1989, …"
// would.

import "github.com/dyad-events/dyad"

// thenDate records the date an "at the time" of sentence st refers back
// to: the first past date (not the start of a span, "since 2015") of
// the last sentence of st's paragraph that had one (ctx.thenDate, remembered here for the sentences after st).
// It returns that date for st when st has no date of its own and says
// "at the time"; nil otherwise.
func thenDate(ctx *articleCtx, st *sentence) *dateExpr {
	p := st.s.Paragraph
	if p < 0 || st.s.Index < 0 || ctx.pubDate == "" {
		ctx.thenPara = 0
		return nil
	}
	if ctx.thenPara != p+1 {
		ctx.thenPara = 0
	}
	for _, d := range st.dates {
		if d.start < len(st.toks) && st.toks[d.start].Lower == "since" || d.start > 0 && st.toks[d.start-1].Lower == "since" {
			continue // "since 2015": a span up to now, no time of its own
		}
		if !d.published && !ahead(st, d) && d.date < ctx.pubDate {
			ctx.then, ctx.thenPara = d, p+1
			return nil
		}
	}
	if len(st.dates) > 0 || ctx.thenPara == 0 || !atTheTime(st.toks) {
		return nil
	}
	d := ctx.then
	return &d
}

// atTheTime reports "at the time" in toks, not followed by "of" ("at the
// time of writing", "at the time of the attack").
func atTheTime(toks []dyad.Token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower == "at" && toks[k+1].Lower == "the" && toks[k+2].Lower == "time" && (k+3 >= len(toks) || toks[k+3].Lower != "of") {
			return true
		}
	}
	return false
}
