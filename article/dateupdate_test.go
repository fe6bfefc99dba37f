package article

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestDateByUpdate: a page whose text names years long after its
// publication and close to its update is dated by the update, and the
// warning says so; any other keeps its publication date and
// UpdatedWarning's warning.
func TestDateByUpdate(t *testing.T) {
	const kept = ": its events are dated against the publication date (to date them otherwise, give the text as JSON Lines with the date to use as published)"
	tests := []struct {
		name, published, from, updated string
		body                           []string
		wantPub, wantFrom, warn        string
	}{
		{"rewritten explainer", "2013-03-08T10:00:00Z", "json-ld", "2025-11-02T09:00:00Z",
			[]string{"The bloc's ministers agreed new fishing quotas in Oslo in 2025.", "It was founded in 1960."},
			"2025-11-02T09:00:00Z", "updated",
			"page.html: published 2013-03-08, updated 2025-11-02 and its text names 2025: its events are dated against the update, 2025-11-02 (to date them otherwise, give the text as JSON Lines with the date to use as published)"},
		{"the year before the update", "2013-03-08", "meta", "2025-02-02",
			[]string{"Talks resumed in 2024."}, "2025-02-02", "updated",
			"page.html: published 2013-03-08, updated 2025-02-02 and its text names 2024: its events are dated against the update, 2025-02-02 (to date them otherwise, give the text as JSON Lines with the date to use as published)"},
		{"a correction note alone", "2013-03-08", "json-ld", "2019-06-01",
			[]string{"Rebels shelled the port on Saturday.", "This article was amended on 1 June 2019 to correct a name."},
			"2013-03-08", "json-ld", "page.html: published 2013-03-08, updated 2019-06-01 and its text names 2019" + kept},
		{"a year soon after publication", "2013-03-08", "json-ld", "2025-11-02",
			[]string{"Elections are due in 2015."}, "2013-03-08", "json-ld",
			"page.html: published 2013-03-08, updated 2025-11-02 and its text names 2015" + kept},
		{"a date the user gave", "2013-03-08", "header", "2025-11-02",
			[]string{"Talks resumed in 2025."}, "2013-03-08", "header",
			"page.html: published 2013-03-08, updated 2025-11-02 and its text names 2025" + kept},
		{"no later year", "2013-03-08", "json-ld", "2025-11-02",
			[]string{"It was founded in 1960."}, "2013-03-08", "json-ld", ""},
	}
	for _, tt := range tests {
		a := &dyad.Article{Input: "page.html", Published: tt.published, PublishedFrom: tt.from, Updated: tt.updated, Body: tt.body}
		if w := DateByUpdate(a); w != tt.warn || a.Published != tt.wantPub || a.PublishedFrom != tt.wantFrom {
			t.Errorf("%s: published %q (%s), warning %q; want %q (%s), %q", tt.name, a.Published, a.PublishedFrom, w, tt.wantPub, tt.wantFrom, tt.warn)
		}
	}
}
