package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeQuickStart: every file or folder the README's Quick start
// commands read exists in the repository (a fresh user found story.txt,
// corpus/ and crawl.warc.gz named there and nowhere), and the changelog
// it links to is there.
func TestReadmeQuickStart(t *testing.T) {
	root := filepath.Join("..", "..")
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	_, rest, ok := strings.Cut(readme, "## Quick start\n")
	if !ok {
		t.Fatal("README has no Quick start")
	}
	_, block, ok := strings.Cut(rest, "```sh\n")
	if ok {
		block, _, ok = strings.Cut(block, "```")
	}
	if !ok {
		t.Fatal("Quick start has no sh block")
	}
	path := regexp.MustCompile(`^[\w./-]+(\.(txt|jsonl|html|rss|atom|xml|warc|warc\.gz)|/)$`)
	n := 0
	for _, line := range strings.Split(block, "\n") {
		line, _, _ = strings.Cut(line, "#")
		line, _, _ = strings.Cut(line, ">") // an output file
		for _, w := range strings.Fields(line) {
			if !path.MatchString(w) || strings.Contains(w, "://") {
				continue
			}
			n++
			if _, err := os.Stat(filepath.Join(root, w)); err != nil {
				t.Errorf("Quick start reads %s, which is not in the repository", w)
			}
		}
	}
	if n < 3 {
		t.Errorf("Quick start reads %d files, want the examples and a gold set", n)
	}
	if !strings.Contains(readme, "(CHANGELOG.md)") {
		t.Error("README does not link CHANGELOG.md")
	}
	if _, err := os.Stat(filepath.Join(root, "CHANGELOG.md")); err != nil {
		t.Error(err)
	}
	// the event record section says how an implied actor is written
	if rec := section(readme, "## The event record", "\n## "); !strings.Contains(rec, "implied but not\n  named") || !strings.Contains(rec, "span `[0,0]`") {
		t.Error("README's event record section does not say that an implied actor has an empty text and span [0,0]")
	}
}

// section is the part of s from the line starting with head to the next
// end (or s's end); "" when s has no such line.
func section(s, head, end string) string {
	i := strings.Index(s, head)
	if i < 0 {
		return ""
	}
	s = s[i+len(head):]
	if j := strings.Index(s, end); j >= 0 {
		s = s[:j]
	}
	return s
}
