package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddDirEveryError: a --dict directory with several bad lines reports
// them all in one run, in the order of their lines, whether a line does
// not parse or its code names no country; a line that is not UTF-8 names
// the byte and its column, not the replacement character.
func TestAddDirEveryError(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"bad code, kind and fields", "Foo Brigade | XXXGOV | org\nBar Party | GBROPP | orgg\nBaz | GBR\n",
			`:1: code "XXXGOV": XXX is no country of the dictionary, no role and none of IGO, NGO, IMG, MNC` + "\n" +
				`%:2: unknown kind "orgg" (want country, adjective, capital, org, agent or person)` + "\n" +
				`%:3: want 3 to 5 fields separated by " | ", got 2`},
		{"not UTF-8", "Foo Brigade | GBRREB | org\nCaf\xe9 Rebels | GBRREB | org\n",
			`:2: invalid UTF-8 (byte 0xE9 at column 4): save the file as UTF-8`},
		{"byte order mark of UTF-16", "\xff\xfe bad | GBR | org\n",
			`:1: invalid UTF-8 (byte 0xFF at column 1): save the file as UTF-8`},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, "mine.txt")
		if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		n := len(d.Entries)
		err := d.AddDir(dir)
		want := path + strings.ReplaceAll(tc.want, "\n%", "\n"+path)
		if err == nil || err.Error() != want {
			t.Errorf("%s: AddDir error = %v\nwant %s", tc.name, err, want)
		}
		if len(d.Entries) != n {
			t.Errorf("%s: %d entries added on error", tc.name, len(d.Entries)-n)
		}
	}
}

// TestAddDirEveryFaultOfLine: a --dict line with several faults reports
// each, "file:line: …" every one, in the order of its fields, and the
// dictionary is refused; a line of the wrong number of fields has its
// phrase, code and kind checked too, but a kind in the code's place (a
// line of 2, "Mira Kalden  NORGOV | person") is not called a bad code.
func TestAddDirEveryFaultOfLine(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Lake Brigade!? | gbrreb | orgg\n" +
		"Tomas Vinter | SWEGOV | org | 2031-05-01..2030-02-30 | head of stat\n" +
		"Ferry Union* | GBRlab\n" +
		"Mira Kalden  NORGOV | person\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	n := len(d.Entries)
	err = d.AddDir(dir)
	want := []string{
		`:1: phrase "Lake Brigade!?": characters '!' and '?' not allowed`,
		`:1: code "gbrreb": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)`,
		`:1: unknown kind "orgg" (want country, adjective, capital, org, agent or person)`,
		`:2: date "2030-02-30": no such date`,
		`:2: office "head of stat" on kind org (only person entries take one)`,
		`:2: office "head of stat": want one of head of state, head of government, head of state and government, foreign minister, defence minister, vice president, optionally after "acting "`,
		`:3: want 3 to 5 fields separated by " | ", got 2`,
		`:3: phrase "Ferry Union*": character '*' not allowed`,
		`:3: code "GBRlab": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)`,
		// a "|" missing before the code: the kind is no bad code
		`:4: want 3 to 5 fields separated by " | ", got 2`,
	}
	for i := range want {
		want[i] = path + want[i]
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("AddDir error =\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}
	if len(d.Entries) != n {
		t.Errorf("%d entries added on error", len(d.Entries)-n)
	}
}
