package article

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/testutil"
)

// TestClean checks clean's no-copy fast path against its definition,
// strings.Join(strings.Fields(dropFormat(s)), " "), on the white space
// Fields knows and the format characters dropFormat drops.
func TestClean(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\vb", "a\fb", "a\rb",
		"Seoul\u00a0said", "Seoul\u0085said", "Seoul\u2009said", "Seoul\u3000", "\u00a0Seoul",
		"naïve café", "Kyiv’s forces", "bad \xff byte", "\xff", "x\u200by", "end.  ",
		"Khar\u00adkiv", "\ufeffNairobi", "in \u200b Nairobi", "a\u2060b\u200d", "bad \xff\u200b byte",
	} {
		want := strings.Join(strings.Fields(dropFormat(s)), " ")
		if got := clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
		if isClean(s) != (s == want) {
			t.Errorf("isClean(%q) = %v, want %v", s, isClean(s), s == want)
		}
	}
}

// TestHasBoilerPhrase checks the indexed phrase search against one
// strings.Contains per phrase.
func TestHasBoilerPhrase(t *testing.T) {
	cases := []string{"", "s", "sign up for our newsletter", "please sign up for free today", "© 2024 afp",
		"the minister signed up to the treaty", "click her", "click here", "more to follo", "more to follow",
		"read the privacy policy.", "subscribe fo", "subscribe for x", "x junk folder"}
	for _, w := range boilerPhrases {
		cases = append(cases, w, "x "+w, w[:len(w)-1], "x "+w[1:])
	}
	for _, s := range cases {
		want := false
		for _, w := range boilerPhrases {
			if strings.Contains(s, w) {
				want = true
			}
		}
		if got := hasBoilerPhrase(s); got != want {
			t.Errorf("hasBoilerPhrase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCreditHint checks the indexed search against one strings.Contains
// per word.
func TestCreditHint(t *testing.T) {
	words := []string{"Copyright", "©", "Photo", "Credit", "Image", "Picture", "Illustration", "Getty", "Reuters", "AFP", "EPA", "Shutterstock", "Alamy", "Pool"}
	cases := []string{"", "photo", "A Photo", "AF", "x AFP", "(c) ©2024", "Reuter", "Pool:", "EP", "Imag", "Getty"}
	for _, w := range words {
		cases = append(cases, w, "x "+w+" y", w[:len(w)-1], w[1:])
	}
	for _, s := range cases {
		want := false
		for _, w := range words {
			want = want || strings.Contains(s, w)
		}
		if got := creditHint(s); got != want {
			t.Errorf("creditHint(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCaptionOfPrefilter checks captionOf, which runs its credit
// expressions only on text that can match them, against running them
// always, on crafted captions and every line of the text corpora.
func TestCaptionOfPrefilter(t *testing.T) {
	ref := func(p string) (string, bool) {
		if filephotoRE.MatchString(p) && len(p) < 600 {
			return p, true
		}
		if len(p) > 600 || !creditHint(p) {
			return "", false
		}
		m := creditRE.FindStringSubmatch(p)
		if m == nil {
			if m = parenCreditRE.FindStringSubmatch(p); m == nil {
				return "", false
			}
		}
		return strings.TrimRight(strings.TrimSpace(m[1]), " -–—|"), true
	}
	lines := []string{"Protesters in Seoul (AP Photo/Jane Roe)", "Troops on patrol - Copyright AFP John Doe",
		"A rally. Photograph: Jane Roe for the Guardian", "A rally (Photo: Jane Roe/AP)", "Reuters reported the talks.",
		"Seoul (Reuters) - talks", "© Getty Images", "Image: Reuters", "(Getty Images)", "Photo credit : AFP", "A Photo (x)"}
	lines = appendCorpusLines(t, lines, 200000)
	for _, l := range lines {
		c, ok := captionOf(l)
		wc, wok := ref(l)
		if c != wc || ok != wok {
			t.Errorf("captionOf(%q) = %q, %v; want %q, %v", l, c, ok, wc, wok)
		}
	}
}

// TestBoilerStartPrefilters checks boilerStart, creditStart and
// copyrightStart against their expressions alone, on crafted lines and
// every line of the text corpora.
func TestBoilerStartPrefilters(t *testing.T) {
	lines := []string{"", "READ MORE: x", "Read more: x", "RELATED", "MORE", "WATCH: a", "Listen: b", "LISTEN",
		"Tags: a, b", "DOI: 10.1", "Reporting by Jane Roe; Editing by John Doe", "(Additional reporting by X)",
		"Copyright 2024 AFP", "copyright 1999 x", "© AFP", "©2024", "Click here: now", "Sign up : now", "See also:x"}
	lines = appendCorpusLines(t, lines, math.MaxInt)
	for _, l := range lines {
		for _, p := range []string{l, strings.TrimSpace(l)} {
			h30, h40 := p[:min(len(p), 30)], p[:min(len(p), 40)]
			if got, want := boilerStart(h30), boilerStartRE.MatchString(h30); got != want {
				t.Errorf("boilerStart(%q) = %v, want %v", h30, got, want)
			}
			if got, want := creditStart(h40), creditStartRE.MatchString(h40); got != want {
				t.Errorf("creditStart(%q) = %v, want %v", h40, got, want)
			}
			if got, want := copyrightStart(p), copyrightRE.MatchString(p); got != want {
				t.Errorf("copyrightStart(%q) = %v, want %v", p, got, want)
			}
		}
	}
}

// appendCorpusLines appends to lines every line of the text corpora's
// .txt files, reading no further file once lines holds more than limit.
func appendCorpusLines(t *testing.T, lines []string, limit int) []string {
	t.Helper()
	err := filepath.WalkDir(testutil.Corpora(t), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") || len(lines) > limit {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestCreditedCaption checks the captions a page printed after their
// picture credit, and body text that only starts with an agency's name.
func TestCreditedCaption(t *testing.T) {
	tests := []struct {
		in, caption string
		ok          bool
	}{
		{"Reuters Troops could be seen taking part in a drill at Yokota Air Base", "Troops could be seen taking part in a drill at Yokota Air Base", true},
		{"AFP Police made a number of arrests in Cologne", "Police made a number of arrests in Cologne", true},
		{"Getty Images The rally drew thousands", "The rally drew thousands", true},
		{"Reuters reported the talks had stalled.", "", false},
		{"Reuters Television showed troops on the border.", "", false},
		{"AFP News Agency said the talks had stalled.", "", false},
		{"Xinhua said the talks had stalled.", "", false},
	}
	for _, tt := range tests {
		c, ok := creditedCaption(tt.in)
		if c != tt.caption || ok != tt.ok {
			t.Errorf("creditedCaption(%q) = %q, %v; want %q, %v", tt.in, c, ok, tt.caption, tt.ok)
		}
	}
}
