package bench

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestRunStreamsJSONL: bench --store never reads a JSON Lines file whole:
// read+extract, end-to-end and the full ingest each stream it record by
// record (article.EachJSONL), as dyad ingest does; the read function for
// whole files is never given it. Its bad line fails the file, whose two
// good records every stage still measures.
func TestRunStreamsJSONL(t *testing.T) {
	coder := newCoder(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "news.jsonl")
	data := `{"id":"a","date":"2024-07-13","text":"Germany pledged aid to Ukraine on Tuesday, the government said."}
{"id":"b","date":"2024-07-13","text":"North Korea fired a ballistic missile into the sea on Tuesday, South Korea's military said."}
{"id":"c", bad
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var streamed, whole []string
	stream := func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
		mu.Lock()
		streamed = append(streamed, filepath.Base(name))
		mu.Unlock()
		return article.EachJSONL(name, r, article.Options{}, fn, bad)
	}
	read := func(name string, data []byte) ([]*dyad.Article, error) {
		mu.Lock()
		whole = append(whole, filepath.Base(name))
		mu.Unlock()
		return article.Read(name, data, article.Options{})
	}
	r, err := Run(context.Background(), Config{Coder: coder, Workers: 1, Store: true, TempDir: t.TempDir(), Read: read, Stream: stream}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"news.jsonl", "news.jsonl", "news.jsonl"}; !slices.Equal(streamed, want) || len(whole) != 0 {
		t.Errorf("streamed %q, read whole %q; want %q streamed (read+extract, end-to-end, ingest), none whole", streamed, whole, want)
	}
	if len(r.Failures) != 1 || r.Failures[0].Input != path+":3" || r.Failures[0].Err != "bad JSON: invalid character 'b' looking for beginning of object key string" || r.FailuresKept != 1 {
		t.Errorf("failures %+v, kept %d; want news.jsonl:3, kept 1", r.Failures, r.FailuresKept)
	}
	if r.Bytes != int64(len(data)) {
		t.Errorf("bytes %d, want %d", r.Bytes, len(data))
	}
	for _, s := range r.Stages {
		if s.Articles != 2 {
			t.Errorf("%s: %d articles, want 2", s.Name, s.Articles)
		}
	}
	if s, _ := r.Stage(StageExtract); s.Bytes != int64(len(data)) {
		t.Errorf("read+extract: %d bytes, want %d", s.Bytes, len(data))
	}
}
