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
// README, LICENSE (LICENCE), NOTICE or COPYING file, in any case, bare
// or with a documentation extension ("README.txt", "readme",
// "License.md", "NOTICE.rst", "README.fr.txt": docExt), and any Markdown
// file (*.md). A name that only starts with one of them is news
// ("NOTICE_OF_ELECTION_2024.html", "readme_first_story.txt",
// "README-fr.txt": it was skipped as documentation). A corpus folder
// (/work/shared/corpora/gdelt) keeps its README.txt beside the articles;
// it was stored as an article. A file named on the command line is
// always read.
func docFile(path string) bool {
	base := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(base), ".md") {
		return true
	}
	stem, ext, _ := strings.Cut(base, ".")
	for _, d := range []string{"README", "LICENSE", "LICENCE", "NOTICE", "COPYING"} {
		if strings.EqualFold(stem, d) && docExt(ext) {
			return true
		}
	}
	return false
}

// docExt reports the extension of a documentation file, without its
// first dot: none, a text or markup one (txt, text, md, markdown, rst,
// adoc, org), or a language's code before one ("fr.txt"), any case.
func docExt(ext string) bool {
	if lang, rest, ok := strings.Cut(ext, "."); ok {
		if len(lang) != 2 && len(lang) != 5 { // "fr", "pt-BR", "pt_BR"
			return false
		}
		ext = rest
	}
	switch strings.ToLower(ext) {
	case "", "txt", "text", "md", "markdown", "rst", "adoc", "org":
		return true
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
	const why = "README, LICENSE, NOTICE and COPYING files (bare, .txt, .md, …) and *.md files in a folder are documentation, not news (name one to read it)"
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
