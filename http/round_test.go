package http

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

func TestRoundMean(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{-8.979999999999999, -8.98},
		{-5.800000000000001, -5.8},
		{0.3999999999999999, 0.4},
		{-10, -10},
		{2.345, 2.35},
		{-2.345, -2.35},
		{-0.001, 0},
		{7.123456, 7.12},
	}
	for _, tt := range tests {
		if got := roundMean(tt.in); got != tt.want {
			t.Errorf("roundMean(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if got := roundMean(-0.001); 1/got < 0 {
		t.Errorf("roundMean(-0.001) is negative zero")
	}
}

// TestDyadsMeanRounded: /api/dyads answers a mean of -7.2 and -4.4
// (-5.800000000000001 in floating point) as -5.8, from SQL and from the
// index.
func TestDyadsMeanRounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mean.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &dyad.Article{ID: "art-mean", URL: "https://example.org/mean", Source: "Example Wire", Title: "Strikes",
		Published: "2024-07-13", Body: []string{"Israeli jets struck Syria.", "Israeli troops seized Syrian land."}}
	ev := func(s int, cameo string, g float64) dyad.Event {
		return dyad.Event{ID: "art-mean-" + cameo, ArticleID: a.ID, Sentence: s, Date: "2024-07-13", DatePrecision: dyad.Day,
			DateFrom: "text", Source: &dyad.Actor{Code: "ISRMIL", Country: "ISR", Name: "Israel"},
			Target: &dyad.Actor{Code: "SYR", Country: "SYR", Name: "Syria"}, CAMEO: cameo, CAMEORoot: cameo[:2],
			QuadClass: 4, Goldstein: g, Status: dyad.Asserted, Evidence: dyad.Evidence{Text: a.Body[s]}}
	}
	if _, err := db.SaveArticle(context.Background(), a, []dyad.Event{ev(0, "195", -7.2), ev(1, "175", -4.4)}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	ro, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for _, indexed := range []bool{false, true} {
		h := New(ro)
		if indexed {
			if err := h.LoadIndex(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		srv := httptest.NewServer(h)
		code, body := get(t, srv, "/api/dyads", nil)
		srv.Close()
		want := `{"dyads":[{"source":"ISRMIL","source_name":"Israel","target":"SYR","target_name":"Syria","events":2,"mentions":2,"mean_goldstein":-5.8}]}`
		if code != 200 || strings.TrimSpace(body) != want {
			t.Errorf("indexed %v: %d %s, want %s", indexed, code, body, want)
		}
	}
}
