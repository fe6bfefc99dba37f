package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDBDirectory: a --db naming a directory is a usage error (exit 2)
// naming it, for every command that takes --db, before any queue or store
// is touched.
func TestDBDirectory(t *testing.T) {
	dir := t.TempDir()
	want := "dyad: --db " + dir + ": is a directory, not a store file (give a file path, as news.db)\n"
	for _, args := range [][]string{
		{"ingest", "--db", dir, "../../examples/01_korea_missile_launch.txt"},
		{"ingest", "--db", dir},
		{"events", "--db", dir},
		{"export", "--db", dir, "--format", "jsonl"},
		{"serve", "--db", dir},
		{"worker", "--db", dir, "--queue", "nats://127.0.0.1:1"},
		{"status", "--db", dir},
	} {
		out, errs, code := run(t, args...)
		if code != 2 || errs != want || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2, stderr %q", args, code, out, errs, want)
		}
	}
}

// TestQuickStartIgnored: every file the README's Quick start writes in the
// repository (the binary, the --db store and its -wal and -shm files, a
// "> FILE" output) matches a line of .gitignore, so that following the
// Quick start leaves nothing untracked (a fresh user found events.tsv).
func TestQuickStartIgnored(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ignore, err := os.ReadFile(filepath.Join(root, ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	block := section(string(readme), "## Quick start\n", "\n## ")
	_, block, _ = strings.Cut(block, "```sh\n")
	block, _, _ = strings.Cut(block, "```")
	var written []string
	for _, line := range strings.Split(block, "\n") {
		line, _, _ = strings.Cut(line, "#")
		w := strings.Fields(strings.ReplaceAll(line, ">", " > "))
		for i := 0; i+1 < len(w); i++ {
			switch w[i] {
			case ">", "-o":
				written = append(written, w[i+1])
			case "--db":
				written = append(written, w[i+1], w[i+1]+"-wal", w[i+1]+"-shm")
			}
		}
	}
	want := []string{"dyad", "news.db", "news.db-wal", "news.db-shm", "events.tsv"}
	if strings.Join(written, " ") == "" {
		t.Fatal("found no file the Quick start writes")
	}
	seen := map[string]bool{}
	for _, f := range written {
		seen[f] = true
	}
	for _, f := range want {
		if !seen[f] {
			t.Errorf("Quick start does not write %s; update this test", f)
		}
	}
	for f := range seen {
		ok := false
		for _, pat := range strings.Split(string(ignore), "\n") {
			pat = strings.TrimPrefix(strings.TrimSpace(pat), "/")
			if m, _ := filepath.Match(pat, f); m && pat != "" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("the Quick start writes %s, which .gitignore does not ignore", f)
		}
	}
}

// TestLatin1Text: a Windows-1252 text file is a failure naming file, line
// and byte, as the README's input section says, and the same page in HTML
// is read.
func TestLatin1Text(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(txt, []byte("TITLE: Talks\nDATE: 2024-03-04\n\nPresident Fran\xe7ois Hollande of France met Chancellor Angela Merkel in Berlin on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", txt)
	want := "dyad: " + txt + ":4: invalid UTF-8 (byte 0xE7 at column 15)\ndyad: 1 of 1 input failed\n"
	if code != 1 || out != "" || errs != want {
		t.Errorf("Latin-1 text: exit %d, stdout %q, stderr %q; want exit 1, stderr %q", code, out, errs, want)
	}
	page := filepath.Join(dir, "story.html")
	if err := os.WriteFile(page, []byte("<html><head><meta charset=\"windows-1252\"><title>Talks</title></head><body><article><p>President Fran\xe7ois Hollande of France met Chancellor Angela Merkel in Berlin on Monday.</p></article></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code = run(t, "extract", page)
	if code != 0 || errs != "" || !strings.Contains(out, `"President François Hollande of France met Chancellor Angela Merkel in Berlin on Monday."`) {
		t.Errorf("Windows-1252 HTML: exit %d, stderr %q, stdout %s", code, errs, out)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(readme)), " ")
	for _, s := range []string{
		"Text and JSON Lines inputs named alone must be UTF-8 (ASCII is UTF-8; UTF-16 is decoded, as said above)",
		// and the exception said beside it (session 74)
		"A text file that `dyad ingest` finds in a folder or by a quoted pattern is the exception: it is read as Windows-1252 with a warning",
		"`story.txt:4: invalid UTF-8 (byte 0xE7 at column 30)`",
		"An HTML page is read in the charset it declares",
	} {
		if !strings.Contains(flat, s) {
			t.Errorf("README does not say %q", s)
		}
	}
}

// TestIngestFailedInputs: one JSON Lines file with a bad line, a bool id
// and an id stored with another text is one input failed, with its three
// failures counted apart (it said "2 inputs failed"); its record with a
// numeric id is stored under that id.
func TestIngestFailedInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "wire.jsonl")
	lines := `{"id":"a1","date":"2024-03-04","text":"Kenya recalled its ambassador to Chile on Monday."}
{"id":"a1","date":"2024-03-04","text":"Chile expelled two Kenyan diplomats on Monday."}
{"id":"a2",
{"id":true,"date":"2024-03-04","text":"Kenya recalled its ambassador to Peru on Monday."}
{"id":7,"date":"2024-03-05","text":"Kenya recalled its ambassador to Peru on Tuesday."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	_, errs, code := run(t, "ingest", "--db", db, in)
	for _, want := range []string{
		"ingested 1 input: 3 articles read, 2 added",
		"\n  failed: " + in + ":3: bad JSON: unexpected EOF\n",
		"\n  failed: " + in + ":4: bad JSON: field \"id\" is a JSON bool\n",
		"\n  failed: " + in + ":2: article id a1 is stored already with a different text\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("ingest: stderr lacks %q:\n%s", want, errs)
		}
	}
	if last := "dyad: 1 input failed: 3 failures (listed above)\n"; code != 1 || !strings.HasSuffix(errs, last) {
		t.Errorf("ingest: exit %d, stderr %q; want exit 1, ending %q", code, errs, last)
	}
	out, errs, code := run(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 || !strings.Contains(out, `"article_id":"7"`) || !strings.Contains(out, `"article_id":"a1"`) {
		t.Errorf("export: exit %d, stderr %q; want events of articles a1 and 7:\n%s", code, errs, out)
	}
}

// TestDictUnknownRole: dyad code --dict with a role typo exits 2 naming
// file and line, and prints no event (the typo leaked into events).
func TestDictUnknownRole(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "dict")
	if err := os.Mkdir(dict, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dict, "mine.txt"), []byte("# my people\nShamina Begum | GBRCLV | person\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("TITLE: Protest\nDATE: 2024-03-04\n\nShamina Begum criticized the Home Office on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", "--dict", dict, story)
	want := "dyad: " + filepath.Join(dict, "mine.txt") + ":2: code GBRCLV: no role CLV (did you mean CVL?)\n"
	if code != 2 || out != "" || errs != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, stderr %q", code, out, errs, want)
	}
}

// TestNotEnglishWarning: a text that is not English is coded (no event)
// with one warning naming the input, and exit 0; a JSON Lines input of
// short German records warns once, counting them; English warns not.
func TestNotEnglishWarning(t *testing.T) {
	txt, jsonl, en := notEnglishInputs(t)
	out, errs, code := run(t, "code", "--format", "json", txt, jsonl, en)
	want := "dyad: warning: " + txt + ": the text does not look English; dyad codes English news only\n" +
		"dyad: warning: " + jsonl + ": the text does not look English (4 of 4 articles); dyad codes English news only\n"
	if code != 0 || errs != want {
		t.Errorf("exit %d, stderr %q; want exit 0, stderr %q", code, errs, want)
	}
	if strings.Contains(out, `"article_id":"h`) {
		t.Errorf("events from the German records:\n%s", out)
	}
}

// notEnglishInputs writes three inputs in a temporary folder: a German
// text file (one article), a German JSON Lines file (four short
// articles) and an English text file.
func notEnglishInputs(t *testing.T) (txt, jsonl, en string) {
	t.Helper()
	dir := t.TempDir()
	de := "Die Regierung in Berlin hat am Montag angekündigt, dass sie die Hilfen für die betroffenen Regionen deutlich erhöhen wird. " +
		"Der Minister sagte, man werde die Gelder schnell und ohne große Hürden auszahlen, damit die Menschen vor dem Winter wieder in ihre Häuser ziehen können. " +
		"Die Opposition kritisierte den Plan als zu spät und zu klein, und sie forderte eine unabhängige Prüfung der bisherigen Maßnahmen. " +
		"Nach Angaben der Behörden sind noch immer viele Straßen gesperrt, und in einigen Dörfern gibt es seit Tagen keinen Strom."
	txt = filepath.Join(dir, "hilfe.txt")
	jsonl = filepath.Join(dir, "hilfe.jsonl")
	en = filepath.Join(dir, "aid.txt")
	var recs strings.Builder
	for i, s := range strings.SplitAfter(de, ". ") {
		fmt.Fprintf(&recs, `{"id":"h%d","date":"2024-03-04","text":%q}`+"\n", i, s)
	}
	for name, data := range map[string]string{
		txt:   "TITLE: Hilfe\nDATE: 2024-03-04\n\n" + de + "\n",
		jsonl: recs.String(),
		en:    "TITLE: Aid\nDATE: 2024-03-04\n\nThe government in Berlin said on Monday that it would sharply raise aid to the regions hit by the floods, and the minister said that the money would be paid quickly and without red tape so that people could move back into their homes before winter, while the opposition called the plan too late and too small.\n",
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return txt, jsonl, en
}

// TestDictOverride: a --dict line giving a built-in phrase another code
// (Hamas, PSEREB built in) is used instead of the built-in line: the
// event's source is the user's code, and the exit 0.
func TestDictOverride(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "dict")
	if err := os.Mkdir(dict, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dict, "mine.txt"), []byte("# coded as the state's own\nHamas | PSEGOV | org\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	story := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(story, []byte("TITLE: Truce\nDATE: 2024-03-04\n\nHamas rejected the Israeli proposal on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"code", "--format", "csv", story}, "PSEREB"},
		{[]string{"code", "--format", "csv", "--dict", dict, story}, "PSEGOV"},
	} {
		out, errs, code := run(t, c.args...)
		if code != 0 || !strings.Contains(out, ","+c.want+",") || strings.Contains(out, "PSEREB") != (c.want == "PSEREB") {
			t.Errorf("%v: exit %d, stderr %q, events:\n%s\nwant Hamas coded %s", c.args, code, errs, out, c.want)
		}
	}
}

// TestIngestSkipsDictFolder: ingest of a folder holding the --dict folder
// reads the dictionaries as dictionaries, never as articles.
func TestIngestSkipsDictFolder(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	dict := filepath.Join(news, "dict")
	if err := os.MkdirAll(dict, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(news, "a.txt"), []byte("Kenya recalled its ambassador to Uganda on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dict, "mine.txt"), []byte("# my people\nShamina Begum | GBRCVL | person\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "ingest", "--db", filepath.Join(dir, "s.db"), "--dict", dict, "--date", "2024-07-13", news)
	if want := "ingested 1 input: 1 article read, 1 added"; code != 0 || !strings.Contains(errs, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errs, want)
	}
}
