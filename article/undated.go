package article

import "fmt"

// UndatedWarning is the warning for an input of which undated of its of
// articles carry no publication date: dated roles (a head of government's
// GOV code) cannot be told for them, so their office holders are coded by
// country alone. first names the first undated article's record (its
// Article.Input: "wire.jsonl:3", "crawl.warc:record 2", "feed.xml:5"),
// given when the input holds more than one article; "" leaves it out. It
// returns "" when undated is 0. "feed.rss: 3 of 40 articles have no
// publication date (the first feed.rss:12): office holders get their
// country's code alone (GBR, not GBRGOV); give --date YYYY-MM-DD".
func UndatedWarning(input, first string, undated, of int) string {
	const tail = ": office holders get their country's code alone (GBR, not GBRGOV); give --date YYYY-MM-DD"
	switch {
	case undated <= 0:
		return ""
	case of == 1:
		return input + ": no publication date" + tail
	}
	at := ""
	if first != "" && first != input {
		at = " (the first " + first + ")"
	}
	return fmt.Sprintf("%s: %d of %d articles have no publication date%s%s", input, undated, of, at, tail)
}
