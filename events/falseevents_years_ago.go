package events

// A time clause after a years-ago date: "The company left the district
// four years ago after villagers began protesting and blocking trucks".
// The date resolver dates "left" by "four years ago" (history, screened)
// but leaves the acts of the "after" clause with no date of their own, so
// they took the publication date. They are the background of a dated past
// act, history as that act is, as historyYear finds after a written year
// ("applied to join in May 2022, shortly after Russia invaded Ukraine").

import "github.com/dyad-events/dyad"

// yearsAgoTimeClause reports a hit h inside a time clause ("after",
// "before", "when", optionally "shortly"/"soon"/"just"/"only" first and a
// comma before) that opens right after a date of the form "N years ago"
// or "decades ago" lying two or more years before publication (pub, ISO),
// with no clause break between the opener and h but "and" ("began
// protesting and blocking trucks" are both the clause's). "four days
// ago after", "last year after" are no history and leave h alone.
func yearsAgoTimeClause(st *sentence, h *verbHit, pub string) bool {
	toks := st.toks
	for _, d := range st.dates {
		if d.precision != dyad.Year || d.end < 1 || d.end >= h.head || toks[d.end-1].Lower != "ago" || !history(d.date, pub) {
			continue
		}
		k := d.end
		if toks[k].Text == "," {
			k++
		}
		for k < h.head {
			switch toks[k].Lower {
			case "shortly", "soon", "just", "only", "immediately":
				k++
				continue
			}
			break
		}
		if k >= h.head || h.head-k > 10 {
			continue
		}
		switch toks[k].Lower {
		case "after", "before", "when":
		default:
			continue
		}
		clean := true
		for j := k + 1; j < h.head && clean; j++ {
			clean = toks[j].Lower == "and" || !breakBetween(toks, j, j+1)
		}
		if clean {
			return true
		}
	}
	return false
}
