package article_test

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/internal/testutil"
)

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// FuzzRead feeds arbitrary bytes to Read in every input mode: it must never
// panic, and a successful read gives articles that carry an ID and name
// their input.
func FuzzRead(f *testing.F) {
	seeds := testutil.Files(f, 2, "examples/*.txt", "../shared/corpora/giveme5w1h/news_cluster/*",
		"../shared/corpora/guardian_ngec/*", "../shared/corpora/reuters21578/*", "../shared/corpora/html/fundus/*.html",
		"../shared/corpora/html/postlight/*")
	modes := []string{"auto", "text", "html", "jsonl"}
	for i, s := range seeds {
		f.Add(s, modes[i%len(modes)])
	}
	f.Add([]byte(`{"id":"a1","date":"2024-07-13","text":"Seoul and Washington signed guidelines."}`+"\n{broken\n"), "jsonl")
	f.Add([]byte("<html><body><article><p>Chile hosted Kenya.</p></article></body></html>"), "auto")
	f.Add(gzipped([]byte("TITLE: Talks\nDATE: 2024-03-05\n\nChile hosted Kenya for talks.")), "auto")
	f.Add([]byte("<div><div><div><p>x</p>"), "html")
	f.Add([]byte("\x00\x01\x02"), "text")
	f.Fuzz(func(t *testing.T, data []byte, mode string) {
		if len(data) > 1<<20 {
			return
		}
		switch mode {
		case "auto", "text", "html", "jsonl", "":
		default:
			mode = "auto"
		}
		var arts []*dyad.Article
		var err error
		testutil.Within(t, 10*time.Second, func() {
			arts, err = article.Read("fuzz.in", data, article.Options{Input: mode, Date: "2024-07-13"})
		})
		if err != nil && !strings.Contains(err.Error(), "fuzz.in") {
			t.Errorf("error does not name the input: %v", err)
		}
		if err == nil && len(arts) == 0 && mode != "jsonl" {
			t.Errorf("no error and no article")
		}
		for _, a := range arts {
			if a == nil {
				t.Fatal("nil article")
			}
			if a.ID == "" || !strings.HasPrefix(a.Input, "fuzz.in") {
				t.Errorf("article without ID or input: id %q input %q", a.ID, a.Input)
			}
		}
	})
}
