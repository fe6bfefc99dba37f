package queue_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
)

// TestWorkFlagDatedID: a store written when article ids hashed the date
// the user gave (--date) holds a text article under that id; the same
// text queued again, dated by dyad ingest --queue --date or undated and
// dated by the worker (Config.Date, dyad worker --date), has the id of its
// text alone and is skipped by the worker as stored, as dyad ingest skips
// it (article.FlagDatedID), not stored a second time. An undated article
// the worker dates is stored with the date, marked as the flag's; one
// dated by its input keeps its date.
func TestWorkFlagDatedID(t *testing.T) {
	const day = "2024-03-05"
	// the id dyad ingest --date gave before the flag's date was left out
	oldID := func(b []string) string {
		return dyad.ArticleID("", article.NormalText(&dyad.Article{Published: day, Body: b}))
	}
	for _, tc := range storeKinds {
		t.Run(tc.name, func(t *testing.T) {
			db, nc, js := storeAndQueue(t, tc.open)
			ctx := context.Background()
			var queued []*dyad.Article
			for i, b := range [][]string{envoys("Australia"), envoys("Fiji")} {
				if _, err := db.SaveBatch(ctx, []sqlite.Item{{Article: &dyad.Article{ID: oldID(b), Published: day, PublishedFrom: "flag", Body: b}}}); err != nil {
					t.Fatal(err)
				}
				a := &dyad.Article{Body: b}
				if i == 0 { // dated by dyad ingest --queue --date
					a.Published, a.PublishedFrom = day, "flag"
				}
				a.ID = dyad.ArticleID("", article.NormalText(a))
				queued = append(queued, a)
			}
			other := &dyad.Article{Body: envoys("Chile")}
			other.ID = dyad.ArticleID("", article.NormalText(other))
			own := &dyad.Article{Published: "2023-11-02", PublishedFrom: "meta", Body: envoys("Peru")}
			own.ID = dyad.ArticleID("", article.NormalText(own))
			queued = append(queued, other, own)
			if _, err := queue.Publish(ctx, nc, seq(queued)); err != nil {
				t.Fatal(err)
			}
			cfg := queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 4,
				Poll: 100 * time.Millisecond, Date: day}
			if st := workOff(t, js, cfg); st.Stored != 2 || st.Skipped != 2 {
				t.Errorf("stats %+v, want the two articles stored under their --date ids skipped, the others stored", st)
			}
			for _, a := range queued[:2] {
				if has, err := db.HasArticle(ctx, a.ID); err != nil || has {
					t.Errorf("article stored again under its new id %s (%v)", a.ID, err)
				}
			}
			g, ok := db.(interface {
				Article(context.Context, string) (*sqlite.StoredArticle, error)
			})
			if !ok {
				t.Fatal("store returns no articles")
			}
			if sa, err := g.Article(ctx, other.ID); err != nil || sa.Published != day || sa.PublishedFrom != "flag" {
				t.Errorf("undated article stored as %+v (%v), want dated %s by the flag", sa, err, day)
			}
			if sa, err := g.Article(ctx, own.ID); err != nil || sa.Published != "2023-11-02" || sa.PublishedFrom != "meta" {
				t.Errorf("dated article stored as %+v (%v), want its own date", sa, err)
			}
		})
	}
}

// TestWorkDateNotApplied: a queued article dated by --date and found
// stored already with no date, or another, keeps its stored date and
// events; the worker logs that the date is not applied, as dyad ingest
// warns, once per batch for the articles stored alike. It said nothing.
func TestWorkDateNotApplied(t *testing.T) {
	const day = "2024-03-05"
	for _, tc := range storeKinds {
		t.Run(tc.name, func(t *testing.T) {
			db, nc, js := storeAndQueue(t, tc.open)
			ctx := context.Background()
			var queued []*dyad.Article
			for i, s := range []string{"Australia", "Fiji", "Tonga", "Samoa"} {
				a := &dyad.Article{Body: envoys(s)}
				a.ID = dyad.ArticleID("", article.NormalText(a))
				if i < 3 { // stored undated, by a worker without --date
					if _, err := db.SaveBatch(ctx, []sqlite.Item{{Article: &dyad.Article{ID: a.ID, Body: a.Body}}}); err != nil {
						t.Fatal(err)
					}
				}
				queued = append(queued, a)
			}
			if _, err := queue.Publish(ctx, nc, seq(queued)); err != nil {
				t.Fatal(err)
			}
			var log strings.Builder
			cfg := queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 4,
				Poll: 100 * time.Millisecond, Date: day, Log: &log}
			if st := workOff(t, js, cfg); st.Stored != 1 || st.Skipped != 3 {
				t.Errorf("stats %+v, want 3 skipped, 1 stored", st)
			}
			want := "3 queued articles stored already (the first " + queued[0].ID + ") with no publication date: --date " + day +
				" is not applied to them (to date their events, queue them for a new store)\n"
			if log.String() != want {
				t.Errorf("log %q, want %q", log.String(), want)
			}
		})
	}
}

// envoys is the one-paragraph body of a test article on a meeting with
// the envoys of country.
func envoys(country string) []string {
	return []string{"Envoys of Japan met envoys of " + country + " in Canberra on Tuesday."}
}
