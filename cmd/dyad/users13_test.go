package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmptyFeed: a feed with no items (RSS or Atom) is a failure naming
// the feed and the reason, alike in dyad code, extract and ingest; with
// two inputs the failed one is named.
func TestEmptyFeed(t *testing.T) {
	dir := t.TempDir()
	rss := filepath.Join(dir, "empty.rss")
	atom := filepath.Join(dir, "empty.atom")
	if err := os.WriteFile(rss, []byte(`<rss version="2.0"><channel><title>x</title></channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(atom, []byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>y</title></feed>`), 0o644); err != nil {
		t.Fatal(err)
	}
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("TITLE: Talks\nDATE: 2024-03-04\n\nPresident Emmanuel Macron of France met Chancellor Olaf Scholz in Berlin on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"code", "--format", "json", rss}, "dyad: " + rss + ": feed has no items\ndyad: 1 of 1 input failed\n"},
		{[]string{"code", "--format", "json", story, atom}, "dyad: " + atom + ": feed has no items\ndyad: 1 of 2 inputs failed\n"},
		{[]string{"extract", rss}, "dyad: " + rss + ": feed has no items\ndyad: 1 of 1 input failed\n"},
		{[]string{"ingest", "--db", filepath.Join(dir, "s.db"), atom}, "  failed: " + atom + ": feed has no items\ndyad: 1 input failed (listed above)\n"},
	} {
		_, errs, code := run(t, c.args...)
		if c.args[0] == "ingest" { // past its summary line, which is timed
			_, errs, _ = strings.Cut(errs, "\n")
		}
		if code != 1 || errs != c.want {
			t.Errorf("%v: exit %d, stderr %q; want exit 1, %q", c.args, code, errs, c.want)
		}
	}
}
