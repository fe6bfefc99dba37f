package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNumericFlags: a count or duration flag given under 1 is a usage
// error naming the flag (ingest ran with --workers 0 or --batch -5 and
// exit 0); left at its default it is not checked.
func TestNumericFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	ex := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--db", db, "--workers", "0", ex}, "--workers 0: want 1 or more"},
		{[]string{"ingest", "--db", db, "--workers", "-3", ex}, "--workers -3: want 1 or more"},
		{[]string{"ingest", "--db", db, "--batch", "0", ex}, "--batch 0: want 1 or more"},
		{[]string{"ingest", "--db", db, "--batch", "-5", ex}, "--batch -5: want 1 or more"},
		{[]string{"ingest", "--db", db, "--batch", "0"}, "--batch 0: want 1 or more"},
		{[]string{"worker", "--db", db, "--queue", "nats://127.0.0.1:1", "--max-deliver", "0"}, "--max-deliver 0: want 1 or more"},
		{[]string{"worker", "--db", db, "--queue", "nats://127.0.0.1:1", "--ack-wait", "-1s"}, "--ack-wait -1s: want a duration over 0"},
		{[]string{"status", "--db", db, "--interval", "-2s"}, "--interval -2s: want a duration over 0"},
		{[]string{"bench", dir, "--repeat", "0"}, "--repeat 0: want 1 or more"},
		{[]string{"events", "--db", db, "--limit", "-1"}, "--limit -1: want 0 or more"},
		{[]string{"events", "--db", db, "--after", "-3"}, "--after -3: want 0 or more"},
		{[]string{"export", "--db", db, "--format", "csv", "--after", "-1"}, "--after -1: want 0 or more"},
		{[]string{"code", "--min-confidence", "2", ex}, "--min-confidence 2: want a number from 0 to 1"},
	} {
		if _, errs, code := run(t, c.args...); code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q, want exit 2 and %q", c.args, code, errs, c.want)
		}
	}
	if _, errs, code := run(t, "ingest", "--db", db, "--workers", "2", "--batch", "1", ex); code != 0 {
		t.Errorf("ingest --workers 2 --batch 1: exit %d, %s", code, errs)
	}
}

// TestWARCDateCodeExtract: dyad code and dyad extract date a WARC page
// with no date of its own by its record's WARC-Date, as dyad ingest does
// (article.CaptureDate); they printed its events undated.
func TestWARCDateCodeExtract(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.warc")
	page := "<html><head><title>Relief</title></head><body><article><p>Kenya thanked Japan for flood relief on Monday.</p></article></body></html>"
	if err := os.WriteFile(path, warcRec("https://example.org/relief", page, ""), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "extract", "--jsonl", path)
	if code != 0 || !strings.Contains(out, `"published":"2024-03-06T00:00:00Z"`) || !strings.Contains(out, `"published_from":"warc"`) {
		t.Errorf("extract: exit %d, %s%s", code, out, errs)
	}
	out, errs, code = run(t, "code", path)
	if code != 0 || !strings.Contains(out, `"source":{"code":"KEN"`) || !strings.Contains(out, `"date":"2024-03-04","date_precision":"day"`) {
		t.Errorf("code: exit %d, %s%s", code, out, errs)
	}
}

// TestRepeatedFlags: a flag that says what the data is (a date, an input
// kind, a dictionary, a store, a filter) given twice is a usage error
// naming both values, not a silent last-wins ("--date A a.txt --date B
// b.txt" dated both files B); --format keeps last-wins.
func TestRepeatedFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	ex := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	for _, c := range []struct {
		args             []string
		flag, first, val string
	}{
		{[]string{"code", "--date", "2024-07-13", ex, "--date", "2024-07-14", ex}, "--date", "2024-07-13", "2024-07-14"},
		{[]string{"code", "--input", "text", "--input", "html", ex}, "--input", "text", "html"},
		{[]string{"code", "--dict", dir, "--dict", dir, ex}, "--dict", dir, dir},
		{[]string{"extract", "--date=2024-07-13", "--date=2024-07-13", ex}, "--date", "2024-07-13", "2024-07-13"},
		{[]string{"ingest", "--db", db, "--date", "2024-07-13", "--date", "2024-01-01", ex}, "--date", "2024-07-13", "2024-01-01"},
		{[]string{"ingest", "--db", db, "--db", db + "2", ex}, "--db", db, db + "2"},
		{[]string{"events", "--db", db, "--from", "2018", "--from", "2019"}, "--from", "2018", "2019"},
		{[]string{"export", "--db", db, "--to", "2018", "--to", "2019"}, "--to", "2018", "2019"},
		{[]string{"events", "--db", db, "--root", "19", "--root", "18"}, "--root", "19", "18"},
		{[]string{"export", "--db", db, "--actor", "PRK", "--actor=USA"}, "--actor", "PRK", "USA"},
		{[]string{"serve", "--db", db, "--db", db}, "--db", db, db},
	} {
		want := `dyad: invalid argument "` + c.val + `" for "` + c.flag + `" flag: given twice, first as "` + c.first +
			`": it takes one value for the whole run; give it once` + "\nUsage:\n"
		if out, errs, code := run(t, c.args...); code != 2 || out != "" || !strings.HasPrefix(errs, want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errs, want)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a refused ingest made the store %s (%v)", db, err)
	}
	// --format: the last wins, as before
	out, errs, code := run(t, "code", "--date", "2024-07-13", "--format", "json", "--format", "csv", ex)
	if code != 0 || !strings.HasPrefix(out, "id,") {
		t.Errorf("code --format json --format csv: exit %d, %q, stderr %q; want CSV", code, out[:min(len(out), 40)], errs)
	}
}

// TestDBNotADatabase: a --db file that is no SQLite database (a text
// file given by mistake) is named as the other --db errors name theirs,
// in every command that opens a store (dyad worker too), not as SQLite's "open x: file is
// not a database (26)" or "store: open x: …".
func TestDBNotADatabase(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(junk, []byte(strings.Repeat("a shopping list, not a store\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: --db " + junk + ": file is not a database (give a new file name for a new store, or your store's)\n"
	ex := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	for _, args := range [][]string{
		{"ingest", "--db", junk, ex},
		{"events", "--db", junk},
		{"export", "--db", junk, "--format", "csv"},
		{"serve", "--db", junk, "--addr", "127.0.0.1:0"},
		{"status", "--db", junk},
	} {
		if _, errs, code := run(t, args...); code != 1 || errs != want {
			t.Errorf("%v: exit %d, stderr %q; want 1 and %q", args, code, errs, want)
		}
	}
}

// TestFlagValuePlain: a number, duration or true/false flag whose value
// does not read is said plainly, as the flags' own checks say theirs
// ("--min-confidence 2: want a number from 0 to 1"), exit 2, without Go's
// parser error (`strconv.ParseFloat: parsing "abc": invalid syntax`, a
// new user's complaint, session 67) or the usage.
func TestFlagValuePlain(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"code", "--min-confidence", "abc", "x.txt"}, `dyad: --min-confidence "abc": want a number from 0 to 1` + "\n"},
		{[]string{"eval", "--min-confidence=0,5", "gold.jsonl"}, `dyad: --min-confidence "0,5": want a number from 0 to 1` + "\n"},
		{[]string{"events", "--db", "x.db", "--limit", "ten"}, `dyad: --limit "ten": want a whole number` + "\n"},
		{[]string{"status", "--db", "x.db", "--interval", "5"}, `dyad: --interval "5": want a duration such as 90s, 5m or 1h` + "\n"},
		{[]string{"code", "--why=maybe", "x.txt"}, `dyad: --why "maybe": want true or false` + "\n"},
		{[]string{"code", "--min-confidence", "2", "x.txt"}, "dyad: --min-confidence 2: want a number from 0 to 1\n"},
	} {
		if out, errs, code := run(t, c.args...); code != 2 || out != "" || errs != c.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errs, c.want)
		}
	}
}
