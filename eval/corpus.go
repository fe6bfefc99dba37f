package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// SentenceHash is the SHA256 a gold line gives for a corpus sentence: the
// first 16 hex digits of the SHA-256 of its text.
func SentenceHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// FromCorpus prepares the gold lines that refer to corpus sentences
// (Gold.File) for scoring: it reads each article from dir (the corpus
// folder), codes the whole article with c (so that a sentence's pronouns
// and "the ministry" resolve as in real use), fills each line's Text with
// its sentence (split returns an article's sentences by index, once per
// article) and its Date with the article's,
// and returns a Coder that gives, for a gold line's id, the events of its
// sentence: those coded there, and those told again there that the coder
// folded into an earlier mention (dyad.Event.Also). Lines with a Text are
// coded by c as usual.
//
// Errors name the gold file, the line's number and its id
// ("gold.jsonl:12: sentence rn012: …"): an article that cannot be read or
// holds more than one article, a sentence index past the article's end,
// a sentence whose hash is not the annotated one (the corpus or the
// sentence splitter changed). Every failing line is checked and named, up
// to MaxLineErrors of them, one a line, then their count.
func FromCorpus(gold []Gold, name, dir string, c Coder, split func(a *dyad.Article) map[int]string) (Coder, error) {
	var errs lineErrors
	byFile := map[string][]int{}
	var files []string
	for i, g := range gold {
		if g.File == "" {
			continue
		}
		if c := filepath.ToSlash(filepath.Clean(g.File)); filepath.IsAbs(g.File) || c == ".." || strings.HasPrefix(c, "../") {
			errs.add(name, g, fmt.Sprintf("file %q: want a path inside the corpus folder", g.File))
			continue
		}
		if byFile[g.File] == nil {
			files = append(files, g.File)
		}
		byFile[g.File] = append(byFile[g.File], i)
	}
	slices.Sort(files)
	if err := noCorpus(name, dir, files); err != nil {
		return nil, err
	}
	cc := corpusCoder{Coder: c, evs: map[string][]dyad.Event{}, why: map[string]func(string) string{}}
	for _, file := range files {
		idx := byFile[file]
		a, err := ReadArticle(dir, file)
		if err != nil {
			for _, k := range idx {
				errs.add(name, gold[k], err.Error())
			}
			continue
		}
		texts := split(a)
		var evs []dyad.Event
		var why func(sentence int, root string) string
		if x, ok := c.(SentenceExplainer); ok {
			evs, why = x.WhyIn(a)
		} else {
			evs = c.Code(a)
		}
		for _, k := range idx {
			g := &gold[k]
			text, err := sentenceText(texts, dir, file, *g.Sentence, g.SHA256)
			if err != nil {
				errs.add(name, *g, err.Error())
				continue
			}
			g.Text = text
			if g.Date == "" {
				g.Date = a.Published
			}
			mine := []dyad.Event{}
			for _, e := range evs {
				told := e.Sentence == *g.Sentence
				for _, m := range e.Also {
					told = told || m.Sentence == *g.Sentence
				}
				if told {
					mine = append(mine, e)
				}
			}
			cc.evs[g.ID] = mine
			if why != nil {
				i := *g.Sentence
				cc.why[g.ID] = func(root string) string { return why(i, root) }
			}
		}
	}
	if err := errs.err(name); err != nil {
		return nil, err
	}
	return cc, nil
}

// ReadArticle reads the one article of the corpus file file (a slash
// path relative to the corpus folder dir). Errors: no such file (naming
// the folder looked in), an unreadable or unparsable file, a file that
// holds more or fewer than one article.
func ReadArticle(dir, file string) (*dyad.Article, error) {
	path := filepath.Join(dir, filepath.FromSlash(file))
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no file %s (is %s the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable)", path, dir)
	}
	if err != nil {
		return nil, err
	}
	arts, err := article.Read(path, data, article.Options{})
	if err != nil {
		return nil, err
	}
	if len(arts) != 1 {
		return nil, fmt.Errorf("%s holds %d articles, want 1", path, len(arts))
	}
	return arts[0], nil
}

// noCorpus is the one error for a corpus folder dir that holds none of
// files, the corpus files the gold file name refers to: dir missing, not
// a folder, or not the corpus folder (none of files there, when there are
// two or more): "gold.jsonl: no corpus folder ../shared/corpora (its
// lines refer to 312 corpus files): name it with --corpora or the
// DYAD_CORPORA environment variable". Every line failing with "no file"
// said the same twenty times, then their count. It is nil when dir holds
// one of files (each line missing its file is then said by ReadArticle).
func noCorpus(name, dir string, files []string) error {
	if len(files) == 0 {
		return nil
	}
	refer := fmt.Sprintf("its lines refer to %d corpus files", len(files))
	if len(files) == 1 {
		refer = "its lines refer to a corpus file"
	}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no corpus folder %s (%s): name it with --corpora or the DYAD_CORPORA environment variable", name, dir, refer)
	case err != nil:
		return fmt.Errorf("%s: corpus folder: %w", name, err)
	case !fi.IsDir():
		return fmt.Errorf("%s: corpus folder %s is not a folder (%s): name the folder with --corpora or the DYAD_CORPORA environment variable", name, dir, refer)
	case len(files) < 2:
		return nil
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); !errors.Is(err, fs.ErrNotExist) {
			return nil
		}
	}
	return fmt.Errorf("%s: %s holds none of the %d corpus files its lines refer to (the first %s): is it the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable", name, dir, len(files), files[0])
}

// MaxLineErrors is how many failing gold lines FromCorpus names; it
// counts the others.
const MaxLineErrors = 20

// lineErrors collects the failing lines of a gold file.
type lineErrors []lineError

// lineError is a failing gold line: its line number and its message
// ("FILE:LINE: sentence ID: what").
type lineError struct {
	line int
	msg  string
}

// add records that gold line g of the file name failed.
func (e *lineErrors) add(name string, g Gold, what string) {
	e.addAt(name, g.Line, "sentence "+g.ID+": "+what)
}

// addAt records that line line of the file name failed
// ("FILE:LINE: what"; "FILE: what" for line 0).
func (e *lineErrors) addAt(name string, line int, what string) {
	at := name
	if line > 0 {
		at = fmt.Sprintf("%s:%d", name, line)
	}
	*e = append(*e, lineError{line, at + ": " + what})
}

// err is nil when no line failed, else the first MaxLineErrors failing
// lines in file order, one a line, and the count of the others.
func (e lineErrors) err(name string) error {
	if len(e) == 0 {
		return nil
	}
	slices.SortStableFunc(e, func(a, b lineError) int { return a.line - b.line })
	var msgs []string
	for _, l := range e[:min(len(e), MaxLineErrors)] {
		msgs = append(msgs, l.msg)
	}
	if len(e) > MaxLineErrors {
		msgs = append(msgs, fmt.Sprintf("%s: %d more corpus lines fail (%d in all)", name, len(e)-MaxLineErrors, len(e)))
	}
	return errors.New(strings.Join(msgs, "\n"))
}

// SentenceExplainer is a Coder that says why it set candidates aside, by
// sentence: WhyIn codes a whole article and returns its events and, for a
// sentence index and a CAMEO root, the reason it gave for setting aside
// its first candidate of that root there. FromCorpus uses it so that the
// misses of corpus sentences are counted by reason, as Explainer's are.
type SentenceExplainer interface {
	Coder
	WhyIn(a *dyad.Article) ([]dyad.Event, func(sentence int, root string) string)
}

// corpusCoder answers with the events FromCorpus coded for a corpus
// sentence's gold id (and, when the coder explains, its reasons), and
// codes the other lines with the coder.
type corpusCoder struct {
	Coder
	evs map[string][]dyad.Event
	why map[string]func(root string) string
}

func (cc corpusCoder) Code(a *dyad.Article) []dyad.Event {
	if evs, ok := cc.evs[a.ID]; ok {
		return evs
	}
	return cc.Coder.Code(a)
}

// Why makes corpusCoder an Explainer: the reasons of a corpus sentence,
// or of the coder for a line with text (none when it does not explain).
func (cc corpusCoder) Why(a *dyad.Article) ([]dyad.Event, func(root string) string) {
	if evs, ok := cc.evs[a.ID]; ok {
		why := cc.why[a.ID]
		if why == nil {
			why = func(string) string { return "" }
		}
		return evs, why
	}
	if x, ok := cc.Coder.(Explainer); ok {
		return x.Why(a)
	}
	return cc.Coder.Code(a), func(string) string { return "" }
}
