package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoTextWording: dyad code and dyad ingest say an input with no
// story text in the same words (article.NoText), ingest adding that it
// stored nothing: a text file of headers alone was "no story text found
// (a title only: …)" in code and "no story text on the page (empty or
// truncated)" in ingest, and an empty HTML page "no text found (no title,
// no story)" and "no story text on the page" (known leftover).
func TestNoTextWording(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, data, why string }{
		{"hdr.txt", "TITLE: Peru recalls envoy\nDATE: 2024-03-02\n\n", "no story text found (a title only: an empty, navigation-only or truncated page)"},
		{"blank.html", "<html><head></head><body><script>var x;</script></body></html>", "no text found (no title, no story)"},
	} {
		in := filepath.Join(dir, c.name)
		if err := os.WriteFile(in, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errs, code := run(t, "code", in)
		if code != 1 || !strings.Contains(errs, "dyad: "+in+": "+c.why+"\n") {
			t.Errorf("code %s: exit %d, stderr:\n%s\nwant exit 1 and %q", c.name, code, errs, in+": "+c.why)
		}
		_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, c.name+".db"), in)
		if code != 1 || !strings.Contains(errs, "  failed: "+in+": "+c.why+": not stored\n") {
			t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant exit 1 and %q", c.name, code, errs, in+": "+c.why+": not stored")
		}
	}
}
