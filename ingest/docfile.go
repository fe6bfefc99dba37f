package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad/article"
)

// docFile reports a file found in a folder (or by a pattern) that is a
// project's or a corpus's documentation, not news, by its base name: a
// README, LICENSE (LICENCE), NOTICE or COPYING file, its name up to the
// first dot any case ("README.txt", "readme", "License.md") or starting
// so in capitals ("README-fr.txt", "LICENSE-MIT"), and any Markdown file
// (*.md). A corpus folder (/work/shared/corpora/gdelt) keeps its
// README.txt beside the articles; it was stored as an article. A file
// named on the command line is always read.
func docFile(path string) bool {
	base := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(base), ".md") {
		return true
	}
	stem, _, _ := strings.Cut(base, ".")
	for _, d := range []string{"README", "LICENSE", "LICENCE", "NOTICE", "COPYING"} {
		if strings.EqualFold(stem, d) || strings.HasPrefix(base, d) {
			return true
		}
	}
	return false
}

// docsWarning is the warning of the documentation files (docFile) of the
// folder dir, given by base name in walk order, when there are any:
// "corpora/gdelt: README.txt not read: …", "news: 4 files not read
// (README.txt, LICENSE, notes.md and 1 more): …". "" for none.
func docsWarning(dir string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	const why = "README*, LICENSE*, NOTICE* and *.md files in a folder are documentation, not news (name one to read it)"
	if len(names) == 1 {
		return fmt.Sprintf("%s: %s not read: %s", article.InputName(dir), names[0], why)
	}
	list := strings.Join(names[:min(3, len(names))], ", ")
	if len(names) > 3 {
		list += fmt.Sprintf(" and %d more", len(names)-3)
	}
	return fmt.Sprintf("%s: %d files not read (%s): %s", article.InputName(dir), len(names), list, why)
}

// docNames returns the names of the entries ents of the folder dir, in
// their order, that walk leaves out as documentation (docFile): regular
// files, or links to one, not hidden.
func docNames(dir string, ents []fs.DirEntry) []string {
	var out []string
	for _, d := range ents {
		name := d.Name()
		if strings.HasPrefix(name, ".") || !docFile(name) {
			continue
		}
		typ := d.Type()
		if typ&fs.ModeSymlink != 0 {
			fi, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				continue
			}
			typ = fi.Mode().Type()
		}
		if typ.IsRegular() {
			out = append(out, name)
		}
	}
	return out
}
