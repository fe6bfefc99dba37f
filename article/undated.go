package article

import "fmt"

// UndatedWarning is the one warning of a run of which undated of its of
// articles carry no publication date: dated roles (a head of government's
// GOV code) cannot be told for them, so their office holders are coded by
// country alone. first names the first undated article's record (its
// Article.Input: "notes.txt", "wire.jsonl:3", "crawl.warc:record 2");
// country is the ISO 3166 alpha-3 code of the state that article is
// mostly about, given as the example ("AUS, not AUSGOV"), "" for none. It
// returns "" when undated is 0. "200 of 200 articles have no publication
// date (the first news/a.txt): office holders get their country's code
// alone (AUS, not AUSGOV); give --date YYYY-MM-DD"; one article of one:
// "notes.txt: no publication date: office holders …".
func UndatedWarning(first string, undated, of int, country string) string {
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
	return fmt.Sprintf("%d of %d articles have no publication date (the first %s)%s", undated, of, first, tail)
}
