package testutil

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// PlaceTelling returns an article of outlet telling one protest, JPNGOV
// 112 CHN on 2024-07-13, and its event, placed at loc ("" for none), with
// status.
func PlaceTelling(outlet, loc string, status dyad.Status) (*dyad.Article, dyad.Event) {
	url := "https://" + strings.ToLower(outlet) + ".example/protest"
	a := &dyad.Article{ID: dyad.ArticleID(url, ""), URL: url, Source: outlet, Published: "2024-07-13",
		Body: []string{"Japan's foreign ministry protested to China on Saturday, " + outlet + " said."}}
	ev := dyad.Event{ID: a.ID + "-0", ArticleID: a.ID, Date: "2024-07-13", DatePrecision: "day",
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"}, Target: &dyad.Actor{Code: "CHN", Country: "CHN", Name: "China"},
		CAMEO: "112", CAMEORoot: "11", QuadClass: 3, Goldstein: -2, Status: status, Confidence: 0.8,
		Evidence: dyad.Evidence{Text: a.Body[0], Verb: "protested", Span: [2]int{25, 34}}}
	if loc != "" {
		ev.Location = &dyad.Location{Name: loc, Country: "JPN"}
	}
	return a, ev
}

// PlaceJoinCase is a run of batches of PlaceTelling articles, each
// "OUTLET@PLACE" ("AP@" unplaced, "AP@!" unplaced and alleged), and what
// every store holds after it: its events, one a line, "PLACE
// MENTIONS/SOURCES/ARTICLES: OUTLETS" (- for no place), and each batch's
// NewEvents.
type PlaceJoinCase struct {
	Name    string
	Batches [][]string
	Events  string
	NewEvs  string
}

// PlaceJoinCases: Tokyo (Reuters) and Osaka (Kyodo) placed tellings of
// one protest, AP and AFP unplaced ones.
var PlaceJoinCases = []PlaceJoinCase{
	{"placed, then unplaced", [][]string{{"Reuters@Tokyo"}, {"AP@"}, {"AFP@"}},
		"Tokyo 3/3/3: Reuters AP AFP", "[1] [0] [0]"},
	{"unplaced, then placed", [][]string{{"AP@"}, {"Reuters@Tokyo"}, {"AFP@"}},
		"Tokyo 3/3/3: AP Reuters AFP", "[1] [0] [0]"},
	{"one batch, unplaced first", [][]string{{"AP@", "Reuters@Tokyo", "AFP@"}},
		"Tokyo 3/3/3: AP Reuters AFP", "[0 1 0]"},
	{"two places: the unplaced one apart", [][]string{{"Reuters@Tokyo"}, {"Kyodo@Osaka"}, {"AP@"}},
		"Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Kyodo\n- 1/1/1: AP", "[1] [1] [1]"},
	{"an allegation is another event", [][]string{{"Reuters@Tokyo"}, {"AP@!"}},
		"Tokyo 1/1/1: Reuters\n- 1/1/1: AP", "[1] [1]"},
}

// PlaceJoinItem is the article and event of one "OUTLET@PLACE" of a
// PlaceJoinCase.
func PlaceJoinItem(s string) (*dyad.Article, dyad.Event) {
	outlet, loc, _ := strings.Cut(s, "@")
	if loc == "!" {
		return PlaceTelling(outlet, "", dyad.Alleged)
	}
	return PlaceTelling(outlet, loc, dyad.Asserted)
}
