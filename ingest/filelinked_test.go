package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRunFileThroughFolderLink: one file reached directly and through a
// link to its folder (`dyad ingest news/a.txt link`, link a link to news),
// or through a link to itself, is read once, as the path reached first:
// it was read twice, the second "already stored".
func TestRunFileThroughFolderLink(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	write(t, filepath.Join(news, "a.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(news, "b.txt"), "DATE: 2024-03-05\n\nFrance and Chile signed a deal.")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(news, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(news, "b.txt"), filepath.Join(dir, "b-link.txt")); err != nil {
		t.Fatal(err)
	}
	for _, srcs := range [][]string{
		{filepath.Join(news, "a.txt"), link},
		{link, filepath.Join(news, "a.txt")},
		{news, filepath.Join(link, "a.txt")},
		{filepath.Join(news, "a.txt"), filepath.Join(link, "a.txt"), filepath.Join(news, "b.txt")},
		{filepath.Join(news, "a.txt"), filepath.Join(news, "b.txt"), filepath.Join(dir, "b-link.txt")},
	} {
		db := openDB(t, filepath.Join(t.TempDir(), "dyad.db"))
		sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead}, srcs)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Inputs != 2 || sum.Read != 2 || sum.Added != 2 || sum.Skipped != 0 || len(sum.Failures) != 0 {
			t.Errorf("%q: summary %+v; want a.txt and b.txt read once each", srcs, sum)
		}
	}
}
