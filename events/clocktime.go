package events

// Clock times after "after" and "before".
//
// "after" and "before" open a subordinate clause ("after talks on Monday",
// "before the vote in May"): a date there is that other occasion's, not
// the verb's. Before a clock time they open no clause: "Shortly after 10
// p.m. Sunday night, a gunman fired on the crowd", "shelled the town just
// before dawn on Tuesday", "After midnight on Saturday, troops moved in".
// The time is the act's, and so is the date written with it.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// clockPhrase reports whether toks[k] is "after", "before" or "until"
// followed by a clock time: a number with a.m./p.m./GMT/local time/o'clock/
// hours ("10 p.m.", "10:30 pm", "0400 GMT", "2 o'clock") or a time of day
// with no number ("midnight", "noon", "dawn", "dusk", "nightfall",
// "sunset", "sunrise", "daybreak", "first light"). Degree words before
// it ("shortly after", "just before") are clockLead's.
func clockPhrase(toks []dyad.Token, k int) bool {
	if k < 0 || k+1 >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "after", "before", "until":
	default:
		return false
	}
	n := toks[k+1].Lower
	switch n {
	case "midnight", "noon", "midday", "dawn", "dusk", "nightfall", "sunset", "sunrise", "daybreak":
		return true
	case "first":
		return k+2 < len(toks) && toks[k+2].Lower == "light"
	}
	if !clockNumber(n) {
		return false
	}
	if k+2 >= len(toks) {
		return false
	}
	switch toks[k+2].Lower {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "o’clock", "hours", "hrs", "local", "h":
		return true
	}
	return false
}

// clockNumber reports an hour as written in wire copy: "10", "0400",
// "10:30", "10.30".
func clockNumber(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "0123456789:.") == "" && w[0] >= '0' && w[0] <= '9'
}

// clockLead reports whether the words from toks[start] up to a clock
// phrase are only its degree ("shortly", "just", "soon", "well", "right",
// "moments", "minutes"): "Shortly after 10 p.m. Sunday," opens with a
// time, as "On Sunday," does. It returns the clock phrase's "after".
func clockLead(toks []dyad.Token, start int) (int, bool) {
	k := start
	for k < len(toks) && k < start+2 {
		switch toks[k].Lower {
		case "shortly", "just", "soon", "well", "right", "moments", "minutes":
			k++
			continue
		}
		break
	}
	return k, clockPhrase(toks, k)
}
