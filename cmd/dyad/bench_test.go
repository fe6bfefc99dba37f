package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchCmd(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no folder", []string{"bench"}, 2, "bench needs a corpus folder"},
		{"negative workers", []string{"bench", "--workers", "-1", examples}, 2, "--workers -1: want 1 or more"},
		{"missing folder", []string{"bench", "no-such-dir"}, 1, "no-such-dir"},
		{"bad input kind", []string{"bench", "--input", "pdf", examples}, 2, `--input "pdf"`},
		// said before any stage runs, naming the flag (it was "stat /nonexistent: …", exit 1, after the run)
		{"missing --tmp", []string{"bench", "--store", "--tmp", "/nonexistent-dyad-tmp", examples}, 2, "dyad: --tmp /nonexistent-dyad-tmp: no such folder\n"},
		{"--tmp a file", []string{"bench", "--store", "--tmp", filepath.Join(examples, "01_korea_missile_launch.txt"), examples}, 2,
			"dyad: --tmp " + filepath.Join(examples, "01_korea_missile_launch.txt") + ": not a folder (--tmp takes the folder for the temporary stores)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := run(t, tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.wantCode, tt.wantErr)
			}
		})
	}
}

func TestBenchCmdJSON(t *testing.T) {
	one := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	out, errs, code := run(t, "bench", "--json", "--workers", "1", one)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Files  int `json:"files"`
		Stages []struct {
			Stage    string `json:"stage"`
			Articles int    `json:"articles"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var got []string
	for _, s := range r.Stages {
		if s.Articles != 1 {
			t.Errorf("%s: %d articles, want 1", s.Stage, s.Articles)
		}
		got = append(got, s.Stage)
	}
	want := "read+extract,split+tag,actor matching,event coding,end-to-end"
	if r.Files != 1 || strings.Join(got, ",") != want {
		t.Errorf("files %d, stages %q; want 1 and %q", r.Files, got, want)
	}
}

// TestCPUProfileNeverClobbers: --cpuprofile refuses an existing file that
// is not a profile (exit 2, the file unchanged) and accepts a missing, an
// empty or an earlier profile's file.
func TestCPUProfileNeverClobbers(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name    string
		content []byte // nil: no file
		refused bool
	}{
		{"missing", nil, false},
		{"empty", []byte{}, false},
		{"profile", []byte{0x1f, 0x8b, 8, 0}, false},
		{"article", []byte("Kenya recalled its envoy.\n"), true},
		{"one byte", []byte("K"), true},
	} {
		path := filepath.Join(dir, tc.name)
		if tc.content != nil {
			if err := os.WriteFile(path, tc.content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		err := notAProfile(path)
		if (err != nil) != tc.refused {
			t.Errorf("%s: notAProfile = %v, refused want %v", tc.name, err, tc.refused)
		}
	}
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("Kenya recalled its envoy.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Kenya recalled its ambassador to Uganda on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "ingest", "--db", filepath.Join(dir, "s.db"), "--cpuprofile", keep, article)
	if want := "--cpuprofile: " + keep + " exists and is not a CPU profile"; code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("ingest --cpuprofile onto an article: exit %d, %q; want 2 and %q", code, stderr, want)
	}
	if b, _ := os.ReadFile(keep); string(b) != "Kenya recalled its envoy.\n" {
		t.Errorf("keep.txt changed to %q", b)
	}
}

// TestBenchFailedFiles: a file bench cannot read is listed with the
// report, which is still printed, and fails the run as a failed input
// fails every command (exit 1, a closing line on standard error saying
// where the list is); the list says "1 file failed", not "1 files".
func TestBenchFailedFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(good, []byte("DATE: 2024-03-04\n\nChile and Kenya signed a fisheries pact in Nairobi on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "bench", "--workers", "1", dir)
	if want := "1 file failed:\n  " + empty + ": empty input\n"; code != 1 || !strings.HasSuffix(out, want) ||
		errs != "dyad: 1 file failed (listed above); the stages after read+extract leave it out\n" {
		t.Errorf("bench: exit %d, stdout %q, stderr %q; want exit 1, the report ending %q", code, out, errs, want)
	}
	out, errs, code = run(t, "bench", "--json", "--workers", "1", good, empty)
	var r struct {
		Files    int `json:"files"`
		Failures []struct{ Input, Error string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 1 || r.Files != 2 || len(r.Failures) != 1 ||
		r.Failures[0].Input != empty || r.Failures[0].Error != "empty input" ||
		errs != "dyad: 1 file failed (listed in the JSON report); the stages after read+extract leave it out\n" {
		t.Errorf("bench --json: exit %d, report %+v (%v), stderr %q", code, r, err, errs)
	}
	if _, errs, code := run(t, "bench", "--workers", "1", good); code != 0 || errs != "" {
		t.Errorf("bench of a readable file: exit %d, stderr %q; want 0 and nothing", code, errs)
	}
}

// TestBenchFailedFilesKept: a failed file whose complete articles the
// stages after read+extract still measure (a feed cut off after its first
// item) is said so, not "left out" as the message said of every failed
// file; a file that gave nothing is left out, and the report's first line
// says "1 file", not "1 files".
func TestBenchFailedFilesKept(t *testing.T) {
	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.rss")
	empty := filepath.Join(dir, "empty.txt")
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Arrests</title><link>https://example.org/1</link><description>Kenyan police arrested 12 protesters in Nairobi on Tuesday.</description></item>
<item><title>More</title><link>https://example.org/2</link><descr`
	if err := os.WriteFile(cut, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "bench", "--workers", "1", cut)
	if code != 1 || !strings.HasPrefix(out, "corpus: "+cut+" — 1 file (0 HTML), ") ||
		errs != "dyad: 1 file failed (listed above); the stages after read+extract measure its articles read before the fault\n" {
		t.Errorf("bench cut.rss: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 2 && f[0] == "end-to-end" && f[1] != "1" {
			t.Errorf("bench cut.rss: end-to-end measured %s articles, want the 1 before the cut:\n%s", f[1], out)
		}
	}
	out, errs, code = run(t, "bench", "--json", "--workers", "1", cut, empty)
	var r struct {
		Failures []struct{ Input string }
		Kept     int `json:"failures_kept"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 1 || len(r.Failures) != 2 || r.Kept != 1 ||
		errs != "dyad: 2 files failed (listed in the JSON report); the stages after read+extract leave 1 out and measure the articles read from 1 before the fault\n" {
		t.Errorf("bench --json cut.rss empty.txt: exit %d, report %+v (%v), stderr %q", code, r, err, errs)
	}
}

// TestBenchEmptyFolder: a folder holding no file dyad reads, named beside
// others, is said as one named alone is (exit 1, before any stage runs),
// as dyad ingest fails it ("no files in directory"); it was passed over
// unsaid, the report measuring the other paths as if it were all.
func TestBenchEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("DATE: 2024-03-04\n\nChile and Kenya signed a fisheries pact in Nairobi on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(empty, "photo.jpg"), []byte("\xff\xd8\xff"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: " + empty + ": no files dyad ingest reads (text, web pages, feeds, JSON Lines, WARC archives)\n"
	for _, args := range [][]string{{good, empty}, {empty}} {
		out, errs, code := run(t, append([]string{"bench", "--workers", "1"}, args...)...)
		if code != 1 || out != "" || errs != want {
			t.Errorf("bench %v: exit %d, stdout %q, stderr %q; want exit 1 and %q", args, code, out, errs, want)
		}
	}
}
