package article

import "fmt"

// UndatedWarning is the warning for an input of which undated of its of
// articles carry no publication date: dated roles (a head of government's
// GOV code) cannot be told for them, so their office holders are coded by
// country alone. It returns "" when undated is 0. "feed.rss: 3 of 40
// articles have no publication date: office holders get their country's
// code alone (GBR, not GBRGOV); give --date YYYY-MM-DD".
func UndatedWarning(input string, undated, of int) string {
	switch {
	case undated <= 0:
		return ""
	case of == 1:
		return input + ": no publication date: office holders get their country's code alone (GBR, not GBRGOV); give --date YYYY-MM-DD"
	}
	return fmt.Sprintf("%s: %d of %d articles have no publication date: office holders get their country's code alone (GBR, not GBRGOV); give --date YYYY-MM-DD", input, undated, of)
}
