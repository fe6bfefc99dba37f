// Command repoint-gold keeps real-news gold lines pointing at their
// sentence when the sentence splitter changes.
//
// A corpus gold line ({"id","file","sentence","sha256","events"}) names a
// sentence by its index in the article as the coder splits it and checks
// it by the hash of its text (eval.SentenceHash). A splitter change that
// joins two sentences (or cuts one) shifts the indices after it and
// changes the joined sentence's text. The tool runs twice:
//
//	# with the old splitter: where each line's sentence lies in its article
//	go run ./scripts/repoint-gold -save /tmp/spans.json testdata/gold/realnews*.jsonl
//	# with the new splitter: re-point the lines, in place
//	go run ./scripts/repoint-gold -from /tmp/spans.json testdata/gold/realnews*.jsonl
//
// -save records, for every line with a "file", the paragraph and byte
// range of its sentence in the article body (the hash must match). -from
// splits the articles again and gives each line the new sentence that
// holds that range: "sentence" changes when only the index moved, and
// "sha256" too when the sentence now holds more text (a merge). A line
// whose old sentence is now cut in two is left alone and reported, as is
// any line the saved map does not know. Where two lines of a file now
// refer to one sentence (both halves of a merge were annotated), the first
// gains the events of the second it lacks and the second is removed. The tool prints counts and line
// ids only, never sentence text (held-out files go through it too). It
// exits 1 when a line could not be re-pointed.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/sentences"
)

// span is where a sentence lies in an article: its index as the coder
// numbers it, its paragraph (-1 the title) and its byte range there.
type span struct {
	Sentence  int    `json:"sentence"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	SHA256    string `json:"sha256"`
}

// line is what the tool reads of a gold line.
type line struct {
	ID       string `json:"id"`
	File     string `json:"file"`
	Sentence *int   `json:"sentence"`
	SHA256   string `json:"sha256"`
}

// key names a gold line's sentence in the saved map.
func key(file string, sentence int, sha string) string {
	return fmt.Sprintf("%s#%d#%s", file, sentence, sha)
}

func main() {
	save := flag.String("save", "", "write where each line's sentence lies (run with the old splitter) to this JSON file")
	from := flag.String("from", "", "re-point the lines in place from this file written by -save (run with the new splitter)")
	corpora := flag.String("corpora", "../shared/corpora", "the corpus folder the lines' files are read from")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: repoint-gold (-save SPANS.json | -from SPANS.json) [-corpora DIR] GOLD.jsonl...\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if (*save == "") == (*from == "") || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	arts := articles{dir: *corpora, spans: map[string][]span{}}
	var err error
	if *save != "" {
		err = saveSpans(*save, flag.Args(), &arts)
	} else {
		err = repoint(*from, flag.Args(), &arts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "repoint-gold:", err)
		os.Exit(1)
	}
}

// articles splits corpus articles, once each.
type articles struct {
	dir   string
	spans map[string][]span // file → its sentences in order
}

// sentences returns the file's sentences as the current splitter gives
// them (the title first, when there is one), with their hashes.
func (a *articles) sentences(file string) ([]span, error) {
	if s, ok := a.spans[file]; ok {
		return s, nil
	}
	c := filepath.ToSlash(filepath.Clean(file))
	if filepath.IsAbs(file) || c == ".." || strings.HasPrefix(c, "../") {
		return nil, fmt.Errorf("file %q: want a path inside the corpus folder", file)
	}
	art, err := eval.ReadArticle(a.dir, file)
	if err != nil {
		return nil, err
	}
	var out []span
	if t := strings.TrimSpace(art.Title); t != "" {
		out = append(out, span{Sentence: -1, Paragraph: -1, End: len(t), SHA256: eval.SentenceHash(t)})
	}
	n := 0
	for p, para := range art.Body {
		at := 0
		for _, s := range sentences.SplitText(para) {
			k := strings.Index(para[at:], s)
			if k < 0 {
				return nil, fmt.Errorf("%s: sentence %d is not in paragraph %d", file, n, p)
			}
			out = append(out, span{Sentence: n, Paragraph: p, Start: at + k, End: at + k + len(s), SHA256: eval.SentenceHash(s)})
			at += k + len(s)
			n++
		}
	}
	a.spans[file] = out
	return out, nil
}

// goldLine is one line of a gold file: its text and what the tool reads
// of it (File empty for lines with text, comments and blank lines).
type goldLine struct {
	text string
	line
}

// readLines reads a gold file's lines.
func readLines(name string) ([]goldLine, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []goldLine
	for n, text := range strings.SplitAfter(string(data), "\n") {
		if text == "" {
			continue
		}
		g := goldLine{text: text}
		if t := strings.TrimSpace(text); t != "" && !strings.HasPrefix(t, "#") {
			if err := json.Unmarshal([]byte(t), &g.line); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
			}
			if g.File != "" && (g.Sentence == nil || g.SHA256 == "") {
				return nil, fmt.Errorf("%s:%d: a corpus line needs \"sentence\" and \"sha256\"", name, n+1)
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// saveSpans writes, for every corpus line of the gold files, where its
// sentence lies; every line's hash must match its sentence.
func saveSpans(out string, files []string, arts *articles) error {
	m := map[string]span{}
	bad := 0
	for _, name := range files {
		lines, err := readLines(name)
		if err != nil {
			return err
		}
		n := 0
		for i, g := range lines {
			if g.File == "" {
				continue
			}
			ss, err := arts.sentences(g.File)
			if err != nil {
				return fmt.Errorf("%s:%d: sentence %s: %v", name, i+1, g.ID, err)
			}
			found := false
			for _, s := range ss {
				if s.Sentence == *g.Sentence && s.SHA256 == g.SHA256 {
					m[key(g.File, s.Sentence, s.SHA256)] = s
					found = true
				}
			}
			if !found {
				fmt.Fprintf(os.Stderr, "%s:%d: sentence %s: sentence %d is not the one annotated (the hash differs)\n", name, i+1, g.ID, *g.Sentence)
				bad++
			}
			n++
		}
		fmt.Printf("%s: %d corpus lines\n", name, n)
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d sentences\n", out, len(m))
	if bad > 0 {
		return fmt.Errorf("%d lines do not match their sentence", bad)
	}
	return nil
}

var (
	sentenceField = regexp.MustCompile(`"sentence"\s*:\s*-?[0-9]+`)
	shaField      = regexp.MustCompile(`"sha256"\s*:\s*"[0-9a-f]*"`)
)

// repoint re-points every corpus line of the gold files by the spans
// saved before the splitter changed, and rewrites the files that changed.
func repoint(from string, files []string, arts *articles) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	var saved map[string]span
	if err := json.Unmarshal(data, &saved); err != nil {
		return fmt.Errorf("%s: %v", from, err)
	}
	failed := 0
	for _, name := range files {
		lines, err := readLines(name)
		if err != nil {
			return err
		}
		var same, moved int
		var merged, cut, unknown []string
		for i := range lines {
			g := &lines[i]
			if g.File == "" {
				continue
			}
			ss, err := arts.sentences(g.File)
			if err != nil {
				return fmt.Errorf("%s:%d: sentence %s: %v", name, i+1, g.ID, err)
			}
			old, ok := saved[key(g.File, *g.Sentence, g.SHA256)]
			if !ok {
				if slices.ContainsFunc(ss, func(s span) bool { return s.Sentence == *g.Sentence && s.SHA256 == g.SHA256 }) {
					same++ // re-pointed already, or added since -save
				} else {
					unknown = append(unknown, g.ID)
				}
				continue
			}
			var now *span
			for k := range ss {
				s := &ss[k]
				if s.Paragraph == old.Paragraph && s.Start <= old.Start && old.End <= s.End {
					now = s
					break
				}
			}
			switch {
			case now == nil:
				cut = append(cut, g.ID)
				continue
			case now.Sentence == *g.Sentence && now.SHA256 == g.SHA256:
				same++
				continue
			case now.SHA256 == g.SHA256:
				moved++
			default:
				merged = append(merged, g.ID)
			}
			text, err := setFields(g.text, now.Sentence, now.SHA256)
			if err != nil {
				return fmt.Errorf("%s:%d: sentence %s: %v", name, i+1, g.ID, err)
			}
			g.text = text
		}
		lines, joined, err := join(lines)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		fmt.Printf("%s: %d unchanged, %d moved (index only), %d merged into a longer sentence (%d lines joined into others), %d cut (left alone), %d unknown (left alone)\n",
			name, same, moved, len(merged), len(joined), len(cut), len(unknown))
		for _, l := range []struct {
			what string
			ids  []string
		}{{"merged", merged}, {"joined (events added to the first line, line removed)", joined}, {"cut, re-annotate", cut}, {"not in the saved spans", unknown}} {
			if len(l.ids) > 0 {
				fmt.Printf("  %s: %s\n", l.what, strings.Join(l.ids, " "))
			}
		}
		failed += len(cut) + len(unknown)
		if moved+len(merged) == 0 {
			continue
		}
		var b strings.Builder
		for _, g := range lines {
			b.WriteString(g.text)
		}
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d lines could not be re-pointed", failed)
	}
	return nil
}

// join keeps one line for each sentence: where a merge made two lines of
// a file refer to one sentence (as when every sentence of an article is
// annotated), the first keeps its place and gains the events of the
// others it lacks, and the others are removed. It returns the lines and
// the joins ("ra0526+ra0527").
func join(lines []goldLine) ([]goldLine, []string, error) {
	first := map[string]int{} // file#sentence → its first line
	var out []goldLine
	var joined []string
	for _, g := range lines {
		if g.File == "" {
			out = append(out, g)
			continue
		}
		var now line
		if err := json.Unmarshal([]byte(g.text), &now); err != nil {
			return nil, nil, fmt.Errorf("sentence %s: %v", g.ID, err)
		}
		k := fmt.Sprintf("%s#%d", now.File, *now.Sentence)
		i, dup := first[k]
		if !dup {
			first[k] = len(out)
			out = append(out, g)
			continue
		}
		text, err := addEvents(out[i].text, g.text)
		if err != nil {
			return nil, nil, fmt.Errorf("sentence %s: %v", g.ID, err)
		}
		out[i].text = text
		joined = append(joined, out[i].ID+"+"+g.ID)
	}
	return out, joined, nil
}

// addEvents adds to the events of the gold line text those of other that
// it does not already hold, in place.
func addEvents(text, other string) (string, error) {
	start, end, evs, err := eventsField(text)
	if err != nil {
		return "", err
	}
	_, _, more, err := eventsField(other)
	if err != nil {
		return "", err
	}
	has := map[string]bool{}
	var all []string
	for _, e := range append(evs, more...) {
		var b bytes.Buffer
		if err := json.Compact(&b, e); err != nil {
			return "", err
		}
		if !has[b.String()] {
			has[b.String()] = true
			all = append(all, string(e))
		}
	}
	if len(all) == len(evs) {
		return text, nil
	}
	return text[:start] + "[" + strings.Join(all, ", ") + "]" + text[end:], nil
}

// eventsField finds the "events" array of a gold line: its byte range in
// the line and its elements as written.
func eventsField(text string) (start, end int, evs []json.RawMessage, err error) {
	dec := json.NewDecoder(strings.NewReader(text))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, 0, nil, errors.New("not a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return 0, 0, nil, err
		}
		var v json.RawMessage
		at := int(dec.InputOffset())
		if err := dec.Decode(&v); err != nil {
			return 0, 0, nil, err
		}
		if t != "events" {
			continue
		}
		end = int(dec.InputOffset())
		start = end - len(v)
		if k := strings.Index(text[at:], string(v)); k < 0 || at+k != start {
			return 0, 0, nil, errors.New("\"events\" not found as written")
		}
		if err := json.Unmarshal(v, &evs); err != nil {
			return 0, 0, nil, err
		}
		return start, end, evs, nil
	}
	return 0, 0, nil, errors.New("no \"events\"")
}

// setFields gives a gold line's text a new "sentence" and "sha256", in
// place, keeping the rest of the line as it was written.
func setFields(text string, sentence int, sha string) (string, error) {
	if len(sentenceField.FindAllStringIndex(text, -1)) != 1 || len(shaField.FindAllStringIndex(text, -1)) != 1 {
		return "", errors.New("want one \"sentence\" and one \"sha256\" field")
	}
	text = sentenceField.ReplaceAllStringFunc(text, func(f string) string {
		return f[:strings.IndexByte(f, ':')+1] + strings.Repeat(" ", countSpace(f)) + fmt.Sprint(sentence)
	})
	return shaField.ReplaceAllStringFunc(text, func(f string) string {
		return f[:strings.IndexByte(f, ':')+1] + strings.Repeat(" ", countSpace(f)) + `"` + sha + `"`
	}), nil
}

// countSpace counts the spaces after a field's colon.
func countSpace(f string) int {
	i := strings.IndexByte(f, ':') + 1
	n := 0
	for i+n < len(f) && f[i+n] == ' ' {
		n++
	}
	return n
}
