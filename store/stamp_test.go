package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
)

// TestStoredZonelessTime: a store written before dyad wrote a time read
// without a zone in RFC 3339 holds it as "2024-03-04T10:00:00"; the
// store returns it in RFC 3339, with the unknown local offset
// (dyad.UnknownOffset), as dyad now writes it, so exports and the API emit
// RFC 3339 whatever wrote the store. A time with its zone, a day alone and
// one written as now are returned as stored.
func TestStoredZonelessTime(t *testing.T) {
	for _, tc := range []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "x.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.DSN(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := Open(ctx, tc.dsn(t))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for i, c := range []struct{ stored, want string }{
				{"2024-03-04T10:00:00", "2024-03-04T10:00:00-00:00"},
				{"2024-03-04T10:00:00-00:00", "2024-03-04T10:00:00-00:00"},
				{"2024-03-04T10:00:00Z", "2024-03-04T10:00:00Z"},
				{"2024-03-04T10:00:00+09:00", "2024-03-04T10:00:00+09:00"},
				{"2024-03-04", "2024-03-04"},
				{"", ""},
			} {
				a := &dyad.Article{ID: "a" + string(rune('0'+i)), Source: "Wire", Published: c.stored,
					Body: []string{"Envoys of Chile met envoys of Peru in Lima, officials said, in round " + string(rune('A'+i)) + "."}}
				if _, err := db.SaveArticle(ctx, a, nil); err != nil {
					t.Fatal(err)
				}
				sa, err := db.Article(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if sa.Published != c.want {
					t.Errorf("stored %q: returned %q, want %q", c.stored, sa.Published, c.want)
				}
			}
		})
	}
}
