package testutil

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// PlaceTelling returns an article of outlet telling one protest, JPNGOV
// 112 CHN on 2024-07-13, and its event, placed at loc ("" for none), with
// status: Japan and China are countries, Shanghai a city of China, any
// other place a city of Japan.
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
		switch loc {
		case "Japan":
			ev.Location.Kind = "country"
		case "China":
			ev.Location.Country, ev.Location.Kind = "CHN", "country"
		case "Shanghai":
			ev.Location.Country, ev.Location.Kind = "CHN", "city"
		default:
			ev.Location.Kind = "city"
		}
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
// one protest, AP and AFP unplaced ones, Japan (NHK, Kyodo) one placed at
// the country, Shanghai (Xinhua) one placed in another country.
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
	{"country, then unplaced, then a city of it", [][]string{{"NHK@Japan"}, {"AP@"}, {"Reuters@Tokyo"}},
		"Tokyo 3/3/3: NHK AP Reuters", "[1] [0] [0]"},
	{"city, then country, one batch", [][]string{{"Reuters@Tokyo", "NHK@Japan", "AP@"}},
		"Tokyo 3/3/3: Reuters NHK AP", "[1 0 0]"},
	{"country, then a city of it, then unplaced", [][]string{{"NHK@Japan"}, {"Reuters@Tokyo"}, {"AP@"}},
		"Tokyo 3/3/3: NHK Reuters AP", "[1] [0] [0]"},
	{"a country with two cities apart", [][]string{{"Reuters@Tokyo"}, {"Kyodo@Osaka"}, {"NHK@Japan"}},
		"Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Kyodo\nJapan 1/1/1: NHK", "[1] [1] [1]"},
	{"a city of another country apart", [][]string{{"Xinhua@Shanghai"}, {"NHK@Japan"}, {"AP@"}},
		"Shanghai 1/1/1: Xinhua\nJapan 1/1/1: NHK\n- 1/1/1: AP", "[1] [1] [1]"},
	{"two countries, a city of one", [][]string{{"NHK@Japan"}, {"Xinhua@China"}, {"Reuters@Tokyo"}},
		"China 1/1/1: Xinhua\nTokyo 2/2/2: NHK Reuters", "[1] [1] [0]"},
	{"unplaced joined, then a second place keeps it apart", [][]string{{"AP@"}, {"Reuters@Tokyo"}, {"Kyodo@Osaka"}},
		"Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Kyodo\n- 1/1/1: AP", "[1] [0] [2]"},
	{"country and unplaced joined, then a second city", [][]string{{"AP@", "Reuters@Tokyo", "BBC@Japan"}, {"Yahoo@Osaka"}},
		"Tokyo 1/1/1: Reuters\nOsaka 1/1/1: Yahoo\n- 1/1/1: AP\nJapan 1/1/1: BBC", "[0 1 0] [3]"},
}

// PlaceOrderCase is a set of "OUTLET@PLACE" tellings of one protest
// (PlaceJoinItem) and the events every store holds once all are stored,
// in any order and however split between batches: their lines as
// PlaceJoinCase's, sorted.
type PlaceOrderCase struct {
	Tellings []string
	Events   string
	// Short: each order is stored in one batch and one a batch only,
	// not split in two (Splits) too, to keep the tests short.
	Short bool
}

// PlaceOrderCases: a meeting told at Tokyo, unplaced, at the country and
// at Osaka (the unplaced and the country's tellings stay apart: two
// places could be theirs), and without Osaka (one event at Tokyo);
// Shanghai's telling in another country leaves Japan's alone.
var PlaceOrderCases = []PlaceOrderCase{
	{[]string{"Reuters@Tokyo", "AP@", "BBC@Japan", "Yahoo@Osaka"},
		"- 1/1/1: AP\nJapan 1/1/1: BBC\nOsaka 1/1/1: Yahoo\nTokyo 1/1/1: Reuters", false},
	{[]string{"Reuters@Tokyo", "AP@", "BBC@Japan"}, "Tokyo 3/3/3: AP BBC Reuters", false},
	{[]string{"Reuters@Tokyo", "BBC@Japan", "Xinhua@Shanghai", "AFP@China"},
		"Shanghai 2/2/2: AFP Xinhua\nTokyo 2/2/2: BBC Reuters", true},
	{[]string{"Reuters@Tokyo", "BBC@Japan", "Xinhua@Shanghai", "AP@"},
		"- 1/1/1: AP\nShanghai 1/1/1: Xinhua\nTokyo 2/2/2: BBC Reuters", true},
}

// Permutations returns every order of s.
func Permutations(s []string) [][]string {
	if len(s) <= 1 {
		return [][]string{append([]string(nil), s...)}
	}
	var out [][]string
	for i := range s {
		rest := append(append([]string(nil), s[:i]...), s[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]string{s[i]}, p...))
		}
	}
	return out
}

// Splits returns the ways to store tellings, in their order, in
// batches: all in one, one a batch, and unless short in two (the first
// k, the rest).
func Splits(tellings []string, short bool) [][][]string {
	out := [][][]string{{tellings}}
	var each [][]string
	for _, t := range tellings {
		each = append(each, []string{t})
	}
	out = append(out, each)
	for k := 1; k < len(tellings) && !short; k++ {
		out = append(out, [][]string{tellings[:k], tellings[k:]})
	}
	return out
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
