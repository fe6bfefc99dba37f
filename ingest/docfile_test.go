package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocFile: the names a folder walk takes for documentation, not news.
func TestDocFile(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"README.txt", true}, {"readme", true}, {"Readme.rst", true}, {"README.fr.txt", true},
		{"LICENSE", true}, {"licence.txt", true}, {"NOTICE", true}, {"Notice.TXT", true},
		{"COPYING", true}, {"COPYING.markdown", true}, {"notes.md", true}, {"CHANGES.MD", true},
		{"readme_first_story.txt", false}, // a name that starts with one is news
		{"NOTICE_OF_ELECTION_2024.html", false},
		{"README-fr.txt", false}, {"LICENSE-MIT.txt", false},
		{"NOTICE.html", false}, {"README.2024.txt", false},
		{"notice-to-mariners.txt", false},
		{"licensing-row.html", false},
		{"story.txt", false}, {"md.txt", false}, {"a.mdx", false},
	} {
		if got := docFile(filepath.Join("news", c.name)); got != c.want {
			t.Errorf("%s: %v; want %v", c.name, got, c.want)
		}
	}
}

// TestRunFolderDocs: a corpus folder's README.txt, LICENSE and Markdown
// notes are not read (README.txt was stored as an article), counted
// ignored and warned of once per folder, naming the folder and the files;
// a pattern that matches one warns of it so too; a README named on its
// own is read.
func TestRunFolderDocs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "corpus")
	write(t, filepath.Join(in, "story.txt"), "DATE: 2024-03-04\n\nJapan and Australia signed a pact.")
	write(t, filepath.Join(in, "README.txt"), "This folder holds 3 sample stories from a wire service.\n")
	write(t, filepath.Join(in, "LICENSE"), "Licensed under CC BY 4.0.\n")
	write(t, filepath.Join(in, "sub", "NOTES.md"), "# Notes\n\nThe stories were collected in March.\n")
	write(t, filepath.Join(in, "sub", "b.txt"), "DATE: 2024-03-05\n\nChile and Peru signed a pact.")
	const why = ": README, LICENSE, NOTICE and COPYING files (bare, .txt, .md, …) and *.md files in a folder are documentation, not news (name one to read it)"
	for _, c := range []struct {
		src           string
		read, ignored int
		warned        []string
	}{
		{in, 2, 3, []string{
			in + ": 2 files not read (LICENSE, README.txt)" + why,
			filepath.Join(in, "sub") + ": NOTES.md not read" + why,
		}},
		{filepath.Join(in, "*.txt"), 1, 1, []string{in + ": README.txt not read" + why}},
		{filepath.Join(in, "README.txt"), 1, 0, nil},
	} {
		var warned []string
		db := openDB(t, filepath.Join(t.TempDir(), "dyad.db"))
		sum, err := Run(context.Background(), Config{DB: db, Coder: fakeCoder{}, Read: fakeRead,
			Warn: func(w string) { warned = append(warned, w) }}, []string{c.src})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read != c.read || sum.Ignored != c.ignored || len(sum.Failures) != 0 {
			t.Errorf("%s: summary %+v; want %d read, %d ignored", c.src, sum, c.read, c.ignored)
		}
		if strings.Join(warned, "\n") != strings.Join(c.warned, "\n") {
			t.Errorf("%s: warned\n%s\nwant\n%s", c.src, strings.Join(warned, "\n"), strings.Join(c.warned, "\n"))
		}
	}
}

// TestDocsWarningMany: past three files the warning counts the rest.
func TestDocsWarningMany(t *testing.T) {
	got := docsWarning("news", []string{"LICENSE", "NOTICE", "README", "a.md", "b.md"})
	want := "news: 5 files not read (LICENSE, NOTICE, README and 2 more): README, LICENSE, NOTICE and COPYING files (bare, .txt, .md, …) and *.md files in a folder are documentation, not news (name one to read it)"
	if got != want {
		t.Errorf("%q; want %q", got, want)
	}
}
