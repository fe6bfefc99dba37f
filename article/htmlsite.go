package article

// Headline, outlet and authors: the site's name stripped from titles and
// chosen among the names a page gives, the headline most sources agree on, and
// byline names tidied.

import (
	nurl "net/url"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// firstName returns the first value that is not empty and not a URL.
func firstName(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" && !strings.Contains(s, "://") && !strings.HasPrefix(s, "/") {
			return s
		}
	}
	return ""
}

func firstOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// stripSiteSuffix removes the site's name (stripSite) and, whatever the
// site, a one- or two-word "Opinion | " kicker and a short " | Section"
// ending from a page's og:title, twitter:title or <title>.
func stripSiteSuffix(title string, sites ...string) string {
	title = publishedSuffixRE.ReplaceAllString(title, "")
	title = stripSite(title, sites)
	// "Opinion | Headline", "Headline | India News - Times of India"
	if before, after, ok := strings.Cut(title, " | "); ok && len(strings.Fields(before)) <= 2 && len(strings.Fields(after)) >= 3 {
		title = after
	}
	if i := strings.LastIndex(title, " | "); i > 0 && len(strings.Fields(title[i+3:])) <= 6 && len(strings.Fields(title[:i])) >= 3 {
		title = title[:i]
	}
	return title
}

// titleSeps separate a headline from the site's name in page titles.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " * "}

// stripSite removes the name of the site from a title: from the first
// " | Site" (or " - ", " – ", " — ", " :: ", " · ", " • ", " * ") segment
// to the end ("Headline | Site", "Headline | Site Politics",
// "Headline | Site | by Author"), or a "Site | " / "Site: " opening.
// sites are the names the page gives itself (JSON-LD publisher,
// og:site_name, application-name…); names compare by letters and digits
// alone, without a leading "The" or a trailing domain, so "Express.co.uk"
// matches "Express" and "Times Of India" matches "The Times of India". At
// least two words of headline are always kept.
func stripSite(title string, sites []string) string {
	if !hasSite(sites) {
		return title
	}
	isSite := func(seg string, slack bool) bool {
		if slack {
			return masthead(seg, sites)
		}
		return siteName(seg, sites)
	}
	// Separator positions, in order.
	type cut struct{ at, end int }
	var cuts []cut
	for i := 0; i < len(title); i++ {
		if title[i] != ' ' {
			continue
		}
		for _, sep := range titleSeps {
			if strings.HasPrefix(title[i:], sep) {
				cuts = append(cuts, cut{i, i + len(sep)})
				break
			}
		}
	}
	for j, c := range cuts {
		segEnd := len(title)
		if j+1 < len(cuts) {
			segEnd = cuts[j+1].at
		}
		if isSite(title[c.end:segEnd], true) && len(strings.Fields(title[:c.at])) >= 2 {
			return strings.TrimSpace(title[:c.at])
		}
	}
	// "Site | Headline", "Site: Headline"
	if len(cuts) > 0 && isSite(title[:cuts[0].at], false) && len(strings.Fields(title[cuts[0].end:])) >= 2 {
		return strings.TrimSpace(title[cuts[0].end:])
	}
	if before, after, ok := strings.Cut(title, ": "); ok && isSite(before, false) && len(strings.Fields(after)) >= 2 {
		return strings.TrimSpace(after)
	}
	return title
}

// hostName returns the host of an absolute URL without "www.", "" for
// anything else: "https://www.example.com/x" → "example.com".
func hostName(u string) string {
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return ""
	}
	pu, err := nurl.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(pu.Hostname(), "www.")
}

// outlet chooses the article's source among the site names a page gives
// itself, best first (JSON-LD publisher, og:site_name, application-name,
// trafilatura's site name): the first that is not a section's name (a
// region, a country or a desk: "U.S.", "World", "Business", "Home",
// "News", sectionKeyName, or the page's own section). A section's name is
// refused only on evidence that the site is another: the page's host
// names another site, or (no host known) the page gives another site
// name or the name is the page's own section; "Science" on science.org,
// or "India" on a saved page with no address, is the outlet. When every
// name is refused, the outlet is the site named at the end of the
// <title> when it is the host's name ("… | Reuters" on www.reuters.com),
// else none: the store then counts the outlet by the URL's domain
// (sqlite.Outlet, as the README says of NumSources).
func outlet(names []string, section, title, host string) string {
	hk := siteKey(host)
	refused := false
	for i, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !sectionName(n, section) {
			return n
		}
		if len(hk) >= 2 && siteKey(n) == hk {
			return n
		}
		// with no host, a country's or subject's name ("India",
		// "Science") is the outlet when nothing names another site (no
		// other site name, no other at the title's end); a desk's
		// ("Home", "News", "U.S.") never is
		if hk == "" && !deskKeyName(sectionKey(n)) && !otherName(names, i) && !titleSite(title, n) && sectionKey(n) != sectionKey(section) {
			return n
		}
		refused = true
	}
	if !refused || hk == "" {
		return ""
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			if seg := strings.TrimSpace(title[i+len(sep):]); len(hk) >= 2 && siteKey(seg) == hk {
				return seg
			}
		}
	}
	return ""
}

// otherName reports whether names holds a site name other than names[i]
// (not empty, other letters and digits).
func otherName(names []string, i int) bool {
	k := sectionKey(names[i])
	for j, n := range names {
		if j != i && strings.TrimSpace(n) != "" && sectionKey(n) != k {
			return true
		}
	}
	return false
}

// sectionKeyName reports whether k, a name as sectionKey gives it, is the
// name of a site's section, desk or region that pages put where their own
// name belongs (og:site_name "U.S." on a Reuters page): "Home", "News",
// "World", "U.S.", "Middle East", "India", "Business", "Science", …
func sectionKeyName(k string) bool {
	switch k {
	case "home", "homepage", "frontpage", "news", "latest", "latestnews", "topnews", "topstories",
		"breakingnews", "world", "worldnews", "international", "national", "nation", "local", "localnews",
		"us", "usnews", "uk", "uknews", "europe", "asia", "africa", "americas",
		"middleeast", "asiapacific", "australia", "canada", "india", "china",
		"business", "businessnews", "markets", "economy", "money", "finance", "politics", "opinion",
		"sport", "sports", "technology", "tech", "science", "health", "entertainment", "lifestyle",
		"culture", "arts", "travel", "weather", "video", "videos", "environment", "climate":
		return true
	}
	return false
}

// deskKeyName reports whether k, a name as sectionKey gives it, is a
// desk's or front page's name no outlet bears ("Home", "News", "Latest",
// "World", "U.S."), unlike a country's or subject's that may be one
// ("India", "Science").
func deskKeyName(k string) bool {
	switch k {
	case "home", "homepage", "frontpage", "news", "latest", "latestnews", "topnews", "topstories",
		"breakingnews", "world", "worldnews", "international", "national", "nation", "local", "localnews",
		"us", "usnews", "uknews", "businessnews", "opinion", "video", "videos":
		return true
	}
	return false
}

// titleSite reports whether the <title> ends in a site name other than n
// ("Council closes the old bridge | Town Paper").
func titleSite(title, n string) bool {
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			seg := strings.TrimSpace(title[i+len(sep):])
			return len(siteKey(seg)) >= 2 && sectionKey(seg) != sectionKey(n)
		}
	}
	return false
}

// sectionKey is s's letters and digits lower-cased: "U.S." is "us",
// "Canada.com" "canadacom" (a site, not the section "canada").
func sectionKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// sectionName reports whether n, a name a page gives as its site's, is a
// section's (sectionKeyName) or the page's own section.
func sectionName(n, section string) bool {
	k := sectionKey(n)
	return sectionKeyName(k) || section != "" && k == sectionKey(section)
}

// hasSite reports whether any of sites is a usable site name.
func hasSite(sites []string) bool {
	for _, s := range sites {
		if len(siteKey(s)) >= 2 {
			return true
		}
	}
	return false
}

// masthead reports whether s (an <h1>, a segment of a title) is the
// site's name, alone or followed by at most two words ("Example News
// Today", "Example News Politics"), rather than a headline (which may
// well name the outlet: "Example News poll finds …").
func masthead(s string, sites []string) bool {
	ws := strings.Fields(s)
	for n := len(ws); n > 0 && n >= len(ws)-2; n-- {
		if siteName(strings.Join(ws[:n], " "), sites) {
			return true
		}
	}
	return false
}

// siteName reports whether name is one of the site's names, compared as
// siteKey does.
func siteName(name string, sites []string) bool {
	k := siteKey(name)
	if len(k) < 2 {
		return false
	}
	for _, s := range sites {
		if siteKey(s) == k {
			return true
		}
	}
	return false
}

// domainRE matches the domain ending of a site name ("Nine.com.au").
var domainRE = regexp.MustCompile(`\.(?:com|net|org|co|ca|uk|au|in|za|tv|news|info)(?:\.[a-z]{2})?$`)

// siteKey reduces a site name to its lower-case letters and digits,
// without "www.", a leading "The" or a trailing domain.
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "www.")
	s = domainRE.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "the ")
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// normTitle tidies a headline: entities left escaped by the page
// ("&amp;#8217;" gives "&#8217;" once parsed) are decoded, zero-width
// characters and soft hyphens dropped and white space collapsed.
func normTitle(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	if strings.ContainsAny(s, "\u200b\u200c\u200d\u2060\ufeff\u00ad") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
				return -1
			}
			return r
		}, s)
	}
	return clean(s)
}

// publishedSuffixRE matches the New York Times' " (Published 2016)".
var publishedSuffixRE = regexp.MustCompile(`\s+\(Published \d{4}\)$`)

// voteTitle picks the headline most sources agree on. The candidates are
// JSON-LD headline, og:title and twitter:title (site suffix removed) and
// the first <h1>, weighted 1.5, 1.05, 0.3 and 1: the JSON-LD headline
// unless og:title and the <h1> agree on another. Tuned on the fundus and
// Readability pages, where no single source is right for every publisher.
// A live blog's rolling headline ("UK riots LIVE: …", "… – live") loses
// to any candidate without the live marker: that one is the story's
// stable title.
func voteTitle(ld, og, tw, h1 string) string {
	var score [4]float64
	var cands [4]string
	n, live := 0, 0
	for i, v := range [...]string{ld, og, tw, h1} {
		if v = normTitle(v); v == "" {
			continue
		}
		w := [...]float64{1.5, 1.05, 0.3, 1}[i]
		j := 0
		for j < n && cands[j] != v {
			j++
		}
		if j == n {
			cands[n] = v
			n++
			if liveTitle(v) {
				live++
			}
		}
		score[j] += w
	}
	best, bs := "", 0.0
	for j, k := range cands[:n] {
		v := score[j]
		if live < n && liveTitle(k) {
			continue
		}
		if v > bs || v == bs && k < best {
			best, bs = k, v
		}
	}
	return best
}

// liveTitleRE matches a live blog's marker in a headline: the word LIVE
// in capitals, a "Live:"/"Live updates:" kicker or a "– live" ending.
var liveTitleRE = regexp.MustCompile(`\bLIVE\b|^(?i:live(?: updates)?:)|\s[-–—|]\s+(?i:live(?: updates)?)$`)

// liveTitle reports whether a headline is a live blog's rolling one.
func liveTitle(t string) bool {
	return (strings.Contains(t, "LIVE") || strings.Contains(t, "ive")) && liveTitleRE.MatchString(t)
}

var (
	// Job titles and outlet names trailing a name in a byline.
	authorTailRE = regexp.MustCompile(`\s+(?:(?:Senior|Chief|Staff|Deputy|Associate|Contributing|Political|Politics|Foreign|Business|Managing)\s+)*(?:Writer|Editor|Reporter|Correspondent|Contributor|Columnist|Producer)\b.*$|\s+(?:Link Copied|Updated|Published)\b.*$`)
	monthRE      = regexp.MustCompile(`\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$`)
)

// tidyAuthors cleans byline names scraped from meta tags: it cuts
// " · Outlet", job titles, "Link Copied" and trailing month names, and
// drops empty names, stray labels and the outlet itself next to real names.
func tidyAuthors(names []string, source string) []string {
	var out []string
	for _, n := range names {
		if i := strings.IndexAny(n, "·•"); i > 0 {
			n = n[:i]
		}
		n = authorTailRE.ReplaceAllString(n, "")
		n = monthRE.ReplaceAllString(n, "")
		n = clean(n)
		switch {
		case n == "", strings.EqualFold(n, source) && len(names) > 1:
			continue
		case n == "Updated" || n == "Published" || n == "Link Copied":
			continue
		}
		out = appendNew(out, n)
	}
	return out
}
