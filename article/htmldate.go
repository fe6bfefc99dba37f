package article

// A page's publication date and last update: JSON-LD, <meta> tags, a date
// stamp line, the URL's date, and the zone of a time given without one.

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/dyad-events/dyad"
)

// dateStampRE matches a line that dates the story: a "Published",
// "Updated", "Posted" or "This story is from" label and what follows it.
var dateStampRE = regexp.MustCompile(`^(?i:(published|first published|posted|this story is from|updated|last updated))\b:?\s*(?i:on\s+)?(.{6,60})$`)

// dayInTextRE matches a day written out with its year: "Oct. 9, 2019",
// "October 9 2019", "9 October 2019", "9th Oct, 2019" or "2019-10-09".
var dayInTextRE = regexp.MustCompile(`\b(?:(` + monthWord + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthWord + `)\.?,?\s+(\d{4})|(\d{4})-(\d\d)-(\d\d))\b`)

// dateAloneRE matches a line that is a date and nothing else, perhaps
// with a weekday before it and a time after it: "December 16, 2016, 4:19
// PM", "Tuesday 9 October 2019 11:05 BST".
var dateAloneRE = regexp.MustCompile(`^(?:` + weekdayWord + `\.?,?\s+)?(?:` + monthWord + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthWord + `\.?,?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$`)

// stampDate records the day of a date stamp line (dateStampRE) in
// textPublished or textUpdated, the first of each kind.
func (p *page) stampDate(line string) {
	m := dateStampRE.FindStringSubmatch(line)
	if m == nil {
		if p.textStamp == "" && len(line) >= 8 && len(line) <= 60 && dateAloneRE.MatchString(line) {
			p.textStamp, _ = dayIn(line)
		}
		return
	}
	day, ok := dayIn(m[2])
	if !ok {
		return
	}
	if strings.Contains(strings.ToLower(m[1]), "updated") {
		if p.textUpdated == "" {
			p.textUpdated = day
		}
		return
	}
	p.textPublished = day
}

// dayIn returns the first day written out with its year in s
// (dayInTextRE) as "2006-01-02", and whether there is one.
func dayIn(s string) (string, bool) {
	m := dayInTextRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	var v string
	switch {
	case m[1] != "":
		v = m[1] + " " + m[2] + " " + m[3]
	case m[5] != "":
		v = m[5] + " " + m[4] + " " + m[6]
	default:
		v = m[7] + "-" + m[8] + "-" + m[9]
		if t, err := time.Parse("2006-01-02", v); err != nil || !plausible(t) {
			return "", false
		}
		return v, true
	}
	t, err := time.Parse("Jan 2 2006", v[:3]+v[strings.IndexByte(v, ' '):])
	if err != nil || !plausible(t) {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var urlDateRE = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|-|$)`)

// publishedMeta are the <meta> tags that may give the publication date,
// in the order pageDate tries them.
var publishedMeta = []string{"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created",
	"date", "og:published_time", "published_time", "cxenseparse:recs:publishtime", "article:published", "datecreated"}

// pageDate finds the publication date: JSON-LD datePublished, then
// publication <meta> tags, then a date in the URL, then a <time> element,
// then trafilatura's metadata. A time without a zone takes the zone of
// another of those tags giving the same clock reading with one (zonedAs).
// A date more than a day ahead of now (AheadOfToday: a typo, a clock gone
// wrong, "2999-03-05") is no publication date: the next source is tried,
// and ahead says the first refused, its value, where the page gives it
// and why (`"2999-03-05T10:00:00Z" (<meta> article:published_time) is in
// the future (today is 2026-12-06)`; also a day that does not exist,
// `"2024-02-31T10:00:00Z" (…) is no such date`, and `… is before 1800`,
// refusedDate; and a JSON-LD or <meta> value in no form parseDate reads,
// `"yesterday" (<meta> article:published_time) cannot be read as a
// date`), "" when none was.
func pageDate(m *page, url string, tm trafilatura.Metadata, now time.Time) (date, from, ahead string) {
	take := func(raw, where string) (string, bool) {
		v, ok := parseDate(raw)
		if ok && !AheadOfToday(v, now) {
			return v, true
		}
		if ahead != "" {
			return "", false
		}
		if ok || beyond2200(raw) {
			ahead = fmt.Sprintf("%q (%s) is in the future (today is %s)", strings.TrimSpace(raw), where, now.UTC().Format(time.DateOnly))
		} else if p := refusedDate(raw); p != "" {
			ahead = fmt.Sprintf("%q (%s) %s", strings.TrimSpace(raw), where, p)
		} else if strings.TrimSpace(raw) != "" && (strings.HasPrefix(where, "<meta>") || strings.HasPrefix(where, "JSON-LD")) {
			// a tag that declares the date, in a form no reader takes
			// ("yesterday", "05/03/2024 10:00 a.m."): the page was left
			// undated without saying which tag held what
			ahead = fmt.Sprintf("%q (%s) cannot be read as a date", strings.TrimSpace(raw), where)
		}
		return "", false
	}
	for _, d := range []struct{ v, name string }{{m.ld.published, "datePublished"}, {m.ld.created, "dateCreated"}} {
		if v, ok := take(d.v, "JSON-LD "+d.name); ok {
			return zonedAs(m, v), "json-ld", ahead
		}
	}
	for _, k := range publishedMeta {
		if v, ok := take(m.meta[k], "<meta> "+k); ok {
			return zonedAs(m, v), "meta", ahead
		}
	}
	if u := urlDateRE.FindStringSubmatch(url); u != nil {
		if v, ok := take(u[1]+"-"+u[2]+"-"+u[3], "the URL"); ok {
			return v, "url", ahead
		}
	}
	if v, ok := take(m.timeAttr, "<time datetime>"); ok {
		return zonedAs(m, v), "text", ahead
	}
	if !tm.Date.IsZero() {
		if v, ok := take(tm.Date.Format("2006-01-02"), "the page's metadata"); ok {
			return v, "meta", ahead
		}
	}
	if v := first(m.textPublished, m.textUpdated, m.textStamp); v != "" {
		if v, ok := take(v, "the page's text"); ok {
			return v, "text", ahead
		}
	}
	return "", "", ahead
}

// dateSource names where a page's publication date came from, by its
// PublishedFrom (pageDate): "its JSON-LD", "its <meta> tags", "its URL",
// "its text".
func dateSource(from string) string {
	switch from {
	case "json-ld":
		return "its JSON-LD"
	case "meta":
		return "its <meta> tags"
	case "url":
		return "its URL"
	}
	return "its " + from
}

// zonedAs returns v, a publication time parseDate read without a zone
// (ending in dyad.UnknownOffset), with the zone of the first of the
// page's publication tags (JSON-LD, <meta>, <time>) giving the same clock
// reading with one: a CMS that writes one value twice, once with its zone
// (article:published_time "2016-12-16T22:05:00" and <time
// datetime="2016-12-16T22:05:00.000Z">), tells the zone of both. Any
// other v is returned as it is.
func zonedAs(m *page, v string) string {
	clock, ok := strings.CutSuffix(v, dyad.UnknownOffset)
	if !ok {
		return v
	}
	cands := []string{m.ld.published, m.ld.created}
	for _, k := range publishedMeta {
		cands = append(cands, m.meta[k])
	}
	cands = append(cands, m.timeAttr)
	for _, c := range cands {
		z, ok := parseDate(c)
		if ok && z != v && strings.HasPrefix(z, clock) && len(z) > len(clock) && !strings.HasSuffix(z, dyad.UnknownOffset) {
			return z
		}
	}
	return v
}

// pageUpdated returns when the page says its text last changed (JSON-LD
// dateModified, then the modified-time <meta> tags), when that falls on
// a later day than published; else "".
func pageUpdated(m *page, published string) string {
	pub, ok := dyad.ParseStamp(published)
	if !ok {
		return ""
	}
	for _, d := range []string{m.ld.modified, m.meta["article:modified_time"], m.meta["og:updated_time"], m.meta["datemodified"], m.meta["dcterms.modified"]} {
		v, ok := parseDate(d)
		if !ok {
			continue
		}
		if t, ok := dyad.ParseStamp(v); ok && t.Format("2006-01-02") > pub.Format("2006-01-02") {
			return v
		}
		return ""
	}
	return ""
}
