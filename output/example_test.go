package output_test

import (
	"fmt"
	"os"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/output"
)

func Example() {
	ont, err := cameo.Default()
	if err != nil {
		panic(err)
	}
	ev := dyad.Event{
		ID: "0f1e2d3c4b5a6978-0-0", ArticleID: "0f1e2d3c4b5a6978", Sentence: 0,
		Date: "2024-07-13", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "KORGOV", Country: "KOR", Sectors: []string{"GOV"}, Name: "South Korea", Text: "Seoul"},
		Target: &dyad.Actor{Code: "JPN", Country: "JPN", Sectors: []string{}, Name: "Japan", Text: "Tokyo"},
		CAMEO:  "057", CAMEORoot: "05", QuadClass: 1, Goldstein: 8.0,
		Plover:   dyad.Plover{Event: "AGREE"},
		Status:   dyad.Asserted,
		Evidence: dyad.Evidence{Text: "Seoul and Tokyo signed a fisheries accord.", Verb: "signed", Span: [2]int{16, 22}},
	}
	w, err := output.New(os.Stdout, "table", ont)
	if err != nil {
		panic(err)
	}
	w.Write(nil, []dyad.Event{ev})
	w.Close()

	row := output.GDELTRow(ev, output.Counts{NumMentions: 1, NumSources: 1, NumArticles: 1,
		DateAdded: time.Date(2024, 7, 13, 12, 0, 0, 0, time.UTC), GlobalEventID: 7})
	fmt.Println(len(row), row[0], row[1], row[5], row[15], row[26], row[29], row[30], row[59])
	// Output:
	// DATE       SOURCE       CAMEO                                TARGET       STATUS       TEXT
	// 2024-07-13 KORGOV       057 Sign formal agreement            JPN          asserted     Seoul and Tokyo signed a fisheries accord.
	// 61 7 20240713 KORGOV JPN 057 1 8.0 20240713120000
}
