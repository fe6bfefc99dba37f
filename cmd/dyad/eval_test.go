package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/eval"
)

// TestEvalCorpusLineErrors: dyad eval names every corpus gold line that
// fails by gold file, line and id, and exits 1.
func TestEvalCorpusLineErrors(t *testing.T) {
	dir := t.TempDir()
	corpora := filepath.Join(dir, "corpora")
	if err := os.MkdirAll(corpora, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpora, "a.txt"), []byte("TITLE: Envoy recalled\nDATE: 2024-03-05\n\nKenya recalled its envoy to Uganda. Uganda said it regretted the step.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.jsonl")
	lines := `{"id":"a","file":"a.txt","sentence":0,"sha256":"` + eval.SentenceHash("Kenya recalled its envoy to Uganda.") + `","events":[]}
{"id":"b","file":"a.txt","sentence":1,"sha256":"` + eval.SentenceHash("Uganda said something else.") + `","events":[]}
{"id":"c","file":"b.txt","sentence":0,"sha256":"0123456789abcdef","events":[]}
`
	if err := os.WriteFile(gold, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "eval", "-q", "--corpora", corpora, gold)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		gold + ":2: sentence b: sentence 1 of " + filepath.Join(corpora, "a.txt") + " is not the one annotated",
		gold + ":3: sentence c: no file " + filepath.Join(corpora, "b.txt"),
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q\nwant %q", stderr, want)
		}
	}
}

// envoyStory is the body of an undated wire story the judged tests code.
var envoyStory = []string{
	"Kenya recalled its ambassador to Uganda on Tuesday after a dispute over fishing rights on Lake Victoria.",
	"Kenyan President William Ruto accused Uganda of seizing Kenyan fishing boats.",
	"Ugandan troops arrested 12 Kenyan fishermen near Migingo island on Monday, police said.",
	"Uganda's foreign ministry said it would hold talks with Kenya next week.",
}

// TestEvalJudged: dyad eval on a judged-events file codes its article
// (undated: with the lines' date) and prints the judged, kept, unjudged
// and no longer emitted events; --unjudged writes the one event nobody
// judged as a judging item.
func TestEvalJudged(t *testing.T) {
	dir := t.TempDir()
	corpora := filepath.Join(dir, "corpora")
	if err := os.MkdirAll(filepath.Join(corpora, "wire"), 0o755); err != nil {
		t.Fatal(err)
	}
	article := "TITLE: Kenya recalls envoy from Uganda in border row\n\n" + strings.Join(envoyStory, "\n\n") + "\n"
	if err := os.WriteFile(filepath.Join(corpora, "wire", "envoy.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	line := func(s int, text, event, why, fix string) string {
		f := strings.Fields(event)
		right := why == "right"
		b, err := json.Marshal(eval.Judged{File: "wire/envoy.txt", Sentence: s, SHA256: eval.SentenceHash(text), Date: "2024-03-05",
			Source: f[0], CAMEO: f[1], Target: f[2], Status: f[3], Right: right, Full: right, Why: why, Fix: fix})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	title := "Kenya recalls envoy from Uganda in border row"
	judged := filepath.Join(dir, "judged.jsonl")
	lines := line(-1, title, "KEN 161 UGA asserted", "right", "") + // the headline's recall; the body's first sentence tells it again, folded into it
		line(0, envoyStory[0], "KEN 161 UGAGOV asserted", "wrong_target", "KEN 161 UGA") + // an older coding of the body's recall, no longer emitted
		line(1, envoyStory[1], "KENGOV 112 UGA asserted", "right", "") +

		line(1, envoyStory[1], "UGA 171 KEN alleged", "right", "") + // fishing boats seized are their state's (targets_fishing.go, gold README item 65)
		line(2, envoyStory[2], "UGAMIL 190 KENCVL asserted", "no_event", "") + // not emitted: arrests are 173
		line(3, envoyStory[3], "UGAGOV 036 KEN future", "right", "")
	if err := os.WriteFile(judged, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	items := filepath.Join(dir, "items.jsonl")
	stdout, stderr, code := run(t, "eval", "-q", "--corpora", corpora, "--unjudged", items, judged)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := `articles 1
judged events: 6 (right 4)
emitted now: 5; of them still judged 4 (right 4, wrong 0; full code right 4); unjudged 1
judged events no longer emitted: 2 (right 0, wrong 2)
precision among judged emitted events: 1.000 (4/4); bounds 0.800 (4/5, every unjudged one wrong) to 1.000 (5/5, every one right)

by root  judged  right emitted   kept kept right unjudged gone right gone wrong precision    low   high
  03          1      1       1      1          1        0          0          0     1.000  1.000  1.000
  11          1      1       1      1          1        0          0          0     1.000  1.000  1.000
  16          2      1       1      1          1        0          0          1     1.000  1.000  1.000
  17          1      1       2      1          1        1          0          0     1.000  0.500  1.000
  19          1      0       0      0          0        0          0          1         -      -      -
`
	if stdout != want {
		t.Errorf("printed\n%s\nwant\n%s", stdout, want)
	}
	data, err := os.ReadFile(items)
	if err != nil {
		t.Fatal(err)
	}
	var it eval.Item
	if err := json.Unmarshal(data, &it); err != nil {
		t.Fatalf("%s: %v", data, err)
	}
	got := []any{strings.Count(string(data), "\n"), it.Item, it.Sentence, it.Source, it.CAMEO, it.Target, it.Status, it.Date, it.Published, it.Headline, it.Before, it.Text, it.SHA256}
	wantItem := []any{1, "u0001", 2, "UGAMIL", "173", "KENCVL", "asserted", "2024-03-05", "2024-03-05", title, envoyStory[:2], envoyStory[2], eval.SentenceHash(envoyStory[2])}
	if !reflect.DeepEqual(got, wantItem) {
		t.Errorf("item %v\nwant %v", got, wantItem)
	}

	stdout, _, _ = run(t, "eval", "--corpora", corpora, judged)
	for _, want := range []string{
		"\nunjudged (1)\n  u0001  wire/envoy.txt:2  UGAMIL 173 KENCVL asserted    (arrested)  " + envoyStory[2] + "\n",
		"\nno longer emitted (2)\n  line 2  wire/envoy.txt:0  KEN 161 UGAGOV asserted       [wrong wrong_target (KEN 161 UGA)]  " + envoyStory[0] + "\n" +
			"  line 5  wire/envoy.txt:2  UGAMIL 190 KENCVL asserted    [wrong no_event]  " + envoyStory[2] + "\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("details\n%s\nlack\n%s", stdout, want)
		}
	}

	// a sentence that changed is named by file and line, exit 1
	moved := strings.Replace(lines, eval.SentenceHash(envoyStory[3]), eval.SentenceHash("Uganda said nothing."), 1)
	if err := os.WriteFile(judged, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = run(t, "eval", "-q", "--corpora", corpora, judged)
	if wantErr := judged + ":6: sentence 3 of " + filepath.Join(corpora, "wire", "envoy.txt") + " is not the one annotated"; code != 1 || !strings.Contains(stderr, wantErr) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, wantErr)
	}
	// --unjudged never overwrites the judged file it reads
	before, err := os.ReadFile(judged)
	if err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "eval", "--corpora", corpora, "--unjudged", judged, judged); code != 2 || !strings.Contains(stderr, "--unjudged "+judged+": that is the judged-events file being read") {
		t.Errorf("--unjudged on the judged file itself: exit %d, %q", code, stderr)
	}
	if after, err := os.ReadFile(judged); err != nil || !bytes.Equal(after, before) {
		t.Errorf("--unjudged on the judged file itself changed it (err %v)", err)
	}
	// an --unjudged file in no folder is said before the articles are
	// coded, naming the flag (it was "open …: no such file or directory"
	// after the whole run)
	nowhere := filepath.Join(dir, "no-such-folder", "items.jsonl")
	if out, stderr, code := run(t, "eval", "-q", "--corpora", corpora, "--unjudged", nowhere, judged); code != 2 || out != "" ||
		stderr != "dyad: --unjudged "+nowhere+": no folder "+filepath.Dir(nowhere)+"\n" {
		t.Errorf("--unjudged in no folder: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// --unjudged is for judged files
	gold := filepath.Join(dir, "gold.jsonl")
	if err := os.WriteFile(gold, []byte(`{"id":"a","text":"Kenya recalled its envoy.","events":[]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "eval", "--unjudged", items, gold); code != 2 || !strings.Contains(stderr, "--unjudged: "+gold+" is a gold set, not a judged-events file") {
		t.Errorf("--unjudged on a gold set: exit %d, %q", code, stderr)
	}
}

// TestEvalFileErrors: a gold file dyad eval cannot read is said as the
// other commands say an input they cannot read, the name first and what is
// wrong ("gold.jsonl: no such file or directory"), not Go's "open …" or
// "read …" operation (exit 1).
func TestEvalFileErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "gold.jsonl")
	// binary data, or a NUL byte in a gold line: said as such at its
	// line, as a text input's, where it was "bad JSON at column 1:
	// invalid character 'ã' looking for beginning of value"
	photo := writeFile(t, dir, "photo.jsonl", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"))
	stray := writeFile(t, dir, "stray.jsonl", []byte(`{"id":"g1","date":"2024-03-02","text":"Chile condemned Peru.","events":[]}`+"\n"+
		`{"id":"g2","date":"2024-03-02","text":"Peru`+"\x00"+` denied it.","events":[]}`+"\n"))
	for _, c := range []struct{ name, want string }{
		{missing, "dyad: " + missing + ": no such file or directory\n"},
		{dir, "dyad: " + dir + ": is a directory (dyad eval takes a gold JSON Lines file)\n"},
		{photo, "dyad: " + photo + ":1: binary data (NUL byte at byte 4): a gold or judged-events file is JSON Lines text\n"},
		{stray, "dyad: " + stray + ":2: binary data (NUL byte at byte 118): a gold or judged-events file is JSON Lines text\n"},
	} {
		out, errs, code := run(t, "eval", "-q", c.name)
		if code != 1 || out != "" || errs != c.want {
			t.Errorf("eval -q %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", c.name, code, out, errs, c.want)
		}
	}
}

// TestCodeMissingInput: dyad code and dyad extract name an input file that
// is not there as dyad ingest does, "news.txt: no such file or directory",
// not Go's "open news.txt: …" (exit 1).
func TestCodeMissingInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "news.txt")
	want := "dyad: " + missing + ": no such file or directory\ndyad: 1 of 1 input failed\n"
	for _, cmd := range []string{"code", "extract"} {
		out, errs, code := run(t, cmd, missing)
		if code != 1 || out != "" || errs != want {
			t.Errorf("%s %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", cmd, missing, code, out, errs, want)
		}
	}
}
