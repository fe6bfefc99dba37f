package article

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
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
// than its publication day; Published stays the page's own, and
// UpdatedWarning speaks only when the text names a year since.
func TestPageUpdated(t *testing.T) {
	tests := []struct {
		modified                 string
		published, updated, warn string
	}{
		{"2026-04-24T11:16:53.545Z", "2012-05-10T14:29:05Z", "2026-04-24T11:16:53Z",
			"explainer.html: published 2012-05-10, updated 2026-04-24 and its text names 2025: its events are dated against the publication date (to date them otherwise, give the text as JSON Lines with the date to use as published)"},
		// corrected the same day: no update
		{"2012-05-10T18:00:00Z", "2012-05-10T14:29:05Z", "", ""},
		// modified before published (a bad stamp): no update
		{"2011-01-01T00:00:00Z", "2012-05-10T14:29:05Z", "", ""},
		// updated in 2013, before the text's 2025: the text is no sign
		{"2013-02-01T09:00:00Z", "2012-05-10T14:29:05Z", "2013-02-01T09:00:00Z", ""},
	}
	for _, tt := range tests {
		arts, err := Read("explainer.html", []byte(strings.Replace(updatedPage, "MODIFIED", tt.modified, 1)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if w := UpdatedWarning(a); a.Published != tt.published || a.Updated != tt.updated || w != tt.warn {
			t.Errorf("modified %s: published %q updated %q warning %q, want %q %q %q",
				tt.modified, a.Published, a.Updated, w, tt.published, tt.updated, tt.warn)
		}
	}
	// dyad extract --jsonl output read back keeps the update
	arts, err := Read("x.jsonl", []byte(`{"id":"a","published":"2012-05-10","updated":"2026-04-24","body":["Talks resumed in 2026."]}`+"\n"), Options{Input: "jsonl"})
	if err != nil || len(arts) != 1 || arts[0].Updated != "2026-04-24" || arts[0].Published != "2012-05-10" {
		t.Errorf("jsonl: %v %+v", err, arts)
	}
	if _, err := Read("x.jsonl", []byte(`{"id":"a","published":"2012-05-10","updated":"last spring","text":"Talks resumed."}`+"\n"), Options{Input: "jsonl"}); err == nil ||
		err.Error() != `x.jsonl:1: bad updated "last spring": write it as YYYY-MM-DD (or RFC 3339)` {
		t.Errorf("bad updated: %v", err)
	}
}

// TestUpdatedWarning: the warning speaks exactly when the update falls in
// a later year and the body names a year after publication, no later than
// the update's; it names the input and the latest such year.
func TestUpdatedWarning(t *testing.T) {
	const tail = ": its events are dated against the publication date (to date them otherwise, give the text as JSON Lines with the date to use as published)"
	tests := []struct {
		name, published, updated string
		body                     []string
		want                     string
	}{
		{"correction note", "2012-05-10T14:29:05Z", "2019-03-03T09:00:00Z",
			[]string{"Rebels shelled the port on Saturday.", "This article was amended on 3 March 2019 to correct a name."},
			"page.html: published 2012-05-10, updated 2019-03-03 and its text names 2019" + tail},
		{"the latest year named", "2012-05-10", "2026-04-24",
			[]string{"Finland joined in 2023.", "Leaders met in 2025 and in 2014."},
			"page.html: published 2012-05-10, updated 2026-04-24 and its text names 2025" + tail},
		{"no later year in the text", "2012-05-10T14:29:05Z", "2026-04-24T11:16:53Z",
			[]string{"The alliance was founded in 1949 by 12 countries."}, ""},
		{"a year past the update is no sign", "2012-05-10", "2026-04-24",
			[]string{"Members pledged to spend 5% of output on defence by 2035."}, ""},
		{"a number that is no year", "2012-05-10", "2026-04-24",
			[]string{"The ministry counted 120145 refugees and 2019.5 tonnes of aid."}, ""},
		{"updated within its year", "2024-07-13T09:30:00+09:00", "2024-12-14T10:00:00+09:00",
			[]string{"The talks resumed in 2024."}, ""},
		{"no update", "2024-07-13", "", []string{"The talks resumed in 2025."}, ""},
		{"no publication date", "", "2026-04-24", []string{"The talks resumed in 2026."}, ""},
	}
	for _, tt := range tests {
		a := &dyad.Article{Input: "page.html", Published: tt.published, Updated: tt.updated, Body: tt.body}
		if got := UpdatedWarning(a); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRecordUpdated: a JSON Lines record's updated is kept only when it
// falls on a later day than its published, as a page's dateModified is.
func TestRecordUpdated(t *testing.T) {
	for _, tt := range []struct{ line, published, updated string }{
		{`{"id":"a","published":"2012-05-10","updated":"2026-04-24","text":"Talks resumed in 2026."}`, "2012-05-10", "2026-04-24"},
		{`{"id":"a","published":"2024-05-01","updated":"2012-01-01","text":"Talks resumed in 2013."}`, "2024-05-01", ""},
		{`{"id":"a","published":"2024-05-01T09:00:00Z","updated":"2024-05-01T18:00:00Z","text":"Talks resumed."}`, "2024-05-01T09:00:00Z", ""},
		{`{"id":"a","updated":"2026-01-01","text":"Talks resumed in 2026."}`, "", ""},
	} {
		arts, err := Read("x.jsonl", []byte(tt.line+"\n"), Options{Input: "jsonl"})
		if err != nil || len(arts) != 1 || arts[0].Published != tt.published || arts[0].Updated != tt.updated {
			t.Errorf("%s: %v %+v, want published %q updated %q", tt.line, err, arts, tt.published, tt.updated)
		}
	}
}
