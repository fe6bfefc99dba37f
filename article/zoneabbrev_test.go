package article

import "testing"

// TestZoneAbbreviation: a date written with a zone abbreviation (an HTML
// <meta>'s or a text DATE header's "Sat, 13 Jul 2024 22:30:00 EDT") keeps
// that zone's offset, as dyad's feed reader reads it: Go knows no
// abbreviation but UTC's and the host's, and read "EDT" as a zero offset,
// writing 2024-07-13T22:30:00Z, four hours off and said to be UTC. An
// abbreviation that is unknown or ambiguous ("IST": India, Ireland or
// Israel) gives the clock reading with the unknown offset, -00:00.
func TestZoneAbbreviation(t *testing.T) {
	wantParseDates(t, map[string]string{
		"Sat, 13 Jul 2024 22:30:00 EDT":   "2024-07-13T22:30:00-04:00",
		"Sat, 13 Jul 2024 22:30:00 PST":   "2024-07-13T22:30:00-08:00",
		"Sat, 13 Jul 2024 22:30:00 BST":   "2024-07-13T22:30:00+01:00",
		"Sat, 13 Jul 2024 22:30:00 CEST":  "2024-07-13T22:30:00+02:00",
		"Sat, 13 Jul 2024 22:30:00 GMT":   "2024-07-13T22:30:00Z",
		"Sat, 13 Jul 2024 22:30:00 UTC":   "2024-07-13T22:30:00Z",
		"Sat, 13 Jul 2024 22:30:00 IST":   "2024-07-13T22:30:00-00:00",
		"Sat, 13 Jul 2024 22:30:00 XYZ":   "2024-07-13T22:30:00-00:00",
		"Sat, 13 Jul 2024 22:30:00 +0530": "2024-07-13T22:30:00+05:30",
	})
	page := `<html><head><title>Pact</title><meta property="article:published_time" content="Sat, 13 Jul 2024 22:30:00 EDT"></head><body><article>` +
		`<p>Japan and Australia signed a fisheries pact in Canberra on Tuesday, officials said.</p>` +
		`<p>The two countries had negotiated for months over the quotas, the ministers said.</p></article></body></html>`
	for name, data := range map[string]string{
		"page.html": page,
		"story.txt": "TITLE: Pact\nDATE: Sat, 13 Jul 2024 22:30:00 EDT\n\nJapan and Australia signed a fisheries pact in Canberra on Tuesday.\n",
	} {
		arts, err := Read(name, []byte(data), Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", name, len(arts), err)
		}
		if got := arts[0].Published; got != "2024-07-13T22:30:00-04:00" {
			t.Errorf("%s: published %q, want 2024-07-13T22:30:00-04:00", name, got)
		}
	}
}
