package postgres_test

// Words split at punctuation as SQLite's FTS5 splits them.

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

// TestWordsSplitAsFTS5: a text query over words joined by punctuation — a
// hyphenated word, a host name, an e-mail address, a decimal number —
// matches the same articles in both stores, NEAR distances and phrases
// counted over the same words (FTS5's: "UN-recognised" is "un" and
// "recognised"). PostgreSQL's parser kept such words whole besides their
// parts, so NEAR(Assad Putin, 7) across "UN-recognised" matched on SQLite
// alone, and "bbc co" matched on SQLite alone.
func TestWordsSplitAsFTS5(t *testing.T) {
	ctx := context.Background()
	pg, err := postgres.Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	lite, err := sqlite.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	texts := []string{
		"Envoys said Assad could leave after UN-recognised elections, and Putin agreed on Monday.",
		"The statement was posted on news.bbc.co.uk and sent to press@kremlin.example by the ministry.",
		"Inflation rose 3.5 percent in Chile while the peso fell, the central bank said on Tuesday.",
		"Kenya's well-known envoy met the Ugandan foreign minister in Kampala on Wednesday.",
	}
	var items []sqlite.Item
	for i, text := range texts {
		a := &dyad.Article{ID: fmt.Sprintf("w%d", i), Published: "2024-05-0" + fmt.Sprint(i+1), Body: []string{text}}
		ev := dyad.Event{ID: a.ID + "-0", ArticleID: a.ID, Date: a.Published, Source: &dyad.Actor{Code: "KEN", Country: "KEN", Name: "Kenya"},
			CAMEO: "040", CAMEORoot: "04", QuadClass: 1, Status: dyad.Asserted, Evidence: dyad.Evidence{Text: text, Verb: "said", Span: [2]int{0, 4}}}
		items = append(items, sqlite.Item{Article: a, Events: []dyad.Event{ev}})
	}
	if _, err := lite.SaveBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	if _, err := pg.SaveBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want string // the articles, by id
	}{
		{"NEAR(Assad Putin, 7)", "[w0]"},
		{"NEAR(Assad Putin, 6)", "[]"},
		{`"un recognised"`, "[w0]"},
		{`"bbc co"`, "[w1]"},
		{"NEAR(posted kremlin, 9)", "[w1]"},
		{"NEAR(posted kremlin, 8)", "[]"},
		{`"rose 3 5 percent"`, "[w2]"},
		{`"well known envoy"`, "[w3]"},
		{`"Kenya s well"`, "[w3]"},
	}
	ids := func(db reader, q string) string {
		evs, err := db.Events(ctx, sqlite.Filter{Text: q})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var out []string
		for _, e := range evs {
			out = append(out, e.ArticleID)
		}
		return fmt.Sprint(out)
	}
	for _, tt := range tests {
		l, p := ids(lite, tt.q), ids(pg, tt.q)
		if l != tt.want || p != tt.want {
			t.Errorf("%s: sqlite %s, postgres %s; want %s in both", tt.q, l, p, tt.want)
		}
	}
}
