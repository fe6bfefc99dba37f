package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCodeStrayBOMs: an HTML page with a stray UTF-16 byte order mark in
// a sentence ("Monday \xff\xfe officials") is coded as the page without
// it, RUS 194 UKR, the bytes dropped with a warning naming the input;
// it gave no event (a new user's page, session 67).
func TestCodeStrayBOMs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(in, []byte("<html><body><p>Russia shelled Kharkiv on Monday \xff\xfe officials said.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-07-16", in)
	evs := projectLines(t, out)
	want := "dyad: warning: " + in + ":1: a stray byte order mark (0xFF 0xFE) at byte offset 48 (0-based): dropped\n"
	if code != 0 || errs != want || len(evs) != 1 || evs[0].Source != "RUS" || evs[0].CAMEO != "194" || evs[0].Target != "UKR" || evs[0].Date != "2024-07-15" {
		t.Errorf("exit %d, events %+v, stderr:\n%s\nwant exit 0, RUS 194 UKR 2024-07-15, stderr:\n%s", code, evs, errs, want)
	}
}
