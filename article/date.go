package article

import (
	"cmp"
	"errors"
	"regexp"
	"strings"
	"time"
	_ "time/tzdata" // (usZones must load on a machine without tzdata, as gazetteer's zones do)

	"github.com/dyad-events/dyad"
)

// monthWord matches a whole month name or its abbreviation ("March",
// "Mar", "Sept"; the abbreviation's stop is the caller's), never a word
// that only starts like one ("Marathon", "Mayor", "Junebug"): callers
// follow it with a stop, a space or a word boundary. The full names come
// first, so that a leftmost-first match takes "June" whole, not "Jun".
const monthWord = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

// weekdayWord matches a whole weekday name or its abbreviation ("Tuesday",
// "Tue", "Tues", "Weds", "Thurs"), never "Monster" or "Sunset".
const weekdayWord = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)`

// Layouts with a time zone: the result keeps the zone (RFC 3339).
var zonedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 Z07:00", // a space before the zone: Euronews' "2024-04-30 16:38:37 +02:00"
	"2006-01-02T15:04:05 Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
}

// zoneAbbreviations are the offsets (seconds east of UTC) of the zone
// abbreviations a date may end in ("Sat, 13 Jul 2024 22:30:00 EDT"), those
// dyad's feed reader (gofeed) knows, read the same way: the North American
// CST and the British BST. Others, and ambiguous ones such as IST, are
// left unknown.
var zoneAbbreviations = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"WET": 0, "WEST": 1 * 3600, "BST": 1 * 3600, "CET": 1 * 3600, "CEST": 2 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600,
}

// Layouts without a zone: the result is the time taken as UTC with RFC
// 3339's unknown local offset (dyad.UnknownOffset), or a bare date when
// the time is midnight or absent.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102", // GDELT's SQLDATE
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday 2 January 2006",
	"January 2, 2006 15:04",
	"2 January 2006 15:04",
	// forms pages' <meta> tags give (publishers' CMS templates): the
	// month named, no comma ("Mar 5 2024"); the year first with
	// slashes and a time ("2024/03/05 10:00"); a 12-hour time ("March
	// 5, 2024 10:00 AM", a zone after it read by zoneWordDate)
	"Jan 2 2006",
	"January 2 2006",
	"Jan 2 2006 15:04",
	"January 2 2006 15:04",
	"2006/01/02 15:04",
	"2006/01/02 15:04:05",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04PM",
	"Jan 2, 2006 3:04 PM",
	"Jan. 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"Jan 2, 2006, 3:04 PM",
}

// usZones are the time zones the generic United States zone names stand
// for ("ET": Eastern Time, EST or EDT as the day falls), which a date's
// own offset cannot give.
var usZones = map[string]string{
	"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}

// zoneWordDate reads a date with a time in one of localLayouts' forms
// followed by a zone's name, as pages write it ("March 5, 2024 10:00 AM
// ET", "Mar 5 2024 10:00 EST"): the offset of a zone abbreviation
// (zoneAbbreviations), or of a generic United States zone on that day
// (usZones, "ET" EDT in summer); the clock reading alone, a time with no
// zone, when the zone's rules cannot be loaded. It reports false for
// any other last word (an ambiguous "IST" too) and for a date with no
// time.
func zoneWordDate(s string) (string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", false
	}
	rest, word := strings.TrimSpace(s[:i]), strings.ToUpper(s[i+1:])
	off, abbr := zoneAbbreviations[word]
	name, generic := usZones[word]
	if !abbr && !generic {
		return "", false
	}
	for _, l := range localLayouts {
		if !strings.Contains(l, "15") && !strings.Contains(l, "3:04") {
			continue // (a zone needs a time)
		}
		t, err := time.Parse(l, rest)
		if err != nil || !plausible(t) {
			continue
		}
		if abbr {
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone("", off))
			return t.Format(time.RFC3339), true
		}
		loc, err := time.LoadLocation(name)
		if err != nil {
			return LocalStamp(t), true
		}
		// the zone's offset then, the clock reading kept as written (one
		// the spring change skips, 2:30 AM, is not moved an hour)
		_, o := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc).Zone()
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone("", o))
		return t.Format(time.RFC3339), true
	}
	return "", false
}

// leapSecondRE matches a time of day whose seconds are 60, a leap
// second ("23:59:60Z"); its group ends before the "60".
var leapSecondRE = regexp.MustCompile(`(?:^|[^0-9])(\d{1,2}:\d{2}:)60(?:[^0-9]|$)`)

// NoLeapSecond returns the date text s with a leap second
// ("2016-12-31T23:59:60Z", as UTC writes one, which Go's time.Parse and
// gofeed refuse) made the second before it, 23:59:59; s as it is
// otherwise. Pages, JSON Lines records, text headers and feed items are
// dated so.
func NoLeapSecond(s string) string {
	if m := leapSecondRE.FindStringSubmatchIndex(s); m != nil {
		return s[:m[3]] + "59" + s[m[3]+2:]
	}
	return s
}

// parseDate normalises a date or date-time string: RFC 3339 when it has a
// time and a zone, RFC 3339 ending in dyad.UnknownOffset when it has a
// time but no zone ("2006-01-02T15:04:05-00:00", the time taken as UTC),
// else "2006-01-02". A leap second (23:59:60) is read as 23:59:59. It reports false when s is in none of the known forms
// or the year is implausible (before 1800 or after 2200).
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	s = NoLeapSecond(s)
	if m := reutersDateRE.FindStringSubmatch(s); m != nil {
		t, err := time.Parse("2-Jan-2006 15:04:05", m[1]+"-"+m[2][:1]+strings.ToLower(m[2][1:])+"-"+m[3]+" "+m[4])
		if err == nil && plausible(t) {
			return LocalStamp(t), true
		}
	}
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			if strings.Contains(l, "MST") {
				// a zone abbreviation: Go knows UTC's and the host's
				// alone, and reads any other as a zero offset
				name, _ := t.Zone()
				off, ok := zoneAbbreviations[name]
				if !ok {
					// unknown or ambiguous ("IST"): the clock reading stands
					return LocalStamp(time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)), true
				}
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone("", off))
			}
			if t.Location() != time.UTC && t.Location().String() != "" {
				_, off := t.Zone()
				t = t.In(time.FixedZone("", off))
			}
			return t.Format(time.RFC3339), true
		}
	}
	for _, l := range localLayouts {
		if t, err := time.Parse(l, s); err == nil && plausible(t) {
			return LocalStamp(t), true
		}
	}
	return zoneWordDate(s)
}

// beyond2200 reports whether s is a date in one of parseDate's forms
// whose year is after 2200 ("2999-03-05T10:00:00Z"), which parseDate
// refuses as implausible: a date in the future, not an unreadable one.
func beyond2200(s string) bool {
	s = strings.TrimSpace(s)
	for _, layouts := range [][]string{zonedLayouts, localLayouts} {
		for _, l := range layouts {
			if t, err := time.Parse(l, s); err == nil {
				return t.Year() > 2200
			}
		}
	}
	return false
}

// refusedDate says why parseDate refused s when s is in one of its forms
// all the same: "is no such date" (2024-02-31, a day out of its month's
// range) or "is before 1800" (the floor of --date); "" otherwise (a
// year after 2200 is beyond2200's).
func refusedDate(s string) string {
	s = NoLeapSecond(strings.TrimSpace(s))
	if s == "" {
		return ""
	}
	for _, layouts := range [][]string{zonedLayouts, localLayouts} {
		for _, l := range layouts {
			t, err := time.Parse(l, s)
			var pe *time.ParseError
			switch {
			case errors.As(err, &pe) && pe.Message == ": day out of range":
				return "is no such date"
			case err == nil && t.Year() < 1800:
				return "is before 1800"
			case err == nil:
				return ""
			}
		}
	}
	return ""
}

// LocalStamp writes t, a time its input gave without a zone, as dyad
// writes such a time (Article.Published): its clock reading in RFC 3339
// ending in dyad.UnknownOffset ("2024-07-13T09:30:00-00:00"), or the day
// alone ("2024-07-13") when the reading is midnight (a date with no time).
func LocalStamp(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04:05") + dyad.UnknownOffset
}

func plausible(t time.Time) bool { return t.Year() >= 1800 && t.Year() <= 2200 }

// reutersDateRE matches Reuters-21578 dates: "26-FEB-1987 15:38:26.23",
// "1-MAR-1987 01:30:29.50" (hundredths of a second are dropped).
var reutersDateRE = regexp.MustCompile(`^(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d:\d\d:\d\d)(?:\.\d+)?$`)

// ymdRE matches a day written as dyad asks, YYYY-MM-DD or YYYYMMDD.
var ymdRE = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})$`)

// dayProblem says what is wrong with v, a date parseDate did not read,
// when it is written in the form dyad asks for: "no such date" (February
// 30, month 13) or "in the future" (a year after 2200). It is "" for
// any other v.
func dayProblem(v string) string {
	m := ymdRE.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return ""
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	switch {
	case err != nil:
		return "no such date"
	case t.Year() > 2200:
		return "in the future; give the day the article was published"
	case t.Year() < 1800:
		return "before 1800; give the day the article was published"
	}
	return ""
}

// DateProblem says what makes d, a YYYY-MM-DD day given as a publication
// date (dyad's --date), no publication date: "before 1800; …", "in the
// future (today is …); …" (more than a day after now, in UTC); "" when it
// is one. Read refuses such an Options.Date for every input; the command
// line says it once, as a usage error.
func DateProblem(d string, now time.Time) string {
	return cmp.Or(dayProblem(d), futureDate(d, now))
}

// AheadOfToday reports whether d, a date or a time whose first ten
// characters are its YYYY-MM-DD day, is more than one day after now's UTC
// day: ahead of every time zone's today, a typo or a clock gone wrong.
func AheadOfToday(d string, now time.Time) bool {
	return len(d) >= 10 && d[:10] > now.UTC().AddDate(0, 0, 1).Format("2006-01-02")
}

// futureDate says "in the future …" when d, a date parseDate gave, is a
// day more than one day after now (an input's publication date ahead of
// every time zone's today is a typo or a clock gone wrong); else "".
func futureDate(d string, now time.Time) string {
	if !AheadOfToday(d, now) {
		return ""
	}
	return "in the future (today is " + now.UTC().Format("2006-01-02") + "); give the day the article was published"
}
