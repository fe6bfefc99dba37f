package events

import (
	"time"

	"github.com/dyad-events/dyad"
)

// Feasts on a fixed day of the year, read as that day: "shelled Kharkiv
// on Christmas Day" (published 2024-03-14) is 2023-12-25 at day
// precision, as "on December 25" is, not the publication day a sentence
// with no date expression takes (gold README: a date expression of the
// act's own dates it; CODING.md: day precision when the text names the
// day). The year is read as for a month and day written without one
// (yearAfter: "on Christmas Day last year", "Christmas Eve 2019", and the
// most recent such day for an act told as done). Only "Day" or "Eve"
// after the name, or "on" before it, makes it a day: "Christmas
// Island", "a Christmas truce", "over Christmas" name no day. "Orthodox
// Christmas" is January 7 (its Eve January 6), not December 25.

// fixedFeast returns the month and day of the feast named at toks[i]
// ("Christmas Day", "Christmas Eve", "on Christmas", "Boxing Day") and
// the token after its name; m is 0 when none is named there.
func fixedFeast(toks []dyad.Token, i int) (m time.Month, dd, end int) {
	if !startsUpperASCII(toks[i].Text) {
		return 0, 0, 0
	}
	next, prev := "", ""
	if i+1 < len(toks) {
		next = toks[i+1].Text
	}
	if i > 0 {
		prev = toks[i-1].Lower
	}
	switch toks[i].Lower {
	case "christmas":
		if prev == "orthodox" {
			// the Julian-calendar churches' Christmas, January 7 (its Eve
			// January 6), as the news writes "Orthodox Christmas"
			switch {
			case next == "Day":
				return time.January, 7, i + 2
			case next == "Eve":
				return time.January, 6, i + 2
			case i > 1 && toks[i-2].Lower == "on" && (next == "" || next == "," || next == "." || next == "last" || next == "this" || isNum(next)):
				return time.January, 7, i + 1
			}
			return 0, 0, 0
		}
		switch {
		case next == "Day":
			return time.December, 25, i + 2
		case next == "Eve":
			return time.December, 24, i + 2
		case prev == "on" && (next == "" || next == "," || next == "." || next == "last" || next == "this" || isNum(next)):
			return time.December, 25, i + 1
		}
	case "boxing":
		if next == "Day" {
			return time.December, 26, i + 2
		}
	}
	return 0, 0, 0
}
