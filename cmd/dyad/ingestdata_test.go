package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestGDELTFolder: dyad ingest of the shared corpora's gdelt/
// folder (two GDELT .csv samples, a GKG record written field by field in
// a .txt, a README) stores nothing and fails nothing, exit 0: the GKG
// record is skipped with a warning naming it and saying what it is (it
// failed the run, exit 1); named alone it still fails.
func TestIngestGDELTFolder(t *testing.T) {
	gdelt := filepath.Join(sharedDir(t), "corpora", "gdelt")
	gkg := filepath.Join(gdelt, "gkg_excerpt_20250915130000-1.txt")
	if _, err := os.Stat(gkg); err != nil {
		t.Skipf("no GKG excerpt in the shared corpora: %v", err)
	}
	db := filepath.Join(t.TempDir(), "g.db")
	_, errs, code := run(t, "ingest", "--db", db, gdelt)
	want := "dyad: warning: " + gkg + ": not read: GDELT records (fields GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONID), not an article (name the file with --input text to read it as text anyway)\n"
	if code != 0 || !strings.Contains(errs, want) || !strings.Contains(errs, " 0 failures;") {
		t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant exit 0, no failure and:\n%s", gdelt, code, errs, want)
	}
	if _, errs, code := run(t, "ingest", "--db", db, gkg); code != 1 || !strings.Contains(errs, "GDELT records (fields GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONID), not an article; dyad codes news text") {
		t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant exit 1, the file failed as GDELT records", gkg, code, errs)
	}
}
