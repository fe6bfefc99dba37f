package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReaderGone: the write end of a pipe whose read end is closed has
// no reader; one whose reader is there has, once the wait is over.
func TestReaderGone(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if readerGone(w, 10*time.Millisecond) {
		t.Errorf("readerGone with its reader there: true")
	}
	r.Close()
	if !readerGone(w, 0) {
		t.Errorf("readerGone with its reader closed: false")
	}
	// no note, a buffer, a file: nothing to wait for
	if notesUnread(w, false) || notesUnread(&bytes.Buffer{}, true) {
		t.Errorf("notesUnread without a note or a pipe: true")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if notesUnread(f, true) {
		t.Errorf("notesUnread on a file: true")
	}
}

// TestExportNotesUnread: "dyad export --format gdelt | head -1" said "of 2
// GDELT rows, 2 are undated …" after its reader had taken one row (all of
// them fit in the pipe, so no write failed: session 70); it now ends
// quietly, exit 0, as when a write fails on the closed pipe. A reader
// that reads every row still gets the note (so does a file: TestReaderGone).
func TestExportNotesUnread(t *testing.T) {
	db, _ := ingestedStore(t, "u.db", `{"id":"u1","text":"Russia attacked Ukraine on Friday."}
{"id":"u2","text":"Kenyan police arrested 30 protesters in Nairobi."}
`)
	note := "dyad: warning: of 2 GDELT rows, 2 are undated (SQLDATE, MonthYear, Year and FractionDate empty: their articles had no publication date); --format csv or jsonl carries date_precision\n"
	args := []string{"export", "--db", db, "--format", "gdelt"}
	if lines, errs, code := runPiped(t, args, false); lines != 1 || errs != "" || code != 0 {
		t.Errorf("one row read: %d lines, stderr %q, exit %d; want 1, nothing, 0", lines, errs, code)
	}
	if lines, errs, code := runPiped(t, args, true); lines != 2 || errs != note || code != 0 {
		t.Errorf("all rows read: %d lines, stderr %q, exit %d; want 2, %q, 0", lines, errs, code, note)
	}
}
