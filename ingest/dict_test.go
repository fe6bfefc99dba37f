package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestReingestWithAnotherDict: an article stored already is skipped and
// keeps the events coded the first time; re-ingested with other user
// dictionaries (--dict, by their files' digest, or none) it is warned
// of, naming the stored article and both dictionaries, as a --date not
// applied is (TestReingestWithAndWithoutDate). The same files under
// another path are the same dictionaries. The stored article records
// the dictionaries it was coded with.
func TestReingestWithAnotherDict(t *testing.T) {
	const text = "Norway and Chile signed a salmon accord in Oslo on Monday.\n"
	id := dyad.ArticleID("", "Norway and Chile signed a salmon accord in Oslo on Monday.")
	const d1, d2, d1moved = "one/ sha256:1a2b3c4d5e6f", "two/ sha256:0f9e8d7c6b5a", "elsewhere/one/ sha256:1a2b3c4d5e6f"
	const tail = " (to code it with these dictionaries, ingest it into a new store)"
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{Date: "2024-03-04", URL: url})
	}
	for _, tc := range []struct {
		name  string
		dicts []string // the --dict of each run, in order
		warn  string   // the last run's warning
	}{
		{"a dict, then another", []string{d1, d2},
			"a.txt: stored already as article " + id + ", its events coded with --dict " + d1 + ": this run's --dict " + d2 + " is not applied to it" + tail},
		{"a dict, then none", []string{d1, ""},
			"a.txt: stored already as article " + id + ", its events coded with --dict " + d1 + ": this run's built-in dictionaries alone (no --dict) are not applied to it" + tail},
		{"none, then a dict", []string{"", d2},
			"a.txt: stored already as article " + id + ", its events coded with no --dict: this run's --dict " + d2 + " is not applied to it" + tail},
		{"the same dict twice", []string{d1, d1}, ""},
		{"the same files elsewhere", []string{d1, d1moved}, ""},
		{"none twice", []string{"", ""}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "a.txt")
			write(t, in, text)
			db := openDB(t, filepath.Join(dir, "dyad.db"))
			var warns []string
			for i, dict := range tc.dicts {
				warns = nil
				cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1, Dict: dict,
					Warn: collect(&warns, dir+"/")}
				sum, err := Run(context.Background(), cfg, []string{in})
				if err != nil {
					t.Fatal(err)
				}
				if want := min(i, 1); sum.Skipped != want || sum.Added != 1-want {
					t.Errorf("run %d: %d added, %d skipped; want it stored once", i+1, sum.Added, sum.Skipped)
				}
			}
			if got := strings.Join(warns, "\n"); got != tc.warn {
				t.Errorf("warnings %q\nwant %q", got, tc.warn)
			}
			sa, err := db.Article(context.Background(), id)
			if err != nil || sa.Dict != tc.dicts[0] {
				t.Errorf("stored article: %v, dict %q; want %q", err, sa.Dict, tc.dicts[0])
			}
		})
	}
}

// TestReingestManyWithAnotherDict: the articles of one input skipped as
// stored already with events coded with other dictionaries are warned of
// in one line for the input, counted, the first named; an input of one
// such article keeps the line naming it.
func TestReingestManyWithAnotherDict(t *testing.T) {
	const d1, d2 = "one/ sha256:1a2b3c4d5e6f", "two/ sha256:0f9e8d7c6b5a"
	lines := `{"id":"k1","date":"2024-03-04","text":"Norway and Chile signed a salmon accord in Oslo on Monday."}
{"id":"k2","date":"2024-03-04","text":"Ghana recalled its ambassador from Togo on Monday."}
{"id":"k3","date":"2024-03-04","text":"Kenya and Uganda resumed border talks in Kampala on Monday."}
`
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	dir := t.TempDir()
	many, one := filepath.Join(dir, "many.jsonl"), filepath.Join(dir, "one.jsonl")
	write(t, many, lines)
	write(t, one, strings.SplitAfter(lines, "\n")[1])
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var warns []string
	for _, dict := range []string{d1, d2} {
		warns = nil
		cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1, Dict: dict,
			Warn: collect(&warns, dir+"/")}
		if _, err := Run(context.Background(), cfg, []string{many, one}); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		"many.jsonl: 3 articles stored already (the first many.jsonl:1, article k1), their events coded with --dict " + d1 +
			": this run's --dict " + d2 + " is not applied to them (to code them with these dictionaries, ingest them into a new store)",
		"one.jsonl:1: stored already as article k2, its events coded with --dict " + d1 +
			": this run's --dict " + d2 + " is not applied to it (to code it with these dictionaries, ingest it into a new store)",
	}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
}

// TestReingestWithAnotherDictCounts: the count of a --dict warning is of
// articles, as the input gives them: a JSON Lines record repeated is one
// article, and the pages of a WARC archive, skipped by their address
// before they are read, are counted too (they were not warned of), the
// first named by its record.
func TestReingestWithAnotherDictCounts(t *testing.T) {
	const d1, d2 = "one/ sha256:1a2b3c4d5e6f", "two/ sha256:0f9e8d7c6b5a"
	lines := `{"id":"k1","date":"2024-03-04","text":"Norway and Chile signed a salmon accord in Oslo on Monday."}
{"id":"k2","date":"2024-03-04","text":"Ghana recalled its ambassador from Togo on Monday."}
{"id":"k1","date":"2024-03-04","text":"Norway and Chile signed a salmon accord in Oslo on Monday."}
`
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url, Date: "2024-03-04"})
	}
	dir := t.TempDir()
	jsonl, arch := filepath.Join(dir, "repeat.jsonl"), filepath.Join(dir, "crawl.warc.gz")
	write(t, jsonl, lines)
	var warc []byte
	for i, s := range []string{"Ghana recalled its ambassador from Togo on Monday.", "Kenya and Uganda resumed border talks in Kampala on Monday.", "Peru expelled two Chilean diplomats on Monday."} {
		warc = append(warc, warcRecord(fmt.Sprintf("https://example.org/%d", i+1), "<html><body><p>"+s+"</p></body></html>")...)
	}
	write(t, arch, string(warc))
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var warns []string
	for _, dict := range []string{d1, d2} {
		warns = nil
		cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 3, Dict: dict,
			Warn: collect(&warns, dir+"/")}
		if _, err := Run(context.Background(), cfg, []string{jsonl, arch}); err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(warns) // (the inputs are read at once)
	want := []string{
		"crawl.warc.gz: 3 articles stored already (the first crawl.warc.gz:record 1, article " + dyad.ArticleID("https://example.org/1", "") + "), their events coded with --dict " + d1 +
			": this run's --dict " + d2 + " is not applied to them (to code them with these dictionaries, ingest them into a new store)",
		"repeat.jsonl: 2 articles stored already (the first repeat.jsonl:1, article k1), their events coded with --dict " + d1 +
			": this run's --dict " + d2 + " is not applied to them (to code them with these dictionaries, ingest them into a new store)",
	}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
}
