package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDeclaredUTF8PageWarning: an HTML page that declares UTF-8 and holds
// a Latin-1 byte is read as UTF-8 by dyad code, dyad extract and dyad
// ingest (the byte as U+FFFD, not "é" guessed from Windows-1252), each
// warning once, naming the page, the line and the byte offset.
func TestDeclaredUTF8PageWarning(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "talks.html")
	story := "<p>The foreign ministers of France and Germany met in Berlin on Tuesday to settle a dispute over farm tariffs.</p>\n"
	page := `<html><head><meta charset="utf-8"><title>Tariff talks</title></head>` + "\n<body><article>\n" + story +
		"<p>The envoys met at a caf\xe9 near the Brandenburg Gate, officials said on Tuesday.</p>\n" + story + "</article></body></html>\n"
	if err := os.WriteFile(in, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	warn := "dyad: warning: " + in + ":4: declares UTF-8 but holds a byte that is not UTF-8, 0xE9 at byte offset " +
		strconv.Itoa(strings.IndexByte(page, 0xe9)) + " (0-based): read as UTF-8, each such byte as U+FFFD, as browsers do\n"
	out, errs, code := run(t, "extract", "--date", "2024-07-13", in)
	if code != 0 || errs != warn || !strings.Contains(out, "met at a caf\uFFFD near") {
		t.Errorf("extract: exit %d, stderr %q, output %q; want exit 0, stderr %q, caf\uFFFD", code, errs, out, warn)
	}
	_, errs, code = run(t, "code", "--date", "2024-07-13", "--format", "json", in)
	if code != 0 || errs != warn {
		t.Errorf("code: exit %d, stderr %q; want exit 0, %q", code, errs, warn)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "x.db"), "--date", "2024-07-13", in)
	if code != 0 || strings.Count(errs, "declares UTF-8") != 1 || !strings.Contains(errs, warn) {
		t.Errorf("ingest: exit %d, stderr %q; want exit 0 and once %q", code, errs, warn)
	}
}
