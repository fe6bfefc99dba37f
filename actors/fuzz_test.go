package actors_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sentences"
)

// FuzzParse checks that Parse of an arbitrary dictionary file never
// panics and that its errors name the file.
func FuzzParse(f *testing.F) {
	for _, d := range testutil.Files(f, 20, "actors/data/*.txt") {
		if len(d) > 4096 {
			d = d[:4096]
		}
		f.Add(d)
	}
	f.Add([]byte("Yoon Suk Yeol | KORGOV | person | 2022-05-10..2025-04-04\nfoo | bar\n"))
	f.Add([]byte("x | ABC | person | 2025-01-01..2024-01-01 # reversed\n | | |\n"))
	f.Add([]byte("\xff\xfe | PRK | country\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := actors.Parse(bytes.NewReader(data), "user.txt")
		if err != nil && !strings.Contains(err.Error(), "user.txt") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}

// FuzzFind runs the matcher over arbitrary sentences: mentions must lie in
// the sentence, in order, with token indices inside the token list and
// Text == sentence[Span].
func FuzzFind(f *testing.F) {
	for _, d := range testutil.Files(f, 3, "examples/*.txt", "../shared/corpora/guardian_ngec/*") {
		for i, p := range strings.Split(string(d), "\n") {
			if i < 6 && p != "" {
				f.Add(p, "2024-07-13")
			}
		}
	}
	f.Add("South Korea's presidential office and Russia's President Vladimir Putin met.", "")
	f.Add("Yoon Suk Yeol, the US and NATO's chief", "2023-01-01")
	dict, err := actors.Default()
	if err != nil {
		f.Fatal(err)
	}
	m := actors.NewMatcher(dict)
	lx := sentences.NewLexicon()
	f.Fuzz(func(t *testing.T, text, date string) {
		s := &dyad.Sentence{Text: text, Tokens: sentences.Tag(sentences.Tokenize(text), lx)}
		prev := 0
		for _, mn := range m.Find(s, date) {
			if mn.Start < 0 || mn.End < mn.Start || mn.End > len(s.Tokens) {
				t.Fatalf("mention %+v token range outside %d tokens", mn, len(s.Tokens))
			}
			a, b := mn.Span[0], mn.Span[1]
			if a < prev || b < a || b > len(text) {
				t.Fatalf("mention %q span [%d,%d) outside or overlapping in %q", mn.Text, a, b, text)
			}
			if text[a:b] != mn.Text {
				t.Fatalf("mention Text %q != text[%d:%d] %q", mn.Text, a, b, text[a:b])
			}
			prev = b
		}
	})
}
