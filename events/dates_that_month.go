package events

// "That September": a month named after "that" points back to a time the
// text has named ("when the invasion started in February 2022, with more
// following that September"), not to the publication year. The month
// takes the year of the last date expression before it in the sentence,
// else the year the article last wrote out in a date ("in 2022", "on 3
// March 2022"); with neither, it resolves as a bare month does.

import (
	"strconv"
	"time"

	"github.com/dyad-events/dyad"
)

// thatMonth re-dates the bare month expressions of dates that follow
// "that" ("that September", "that May") by the year of the date before
// them in the sentence or, failing one, by year (the year the article last
// wrote out; 0 for none). Other expressions are left as they are.
func thatMonth(toks []dyad.Token, dates []dateExpr, year int) []dateExpr {
	for k := range dates {
		d := &dates[k]
		if d.end != d.start+1 || d.start == 0 || toks[d.start-1].Lower != "that" || d.precision != dyad.Month || monthOf(toks[d.start].Lower) == 0 {
			continue
		}
		y := year
		for j := k - 1; j >= 0; j-- {
			if p := dates[j]; !p.published && len(p.date) >= 4 {
				if n, err := strconv.Atoi(p.date[:4]); err == nil {
					y = n
					break
				}
			}
		}
		if y == 0 {
			continue
		}
		d.date = time.Date(y, monthOf(toks[d.start].Lower), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		d.start-- // the expression is "that September": a fronted "That September," dates its clause
	}
	return dates
}

// yearWritten returns the year of the last date expression of dates that
// writes a four-digit year out ("in 2022", "February 2022", "March 3,
// 2022"), else year.
func yearWritten(toks []dyad.Token, dates []dateExpr, year int) int {
	for _, d := range dates {
		if d.published || len(d.date) < 4 {
			continue
		}
		for k := d.start; k < d.end && k < len(toks); k++ {
			if w := toks[k].Lower; len(w) == 4 && w == d.date[:4] {
				year, _ = strconv.Atoi(w)
				break
			}
		}
	}
	return year
}
