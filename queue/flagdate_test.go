package queue_test

import (
	"context"
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
	body := func(s string) []string {
		return []string{"Envoys of Japan met envoys of " + s + " in Canberra on Tuesday."}
	}
	// the id dyad ingest --date gave before the flag's date was left out
	oldID := func(b []string) string {
		return dyad.ArticleID("", article.NormalText(&dyad.Article{Published: day, Body: b}))
	}
	for _, tc := range storeKinds {
		t.Run(tc.name, func(t *testing.T) {
			db := tc.open(t)
			ns := startNATS(t)
			nc, js := connect(t, ns)
			ctx := context.Background()
			var queued []*dyad.Article
			for i, b := range [][]string{body("Australia"), body("Fiji")} {
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
			other := &dyad.Article{Body: body("Chile")}
			other.ID = dyad.ArticleID("", article.NormalText(other))
			own := &dyad.Article{Published: "2023-11-02", PublishedFrom: "meta", Body: body("Peru")}
			own.ID = dyad.ArticleID("", article.NormalText(own))
			queued = append(queued, other, own)
			if _, err := queue.Publish(ctx, nc, seq(queued)); err != nil {
				t.Fatal(err)
			}
			wctx, cancel := context.WithCancel(ctx)
			done := make(chan queue.Stats)
			go func() {
				s, err := queue.Work(wctx, js, queue.Config{Store: db, Coder: fakeCoder{}, Concurrency: 1, Batch: 4,
					Poll: 100 * time.Millisecond, Date: day})
				if err != nil {
					t.Error(err)
				}
				done <- s
			}()
			waitDone(t, js, 20*time.Second)
			cancel()
			if st := <-done; st.Stored != 2 || st.Skipped != 2 {
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
