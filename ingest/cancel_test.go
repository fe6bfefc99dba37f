package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// pausingCoder is fakeCoder as a ContextCoder that, on the article whose
// body holds long, codes paragraph by paragraph checking ctx, and at its
// paragraph at calls cancel: a Ctrl-C arriving while a huge article is
// coded. Before cancelling it waits until stored (up to 30 s) have been
// stored, so that the test can tell what was stored before the stop.
type pausingCoder struct {
	fakeCoder
	long   string
	at     int
	cancel context.CancelFunc
	stored func() int
	want   int
	paras  *int // paragraphs of long coded
}

func (c pausingCoder) CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	if len(a.Body) == 0 || !strings.Contains(a.Body[0], c.long) {
		return c.Code(a), ctx.Err()
	}
	for i := range a.Body {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		*c.paras = i + 1
		if i == c.at {
			for end := time.Now().Add(30 * time.Second); c.stored() < c.want && time.Now().Before(end); {
				time.Sleep(5 * time.Millisecond)
			}
			c.cancel()
		}
	}
	return c.Code(a), nil
}

// TestRunStopsWhileCoding: a run cancelled while a long article is coded
// by a ContextCoder stops at the coder's next check, not after the whole
// article: Run returns context.Canceled, the long article is not stored
// (counted as read and not stored), the later input is never read, and the
// articles stored before the stop stay stored.
func TestRunStopsWhileCoding(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), story(0))
	write(t, filepath.Join(dir, "in", "b.txt"), story(1))
	var long strings.Builder
	long.WriteString("DATE: 2024-03-09\n\nLONGREPORT begins: Japan and Chile opened talks.\n\n")
	for i := range 500 {
		fmt.Fprintf(&long, "Paragraph %d: Kenya and France discussed the port lease again.\n\n", i)
	}
	write(t, filepath.Join(dir, "in", "c.txt"), long.String())
	write(t, filepath.Join(dir, "in", "d.txt"), story(3))
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stored := func() int {
		n, err := db.Counts(context.Background())
		if err != nil {
			return 0
		}
		return n.Articles
	}
	paras := 0
	coder := pausingCoder{long: "LONGREPORT", at: 10, cancel: cancel, stored: stored, want: 2, paras: &paras}
	cfg := Config{DB: db, Coder: coder, Read: fakeRead, Workers: 1, Batch: 1, MaxWait: time.Millisecond}
	sum, err := Run(ctx, cfg, []string{filepath.Join(dir, "in")})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: err %v, want context.Canceled", err)
	}
	if paras != 11 {
		t.Errorf("coder coded %d paragraphs of the long article, want 11 (stopped at the check after the cancel)", paras)
	}
	if sum.Added != 2 || sum.Read != 3 || sum.NotStored != 1 || sum.Unread != 1 || len(sum.Failures) != 0 {
		t.Errorf("summary: added %d read %d not stored %d unread %d failures %v; want 2 3 1 1 none",
			sum.Added, sum.Read, sum.NotStored, sum.Unread, sum.Failures)
	}
	if sum.Stopped != context.Canceled.Error() {
		t.Errorf("Stopped %q", sum.Stopped)
	}
	if n := stored(); n != 2 {
		t.Errorf("%d articles stored, want the 2 read before the stop", n)
	}
	for _, name := range []string{"a.txt", "b.txt"} {
		arts, _ := fakeRead(filepath.Join(dir, "in", name), []byte(story(map[string]int{"a.txt": 0, "b.txt": 1}[name])), "")
		if has, err := db.HasArticle(context.Background(), arts[0].ID); err != nil || !has {
			t.Errorf("%s not stored after the stop (%v)", name, err)
		}
	}
}
