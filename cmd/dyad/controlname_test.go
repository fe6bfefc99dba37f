package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestControlCharacterFileName: a file whose name holds a newline is
// named quoted in every message, on one line ("dyad: \"news/bad\\nname.txt\":
// binary data …"), by dyad code, dyad extract and dyad ingest (a folder's
// file too); the message was split in two lines at the newline. Its
// article's events name it so too (source_url). A name with none is
// named as it is.
func TestControlCharacterFileName(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	if err := os.Mkdir(news, 0o755); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(news, "bad\nname.txt")
	good := filepath.Join(news, "good\tone.txt")
	plain := filepath.Join(news, "plain name.txt")
	for p, text := range map[string]string{
		bad:   "garbage\x00\x01",
		good:  "DATE: 2024-03-02\n\nKenya recalled its ambassador from Uganda on Friday.\n",
		plain: "garbage\x00\x01",
	} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q := func(s string) string { return `"` + strings.NewReplacer("\n", `\n`, "\t", `\t`).Replace(s) + `"` }
	missing := filepath.Join(news, "no\nsuch.txt")
	for _, cmd := range []string{"code", "extract"} {
		out, errs, code := run(t, cmd, bad, missing, plain, good)
		want := "dyad: " + q(bad) + ": binary data (NUL byte at byte 7)\n" +
			"dyad: " + q(missing) + ": no such file or directory\n" +
			"dyad: " + plain + ": binary data (NUL byte at byte 7)\n" +
			"dyad: 3 of 4 inputs failed\n"
		if code != 1 || errs != want {
			t.Errorf("%s: exit %d, stderr\n%s\nwant exit 1,\n%s", cmd, code, errs, want)
		}
		if cmd == "code" && (strings.Count(out, "\n") != 1 || !strings.Contains(out, `"code":"KEN"`)) {
			t.Errorf("code: stdout %s, want the good file's one event", out)
		}
		if cmd == "extract" && !strings.Contains(out, `"input": "\"`+filepath.Dir(good)) {
			t.Errorf("extract: stdout %s, want the good file's article, its input quoted", out)
		}
	}
	db := filepath.Join(dir, "x.db")
	_, errs, code := run(t, "ingest", "--db", db, news)
	for _, want := range []string{"  failed: " + q(bad) + ": binary data (NUL byte at byte 7)\n", "  failed: " + plain + ": binary data (NUL byte at byte 7)\n"} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("ingest: exit %d, stderr\n%s\nwant exit 1 and\n%s", code, errs, want)
		}
	}
	out, _, _ := run(t, "events", "--db", db)
	var ev struct {
		SourceURL string `json:"source_url"`
	}
	if err := json.Unmarshal([]byte(out), &ev); err != nil || ev.SourceURL != q(good) {
		t.Errorf("events: %s\nwant the source_url %s", out, q(good))
	}
}
