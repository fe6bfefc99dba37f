package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDictOtherFiles: the files of a --dict folder that are not *.txt
// files are named in a warning, as not read, where they were skipped
// without a word (a people.TXT or names.csv of the user's phrases never
// applied; known leftover); the *.txt files are read as before, and a
// folder holding none names what it holds. Hidden files and backups are
// not named.
func TestDictOtherFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "mine.txt", []byte("Zenda Liberation Front | RUSREB | org\n"))
	writeFile(t, dir, "people.TXT", []byte("Rudolf Rassendyll | RUSGOV | person\n"))
	writeFile(t, dir, "notes.md", []byte("my phrases\n"))
	writeFile(t, dir, "old/groups.txt", []byte("x | USA | country\n"))
	writeFile(t, dir, ".DS_Store", []byte{0})
	writeFile(t, dir, "mine.txt~", []byte("x\n"))
	story := writeFile(t, t.TempDir(), "story.txt", []byte("DATE: 2024-07-13\n\nThe Zenda Liberation Front attacked a Georgian border post on Friday.\n"))
	r := hostile(t, 20*time.Second, 300*mib, "code", "--dict", dir, "--format", "csv", story)
	want := "dyad: warning: --dict " + dir + ": not read: notes.md, old/, people.TXT (the dictionary files are the folder's *.txt files)\n"
	if r.code != 0 || !strings.Contains(r.stderr, want) || strings.Count(r.stderr, "--dict") != 1 {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 0 and %q", r.code, r.stderr, want)
	}
	// mine.txt still applies: the front is RUSREB
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], ",0,2024-07-12,day,text,RUSREB,Zenda Liberation Front,RUS,REB,The Zenda Liberation Front,GEOMIL,Georgia,GEO,MIL,Georgian,190,19,4,-10.0,ASSAULT,,asserted,") {
		t.Errorf("stdout:\n%s\nwant one event, RUSREB 190 GEOMIL asserted, the front coded by mine.txt", r.stdout)
	}

	only := t.TempDir()
	writeFile(t, only, "people.TXT", []byte("Rudolf Rassendyll | RUSGOV | person\n"))
	writeFile(t, only, "names.csv", []byte("a,b\n"))
	_, errs, code := run(t, "code", "--dict", only, story)
	if want := "dyad: --dict " + only + ": no dictionary files (*.txt) in it, only names.csv, people.TXT\n"; code != 2 || errs != want {
		t.Errorf("a folder of no *.txt: exit %d, stderr %q; want 2 and %q", code, errs, want)
	}
	if got := notDictEntries(filepath.Join(only, "nonexistent")); got != nil {
		t.Errorf("notDictEntries of no folder = %q, want none", got)
	}
}
