package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/ingest"
	"github.com/dyad-events/dyad/output"
)

// TestFormatFlagHint: a flag named after an output format ("dyad events
// --json") is a usage error (exit 2) that names the --format flag the
// command takes; another unknown flag, and a format flag on a command
// whose --json prints its report, get no hint.
func TestFormatFlagHint(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // the first line of standard error
	}{
		{[]string{"events", "--db", "x.db", "--json"}, "dyad: unknown flag: --json (did you mean --format json?)"},
		{[]string{"events", "--jsonl"}, "dyad: unknown flag: --jsonl (did you mean --format jsonl?)"},
		{[]string{"code", "--gdelt", "-"}, "dyad: unknown flag: --gdelt (did you mean --format gdelt?)"},
		{[]string{"export", "--db", "x.db", "--csv"}, "dyad: unknown flag: --csv (did you mean --format csv?)"},
		{[]string{"export", "--gdelt-mentions"}, "dyad: unknown flag: --gdelt-mentions (did you mean --format gdelt-mentions?)"},
		{[]string{"events", "--jsn"}, "dyad: unknown flag: --jsn"},
		{[]string{"events", "--plover"}, "dyad: flag needs an argument: --plover"},
		{[]string{"ingest", "--csv"}, "dyad: unknown flag: --csv"},
		{[]string{"extract", "--json"}, "dyad: unknown flag: --json"},
	} {
		_, errs, code := run(t, c.args...)
		first, _, _ := strings.Cut(errs, "\n")
		if code != 2 || first != c.want {
			t.Errorf("%v: exit %d, %q; want exit 2, %q", c.args, code, first, c.want)
		}
	}
}

// TestNotEnglishIngestExtract: dyad ingest and dyad extract warn of an
// input that does not look English as dyad code does, once per input, on
// standard error, and go on (exit 0); ingest --json lists the inputs
// under not_english, in input order, and stores their articles.
func TestNotEnglishIngestExtract(t *testing.T) {
	txt, jsonl, en := notEnglishInputs(t)
	want := "dyad: warning: " + txt + ": the text does not look English; dyad codes English news only\n" +
		"dyad: warning: " + jsonl + ": the text does not look English (4 of 4 articles); dyad codes English news only\n"

	out, errs, code := run(t, "extract", "--jsonl", en, jsonl, txt)
	wantExtract := "dyad: warning: " + jsonl + ": the text does not look English (4 of 4 articles); dyad codes English news only\n" +
		"dyad: warning: " + txt + ": the text does not look English; dyad codes English news only\n"
	if code != 0 || errs != wantExtract || strings.Count(out, "\n") != 6 {
		t.Errorf("extract: exit %d, %d lines, stderr %q; want exit 0, 6 lines, stderr %q", code, strings.Count(out, "\n"), errs, wantExtract)
	}

	db := filepath.Join(t.TempDir(), "s.db")
	out, errs, code = run(t, "ingest", "--json", "--db", db, txt, jsonl, en)
	if code != 0 || errs != "" {
		t.Errorf("ingest --json: exit %d, stderr %q; want exit 0, nothing on stderr (the warnings are the JSON's not_english)", code, errs)
	}
	if _, errs, code := run(t, "ingest", "--db", filepath.Join(t.TempDir(), "t.db"), txt, jsonl, en); code != 0 || !strings.HasPrefix(errs, want+"ingested 3 inputs: 6 articles read, 6 added") {
		t.Errorf("ingest: exit %d, stderr %q; want exit 0, the warnings %q, then the summary", code, errs, want)
	}
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, out)
	}
	wantNE := []ingest.NotEnglish{{Input: txt, Articles: 1, Of: 1}, {Input: jsonl, Articles: 4, Of: 4}}
	if !reflect.DeepEqual(sum.NotEnglish, wantNE) {
		t.Errorf("not_english %+v, want %+v", sum.NotEnglish, wantNE)
	}
	// again: every article already stored, still judged
	_, errs, code = run(t, "ingest", "--db", db, en, txt)
	wantAgain := "dyad: warning: " + txt + ": the text does not look English; dyad codes English news only\ningested 2 inputs: 2 articles read, 0 added"
	if code != 0 || !strings.HasPrefix(errs, wantAgain) {
		t.Errorf("ingest again: exit %d, stderr %q; want %q…", code, errs, wantAgain)
	}
	// an English input alone: no warning, "not_english": []
	out, errs, code = run(t, "ingest", "--json", "--db", filepath.Join(t.TempDir(), "e.db"), en)
	if code != 0 || errs != "" || !strings.Contains(out, `"not_english": []`) {
		t.Errorf("English ingest: exit %d, stderr %q, stdout %s", code, errs, out)
	}
}

// TestGDELTMentionOffsets: dyad code --format gdelt-mentions and dyad
// export --format gdelt-mentions give a titled two-paragraph article's
// mentions the same rows: SentenceID counted from the title (1), the
// offsets in characters from the start of the article's text (title,
// blank line, paragraphs; the dateline taken off), MentionDocLen its
// length. An event told in three sentences has three rows; the title's
// and the first sentence's "Kenya" (KEN, folded into the president's
// KENGOV) have their own source offsets.
func TestGDELTMentionOffsets(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "kenya.txt")
	text := "TITLE: Kenya thanks Japan for aid\nDATE: 2024-03-04\nURL: https://example.org/kenya-japan\nSOURCE: Example Wire\n\n" +
		"NAIROBI, March 4 — Kenya thanked Japan for flood relief on Monday.\n\n" +
		"The aid arrived by air on Sunday. Kenyan police arrested two opposition leaders in Mombasa on Tuesday, " +
		"and Kenya’s president thanked Japan for the relief again.\n"
	if err := os.WriteFile(story, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// SentenceID, Actor1, Actor2 and Action offsets, InRawText,
	// Confidence, MentionDocLen; then the words at the three offsets
	// The second thanks, after ", and" with no date of its own, takes
	// Tuesday from the clause before it, so it is an event apart from the
	// headline's and the lead's Monday thanks (one event, two mentions).
	want := []string{
		"1 0 13 6 1 78 237 | Kenya | Japan | thanks",
		"2 28 42 34 1 78 237 | Kenya | Japan | thanked",
		"4 111 138 125 1 72 237 | Kenyan police | opposition | arrested",
		"4 184 210 202 1 86 237 | Kenya’s president | Japan | thanked",
	}
	out, errs, code := run(t, "extract", "--jsonl", story)
	var a dyad.Article
	if err := json.Unmarshal([]byte(out), &a); code != 0 || err != nil {
		t.Fatalf("extract: exit %d, %v, %s", code, err, errs)
	}
	doc := []rune(a.Document())
	rows := func(out string) []string {
		var got []string
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != output.GDELTMentionColumns {
				t.Fatalf("%d columns: %q", len(f), line)
			}
			words := []string{strings.Join(f[6:13], " ")}
			for _, off := range f[7:10] {
				n, _ := strconv.Atoi(off)
				w := ""
				if n >= 0 {
					w = strings.FieldsFunc(string(doc[n:]), func(r rune) bool { return r == ' ' || r == '.' })[0]
					if w == "Kenya’s" || w == "Kenyan" {
						w += " " + strings.Fields(string(doc[n:]))[1]
					}
				}
				words = append(words, w)
			}
			got = append(got, strings.Join(words, " | "))
		}
		return got
	}
	out, errs, code = run(t, "code", "--format", "gdelt-mentions", story)
	if got := rows(out); code != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("code: exit %d, %s\n got %q\nwant %q", code, errs, got, want)
	}
	// the events table counts, for each event, the mentions rows it has
	// (NumMentions, GDELT column 32)
	perEvent := map[string]int{}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		perEvent[strings.Split(line, "\t")[0]]++
	}
	evOut, errs, code := run(t, "code", "--format", "gdelt", story)
	nm := map[string]int{}
	for _, line := range strings.Split(strings.TrimSuffix(evOut, "\n"), "\n") {
		f := strings.Split(line, "\t")
		nm[f[0]], _ = strconv.Atoi(f[31])
	}
	if code != 0 || !reflect.DeepEqual(nm, perEvent) {
		t.Errorf("code --format gdelt: exit %d, %s: NumMentions %v, mentions rows %v", code, errs, nm, perEvent)
	}
	db := filepath.Join(dir, "k.db")
	if _, errs, code := run(t, "ingest", "--db", db, story); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errs)
	}
	out, errs, code = run(t, "export", "--db", db, "--format", "gdelt-mentions")
	if got := rows(out); code != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("export: exit %d, %s\n got %q\nwant %q", code, errs, got, want)
	}
}

// TestFailureShape: dyad ingest --json and dyad bench --json report the
// same bad file as the same failure record, {"input": FILE:LINE, "error":
// what failed}, and the text summaries print it as FILE:LINE: error.
func TestFailureShape(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "latin.txt")
	good := filepath.Join(dir, "aid.txt")
	if err := os.WriteFile(bad, []byte("TITLE: Aid\n\nKenya thanked Japan for the caf\xe9 aid.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, []byte("TITLE: Aid\nDATE: 2024-03-04\n\nKenya thanked Japan for flood relief on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `[{"input":"` + bad + `:3","error":"invalid UTF-8 (byte 0xE9 at column 32)"}]`
	var rep struct {
		Failures json.RawMessage `json:"failures"`
	}
	out, errs, code := run(t, "ingest", "--json", "--db", filepath.Join(dir, "s.db"), good, bad)
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || compact(t, rep.Failures) != want {
		t.Errorf("ingest --json: exit %d, failures %s, %v; want exit 1, %s", code, rep.Failures, err, want)
	}
	if want := "dyad: 1 input failed (listed in the JSON summary)\n"; errs != want {
		t.Errorf("ingest --json: stderr %q, want only %q", errs, want)
	}
	_, errs, _ = run(t, "ingest", "--db", filepath.Join(dir, "s2.db"), good, bad)
	if line := "\n  failed: " + bad + ":3: invalid UTF-8 (byte 0xE9 at column 32)\n"; !strings.Contains(errs, line) {
		t.Errorf("ingest: stderr %q, want %q", errs, line)
	}
	// (the files named, as to ingest: in a folder, both read a text file
	// in Windows-1252 as such, TestBenchReadsAsIngest)
	out, errs, code = run(t, "bench", "--json", "--workers", "1", "--repeat", "1", good, bad)
	rep.Failures = nil
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || compact(t, rep.Failures) != want {
		t.Errorf("bench --json: exit %d, failures %s, %v (%s); want exit 1 (a file failed), %s", code, rep.Failures, err, errs, want)
	}
}

// TestBenchReadsAsIngest: a folder's text file in Windows-1252 is read as
// such by dyad ingest (with a warning) and by dyad bench alike; bench
// failed it, "invalid UTF-8", exit 1 (lee_abc_news's lee_test_41.txt,
// session 70).
func TestBenchReadsAsIngest(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "latin.txt"), []byte("TITLE: Aid\nDATE: 2024-03-04\n\nKenya thanked Japan for the caf\xe9 aid on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "ingest", "--db", filepath.Join(t.TempDir(), "s.db"), dir)
	if code != 0 || !strings.Contains(errs, "latin.txt: not UTF-8: read as Windows-1252 (Latin-1)") {
		t.Errorf("ingest: exit %d, stderr %q; want 0 and the Windows-1252 warning", code, errs)
	}
	var rep struct {
		Failures []json.RawMessage `json:"failures"`
		Stages   []struct {
			Name     string `json:"stage"`
			Articles int    `json:"articles"`
		} `json:"stages"`
	}
	out, errs, code := run(t, "bench", "--json", "--workers", "1", "--repeat", "1", dir)
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || len(rep.Failures) != 0 || len(rep.Stages) == 0 || rep.Stages[len(rep.Stages)-1].Articles != 1 {
		t.Errorf("bench: exit %d, %v, report %+v, stderr %q; want exit 0, no failure, 1 article", code, err, rep, errs)
	}
}

// compact is the JSON raw without insignificant white space.
func compact(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return fmt.Sprintf("%s (%v)", raw, err)
	}
	return b.String()
}
