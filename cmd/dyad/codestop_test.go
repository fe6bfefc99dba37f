package main

// Tests that dyad code stops within a sentence of a Ctrl-C, not at the
// end of the article being coded.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// TestCodeStopsInLongArticle: a run of dyad code cancelled (a Ctrl-C)
// half a second in, while it codes a long one-line undated article (400,000
// clauses, many seconds of coding, far more than codeGrace), stops within a sentence: codeInputs returns
// at once, the first input's events stay written and the long article, not
// coded to its end, is not written at all; the undated warning, which
// reads the article again, is not said. The coding went on to the
// article's end (and its events were written after the Ctrl-C, then the
// warning read it all again).
func TestCodeStopsInLongArticle(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(short, []byte("DATE: 2024-03-02\n\nBolivia expelled two Peruvian diplomats on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	names := []string{"Chile", "Kenya", "Norway", "Peru", "Ghana", "Nepal", "Laos", "Mali"}
	for i := range 400000 { // (seconds of coding even on an idle machine: more than codeGrace)
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &recordWriter{}
	var errw strings.Builder
	start := time.Now()
	time.AfterFunc(500*time.Millisecond, cancel)
	_, _, werr := codeInputs(ctx, []string{short, long}, article.Options{Input: "auto"}, coder, w, &errw, false, 0)
	took := time.Since(start)
	if werr != nil {
		t.Fatal(werr)
	}
	if len(w.written) != 1 {
		t.Errorf("%d articles written, want 1 (the first input's; the long one stopped)", len(w.written))
	}
	if strings.Contains(errw.String(), "no publication date") {
		t.Errorf("stderr %q: the undated warning after the stop", errw.String())
	}
	if took > 4*time.Second && !testing.Short() { // (0.5 s, codeGrace, a sentence; coding it all takes about 6 s idle; -short, as CI's -race run, leaves the clock out: on a loaded machine under -race it took 9 s)
		t.Errorf("codeInputs took %v, cancelled at 0.5 s: want it to stop within a sentence", took)
	}
}
