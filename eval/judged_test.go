package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// envoyStory is an undated wire story; judgedLines' "date" dates it.
var envoyStory = []string{
	"Kenya recalled its envoy to Uganda.",
	"President William Ruto accused Uganda of seizing Kenyan fishing boats.",
	"Ugandan troops detained 12 Kenyan fishermen near Migingo island.",
}

// envoyCoder gives fixed events, whatever the article, and keeps the
// publication date it was given.
type envoyCoder struct{ published *string }

func (c envoyCoder) Code(a *dyad.Article) []dyad.Event {
	*c.published = a.Published
	ev := func(s int, src, code, tgt string, st dyad.Status) dyad.Event {
		e := dyad.Event{Sentence: s, Source: &dyad.Actor{Code: src, Text: "src" + src}, CAMEO: code, Status: st,
			Date: "2024-03-04", Confidence: 0.5, Evidence: dyad.Evidence{Verb: "verb" + code}}
		if tgt != "" {
			e.Target = &dyad.Actor{Code: tgt, Text: "tgt" + tgt}
		}
		return e
	}
	return []dyad.Event{
		ev(0, "KEN", "161", "UGA", dyad.Asserted),
		ev(1, "KENGOV", "112", "UGA", dyad.Asserted),
		ev(1, "UGA", "171", "KEN", dyad.Alleged),
		ev(1, "KENGOV", "112", "UGA", dyad.Asserted), // the same event again: counted once
		ev(2, "UGAMIL", "173", "KENCVL", dyad.Asserted),
	}
}

// writeEnvoy writes the story as wire/a.txt of a new corpus folder and
// returns the folder.
func writeEnvoy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "wire"), 0o755); err != nil {
		t.Fatal(err)
	}
	text := "TITLE: Kenya recalls envoy\n\n" + strings.Join(envoyStory, " ") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "wire", "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// judgedLine is a judged line of wire/a.txt (date 2024-03-05) for
// sentence s, checked by the hash of text.
func judgedLine(s int, text, event, verdict string) string {
	f := strings.Fields(event)
	right := verdict == "right"
	b, _ := json.Marshal(Judged{File: "wire/a.txt", Sentence: s, SHA256: SentenceHash(text), Date: "2024-03-05",
		Source: f[0], CAMEO: f[1], Target: f[2], Status: f[3], Right: right, Full: right && s == 0, Why: verdict})
	return string(b)
}

func TestJudgeEvents(t *testing.T) {
	dir := writeEnvoy(t)
	file := strings.Join([]string{
		judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right"),
		judgedLine(1, envoyStory[1], "KENGOV 112 UGA asserted", "right"),
		judgedLine(1, envoyStory[1], "UGA 171 KEN alleged", "wrong_root"),
		judgedLine(2, envoyStory[2], "UGAMIL 190 KENCVL asserted", "no_event"), // no longer emitted, wrong
		judgedLine(0, envoyStory[0], "KENGOV 161 UGA asserted", "right"),       // no longer emitted, right
		judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right"),          // a repeated line
	}, "\n")
	if !IsJudged([]byte("\n# judged\n" + file)) {
		t.Fatal("IsJudged: false on a judged file")
	}
	lines, err := ReadJudged(strings.NewReader(file), "judged.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var published string
	rep, err := JudgeEvents(lines, "judged.jsonl", dir, envoyCoder{&published}, periodSplit)
	if err != nil {
		t.Fatal(err)
	}
	if published != "2024-03-05" {
		t.Errorf("the undated article was coded with publication date %q, want the lines' 2024-03-05", published)
	}
	want := JudgedCounts{Judged: 5, Right: 3, Emitted: 4, Kept: 3, KeptRight: 2, KeptFull: 1, Unjudged: 1, GoneRight: 1, GoneWrong: 1}
	if rep.Total != want {
		t.Errorf("total %+v\nwant  %+v", rep.Total, want)
	}
	wantRoots := map[string]JudgedCounts{
		"16": {Judged: 2, Right: 2, Emitted: 1, Kept: 1, KeptRight: 1, KeptFull: 1, GoneRight: 1},
		"11": {Judged: 1, Right: 1, Emitted: 1, Kept: 1, KeptRight: 1},
		"17": {Judged: 1, Emitted: 2, Kept: 1, Unjudged: 1},
		"19": {Judged: 1, GoneWrong: 1},
	}
	if !reflect.DeepEqual(rep.ByRoot, wantRoots) {
		t.Errorf("by root %+v\nwant     %+v", rep.ByRoot, wantRoots)
	}
	if rep.Articles != 1 || rep.Repeated != 1 {
		t.Errorf("articles %d, repeated lines %d; want 1, 1", rep.Articles, rep.Repeated)
	}
	if p, lo, hi := rep.Total.Precision(), rep.Total.Low(), rep.Total.High(); p != 2.0/3 || lo != 0.5 || hi != 0.75 {
		t.Errorf("precision %v, bounds %v %v; want 2/3, 0.5, 0.75", p, lo, hi)
	}
	wantItem := Item{Item: "u0001", File: "wire/a.txt", Sentence: 2, SHA256: SentenceHash(envoyStory[2]), Date: "2024-03-05",
		Published: "2024-03-05", Headline: "Kenya recalls envoy", Before: envoyStory[:2], Text: envoyStory[2],
		Source: "UGAMIL", SourceText: "srcUGAMIL", CAMEO: "173", Target: "KENCVL", TargetText: "tgtKENCVL",
		Status: "asserted", Verb: "verb173", EventDate: "2024-03-04", Confidence: 0.5}
	if len(rep.Unjudged) != 1 || !reflect.DeepEqual(rep.Unjudged[0], wantItem) {
		t.Errorf("unjudged %+v\nwant      [%+v]", rep.Unjudged, wantItem)
	}
	var gone []string
	for _, g := range rep.Gone {
		gone = append(gone, g.Source+" "+g.CAMEO+" "+g.Text)
	}
	if want := []string{"UGAMIL 190 " + envoyStory[2], "KENGOV 161 " + envoyStory[0]}; !reflect.DeepEqual(gone, want) {
		t.Errorf("gone %q, want %q", gone, want)
	}
	if len(rep.Wrong) != 1 || rep.Wrong[0].Line != 3 || rep.Wrong[0].Text != envoyStory[1] {
		t.Errorf("emitted judged wrong %+v, want line 3 (UGA 171 KEN alleged) with its sentence", rep.Wrong)
	}

	var out bytes.Buffer
	rep.Print(&out, false)
	wantOut := `articles 1
judged events: 5 (right 3)
  (1 lines repeat an earlier line's event: counted once, by the first)
emitted now: 4; of them still judged 3 (right 2, wrong 1; full code right 1); unjudged 1
judged events no longer emitted: 2 (right 1, wrong 1)
precision among judged emitted events: 0.667 (2/3); bounds 0.500 (2/4, every unjudged one wrong) to 0.750 (3/4, every one right)

by root  judged  right emitted   kept kept right unjudged gone right gone wrong precision    low   high
  11          1      1       1      1          1        0          0          0     1.000  1.000  1.000
  16          2      2       1      1          1        0          1          0     1.000  1.000  1.000
  17          1      0       2      1          0        1          0          0     0.000  0.000  0.500
  19          1      0       0      0          0        0          0          1         -      -      -
`
	if out.String() != wantOut {
		t.Errorf("printed\n%s\nwant\n%s", out.String(), wantOut)
	}
	out.Reset()
	rep.Print(&out, true)
	for _, want := range []string{
		"\nunjudged (1)\n  u0001  wire/a.txt:2  UGAMIL 173 KENCVL asserted    (verb173)  " + envoyStory[2] + "\n",
		"\nno longer emitted (2)\n  line 4  wire/a.txt:2  UGAMIL 190 KENCVL asserted    [wrong no_event]  " + envoyStory[2] + "\n" +
			"  line 5  wire/a.txt:0  KENGOV 161 UGA asserted       [right]  " + envoyStory[0] + "\n",
		"\nemitted, judged wrong (1)\n  line 3  wire/a.txt:1  UGA 171 KEN alleged           [wrong wrong_root]  " + envoyStory[1] + "\n",
	} {
		if !strings.HasSuffix(out.String(), want) && !strings.Contains(out.String(), want) {
			t.Errorf("details\n%s\nlack\n%s", out.String(), want)
		}
	}

	out.Reset()
	if err := WriteItems(&out, rep.Unjudged); err != nil {
		t.Fatal(err)
	}
	var back Item
	if err := json.Unmarshal(out.Bytes(), &back); err != nil || !reflect.DeepEqual(back, wantItem) || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("WriteItems wrote %s (%v)", out.String(), err)
	}
}

// TestJudgeEventsErrors: a judged line whose sentence moved, is past the
// article's end, whose article is missing or which gives its article
// another date is named by file and line; the others are not.
func TestJudgeEventsErrors(t *testing.T) {
	dir := writeEnvoy(t)
	other := strings.Replace(judgedLine(1, envoyStory[1], "KENGOV 112 UGA asserted", "right"), "2024-03-05", "2024-03-06", 1)
	file := strings.Join([]string{
		judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right"),
		judgedLine(1, "Kenya said something else.", "KENGOV 112 UGA asserted", "right"),
		judgedLine(7, envoyStory[0], "KEN 161 UGA asserted", "right"),
		strings.Replace(judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right"), "wire/a.txt", "wire/b.txt", 1),
		other,
	}, "\n")
	lines, err := ReadJudged(strings.NewReader(file), "judged.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var published string
	_, err = JudgeEvents(lines, "judged.jsonl", dir, envoyCoder{&published}, periodSplit)
	a := filepath.Join(dir, "wire", "a.txt")
	want := strings.Join([]string{
		"judged.jsonl:2: sentence 1 of " + a + " is not the one annotated (sha256 " + SentenceHash(envoyStory[1]) + ", want " + SentenceHash("Kenya said something else.") + "): the corpus or the sentence splitter changed",
		"judged.jsonl:3: " + a + " has no sentence 7",
		"judged.jsonl:4: no file " + filepath.Join(dir, "wire", "b.txt") + " (is " + dir + " the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable)",
		"judged.jsonl:5: date 2024-03-06: line 1 gives wire/a.txt the date 2024-03-05",
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("error\n%v\nwant\n%s", err, want)
	}
	if published != "" {
		t.Errorf("coded an article although lines failed")
	}
}

func TestReadJudged(t *testing.T) {
	good := `{"file":"a.txt","sentence":-1,"sha256":"0123456789abcdef","source":"KEN","cameo":"161","target":"-","status":"asserted","right":true,"full":false,"why":"right","fix":""}`
	bad := func(old, new string) string { return strings.Replace(good, old, new, 1) }
	for _, tc := range []struct{ line, err string }{
		{"{", `x.jsonl:2: the line ends before its JSON object closes (a missing }, ] or ")`},
		{"[1]", "x.jsonl:2: a JSON array, not an object: each line is one JSON object {…}"},
		{bad(`"right":true`, `"right":"yes"`), `x.jsonl:2: field "right" is a JSON string; want true or false`},
		{bad(`"fix":""`, `"fix":"","note":"x"`), `x.jsonl:2: unknown field "note"`},
		{bad(`"sentence":-1`, `"sentence":"1"`), `x.jsonl:2: field "sentence" is a JSON string; want a whole number`},
		{bad(`"sentence":-1`, `"sentence":-2`), `x.jsonl:2: a judged event needs "file" and "sentence" (its index, -1 the title)`},
		{bad(`"file":"a.txt"`, `"file":"../a.txt"`), `x.jsonl:2: file "../a.txt": want a path inside the corpus folder`},
		{bad(`0123456789abcdef`, `0123456789ABCDEF`), `x.jsonl:2: sha256 "0123456789ABCDEF": want 16 lower-case hex digits`},
		{bad(`"right":true,`, ``), `x.jsonl:2: no "right" (true or false)`},
		{bad(`"cameo":"161"`, `"cameo":"16a"`), `x.jsonl:2: CAMEO code "16a": want 2 to 4 digits`},
		{bad(`"target":"-"`, `"target":""`), `x.jsonl:2: target "": want an actor code of upper-case letters, or "-" for none`},
		{bad(`"status":"asserted"`, `"status":"claimed"`), `x.jsonl:2: status "claimed": want asserted, alleged, denied, negated, future or hypothetical`},
		{bad(`"why":"right"`, `"why":"fine"`), `x.jsonl:2: why "fine": want one of right, no_event, wrong_root, wrong_source, wrong_target, target_missing, target_extra, wrong_status`},
		{bad(`"why":"right"`, `"why":"no_event"`), `x.jsonl:2: right is true but why is "no_event"`},
		{bad(`"source"`, `"date":"2024-02-30","source"`), `x.jsonl:2: date "2024-02-30": want YYYY-MM-DD`},
		{good + ` {"file":"b.txt","article":true}`, `x.jsonl:2: data after the JSON object at column 171`},
		{good + `x`, `x.jsonl:2: data after the JSON object at column 170`},
		{bad(`"right":true`, `"Right":true`), `x.jsonl:2: field "Right": keys are case-sensitive, want "right"`},
		{bad(`"sha256"`, `"SHA256"`), `x.jsonl:2: field "SHA256": keys are case-sensitive, want "sha256"`},
		{bad(`"fix":""`, `"fix":"","why":"right"`), `x.jsonl:2: field "why" given twice`},
		{bad(`"full":false,"why":"right","fix":""`, `"full":true,"why":"right","fix":"KEN 161 -"`), `x.jsonl:2: a line judged right to the full code has a "fix": nothing is left to fix`},
	} {
		_, err := ReadJudged(strings.NewReader(good+"\n"+tc.line+"\n"), "x.jsonl")
		if err == nil || err.Error() != tc.err {
			t.Errorf("%s:\nerror %v\nwant  %s", tc.line, err, tc.err)
		}
	}
	article := `{"file":"b.txt","date":"2005-01-15","article":true}`
	for _, tc := range []struct{ line, err string }{
		{`{"file":"b.txt","article":false}`, `x.jsonl:2: "article" is false: an article line has "article":true`},
		{`{"article":true}`, `x.jsonl:2: an article line needs "file"`},
		{`{"file":"b.txt","article":"yes"}`, `x.jsonl:2: field "article" is a JSON string; want true or false`},
		{`{"file":"b.txt","article":true,"note":"x"}`, `x.jsonl:2: unknown field "note"`},
		{`{"file":"b.txt","Article":true}`, `x.jsonl:2: unknown field "Article"`},
		{`{"file":"b.txt","article":true}{"file":"c.txt","article":true}`, `x.jsonl:2: data after the JSON object at column 32`},
		{`{"file":"b.txt","file":"c.txt","article":true}`, `x.jsonl:2: field "file" given twice`},
		{strings.Replace(good, `"right":true`, `"right":true,"article":true`, 1), `x.jsonl:2: unknown field "sentence"`},
		{`{"file":"b.txt","date":"2005-1-15","article":true}`, `x.jsonl:2: date "2005-1-15": want YYYY-MM-DD`},
		{`{"file":"/b.txt","article":true}`, `x.jsonl:2: file "/b.txt": want a path inside the corpus folder`},
		{article + "\n" + `{"file":"b.txt","article":true}`, `x.jsonl:3: article b.txt: already named on line 2`},
	} {
		_, err := ReadJudged(strings.NewReader(good+"\n"+tc.line+"\n"), "x.jsonl")
		if err == nil || err.Error() != tc.err {
			t.Errorf("%s:\nerror %v\nwant  %s", tc.line, err, tc.err)
		}
	}
	// a line right to the root but not the full code may give the full
	// code as its fix
	rootOnly := strings.Replace(good, `"fix":""`, `"fix":"KEN 1612 -"`, 1)
	js, err := ReadJudged(strings.NewReader("# a comment\n\n"+good+"\n"+article+"\n"+`{"file":"a.txt","article":true}`+"\n"+rootOnly+"\n"), "x.jsonl")
	want := &JudgedFile{
		Events: []Judged{
			{File: "a.txt", Sentence: -1, SHA256: "0123456789abcdef", Source: "KEN", CAMEO: "161", Target: "-", Status: "asserted", Right: true, Why: "right", Line: 3},
			{File: "a.txt", Sentence: -1, SHA256: "0123456789abcdef", Source: "KEN", CAMEO: "161", Target: "-", Status: "asserted", Right: true, Why: "right", Fix: "KEN 1612 -", Line: 6},
		},
		Articles: []JudgedArticle{
			{File: "b.txt", Date: "2005-01-15", Article: true, Line: 4},
			{File: "a.txt", Article: true, Line: 5},
		},
	}
	if err != nil || !reflect.DeepEqual(js, want) {
		t.Errorf("read %+v, %v\nwant %+v", js, err, want)
	}
}

// TestJudgeEventsArticleLines: an article named only by its article line
// is coded (with the line's date) and all its events are unjudged; an
// article line beside event lines changes no count; an article line's
// date that its event lines contradict, or whose article is missing, is
// an error naming the line.
func TestJudgeEventsArticleLines(t *testing.T) {
	dir := writeEnvoy(t)
	articleLine := `{"file":"wire/a.txt","date":"2024-03-05","article":true}`
	var published string
	run := func(file string) (*JudgedReport, error) {
		t.Helper()
		published = ""
		jf, err := ReadJudged(strings.NewReader(file), "judged.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		return JudgeEvents(jf, "judged.jsonl", dir, envoyCoder{&published}, periodSplit)
	}

	rep, err := run("# nothing in wire/a.txt was judged an event\n" + articleLine + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := (JudgedCounts{Emitted: 4, Unjudged: 4}); rep.Total != want || rep.Articles != 1 || published != "2024-03-05" {
		t.Errorf("article line alone: total %+v, articles %d, published %q; want %+v, 1, 2024-03-05", rep.Total, rep.Articles, published, want)
	}
	var got []string
	for _, it := range rep.Unjudged {
		got = append(got, fmt.Sprintf("%s %s:%d %s %s %s %s %s", it.Item, it.File, it.Sentence, it.Date, it.Source, it.CAMEO, it.Target, it.Status))
	}
	want := []string{
		"u0001 wire/a.txt:0 2024-03-05 KEN 161 UGA asserted",
		"u0002 wire/a.txt:1 2024-03-05 KENGOV 112 UGA asserted",
		"u0003 wire/a.txt:1 2024-03-05 UGA 171 KEN alleged",
		"u0004 wire/a.txt:2 2024-03-05 UGAMIL 173 KENCVL asserted",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unjudged %q\nwant      %q", got, want)
	}

	events := judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right") + "\n" +
		judgedLine(2, envoyStory[2], "UGAMIL 190 KENCVL asserted", "no_event")
	rep, err = run(events + "\n" + articleLine)
	if err != nil {
		t.Fatal(err)
	}
	if want := (JudgedCounts{Judged: 2, Right: 1, Emitted: 4, Kept: 1, KeptRight: 1, KeptFull: 1, Unjudged: 3, GoneWrong: 1}); rep.Total != want || rep.Articles != 1 {
		t.Errorf("article line after event lines: total %+v, articles %d; want %+v, 1", rep.Total, rep.Articles, want)
	}

	_, err = run(events + "\n" + strings.Replace(articleLine, "03-05", "03-06", 1) + "\n" + `{"file":"wire/b.txt","article":true}`)
	wantErr := strings.Join([]string{
		"judged.jsonl:1: date 2024-03-05: line 3 gives wire/a.txt the date 2024-03-06",
		"judged.jsonl:2: date 2024-03-05: line 3 gives wire/a.txt the date 2024-03-06",
		"judged.jsonl:4: no file " + filepath.Join(dir, "wire", "b.txt") + " (is " + dir + " the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable)",
	}, "\n")
	if err == nil || err.Error() != wantErr {
		t.Errorf("error\n%v\nwant\n%s", err, wantErr)
	}
}

func TestIsJudged(t *testing.T) {
	for _, tc := range []struct {
		data string
		want bool
	}{
		{`{"file":"a.txt","right":false}`, true},
		{`{"file":"a.txt","article":true}`, true},
		{"\n# judged events\n" + `{"right":true}`, true},
		{`{"id":"ev1","text":"x","events":[]}`, false},
		{`{"id":"ev1","text":"x","events":[]}` + "\n" + `{"right":true}`, false}, // the first line decides
		{"", false},
		{"not json", false},
	} {
		if got := IsJudged([]byte(tc.data)); got != tc.want {
			t.Errorf("IsJudged(%q) = %v, want %v", tc.data, got, tc.want)
		}
	}
}

// TestJudgedFileArticles: the open judged file names by an article line
// each of the 1,113 open articles judged (1,114 less one that is not
// UTF-8), the 508 with event lines among them (499 when the article lines
// were added; judge25 judged a first event in one more, news26 in another,
// judge29 in two more, judge31 in one more, judge34 in one more, judge35 in one more, judge37 in two more), with the date an undated
// article was coded with (BBC politics 2005-01-15, Lee ABC 2002-01-15).
func TestJudgedFileArticles(t *testing.T) {
	f, err := os.Open("../testdata/gold/judged/realnews.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	jf, err := ReadJudged(f, "realnews.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	byCorpus := map[string]int{}
	for _, a := range jf.Articles {
		named[a.File] = true
		corpus, _, _ := strings.Cut(a.File, "/")
		want := map[string]string{"bbc_politics": "2005-01-15", "lee_abc_news": "2002-01-15"}[corpus]
		if a.Date != want {
			t.Errorf("line %d: %s dated %q, want %q", a.Line, a.File, a.Date, want)
		}
		byCorpus[corpus]++
	}
	withEvents := map[string]bool{}
	for _, j := range jf.Events {
		withEvents[j.File] = true
		if !named[j.File] {
			t.Errorf("line %d: %s has no article line", j.Line, j.File)
		}
	}
	want := map[string]int{"bbc_politics": 200, "giveme5w1h": 285, "guardian_ngec": 129, "lee_abc_news": 349, "reuters21578": 150}
	if len(jf.Articles) != 1113 || len(withEvents) != 508 || !reflect.DeepEqual(byCorpus, want) {
		t.Errorf("%d article lines (%v), %d articles with event lines; want 1113 (%v), 508", len(jf.Articles), byCorpus, len(withEvents), want)
	}
}
