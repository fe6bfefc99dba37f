package article

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// UndatedWarning is the one warning of a run of which undated of its of
// articles carry no publication date: dated roles (a head of government's
// GOV code) cannot be told for them, so their office holders are coded by
// country alone. first names the first undated article's record (its
// Article.Input: "notes.txt", "wire.jsonl:3", "crawl.warc:record 2");
// country is the ISO 3166 alpha-3 code of the state whose office holders
// that article names, given as the example ("AUS, not AUSGOV"), "" when
// it names none (no example then: its codes are the same dated or not). It
// returns "" when undated is 0. "200 of 200 articles have no publication
// date (the first news/a.txt): office holders get their country's code
// alone (AUS, not AUSGOV); give --date YYYY-MM-DD"; one article of one:
// "notes.txt: no publication date: office holders …".
func UndatedWarning(first string, undated, of int, country string) string {
	return UndatedWarningRead(first, undated, of, of, country)
}

// UndatedWarningRead is UndatedWarning for a run that read more articles
// (read) than it coded (of): those stored already, skipped, and those a
// stopped run left uncoded. The count then says which total it is
// against, with the run's read one beside it, as the run's summary counts
// the articles read: "1 of 8879 articles coded (of 8897 read) have no
// publication date (the first …)". With read no more than of it is
// UndatedWarning's.
func UndatedWarningRead(first string, undated, of, read int, country string) string {
	tail := ": office holders get their country's code alone"
	if country != "" {
		tail += " (" + country + ", not " + country + "GOV)"
	}
	tail += "; give --date YYYY-MM-DD"
	switch {
	case undated <= 0:
		return ""
	case of == 1:
		return first + ": no publication date" + tail
	}
	if read > of {
		return fmt.Sprintf("%d of %d articles coded (of %d read) have no publication date (the first %s)%s", undated, of, read, first, tail)
	}
	return fmt.Sprintf("%d of %d articles have no publication date (the first %s)%s", undated, of, first, tail)
}

// UpdatedWarning is the warning for an article whose page was updated
// (Article.Updated) in a later year than it was published and whose body
// names a year after the publication year and no later than the update's:
// its text may tell of events since, but relative dates ("on Saturday")
// and undated sentences are dated against the publication date. It names
// the article by Article.Input (else URL, else ID) and the latest such
// year, and returns "" for any other article. "page.html: published
// 2012-02-03, updated 2026-05-01 and its text names 2026: its events are
// dated against the publication date (to date them otherwise, give the
// text as JSON Lines with the date to use as published)".
func UpdatedWarning(a *dyad.Article) string {
	if a == nil || len(a.Published) < 10 || len(a.Updated) < 10 {
		return ""
	}
	from, err1 := strconv.Atoi(a.Published[:4])
	to, err2 := strconv.Atoi(a.Updated[:4])
	if err1 != nil || err2 != nil || to <= from {
		return ""
	}
	named := latestYear(a.Body, from, to, true)
	if named == 0 {
		return ""
	}
	return fmt.Sprintf("%s: published %s, updated %s and its text names %d: its events are dated against the publication date (to date them otherwise, give the text as JSON Lines with the date to use as published)",
		articleName(a), a.Published[:10], a.Updated[:10], named)
}

// latestYear returns the latest year after from and no later than to
// that the paragraphs name, 0 for none; with notes false, paragraphs that
// note a correction or an update of the page itself ("This article was
// amended on 3 March 2019") are skipped.
func latestYear(body []string, from, to int, notes bool) int {
	named := 0
	for _, p := range body {
		if !notes && pageNote(p) {
			continue
		}
		for i := 0; i+4 <= len(p); i++ {
			if inNumber(p, i, i+4) {
				continue
			}
			if y, err := strconv.Atoi(p[i : i+4]); err == nil && y > from && y <= to && y > named {
				named = y
			}
		}
	}
	return named
}

// pageNote reports a paragraph that notes a change to the page itself:
// "This article was amended on …", "Correction: …", "Updated on …".
func pageNote(p string) bool {
	l := strings.ToLower(p)
	for _, w := range []string{"amended", "correction", "corrected", "updated"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// articleName names a in warnings: its Input, else URL, else ID.
func articleName(a *dyad.Article) string {
	if a.Input != "" {
		return a.InputName()
	}
	if a.URL != "" {
		return a.URL
	}
	return a.ID
}

// DateByUpdate dates a page rewritten long after it was published by its
// update and returns the warning to give about its dates ("" for none).
// When a's publication date came from the page itself (PublishedFrom
// neither "flag" nor "header": no date the user gave), its update
// (Updated) falls three years or more after it, and its text (notes of
// corrections left out) names a year at least three years after the
// publication and at most one before the update's, the text is the
// update's: Published becomes Updated, PublishedFrom "updated", and the
// warning says so ("page.html: published 2012-05-10, updated 2026-04-24
// and its text names 2025: its events are dated against the update,
// 2026-04-24 (…)"). Any other article is left as it is, with
// UpdatedWarning's warning.
func DateByUpdate(a *dyad.Article) string {
	if a == nil || len(a.Published) < 10 || len(a.Updated) < 10 || a.PublishedFrom == "flag" || a.PublishedFrom == "header" || a.PublishedFrom == "updated" {
		return UpdatedWarning(a)
	}
	from, err1 := strconv.Atoi(a.Published[:4])
	to, err2 := strconv.Atoi(a.Updated[:4])
	if err1 != nil || err2 != nil || to-from < 3 {
		return UpdatedWarning(a)
	}
	named := latestYear(a.Body, from, to, false)
	if named == 0 || named-from < 3 || to-named > 1 {
		return UpdatedWarning(a)
	}
	msg := fmt.Sprintf("%s: published %s, updated %s and its text names %d: its events are dated against the update, %s (to date them otherwise, give the text as JSON Lines with the date to use as published)",
		articleName(a), a.Published[:10], a.Updated[:10], named, a.Updated[:10])
	a.Published, a.PublishedFrom = a.Updated, "updated"
	return msg
}

// inNumber reports whether p[i:j] is part of a longer number: a digit
// next to it, or a decimal point or thousands comma between it and one
// ("2019.5", "120,2019").
func inNumber(p string, i, j int) bool {
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	if i > 0 && (digit(p[i-1]) || i > 1 && (p[i-1] == '.' || p[i-1] == ',') && digit(p[i-2])) {
		return true
	}
	return j < len(p) && (digit(p[j]) || j+1 < len(p) && (p[j] == '.' || p[j] == ',') && digit(p[j+1]))
}
