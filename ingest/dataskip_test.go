package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// TestRunFolderDataFile: a text file of data found in a folder (a GDELT
// GKG record written as "FIELD = value" lines) is not read: it is
// counted ignored and named in a warning saying what it is, and the run
// has no failure; named on the command line it fails, saying why.
func TestRunFolderDataFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "corpus")
	gkg := filepath.Join(in, "gkg_record.txt")
	write(t, filepath.Join(in, "story.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a defence pact in Tokyo on Monday.\n")
	write(t, gkg, "GKGRECORDID = 20240304120000-7\nV2.1DATE = 20240304120000\nV2SOURCECOLLECTIONID = 1\nV2SOURCECOMMONNAME = example.org\n")
	read := func(name string, data []byte, url string) ([]*dyad.Article, error) {
		return article.Read(name, data, article.Options{URL: url})
	}
	var warned []string
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	cfg := Config{DB: db, Coder: fakeCoder{}, Read: read, Workers: 1, Warn: func(w string) { warned = append(warned, w) }}
	sum, err := Run(context.Background(), cfg, []string{in})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 1 || sum.Ignored != 1 || len(sum.Failures) != 0 {
		t.Errorf("folder: summary %+v; want 1 read, 1 ignored, no failure", sum)
	}
	want := gkg + ": not read: GDELT records (fields GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONID), not an article (name the file with --input text to read it as text anyway)"
	if strings.Join(warned, "\n") != want {
		t.Errorf("folder: warned\n%s\nwant\n%s", strings.Join(warned, "\n"), want)
	}
	sum, err = Run(context.Background(), cfg, []string{gkg})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) != 1 || sum.Failures[0].Err != "GDELT records (fields GKGRECORDID, V2.1DATE, V2SOURCECOLLECTIONID), not an article; dyad codes news text (--input text to read it as text anyway)" {
		t.Errorf("named: failures %+v; want the file failed as GDELT records", sum.Failures)
	}
}
