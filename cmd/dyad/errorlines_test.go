package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestErrorLinesPrefixed: an error of several lines (a dictionary with two
// faulty lines) prints each line prefixed "dyad: ", not the first alone.
func TestErrorLinesPrefixed(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "dict")
	if err := os.Mkdir(dict, 0o755); err != nil {
		t.Fatal(err)
	}
	people := filepath.Join(dict, "people.txt")
	if err := os.WriteFile(people, []byte("Ana Ruiz | !!! | person\nLone Phrase\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Police arrested ten protesters in Lima on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: " + people + `:1: code "!!!": want upper-case letters in groups of 3 (PRK, KORGOV, IGOWSTNAT)` + "\n" +
		"dyad: " + people + `:2: want "phrase | CODE | kind [| FROM..TO [| office]]", got "Lone Phrase"` + "\n"
	if _, errs, code := run(t, "code", "--dict", dict, art); code != 2 || errs != want {
		t.Errorf("exit %d, stderr:\n%s\nwant 2 and:\n%s", code, errs, want)
	}
}

// TestTruncatedStore: a store cut short (a partial copy) is said to be
// damaged or truncated, naming the flag, by the commands that read it and
// by ingest, which refuses it and leaves it as it was.
func TestTruncatedStore(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Police arrested ten protesters in Lima on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	full := filepath.Join(dir, "full.db")
	if _, errs, code := run(t, "ingest", "--db", full, "--date", "2024-03-06", art); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(full)
	if err != nil {
		t.Fatal(err)
	}
	part := filepath.Join(dir, "part.db")
	if err := os.WriteFile(part, data[:5000], 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: --db " + part + ": the store is damaged or truncated (SQLite: database disk image is malformed): " +
		"restore it from a copy, or give a new file name for a new store\n"
	for _, args := range [][]string{
		{"events", "--db", part},
		{"export", "--db", part},
		{"ingest", "--db", part, "--date", "2024-03-06", art},
	} {
		if _, errs, code := run(t, args...); code != 1 || errs != want {
			t.Errorf("%v: exit %d, stderr %q; want 1 and %q", args, code, errs, want)
		}
	}
	after, err := os.ReadFile(part)
	if err != nil || string(after) != string(data[:5000]) {
		t.Errorf("the truncated store changed (err %v)", err)
	}
}

// TestStoreFolderMissing: ingest --db in a folder that does not exist says
// so, naming the flag and the folder, and creates nothing.
func TestStoreFolderMissing(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Police arrested ten protesters in Lima on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "no", "such")
	db := filepath.Join(folder, "s.db")
	want := "dyad: --db " + db + ": cannot create the store: the folder " + folder +
		" does not exist (create it first, or give a path in an existing folder)\n"
	if _, errs, code := run(t, "ingest", "--db", db, "--date", "2024-03-06", art); code != 1 || errs != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, errs, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("ingest created the missing folder")
	}
}
