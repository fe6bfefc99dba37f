package sentences_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sentences"
)

// fuzzParagraphs adds paragraphs of a few example and corpus files as seeds.
func fuzzParagraphs(f *testing.F) {
	root := testutil.RepoRoot(f)
	for _, g := range []string{"examples/*.txt", "../shared/corpora/guardian_ngec/*", "../shared/corpora/bbc_politics/*"} {
		paths, _ := filepath.Glob(filepath.Join(root, g))
		if len(paths) > 3 {
			paths = paths[:3]
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			for i, para := range strings.Split(string(data), "\n\n") {
				if i >= 4 {
					break
				}
				f.Add(para)
			}
		}
	}
	f.Add("Mr. Kim said on Jan. 5 that the U.S. would \"act.\" Others disagreed!")
	f.Add("North Korea’s foreign ministry denounced the drills … «Seoul» — it said.")
	f.Add("\x00\xff\xfe a\u0301 \u200b\U0001F600.")
}

// FuzzSplitText checks SplitText never panics and returns non-blank,
// valid pieces for valid input.
func FuzzSplitText(f *testing.F) {
	fuzzParagraphs(f)
	f.Fuzz(func(t *testing.T, p string) {
		for _, s := range sentences.SplitText(p) {
			if utf8.ValidString(p) && !utf8.ValidString(s) {
				t.Errorf("SplitText(%q) gave invalid UTF-8 piece %q", p, s)
			}
		}
	})
}

// FuzzTokenize checks that Tokenize and Tag give tokens whose spans lie in
// the text, in order, with Text == text[Start:End], and that Tag keeps them.
func FuzzTokenize(f *testing.F) {
	fuzzParagraphs(f)
	lx := sentences.NewLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		toks := sentences.Tokenize(text)
		checkTokens(t, text, toks)
		tagged := sentences.Tag(toks, lx)
		if len(tagged) != len(toks) {
			t.Fatalf("Tag changed the token count: %d → %d", len(toks), len(tagged))
		}
		checkTokens(t, text, tagged)
		for _, s := range sentences.Split(&dyad.Article{Title: text, Body: []string{text, text}}, lx) {
			checkTokens(t, s.Text, s.Tokens)
		}
	})
}

func checkTokens(t *testing.T, text string, toks []dyad.Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End < tk.Start || tk.End > len(text) {
			t.Fatalf("token %d %q span [%d,%d) out of order or outside text of %d bytes %q", i, tk.Text, tk.Start, tk.End, len(text), text)
		}
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d Text %q != text[%d:%d] %q in %q", i, tk.Text, tk.Start, tk.End, text[tk.Start:tk.End], text)
		}
		prev = tk.End
	}
}
