package warc

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestSeekablePipe: an archive read from a named pipe (a FIFO another
// process writes) is walked whole, from a copy in TMPDIR that is unlinked
// at once (nothing is left there); it was "seek crawl.warc: illegal
// seek". A regular file is walked as it is.
func TestSeekablePipe(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	recs := records()
	data := strings.Join(recs, "")
	fifo := testutil.Fifo(t, "crawl.warc", func(w io.Writer) { io.WriteString(w, data) })
	f, err := os.Open(fifo)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, done, err := Seekable(context.Background(), "crawl.warc", f)
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("the copy is left in TMPDIR as %d files", len(left))
	}
	var pages []Page
	err = Walk("crawl.warc", r, func(p Page) error { pages = append(pages, p); return nil }, func(e error) { t.Errorf("bad record: %v", e) })
	done()
	if want := "3@-1 https://example.org/1 103; 6@-1 https://example.org/2 69; 7@-1 file:///archive/3.html 103"; err != nil || summary(pages) != want {
		t.Errorf("pages %s, err %v\nwant %s", summary(pages), err, want)
	}

	plain := filepath.Join(t.TempDir(), "plain.warc")
	os.WriteFile(plain, []byte(data), 0o644)
	pf, err := os.Open(plain)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	if r, done, err := Seekable(context.Background(), "plain.warc", pf); err != nil || r != pf {
		t.Errorf("a regular file: %v, %v; want the file itself", r, err)
	} else {
		done()
	}
}
