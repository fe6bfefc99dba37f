package sentences

// "May" is a month and a modal verb (and a surname): written with a
// capital it opens sentences as the verb ("May God protect them") and
// names a person ("Theresa May said"), so the lexicon has it as a modal
// (MD). Where the words around it make it the month, Tag gives it the tag
// the other month names take from their capital (NNP), and the event
// coder dates by it: a day number after it ("May 3", "May 3rd", "May
// 2024"), a day number or ordinal before it ("3 May", "31st May", "the
// 3rd of May", "9-10 May"), a preposition of time or "early", "late" or
// "last" before it ("in May", "since May", "in early May", "last May"),
// or "the end of May" and the like. A modal "may" after a count ("the 3
// may …") is written in lower case and is left alone.

import (
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// MonthMay reports whether the token at i is "May" written with a
// capital that the words around it make the month.
func MonthMay(toks []dyad.Token, i int) bool {
	if toks[i].Text != "May" && toks[i].Text != "MAY" {
		return false
	}
	next, prev := "", ""
	if i+1 < len(toks) {
		next = toks[i+1].Lower
	}
	if i > 0 {
		prev = toks[i-1].Lower
	}
	if monthDay(next) || len(next) == 4 && Digits(next) {
		return true // "May 3", "May 3rd", "May 2024"
	}
	if monthDay(prev) {
		return true // "3 May", "31st May", "9-10 May", "between 1 and 3 May"
	}
	switch prev {
	case "in", "since", "until", "till", "during", "early", "late", "last":
		return true
	case "of":
		// "the 3rd of May", "the end of May", "the month of May"; not
		// "the government of May"
		if i >= 2 {
			switch w := toks[i-2].Lower; w {
			case "end", "beginning", "start", "middle", "month", "half":
				return true
			default:
				return ordinal(w)
			}
		}
	}
	return false
}

// monthDay reports a day of a month written in digits, "1" to "31", as an
// ordinal ("3rd", "31st") or as a range ("9-10").
func monthDay(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return monthDay(a) && monthDay(b)
	}
	if ordinal(w) {
		return true
	}
	if len(w) == 0 || len(w) > 2 || !Digits(w) {
		return false
	}
	n, _ := strconv.Atoi(w)
	return n >= 1 && n <= 31
}

// ordinal reports a day written as an ordinal, "1st" to "31st".
func ordinal(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	num := w[:len(w)-2]
	if !Digits(num) || num[0] == '0' {
		return false
	}
	n, _ := strconv.Atoi(num)
	return n >= 1 && n <= 31
}

// Digits reports whether w is a non-empty string of ASCII digits ("3",
// "2024"); the events package reads numbers with it too.
func Digits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
