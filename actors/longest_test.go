package actors

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
)

// longestRef is longest as first written: every pattern of the first
// word tried in dictionary order, the longest kept, ties to the higher
// kindRank. longest must agree with it (it tries them in ranked order and
// stops at the first match).
func (m *Matcher) longestRef(toks []dyad.Token, i int) raw {
	best := raw{start: i, end: i}
	for _, p := range m.first[toks[i].Lower] {
		n := len(p.words)
		if i+n > len(toks) || n < best.end-i || n == best.end-i && kindRank[p.kind] <= kindRank[best.p.kind] {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			t := toks[i+k]
			ok = t.Lower == p.words[k]
			switch {
			case ok && p.rules[k] == exactCase:
				ok = t.Text == p.exact[k]
			case ok && p.rules[k] == acronymCase:
				ok = t.Text == p.exact[k] || t.Text == titleCase(p.exact[k])
			case ok && p.rules[k] == camelCase:
				ok = t.Text == p.exact[k] || t.Text == strings.ToUpper(p.exact[k])
			case ok && p.rules[k] == capFirst:
				r, _ := utf8.DecodeRuneInString(t.Text)
				ok = unicode.IsUpper(r)
			}
		}
		if ok {
			best = raw{start: i, end: i + n, p: p}
		}
	}
	return best
}

// TestLongestRanked runs longest and longestRef at every token of texts
// made of the embedded dictionary's phrases, as written, lower-cased and
// run together.
func TestLongestRanked(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	var texts []string
	prev := ""
	for _, e := range d.Entries {
		texts = append(texts, e.Phrase, "the "+e.Phrase+" said", prev+" "+e.Phrase)
		prev = e.Phrase
	}
	checked := 0
	for _, text := range texts {
		for _, s := range []string{text, lowerASCII(text)} {
			toks := sentences.Tokenize(s)
			for i := range toks {
				got, want := m.longest(toks, i), m.longestRef(toks, i)
				if got.p != nil && got.p.compound {
					continue // "X-backed": the same code path in both
				}
				if got.end != want.end || got.p != want.p {
					t.Fatalf("%q at token %d: longest gave %v, want %v", s, i, got, want)
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Errorf("checked only %d positions", checked)
	}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
