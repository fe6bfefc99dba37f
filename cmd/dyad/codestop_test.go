package main

// Tests that dyad code stops within a sentence of a Ctrl-C, not at the
// end of the article being coded.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// recordWriter is an output writer that records the ids of the articles
// written.
type recordWriter struct{ written []string }

func (w *recordWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	w.written = append(w.written, a.ID)
	return nil
}

func (w *recordWriter) Close() error { return nil }

// stopCounter is the coders' stop context, counting its checks (one
// before each article and each sentence): at the check numbered at it
// cancels the run, as a Ctrl-C would.
type stopCounter struct {
	context.Context
	n      *atomic.Int64
	at     int64
	cancel context.CancelFunc
}

func (c stopCounter) Err() error {
	if c.n.Add(1) == c.at {
		c.cancel()
	}
	return c.Context.Err()
}

// TestCodeStopsInLongArticle: a run of dyad code cancelled (a Ctrl-C)
// while it codes a long one-line undated article (400,000 clauses, cut
// into 11,342 sentences, about 6 s of coding on an idle machine, far more
// than codeGrace), stops within a sentence: codeInputs returns, the first
// input's events stay written and the long article, not coded to its end,
// is not written at all; the undated warning, which reads the article
// again, is not said. The Ctrl-C comes at the coders' 100th check, inside
// the long article (the short one takes 2), not at a time, and the check
// is on sentences, not on the clock: the coders checked fewer times than
// the long article has sentences. (It once went on to the article's end
// and wrote its events after the Ctrl-C; the test timed it, and a loaded
// machine failed it.)
func TestCodeStopsInLongArticle(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(short, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	names := []string{"Chile", "Kenya", "Norway", "Peru", "Ghana", "Nepal", "Laos", "Mali"}
	for i := range 400000 {
		fmt.Fprintf(&b, "%s accused %s over the %d quota; ", names[i%8], names[(i+3)%8], i)
	}
	long := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(long, []byte(b.String()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var f codingFlags
	coder, _, err := f.newCoder()
	if err != nil {
		t.Fatal(err)
	}
	las, err := article.Load(context.Background(), long, article.Options{Input: "auto"})
	if err != nil || len(las) != 1 {
		t.Fatalf("%d articles, %v", len(las), err)
	}
	total := len(coder.SentenceTexts(las[0]))
	if total != 11342 {
		t.Errorf("the long article has %d sentences, want 11342", total)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &recordWriter{}
	var errw strings.Builder
	var checks atomic.Int64
	count := func(c context.Context) context.Context {
		return stopCounter{Context: c, n: &checks, at: 100, cancel: cancel}
	}
	_, _, werr := codeInputs(ctx, []string{short, long}, article.Options{Input: "auto"}, coder, w, &errw, false, 0, count)
	if werr != nil {
		t.Fatal(werr)
	}
	if len(w.written) != 1 {
		t.Errorf("%d articles written, want 1 (the first input's; the long one stopped)", len(w.written))
	}
	if strings.Contains(errw.String(), "no publication date") {
		t.Errorf("stderr %q: the undated warning after the stop", errw.String())
	}
	if n := checks.Load(); n < 100 || n >= int64(total) {
		t.Errorf("the coders checked the stop %d times, want from 100 to fewer than the long article's %d sentences: coding stops within a sentence", n, total)
	}
}
