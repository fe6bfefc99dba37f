package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCutOffPageNotUndated: a page cut off is said to be so and fails;
// it is not also warned of as having no publication date.
func TestCutOffPageNotUndated(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cut.html")
	if err := os.WriteFile(page, []byte("<!doctype html><html><head><title>Kenya and Chile resume flights</title></head><body>"+
		"<p>Kenya and Chile agreed on Monday to resume direct flights between their capitals.</p><p>Officials said the first"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "code", "--format", "table", page)
	want := "dyad: " + page + ":1: HTML page cut off after 2 paragraphs (it opens <html> or <body> and never closes it)\n" +
		"dyad: 1 of 1 inputs failed\n"
	if code != 1 || errs != want {
		t.Errorf("exit %d, standard error:\n%s\nwant:\n%s", code, errs, want)
	}
}
