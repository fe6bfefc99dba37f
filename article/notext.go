package article

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// NoText is why an article has no story text to code, "" when it has
// some (a paragraph holding more than white space): "no text found (no
// title, no story)" for one with neither title nor text (an empty or
// script-only page), "no story text found (a title only: an empty,
// navigation-only or truncated page)" for a title alone (a file with
// headers and no body too). dyad code, dyad extract and dyad ingest say
// it of an input in these words ("hdr.txt: no story text found (…)"),
// ingest adding what it did (": not stored").
func NoText(a *dyad.Article) string {
	for _, p := range a.Body {
		if strings.TrimSpace(p) != "" {
			return ""
		}
	}
	if a.Title == "" {
		return "no text found (no title, no story)"
	}
	return "no story text found (a title only: an empty, navigation-only or truncated page)"
}
