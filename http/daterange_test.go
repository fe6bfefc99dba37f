package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// TestDateRangePeriods checks that /api/events and /api/timeline keep an
// event dated to a month or a year when its period overlaps from..to,
// answering from SQL and from the in-memory index alike.
func TestDateRangePeriods(t *testing.T) {
	path := filepath.Join(t.TempDir(), "periods.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "periods", URL: "https://example.org/periods", Source: "Example Wire",
		Body: []string{"North Korea criticised South Korea."}}
	var evs []dyad.Event
	for i, d := range []string{"2017-11-30", "2017-12", "2017-12-15", "2017", "2018", ""} {
		evs = append(evs, dyad.Event{ID: fmt.Sprint(i), ArticleID: a.ID, Date: d,
			Source: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea"}, CAMEO: fmt.Sprintf("11%d", i), CAMEORoot: "11",
			QuadClass: 3, Status: dyad.Asserted, Evidence: dyad.Evidence{Text: a.Body[0], Verb: "criticised", Span: [2]int{12, 22}}})
	}
	if _, err := db.SaveBatch(context.Background(), []sqlite.Item{{Article: a, Events: evs}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, indexed := range []bool{false, true} {
		ro, err := sqlite.OpenReadOnly(path)
		if err != nil {
			t.Fatal(err)
		}
		h := New(ro)
		if indexed {
			if err := h.LoadIndex(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		srv := httptest.NewServer(h)
		for _, tt := range []struct{ query, want string }{
			{"from=2017-12-01&to=2017-12-31", "2017-12 2017-12-15 2017"},
			{"from=2017-01-01", "2017-11-30 2017-12 2017-12-15 2017 2018"},
			{"from=2017-12-16&to=2017-12-31", "2017-12 2017"},
			// a month or a year From starts on its first day
			{"from=2017-12", "2017-12 2017-12-15 2017 2018"},
			{"from=2017", "2017-11-30 2017-12 2017-12-15 2017 2018"},
			{"from=2018", "2018"},
			{"from=2017&to=2017", "2017-11-30 2017-12 2017-12-15 2017"},
			{"from=2017-11&to=2017-11", "2017-11-30 2017"},
		} {
			var p EventsPage
			get(t, srv, "/api/events?"+tt.query, &p)
			var dates []string
			for _, e := range p.Events {
				dates = append(dates, e.Date)
			}
			if s := strings.Join(dates, " "); s != tt.want {
				t.Errorf("indexed %v, %s: dates %q, want %q", indexed, tt.query, s, tt.want)
			}
		}
		want := `{"bucket":"year","by":"quad","points":[{"period":"2017","key":"3","events":3,"mentions":3}]}` + "\n"
		if _, body := get(t, srv, "/api/timeline?bucket=year&from=2017-12-01&to=2017-12-31", nil); body != want {
			t.Errorf("indexed %v, timeline by year: %s", indexed, body)
		}
		srv.Close()
		ro.Close()
	}
}
