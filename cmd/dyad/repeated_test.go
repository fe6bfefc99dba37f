package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/sqlite"
)

// TestRepeatedSentenceBounds: an article telling one event in 20,000
// sentences (each in its own words; a 40 MB file of such tellings tells
// it 700,000 times) gives bounded listings: the event carries its first
// sqlite.MaxAlso further tellings and their number in dyad events, dyad
// export and the API's pages; /api/events/{id} answers with at most
// MaxMentions mentions and says there are more; dyad export --format
// gdelt-mentions streams a row for every mention; /api/articles/{id}
// answers with the first MaxSpans spans, "spans_total" and the text's
// first MaxArticleText bytes. Sizes and counts are asserted, not times.
func TestRepeatedSentenceBounds(t *testing.T) {
	skipShort(t)
	const n = 20000
	// each sentence in its own words: one repeated word for word is
	// coded once (events/repeat.go)
	var sb strings.Builder
	sb.WriteString("DATE: 2024-01-02\n\n")
	for k := 0; k < n; k++ {
		if k > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "Russian forces shelled Kharkiv on Monday, report %d said.", k+1)
	}
	sb.WriteByte('\n')
	text := sb.String()
	dir := t.TempDir()
	in := filepath.Join(dir, "repeated.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "r.db")
	if _, errs, code := run(t, "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	type listed struct {
		ID          int64             `json:"global_event_id"`
		Also        []json.RawMessage `json:"also"`
		AlsoTotal   int               `json:"also_total"`
		NumMentions int               `json:"num_mentions"`
	}
	const maxLine = 64 << 10 // an event's line: a few KB
	check := func(what string, line []byte) listed {
		t.Helper()
		var e listed
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if len(line) > maxLine || len(e.Also) != sqlite.MaxAlso || e.AlsoTotal != n-1 || e.NumMentions != n {
			t.Errorf("%s: %d bytes, %d also entries, also_total %d, num_mentions %d; want under %d bytes, %d, %d, %d",
				what, len(line), len(e.Also), e.AlsoTotal, e.NumMentions, maxLine, sqlite.MaxAlso, n-1, n)
		}
		return e
	}
	for _, args := range [][]string{{"events", "--db", db, "--format", "jsonl"}, {"export", "--db", db, "--format", "jsonl"}} {
		out, errs, code := run(t, args...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != 1 {
			t.Fatalf("%s: exit %d, %d lines: %s", strings.Join(args, " "), code, len(lines), errs)
		}
		check(args[0], []byte(lines[0]))
	}
	out, errs, code := run(t, "export", "--db", db, "--format", "gdelt-mentions")
	if rows := strings.Count(out, "\n"); code != 0 || rows != n {
		t.Errorf("export --format gdelt-mentions: exit %d, %d rows, want %d: %s", code, rows, n, errs)
	}

	store, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(dyadhttp.New(store))
	defer srv.Close()
	get := func(path string) []byte {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("GET %s: %s %s: %.300s", path, resp.Status, resp.Header.Get("Content-Type"), b)
		}
		return b
	}
	var page struct {
		Events []json.RawMessage `json:"events"`
	}
	body := get("/api/events?limit=1")
	if err := json.Unmarshal(body, &page); err != nil || len(page.Events) != 1 {
		t.Fatalf("/api/events?limit=1: %v, %d events", err, len(page.Events))
	}
	e := check("/api/events?limit=1", page.Events[0])
	var detail struct {
		Event struct {
			listed
			ArticleID string `json:"article_id"`
		} `json:"event"`
		Mentions     []json.RawMessage `json:"mentions"`
		MoreMentions bool              `json:"more_mentions"`
	}
	path := "/api/events/" + strconv.FormatInt(e.ID, 10)
	body = get(path)
	if err := json.Unmarshal(body, &detail); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(detail.Mentions) != dyadhttp.MaxMentions || !detail.MoreMentions || len(detail.Event.Also) != sqlite.MaxAlso || detail.Event.AlsoTotal != n-1 {
		t.Errorf("%s: %d mentions, more_mentions %v, event with %d also entries (also_total %d); want %d, true, %d (%d)",
			path, len(detail.Mentions), detail.MoreMentions, len(detail.Event.Also), detail.Event.AlsoTotal, dyadhttp.MaxMentions, sqlite.MaxAlso, n-1)
	}
	if max := dyadhttp.MaxMentions * 2 << 10; len(body) > max {
		t.Errorf("%s: %d bytes, want at most %d", path, len(body), max)
	}
	// the article: 1.2 MB of text and 20,000 spans gave 19 MB
	var art dyadhttp.ArticleView
	path = "/api/articles/" + detail.Event.ArticleID
	body = get(path)
	if err := json.Unmarshal(body, &art); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	kept := 0
	for _, p := range art.Body {
		kept += len(p)
	}
	if len(art.Spans) != dyadhttp.MaxSpans || art.SpansTotal != n || !art.TextTruncated || kept > dyadhttp.MaxArticleText {
		t.Errorf("%s: %d spans (spans_total %d), text_truncated %v, %d bytes of text; want %d (%d), true, at most %d",
			path, len(art.Spans), art.SpansTotal, art.TextTruncated, kept, dyadhttp.MaxSpans, n, dyadhttp.MaxArticleText)
	}
	if max := dyadhttp.MaxArticleText + dyadhttp.MaxSpans*2<<10; len(body) > max {
		t.Errorf("%s: %d bytes, want at most %d", path, len(body), max)
	}
}
