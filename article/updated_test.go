package article

import (
	"strings"
	"testing"
)

// updatedPage is a team-written explainer first published in 2012 and
// rewritten in 2026, telling of an attack in its first paragraph.
const updatedPage = `<!DOCTYPE html><html lang="en"><head><title>What is the alliance? | Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"What is the alliance and who belongs to it?",
"datePublished":"2012-05-10T14:29:05.000Z","dateModified":"MODIFIED","publisher":{"@type":"Organization","name":"Example News"}}</script>
</head><body><article><h1>What is the alliance and who belongs to it?</h1>
<p>Iranian forces attacked a US base in Iraq on Saturday, officials in Washington said, in the first such strike this year.</p>
<p>The alliance was founded in 1949 by twelve countries, and its leaders last met in The Hague in June 2025 to agree new spending goals for their armed forces.</p>
<p>Its members have promised to defend one another if any of them comes under attack, a pledge set down in the founding treaty.</p>
</article></body></html>`

// TestPageUpdated: a page's dateModified is its Updated date when later
// than its publication day, and the article then speaks as of it (AsOf)
// when its text names a year since; Published stays the page's own.
func TestPageUpdated(t *testing.T) {
	tests := []struct {
		modified                 string
		published, updated, asOf string
	}{
		{"2026-04-24T11:16:53.545Z", "2012-05-10T14:29:05Z", "2026-04-24T11:16:53Z", "2026-04-24T11:16:53Z"},
		// corrected the same day: no update
		{"2012-05-10T18:00:00Z", "2012-05-10T14:29:05Z", "", "2012-05-10T14:29:05Z"},
		// modified before published (a bad stamp): no update
		{"2011-01-01T00:00:00Z", "2012-05-10T14:29:05Z", "", "2012-05-10T14:29:05Z"},
		// updated in 2013, before the text's 2025: the text is no sign
		{"2013-02-01T09:00:00Z", "2012-05-10T14:29:05Z", "2013-02-01T09:00:00Z", "2012-05-10T14:29:05Z"},
	}
	for _, tt := range tests {
		arts, err := Read("explainer.html", []byte(strings.Replace(updatedPage, "MODIFIED", tt.modified, 1)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if a.Published != tt.published || a.Updated != tt.updated || a.AsOf() != tt.asOf {
			t.Errorf("modified %s: published %q updated %q as of %q, want %q %q %q",
				tt.modified, a.Published, a.Updated, a.AsOf(), tt.published, tt.updated, tt.asOf)
		}
	}
	// dyad extract --jsonl output read back keeps the update
	arts, err := Read("x.jsonl", []byte(`{"id":"a","published":"2012-05-10","updated":"2026-04-24","body":["Talks resumed in 2026."]}`+"\n"), Options{Input: "jsonl"})
	if err != nil || len(arts) != 1 || arts[0].Updated != "2026-04-24" || arts[0].AsOf() != "2026-04-24" {
		t.Errorf("jsonl: %v %+v", err, arts)
	}
	if _, err := Read("x.jsonl", []byte(`{"id":"a","published":"2012-05-10","updated":"last spring","text":"Talks resumed."}`+"\n"), Options{Input: "jsonl"}); err == nil ||
		err.Error() != `x.jsonl:1: bad updated "last spring": write it as YYYY-MM-DD (or RFC 3339)` {
		t.Errorf("bad updated: %v", err)
	}
}
