package events

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/wordset"
	"github.com/dyad-events/dyad/sentences"
)

// dateExpr is a date expression found in a sentence: tokens [start, end)
// and the date it resolves to against the publication date.
type dateExpr struct {
	start, end int
	date       string // ISO at precision: "2024-07-13", "2024-06", "2024"
	precision  string // dyad.Day, dyad.Month or dyad.Year
	published  bool   // the expression gives no date of its own ("this week"): the publication day stands
	// done is the date an act told as done takes when it differs from
	// date: a yearless month and day after the publication day is last
	// year's (yearAfter); "" when it is date
	done string
}

// from is the event record's date_from for an event dated by d: "text",
// or "published" when d only keeps the publication day ("this week").
func (d dateExpr) from() string {
	if d.published {
		return "published"
	}
	return "text"
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// weekdayWords and monthWords hold the keys of weekdays and months, to
// rule out most tokens without a map lookup (dayOrMonth).
var weekdayWords, monthWords = func() (w, m wordset.Filter) {
	for k := range weekdays {
		w.Add(k)
	}
	for k := range months {
		m.Add(k)
	}
	return w, m
}()

// isWeekday reports a lower-cased weekday name, Sunday included: "monday".
func isWeekday(w string) bool {
	if !weekdayWords.Has(w) {
		return false
	}
	_, ok := weekdays[w]
	return ok
}

// nextDay says when a bare weekday naming the day after publication names
// that day (findDates): never, only when the text puts the act in that
// day's early hours (earlyHours), or always.
type nextDay int

const (
	nextDayNo nextDay = iota
	nextDayEarly
	nextDayYes
)

// earlyHours reports a weekday at toks[i] said of its early hours: "early
// Tuesday", "early on Tuesday", "before dawn on Tuesday", "Tuesday
// morning", "Tuesday before dawn".
func earlyHours(toks []dyad.Token, i int) bool {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Lower
	}
	switch {
	case at(i-1) == "early", at(i-1) == "on" && (at(i-2) == "early" || at(i-2) == "dawn"):
		return true
	case at(i+1) == "morning", at(i+1) == "before" && at(i+2) == "dawn":
		return true
	}
	return false
}

// monthOf is months[w], 0 for a word that is no month.
func monthOf(w string) time.Month {
	if !monthWords.Has(w) {
		return 0
	}
	return months[w]
}

// findDates returns the date expressions of a tokenised sentence resolved
// against pub (the zero time when the publication date is unknown, in
// which case nothing resolves). A bare weekday ("on Tuesday", not "next
// Tuesday" or "last Tuesday") is the most recent such day before pub, or
// pub itself; the weekday of the day after pub is that day as ahead says
// (the event's place was already on it: Coder.nextDayAhead), asked only
// for such a weekday (nil: never).
func findDates(toks []dyad.Token, pub time.Time, ahead func() nextDay) []dateExpr {
	if pub.IsZero() {
		return nil
	}
	var out []dateExpr
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	for i := 0; i < len(toks); i++ {
		w := toks[i].Lower
		prev := ""
		if i > 0 {
			prev = toks[i-1].Lower
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower
		}
		switch {
		case w == "today" || w == "tonight":
			out = append(out, dateExpr{i, i + 1, day(pub), dyad.Day, false, ""})
		case w == "christmas" || w == "boxing":
			// "on Christmas Day", "Christmas Eve" (dates_holidays.go)
			if m, dd, end := fixedFeast(toks, i); m != 0 {
				y, done, end := yearAfter(toks, end, pub, m, dd, false)
				if validDay(y, m, dd) {
					out = append(out, dayExpr(toks, i, end, y, done, m, dd, pub))
					i = end - 1
				}
			}
		case w == "yesterday":
			out = append(out, dateExpr{i, i + 1, day(pub.AddDate(0, 0, -1)), dyad.Day, false, ""})
		case w == "tomorrow":
			out = append(out, dateExpr{i, i + 1, day(pub.AddDate(0, 0, 1)), dyad.Day, false, ""})
		case isoDay(w):
			// "on 2024-02-29": an ISO 8601 calendar date is its day
			out = append(out, dateExpr{i, i + 1, w, dyad.Day, false, ""})
		case ordinalDay(w) > 0 && prev == "the":
			// "on the 14th": a day of the publication month or the one
			// before (dates_ordinal_day.go)
			if e, ok := ordinalDayOfMonth(toks, i, pub); ok {
				out = append(out, e)
			}
		case isWeekday(w):
			if !startsUpperASCII(toks[i].Text) || dateAfterWeekday(toks, i) {
				// (beside its date, "Sunday, August 3": the date says
				// the day, and its expression starts at the weekday)
				continue
			}
			wd := weekdays[w]
			d := pub
			back := daysSince(pub, wd)
			switch prev {
			case "next":
				fwd := int(wd-pub.Weekday()+7) % 7
				if fwd == 0 {
					fwd = 7
				}
				d = pub.AddDate(0, 0, fwd)
			case "last":
				if back == 0 {
					back = 7
				}
				d = pub.AddDate(0, 0, -back)
			default:
				d = pub.AddDate(0, 0, -back)
				if back == 6 && ahead != nil {
					if a := ahead(); a == nextDayYes || a == nextDayEarly && earlyHours(toks, i) {
						d = pub.AddDate(0, 0, 1)
					}
				}
			}
			out = append(out, dateExpr{i, i + 1, day(d), dyad.Day, false, ""})
		case (w == "earlier" || w == "later" || w == "before") && i >= 2 && (prev == "day" || prev == "days") && relativeDays(toks, i, "day", 10) != 0:
			// "assassinated … a day earlier", "two days later", "the day
			// before": counted from the day-precision date before it in
			// the sentence ("Ten days earlier, Assad had launched …"
			// counts from a date of another sentence: not resolved)
			n := relativeDays(toks, i, "day", 10)
			if w == "later" {
				n = -n
			}
			if len(out) > 0 && out[len(out)-1].precision == dyad.Day {
				if from, err := time.Parse("2006-01-02", out[len(out)-1].date); err == nil {
					out = append(out, dateExpr{i - 2, i + 1, day(from.AddDate(0, 0, -n)), dyad.Day, false, ""})
				}
			}
		case w == "day" && (prev == "next" || prev == "following") && i >= 2 && toks[i-2].Lower == "the" && len(out) > 0 && out[len(out)-1].precision == dyad.Day:
			// "accused India on Monday …, and New Delhi expelled a
			// diplomat the next day": the day after the date before it
			d, err := time.Parse("2006-01-02", out[len(out)-1].date)
			if err == nil {
				out = append(out, dateExpr{i - 2, i + 1, day(d.AddDate(0, 0, 1)), dyad.Day, false, ""})
			}
		case (w == "day" || w == "night" || w == "evening") && i >= 2 && len(out) > 0 && out[len(out)-1].precision == dyad.Day &&
			(prev == "same" && (toks[i-2].Lower == "the" || toks[i-2].Lower == "that") || (prev == "previous" || prev == "preceding") && toks[i-2].Lower == "the"):
			// "captured two towns the same day", "had fired rockets the
			// previous night": the day of the date before it, or the day
			// before that (dates_same_day.go)
			if e, ok := sameOrPreviousDay(out[len(out)-1], i-2, i+1, prev != "same"); ok {
				out = append(out, e)
			}
		case w == "before" && prev == "night" && i >= 2 && toks[i-2].Lower == "the" && (next == "" || next == "," || next == "." || next == ";") && len(out) > 0 && out[len(out)-1].precision == dyad.Day:
			// "struck targets in Gaza the night before": the day before
			if e, ok := sameOrPreviousDay(out[len(out)-1], i-2, i+1, true); ok {
				out = append(out, e)
			}
		case w == "weekend" && (prev == "last" || prev == "this" || prev == "next" || prev == "past" || prev == "the" && i >= 2 && weekendPrep(toks[i-2].Lower)):
			// "over the weekend", "at the weekend", "last weekend": the
			// Saturday and Sunday before a weekday's publication (or the
			// publication's own weekend), "next weekend" the one after;
			// precisions stop at the month, as for "last week": the
			// month its Saturday falls in
			sat := weekendSaturday(pub, prev)
			out = append(out, dateExpr{i - 1, i + 1, sat.Format("2006-01"), dyad.Month, false, ""})
		case (w == "week" || w == "month" || w == "year") && (prev == "past" || prev == "this") && anyTimeIn(toks, i-1):
			// "more optimistic than at any time in the past year" (or
			// "this year"): a span compared with, no date of the event
		case (w == "week" || w == "month" || w == "year") && (prev == "last" || prev == "this" || prev == "next" || prev == "past"):
			var d time.Time
			shift := 0
			switch prev {
			case "last", "past":
				shift = -1
			case "next":
				shift = 1
			}
			switch w {
			case "week":
				// DESIGN.md's precisions stop at the month: last or next
				// week is the month its Thursday falls in (the ISO 8601
				// week's rule). "This week" holds the publication day and
				// gives no date of its own: the event takes the
				// publication day marked as taken from it (date_from
				// "published", as CODING.md has a sentence with no date),
				// so that an act told again undated is still one event.
				if shift == 0 {
					out = append(out, dateExpr{i - 1, i + 1, day(pub), dyad.Day, true, ""})
					break
				}
				monday := pub.AddDate(0, 0, -(int(pub.Weekday())+6)%7+7*shift)
				d = monday.AddDate(0, 0, 3)
				out = append(out, dateExpr{i - 1, i + 1, d.Format("2006-01"), dyad.Month, false, ""})
			case "month":
				d = time.Date(pub.Year(), pub.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC)
				out = append(out, dateExpr{i - 1, i + 1, d.Format("2006-01"), dyad.Month, false, ""})
			case "year":
				out = append(out, dateExpr{i - 1, i + 1, strconv.Itoa(pub.Year() + shift), dyad.Year, false, ""})
			}
		case monthOf(w) != 0 && startsUpperASCII(toks[i].Text) && (w != "may" || sentences.MonthMay(toks, i)) &&
			(len(w) > 4 || w == "may" || w == "june" || w == "july" || isNum(next) || isNum(prev) || ordinalDay(next) > 0 || ordinalDay(prev) > 0 || prev == "of" || next == "."):
			// an abbreviation needs a day or a full stop: "Jan 5", "5 Jan",
			// "Jan." (not "Jan Egeland said")
			m, mi := months[w], i
			if next == "." && i+2 < len(toks) && isNum(toks[i+2].Lower) && (len(toks[i+2].Lower) <= 2 || len(toks[i+2].Lower) == 4) {
				// "Sept. 15", "Sept. 2024": the abbreviation's full stop
				// before the day or the year
				next = toks[i+2].Lower
				i++
			}
			// "July 12", "July 12, 2024", "12 July 2024", "June 2023", "in
			// June"; a day before the month wins over a number after it
			// ("on 17 July 36 civilians were killed": the 36 is a count)
			if dd := dayNumber(next); dd > 0 && dayNumber(prev) == 0 && !pluralAfterDay(toks, i+2) && !(prev == "in" && countAfterIn(toks, i+2)) {
				start := i
				if k := weekdayFrom(toks, mi); k < mi {
					start = k // "Friday, Aug. 8"
				}
				y, done, end := yearAfter(toks, i+2, pub, m, dd, start < mi)
				if validDay(y, m, dd) {
					out = append(out, dayExpr(toks, start, end, y, done, m, dd, pub))
					i = end - 1
					continue
				}
			}
			if dd, start := dayBefore(toks, i); dd > 0 {
				start = weekdayFrom(toks, start)
				y, done, end := yearAfter(toks, i+1, pub, m, dd, isWeekday(toks[start].Lower))
				if validDay(y, m, dd) {
					out = append(out, dayExpr(toks, start, end, y, done, m, dd, pub))
					i = end - 1
					continue
				}
			}
			if (next == "last" || next == "this") && i+2 < len(toks) && toks[i+2].Lower == "year" {
				// "in April last year", "in June this year"
				y := pub.Year()
				if next == "last" {
					y--
				}
				out = append(out, dateExpr{i, i + 3, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), dyad.Month, false, ""})
				i += 2
				continue
			}
			if isNum(next) && len(next) == 4 {
				y, _ := strconv.Atoi(next)
				out = append(out, dateExpr{i, i + 2, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), dyad.Month, false, ""})
				i++
				continue
			}
			if monthModifier(toks, i) || namedMarch(toks, i) {
				// "the July election": the noun's month, no date of the
				// sentence (dates_month_modifier.go); "the Women's March"
				// names no month (dates_named_march.go)
				continue
			}
			y := pub.Year()
			if m > pub.Month() {
				y-- // "in June" written in April refers to last June
			}
			out = append(out, dateExpr{i, i + 1, time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), dyad.Month, false, ""})
		case (w == "days" || w == "day" || w == "weeks" || w == "week" || w == "months" || w == "month") && next == "ago" && wordNumber(prev) > 0:
			// "two days ago" (the day), "three weeks ago" and "two months
			// ago" (the month they fall in)
			n, start := wordNumber(prev), approximateFrom(toks, i-1)
			switch w {
			case "days", "day":
				out = append(out, dateExpr{start, i + 2, day(pub.AddDate(0, 0, -n)), dyad.Day, false, ""})
			case "weeks", "week":
				out = append(out, dateExpr{start, i + 2, pub.AddDate(0, 0, -7*n).Format("2006-01"), dyad.Month, false, ""})
			default:
				out = append(out, dateExpr{start, i + 2, time.Date(pub.Year(), pub.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), dyad.Month, false, ""})
			}
		case (w == "years" || w == "decades" || w == "year" || w == "decade" || w == "century") && next == "ago":
			// "50 years ago", "Seventy-four years ago", "two decades ago";
			// with no count, "decades ago" is at least twenty years and
			// "(many) years ago" at least three: history either way
			n, start := wordNumber(prev), i-1
			switch {
			case n > 0:
			case w == "decades":
				n, start = 20, i
			case w == "years":
				n, start = 3, i
			}
			if prev == "many" || prev == "several" || prev == "few" {
				start = i - 1
			}
			if start < 0 {
				start = i
			}
			start = approximateFrom(toks, start)
			switch w {
			case "decades", "decade":
				n *= 10
			case "century":
				n *= 100
			}
			if n > 0 {
				out = append(out, dateExpr{start, i + 2, strconv.Itoa(pub.Year() - n), dyad.Year, false, ""})
			}
		case isNum(w) && len(w) == 4 && w[0] >= '1' && w[0] <= '2' && partOfYear(toks, i) >= 0:
			// "in spring 2013", "in the summer of 2014", "by the end of
			// 2013": a season or part of a year is the year (dates_seasons.go)
			out = append(out, dateExpr{partOfYear(toks, i), i + 1, w, dyad.Year, false, ""})
		case isNum(w) && len(w) == 4 && (prev == "in" || prev == "since") && w[0] >= '1' && w[0] <= '2':
			out = append(out, dateExpr{i - 1, i + 1, w, dyad.Year, false, ""})
		case isNum(w) && len(w) == 4 && w[0] >= '1' && w[0] <= '2' && (prev == "late" || prev == "early") && i >= 2 && (toks[i-2].Lower == "in" || toks[i-2].Lower == "since" || toks[i-2].Lower == "until"):
			// "in late 2013", "since early 2022": the year
			out = append(out, dateExpr{i - 2, i + 1, w, dyad.Year, false, ""})
		case len(w) == 8 && strings.HasPrefix(w, "mid-") && isNum(w[4:]) && w[4] >= '1' && w[4] <= '2' && (prev == "in" || prev == "since" || prev == "until"):
			// "in mid-2013": the year
			out = append(out, dateExpr{i - 1, i + 1, w[4:], dyad.Year, false, ""})
		case isNum(w) && len(w) == 4 && w[0] >= '1' && w[0] <= '2' && w < strconv.Itoa(pub.Year()) &&
			(prev == "after" || prev == "before" || prev == "until" || prev == "during" || prev == "from" || prev == "between" || prev == "throughout" ||
				prev == "into" && i >= 2 && (strings.HasPrefix(toks[i-2].Tag, "VB") || toks[i-2].Lower == "on" && i >= 3 && strings.HasPrefix(toks[i-3].Tag, "VB")) && !(i+1 < len(toks) && strings.HasPrefix(toks[i+1].Tag, "NN"))):
			// ("continued into 2015", "dragged on into 2015": the last
			// year the act went on; not "an inquiry into 2015 election fraud")
			// "after 1979", "between 1980 and 1988": a past year bounds the
			// event; a future one ("by 2030") is a deadline, not its date
			out = append(out, dateExpr{i - 1, i + 1, w, dyad.Year, false, ""})
		case len(w) == 5 && w[4] == 's' && isNum(w[:4]) && w[3] == '0' && w[:4] < strconv.Itoa(pub.Year()) && (prev == "the" || prev == "in"):
			// "in the 1980s": the decade's first year
			out = append(out, dateExpr{i, i + 1, w[:4], dyad.Year, false, ""})
		}
	}
	return frontedYear(toks, out)
}

// frontedYear joins "last year" or "this year" to the yearless day or
// month right after it, as yearAfter does when the words follow the date:
// "Last year on June 12, Turkey criticized Greece" (published 2024-05-14)
// is 2023-06-12 at day precision, as "on June 12 last year" is, not 2023
// at year precision; "This year in March" is the month of this year. A
// comma may stand between, either way round: "Israeli forces raided a
// camp in Jenin last year, on June 12, the army said" and "Last year, on
// June 12, Israeli forces raided …" are 2023-06-12 too (the second phrase
// names the day of the first's year). A date with its own year is kept
// whole at its precision when the year agrees ("Last year, on June 12,
// 2023,": 2023-06-12, not 2023 with the day folded in as another date)
// and left alone when it does not ("Last year on June 12, 2021"); a
// weekday ("last year, on Monday") is no day of that year.
func frontedYear(toks []dyad.Token, out []dateExpr) []dateExpr {
	for k := 0; k+1 < len(out); k++ {
		a, b := out[k], out[k+1]
		if a.precision != dyad.Year || a.end != a.start+2 || toks[a.start+1].Lower != "year" || (toks[a.start].Lower != "last" && toks[a.start].Lower != "this") {
			continue
		}
		j := a.end
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if j >= len(toks) || toks[j].Lower != "on" && toks[j].Lower != "in" || b.start != j+1 || b.precision != dyad.Day && b.precision != dyad.Month || b.published {
			continue
		}
		written, named := "", false
		for _, t := range toks[b.start:b.end] {
			if isNum(t.Lower) && len(t.Lower) == 4 {
				written = t.Lower
			}
			if t.Lower == "year" {
				written = "year"
			}
			if monthOf(t.Lower) != 0 {
				named = true
			}
		}
		if !named {
			continue
		}
		if written != "" {
			if written == a.date {
				// the day's own year is the fronted one: the day stands
				b.start = a.start
				out = append(out[:k], append([]dateExpr{b}, out[k+2:]...)...)
			}
			continue
		}
		layout := "2006-01-02"
		if b.precision == dyad.Month {
			layout = "2006-01"
		}
		d, err := time.Parse(layout, a.date+b.date[4:])
		if err != nil || d.Format(layout) != a.date+b.date[4:] {
			continue // (29 February of a year without one)
		}
		b.start, b.date, b.done = a.start, a.date+b.date[4:], ""
		out = append(out[:k], append([]dateExpr{b}, out[k+2:]...)...)
	}
	return out
}

// insideFrontedYear reports a token of st inside a date expression that
// frontedYear joined across a comma: the commas of "Last year, on June 12,
// 2023," (frontedDate reads the phrase to its end, as for "Friday, Aug. 8").
func insideFrontedYear(st *sentence, k int) bool {
	for _, d := range st.dates {
		if d.start < k && k < d.end-1 && d.start+1 < len(st.toks) && st.toks[d.start+1].Lower == "year" && (st.toks[d.start].Lower == "last" || st.toks[d.start].Lower == "this") {
			return true
		}
	}
	return false
}

// isoDay reports whether w is an ISO 8601 calendar date YYYY-MM-DD of a
// day that exists, its year from 1000 to 2999 ("2024-02-29"; not
// "2023-02-29", "2024-13-01" or "2024-2-29").
func isoDay(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' || !isNum(w[:4]) || !isNum(w[5:7]) || !isNum(w[8:]) || w[0] < '1' || w[0] > '2' {
		return false
	}
	_, err := time.Parse("2006-01-02", w)
	return err == nil
}

// anyTimeIn reports "any time" or "any point", a preposition and "the"
// between or none, before the word at k ("at any time in the past year",
// "than at any point over the past month", "at any time this year"): the
// span a feeling or a level is compared with.
func anyTimeIn(toks []dyad.Token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j >= 0 && (toks[j].Lower == "in" || toks[j].Lower == "during" || toks[j].Lower == "over") {
		j--
	}
	return j >= 1 && (toks[j].Lower == "time" || toks[j].Lower == "point") && toks[j-1].Lower == "any"
}

// dayNumber reads a day of the month written in digits, "1" to "31",
// and a range's first day ("16-17"); 0 when w is none ("36", "2024",
// "17-16").
func dayNumber(w string) int {
	if a, b, ok := strings.Cut(w, "-"); ok {
		if x, y := dayNumber(a), dayNumber(b); x > 0 && y > x {
			return x
		}
		return 0
	}
	if n := ordinalDay(w); n > 0 {
		return n
	}
	if !isNum(w) || len(w) > 2 {
		return 0
	}
	n, _ := strconv.Atoi(w)
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// validDay reports whether day dd exists in month m of year y (no 31
// June, no 30 February).
func validDay(y int, m time.Month, dd int) bool {
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Month() == m
}

// ordinalDay reads a day of the month written as an ordinal, "1st" to
// "31st" ("3rd", "22nd", "14th"); 0 when w is none.
func ordinalDay(w string) int {
	if len(w) < 3 || len(w) > 4 {
		return 0
	}
	num, suf := w[:len(w)-2], w[len(w)-2:]
	if !isNum(num) || num[0] == '0' {
		return 0
	}
	n, _ := strconv.Atoi(num)
	want := "th"
	if n < 10 || n > 20 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	if suf != want || n > 31 {
		return 0
	}
	return n
}

// dateAfterWeekday reports a weekday at toks[i] followed, after an
// optional comma, by a day and its month: "Sunday, August 3", "Sunday 3
// August", "Friday, Aug. 8", "Sunday, August 3rd".
func dateAfterWeekday(toks []dyad.Token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	if monthOf(toks[j].Lower) != 0 && startsUpperASCII(toks[j].Text) {
		k := j + 1
		if toks[k].Text == "." && k+1 < len(toks) {
			k++ // "Aug. 8"
		}
		return dayNumber(toks[k].Lower) > 0
	}
	return dayNumber(toks[j].Lower) > 0 && monthOf(toks[j+1].Lower) != 0 && startsUpperASCII(toks[j+1].Text)
}

// weekdayFrom returns where a date starting at toks[start] starts with
// the weekday written before it ("Sunday, August 3": the weekday's
// index), else start itself.
func weekdayFrom(toks []dyad.Token, start int) int {
	k := start - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k >= 0 && isWeekday(toks[k].Lower) && startsUpperASCII(toks[k].Text) && dateAfterWeekday(toks, k) {
		return k
	}
	return start
}

// pluralAfterDay reports whether toks[k] is a plural noun, which makes the
// number before it a count, not a day: "in July 2 times", "on July 4
// soldiers were killed".
func pluralAfterDay(toks []dyad.Token, k int) bool {
	return k < len(toks) && (toks[k].Tag == "NNS" || toks[k].Tag == "NNPS")
}

// countAfterIn reports whether the words from toks[k] on, after "in
// MONTH N", are a noun phrase whose head is plural: "In August 3 Kenyan
// policemen were killed", "in March 12 UN peacekeepers died" (a count;
// a day is written "on August 3"). Up to three modifiers (adjectives,
// names, nouns, "more") may stand before the plural head (an -s plural
// or irregularPlural); a verb, a
// comma or anything else ends the phrase with no count.
func countAfterIn(toks []dyad.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		switch t := toks[j]; {
		case t.Tag == "NNS" || t.Tag == "NNPS" || irregularPlural(t.Lower):
			return true
		case t.Tag == "JJ" || t.Tag == "NNP" || t.Tag == "NN" || t.Lower == "more" || t.Lower == "other":
			continue
		}
		return false
	}
	return false
}

// irregularPlural reports a plural noun with no -s ending: "policemen",
// "gunmen", "people", "children", "police", "personnel".
func irregularPlural(w string) bool {
	switch w {
	case "people", "children", "police", "personnel", "women", "men":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "men")
}

// dayBefore reads the day written before the month at toks[i]: "17 July"
// gives 17, a range "16 and 17 July", "16 to 17 July", "16-17 July" its
// first day 16; with the token where the date starts. 0 when none.
func dayBefore(toks []dyad.Token, i int) (dd, start int) {
	if i < 1 {
		return 0, i
	}
	if i >= 2 && toks[i-1].Lower == "of" {
		// "the 3rd of August": an ordinal day
		if dd = ordinalDay(toks[i-2].Lower); dd > 0 {
			if i >= 3 && toks[i-3].Lower == "the" {
				return dd, i - 3
			}
			return dd, i - 2
		}
		return 0, i
	}
	dd = dayNumber(toks[i-1].Lower)
	if dd == 0 {
		return 0, i
	}
	start = i - 1
	if i >= 3 {
		switch toks[i-2].Lower {
		case "and", "to", "or", "-", "–", "through":
			if first := dayNumber(toks[i-3].Lower); first > 0 && first < dd {
				return first, i - 3
			}
		}
	}
	return dd, start
}

// approximateFrom returns where a count at toks[k] starts with the words
// that make it approximate: "more than five years ago", "nearly two
// years ago", "about three weeks ago", "at least a decade ago" date
// their clause as "five years ago" does (a fronted phrase must open at
// the date's first word); k itself when none precedes it.
func approximateFrom(toks []dyad.Token, k int) int {
	if k <= 0 {
		return k
	}
	switch toks[k-1].Lower {
	case "about", "nearly", "almost", "some", "around", "roughly", "approximately", "over", "just", "barely", "only":
		if k >= 2 && toks[k-2].Lower == "just" || k >= 2 && toks[k-2].Lower == "well" {
			return k - 2 // "just over two years ago", "well over a decade ago"
		}
		return k - 1
	case "than":
		if k >= 2 && (toks[k-2].Lower == "more" || toks[k-2].Lower == "less" || toks[k-2].Lower == "fewer") {
			return k - 2
		}
	case "least":
		if k >= 2 && toks[k-2].Lower == "at" {
			return k - 2
		}
	}
	return k
}

// yearAfter reads an optional ", 2024" or "2024" (or "last year", "this
// year", the publication's year before or its own) at toks[i] after day
// dd of month m; it is the one place that picks the year of a date written
// without one. It returns y, the year for any act: the publication's, or
// the previous one when that month is still more than a month ahead of
// the publication date; done, the year an act told as done takes: y, or
// the year before when day dd of y is more than a day after the
// publication date pub (wire style leaves the year out of a recent date,
// so "expelled a diplomat on July 20" in a story of 13 July 2024 is 20
// July 2023, not a day still to come), unless a weekday is written with
// the date (weekday: "Saturday, July 20": the weekday says the year,
// dates_weekday_contradicts.go) or 20 July has no namesake that year (29
// February); and end, the token after the date. A year written gives y
// and done alike.
func yearAfter(toks []dyad.Token, i int, pub time.Time, m time.Month, dd int, weekday bool) (y, done, end int) {
	j := i
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j < len(toks) && isNum(toks[j].Lower) && len(toks[j].Lower) == 4 {
		y, _ := strconv.Atoi(toks[j].Lower)
		return y, y, j + 1
	}
	if j+1 < len(toks) && toks[j+1].Lower == "year" && (toks[j].Lower == "last" || toks[j].Lower == "this") {
		// "on June 12 last year", "on 12 June this year": the year
		// said in words
		y = pub.Year()
		if toks[j].Lower == "last" {
			y--
		}
		return y, y, j + 2
	}
	y = pub.Year()
	if m > pub.Month()+1 {
		y--
	}
	done = y
	if d := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC); !weekday && d.After(pub.AddDate(0, 0, 1)) && validDay(y-1, m, dd) {
		done = y - 1
	}
	return y, done, i
}

// dayExpr is the day date of tokens [start, end): day dd of month m in
// year y (the date a weekday written with it contradicts gives way to
// the weekday: weekdayOrDate), with the date an act told as done takes
// in year done when that differs (yearAfter).
func dayExpr(toks []dyad.Token, start, end, y, done int, m time.Month, dd int, pub time.Time) dateExpr {
	e := dateExpr{start, end, weekdayOrDate(toks, start, time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), pub).Format("2006-01-02"), dyad.Day, false, ""}
	if done != y {
		e.done = time.Date(done, m, dd, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	return e
}

// doneDate returns the date an act told as done takes when its date
// expression gives date: the expression's done date (yearAfter), else
// date itself.
func doneDate(st *sentence, date string) string {
	for _, e := range st.dates {
		if e.date == date && e.done != "" {
			return e.done
		}
	}
	return date
}

// relativeDays returns the number of days of "a day earlier", "two
// days later", "the day before", "two weeks after" (the word at i is
// earlier, later, before or after, unit — "day" or "week", seven days —
// or its plural before it; "the" counts one before "before" and
// "after"), or 0: no count before it, more than limit units, or "before"
// opening a phrase of its own ("two days before the vote" counts from the
// vote).
func relativeDays(toks []dyad.Token, i int, unit string, limit int) int {
	if toks[i].Lower == "before" && i+1 < len(toks) && toks[i+1].Tag != "." && toks[i+1].Tag != "," && toks[i+1].Text != "," {
		return 0
	}
	if u := toks[i-1].Lower; u != unit && u != unit+"s" {
		return 0
	}
	n := wordNumber(toks[i-2].Lower)
	if toks[i-2].Lower == "the" && (toks[i].Lower == "before" || toks[i].Lower == "after") {
		n = 1
	}
	if n < 1 || n > limit || (n == 1) != (toks[i-1].Lower == unit) {
		return 0
	}
	if unit == "week" {
		return 7 * n
	}
	return n
}

// wordNumber reads "50", "two", "fifty", "seventy-four", "hundred", "a"
// as a count; 0 when it is none.
func wordNumber(w string) int {
	if isNum(w) && len(w) <= 4 {
		n, _ := strconv.Atoi(w)
		return n
	}
	// "fifty", "seventy-four"
	for t, name := range []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		if name == "" || !strings.HasPrefix(w, name) {
			continue
		}
		if rest := w[len(name):]; rest == "" {
			return 10 * t
		} else if rest[0] == '-' {
			if u := wordNumber(rest[1:]); u > 0 && u < 10 {
				return 10*t + u
			}
		}
	}
	for n, name := range []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		if w == name && n > 0 {
			return n
		}
	}
	switch w {
	case "a":
		return 1
	case "hundred":
		return 100
	}
	return 0
}

// isNum reports a non-empty string of ASCII digits (sentences.Digits).
func isNum(w string) bool { return sentences.Digits(w) }

func startsUpperASCII(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// weekendPrep reports a preposition that makes "the weekend" a time:
// "over the weekend", "at the weekend", "during the weekend", "on the
// weekend", "through the weekend".
func weekendPrep(w string) bool {
	switch w {
	case "over", "at", "during", "on", "through", "throughout", "across":
		return true
	}
	return false
}

// weekendSaturday is the Saturday of the weekend a text published on pub
// means by "the weekend" (which "last", "this", "next" or "past" may
// qualify): published Monday to Friday, the weekend before; on a Saturday
// or Sunday, that weekend. "last weekend" on a weekend is the one before
// it; "next weekend" is the one after pub; "this weekend" written Monday
// to Thursday is the coming one.
func weekendSaturday(pub time.Time, qual string) time.Time {
	wd := int(pub.Weekday()) // Sunday 0 … Saturday 6
	var sat time.Time
	switch wd {
	case 6:
		sat = pub
	case 0:
		sat = pub.AddDate(0, 0, -1)
	default:
		sat = pub.AddDate(0, 0, -(wd + 1)) // the Saturday before
	}
	switch qual {
	case "last":
		if wd == 6 || wd == 0 {
			sat = sat.AddDate(0, 0, -7)
		}
	case "next":
		sat = sat.AddDate(0, 0, 7)
	case "this":
		if wd >= 1 && wd <= 4 {
			sat = sat.AddDate(0, 0, 7)
		}
	}
	return sat
}
