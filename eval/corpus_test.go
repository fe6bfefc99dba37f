package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// storyCoder gives fixed events, whatever the article: one in sentence 0,
// one in sentence 1 told again in sentence 2.
type storyCoder struct{}

func (storyCoder) Code(a *dyad.Article) []dyad.Event {
	return []dyad.Event{
		{Sentence: 0, Source: &dyad.Actor{Code: "KEN"}, Target: &dyad.Actor{Code: "UGA"}, CAMEO: "161"},
		{Sentence: 1, Source: &dyad.Actor{Code: "UGAGOV"}, CAMEO: "010", Also: []dyad.Mention{{Sentence: 2}}},
	}
}

// periodSplit splits the body's one paragraph at ". ".
func periodSplit(a *dyad.Article) map[int]string {
	out := map[int]string{}
	for i, p := range strings.SplitAfter(a.Body[0], ". ") {
		out[i] = strings.TrimSpace(p)
	}
	return out
}

func TestFromCorpus(t *testing.T) {
	dir := t.TempDir()
	story := "Kenya recalled its envoy to Uganda. Uganda said it regretted the step. Uganda's statement came on Monday."
	if err := os.MkdirAll(filepath.Join(dir, "wire"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "wire", "a.txt"), []byte("TITLE: Envoy recalled\nDATE: 2024-03-05\n\n"+story+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ref := func(id string, i int, text string) Gold {
		return Gold{ID: id, File: "wire/a.txt", Sentence: &i, SHA256: SentenceHash(text)}
	}
	gold := []Gold{
		ref("s0", 0, "Kenya recalled its envoy to Uganda."),
		ref("s1", 1, "Uganda said it regretted the step."),
		ref("s2", 2, "Uganda's statement came on Monday."),
		{ID: "t", Text: "Some other sentence."},
	}
	c, err := FromCorpus(gold, "gold.jsonl", dir, storyCoder{}, periodSplit)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id, text, date string
		codes          []string
	}{
		{"s0", "Kenya recalled its envoy to Uganda.", "2024-03-05", []string{"161"}},
		{"s1", "Uganda said it regretted the step.", "2024-03-05", []string{"010"}},
		{"s2", "Uganda's statement came on Monday.", "2024-03-05", []string{"010"}}, // told again: folded into s1's event
		{"t", "Some other sentence.", "", []string{"161", "010"}},                   // a line with text: coded as usual
	} {
		var g Gold
		for _, x := range gold {
			if x.ID == tc.id {
				g = x
			}
		}
		if g.Text != tc.text || g.Date != tc.date {
			t.Errorf("%s: text %q date %q, want %q %q", tc.id, g.Text, g.Date, tc.text, tc.date)
		}
		var codes []string
		for _, e := range c.Code(&dyad.Article{ID: tc.id}) {
			codes = append(codes, e.CAMEO)
		}
		if strings.Join(codes, " ") != strings.Join(tc.codes, " ") {
			t.Errorf("%s: events %v, want %v", tc.id, codes, tc.codes)
		}
	}

	for _, tc := range []struct {
		g    Gold
		want string
	}{
		{ref("x", 1, "Uganda said something else."), "gold.jsonl: sentence x: sentence 1 of " + filepath.Join(dir, "wire/a.txt") + " is not the one annotated (sha256 " + SentenceHash("Uganda said it regretted the step.") + ", want " + SentenceHash("Uganda said something else.") + "): the corpus or the sentence splitter changed"},
		{ref("y", 7, ""), "gold.jsonl: sentence y: " + filepath.Join(dir, "wire/a.txt") + " has no sentence 7"},
		{Gold{ID: "z", File: "wire/b.txt", Sentence: new(int), SHA256: SentenceHash("")}, "gold.jsonl: sentence z: no file " + filepath.Join(dir, "wire/b.txt") + " (is " + dir + " the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable)"},
		{Gold{ID: "up", File: "../secret.txt", Sentence: new(int), SHA256: SentenceHash("")}, `gold.jsonl: sentence up: file "../secret.txt": want a path inside the corpus folder`},
		{Gold{ID: "abs", File: "/etc/passwd", Sentence: new(int), SHA256: SentenceHash("")}, `gold.jsonl: sentence abs: file "/etc/passwd": want a path inside the corpus folder`},
	} {
		_, err := FromCorpus([]Gold{tc.g}, "gold.jsonl", dir, storyCoder{}, periodSplit)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v\nwant %s", tc.g.ID, err, tc.want)
		}
	}
}

func TestReadGoldCorpusLine(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`{"id":"a","file":"x/y.txt","sentence":3,"sha256":"0123456789abcdef","events":[]}`, ""},
		{`{"id":"a","file":"x/y.txt","sha256":"0123456789abcdef","events":[]}`, `g.jsonl:1: a corpus sentence needs "sentence" (its index) and "sha256" (16 lower-case hex digits)`},
		{`{"id":"a","file":"x/y.txt","sentence":3,"sha256":"0123","events":[]}`, `g.jsonl:1: a corpus sentence needs "sentence" (its index) and "sha256" (16 lower-case hex digits)`},
		{`{"id":"a","events":[]}`, `g.jsonl:1: no text (nor a corpus "file")`},
	} {
		_, err := ReadGold(strings.NewReader(tc.line), "g.jsonl")
		if got := ""; err != nil {
			got = err.Error()
			if got != tc.want {
				t.Errorf("%s: got %s, want %s", tc.line, got, tc.want)
			}
		} else if tc.want != "" {
			t.Errorf("%s: no error, want %s", tc.line, tc.want)
		}
	}
}

// whyStory explains by sentence: sentence 2's candidates of root 19 were
// set aside for want of a source.
type whyStory struct{ storyCoder }

func (w whyStory) WhyIn(a *dyad.Article) ([]dyad.Event, func(int, string) string) {
	return w.Code(a), func(sentence int, root string) string {
		if sentence == 2 && root == "19" {
			return "no source found"
		}
		return "no pattern matched"
	}
}

func TestFromCorpusReasons(t *testing.T) {
	dir := t.TempDir()
	story := "Kenya recalled its envoy to Uganda. Uganda said it regretted the step. Uganda's statement came on Monday."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("TITLE: Envoy recalled\nDATE: 2024-03-05\n\n"+story+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	two, zero := 2, 0
	src := "UGAMIL"
	gold := []Gold{
		{ID: "s2", File: "a.txt", Sentence: &two, SHA256: SentenceHash("Uganda's statement came on Monday."),
			Events: []GoldEvent{{Source: &src, CAMEO: "190"}}},
		{ID: "s0", File: "a.txt", Sentence: &zero, SHA256: SentenceHash("Kenya recalled its envoy to Uganda."),
			Events: []GoldEvent{{Source: &src, CAMEO: "042"}}},
	}
	c, err := FromCorpus(gold, "gold.jsonl", dir, whyStory{}, periodSplit)
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(c, gold)
	if rep.WhyMissed["no source found"] != 1 || rep.WhyMissed["no pattern matched"] != 1 || len(rep.WhyMissed) != 2 {
		t.Errorf("misses by reason: %v, want one 'no source found' (sentence 2's 190) and one 'no pattern matched' (sentence 0's 042)", rep.WhyMissed)
	}
}

// TestFromCorpusLineErrors: every failing corpus line of a gold file is
// named by file, line and id, in file order, not only the first; past
// MaxLineErrors the others are counted.
func TestFromCorpusLineErrors(t *testing.T) {
	dir := t.TempDir()
	story := "Kenya recalled its envoy to Uganda. Uganda said it regretted the step."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("TITLE: Envoy recalled\nDATE: 2024-03-05\n\n"+story+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	line := func(id, file string, i int, text string) string {
		return `{"id":"` + id + `","file":"` + file + `","sentence":` + string(rune('0'+i)) + `,"sha256":"` + SentenceHash(text) + `","events":[]}`
	}
	src := strings.Join([]string{
		line("ok", "a.txt", 0, "Kenya recalled its envoy to Uganda."),
		"# a comment",
		line("moved", "a.txt", 0, "Uganda said it regretted the step."),
		line("gone", "b.txt", 0, ""),
		`{"id":"text","text":"Some sentence.","events":[]}`,
		line("past", "a.txt", 7, ""),
		line("up", "../a.txt", 0, ""),
	}, "\n")
	gold, err := ReadGold(strings.NewReader(src), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a := filepath.Join(dir, "a.txt")
	want := strings.Join([]string{
		"g.jsonl:3: sentence moved: sentence 0 of " + a + " is not the one annotated (sha256 " + SentenceHash("Kenya recalled its envoy to Uganda.") + ", want " + SentenceHash("Uganda said it regretted the step.") + "): the corpus or the sentence splitter changed",
		"g.jsonl:4: sentence gone: no file " + filepath.Join(dir, "b.txt") + " (is " + dir + " the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable)",
		"g.jsonl:6: sentence past: " + a + " has no sentence 7",
		`g.jsonl:7: sentence up: file "../a.txt": want a path inside the corpus folder`,
	}, "\n")
	if _, err := FromCorpus(gold, "g.jsonl", dir, storyCoder{}, periodSplit); err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}

	// 25 failing lines: 20 named, 5 counted
	var lines []string
	for i := range 25 {
		lines = append(lines, line(fmt.Sprintf("x%02d", i), "a.txt", 1, "Something else."))
	}
	gold, err = ReadGold(strings.NewReader(strings.Join(lines, "\n")), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromCorpus(gold, "g.jsonl", dir, storyCoder{}, periodSplit)
	if err == nil {
		t.Fatal("no error for 25 failing lines")
	}
	msgs := strings.Split(err.Error(), "\n")
	if len(msgs) != MaxLineErrors+1 || !strings.HasPrefix(msgs[0], "g.jsonl:1: sentence x00: sentence 1 of ") ||
		!strings.HasPrefix(msgs[MaxLineErrors-1], "g.jsonl:20: sentence x19: ") || msgs[MaxLineErrors] != "g.jsonl: 5 more corpus lines fail (25 in all)" {
		t.Errorf("got %d lines:\n%s", len(msgs), err)
	}
}
