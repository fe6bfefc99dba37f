package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write writes text to name in dir and returns its path.
func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	judgedText = `{"file":"wire/a.txt","sentence":0,"sha256":"0123456789abcdef","source":"KEN","cameo":"161","target":"UGA","status":"asserted","right":true,"full":true,"why":"right","fix":""}`
	itemsText  = `{"item":"u0001","file":"wire/a.txt","sentence":2,"sha256":"1111111111111111","date":"2024-03-05","text":"Ugandan troops detained 12 Kenyan fishermen.","source":"UGAMIL","source_text":"Ugandan troops","cameo":"173","target":"KENCVL","target_text":"Kenyan fishermen","status":"asserted"}
{"item":"u0002","file":"wire/a.txt","sentence":3,"sha256":"2222222222222222","source":"UGAGOV","cameo":"036","target":"KEN","status":"future"}
{"item":"u0003","file":"wire/a.txt","sentence":0,"sha256":"0123456789abcdef","source":"KEN","cameo":"161","target":"UGA","status":"asserted"}
{"item":"u0004","file":"wire/a.txt","sentence":4,"sha256":"3333333333333333","source":"KEN","cameo":"010","target":"-","status":"asserted"}
`
)

func TestAddJudgments(t *testing.T) {
	dir := t.TempDir()
	judged := write(t, dir, "judged.jsonl", judgedText) // (no final newline)
	items := write(t, dir, "items.jsonl", itemsText)
	verdicts := write(t, dir, "verdicts.jsonl", `{"item":"u0002","verdict":"wrong","full":false,"why":"wrong_status","fix":"UGAGOV 036 KEN asserted","note":"they agreed"}

{"item":"u0001","verdict":"right","full":true,"why":"right","fix":""}
{"item":"u0003","verdict":"right","full":true,"why":"right","fix":""}
`)
	sum, err := addJudgments(items, verdicts, judged)
	if err != nil {
		t.Fatal(err)
	}
	if want := "added 2 judged events (1 right) to " + judged + "; 1 already judged; 1 items without a verdict"; sum != want {
		t.Errorf("said %q\nwant %q", sum, want)
	}
	got, err := os.ReadFile(judged)
	if err != nil {
		t.Fatal(err)
	}
	want := judgedText + "\n" +
		`{"file":"wire/a.txt","sentence":3,"sha256":"2222222222222222","source":"UGAGOV","cameo":"036","target":"KEN","status":"future","right":false,"full":false,"why":"wrong_status","fix":"UGAGOV 036 KEN asserted"}` + "\n" +
		`{"file":"wire/a.txt","sentence":2,"sha256":"1111111111111111","date":"2024-03-05","source":"UGAMIL","cameo":"173","target":"KENCVL","status":"asserted","right":true,"full":true,"why":"right","fix":""}` + "\n"
	if string(got) != want {
		t.Errorf("judged file\n%s\nwant\n%s", got, want)
	}
}

// TestAddJudgmentsErrors: a bad verdict is named by file and line and
// nothing is written.
func TestAddJudgmentsErrors(t *testing.T) {
	for _, tc := range []struct{ verdicts, err string }{
		{`{"item":"u0009","verdict":"right","why":"right"}`, `:1: item "u0009" is not in `},
		{`{"item":"u0001","verdict":"right","why":"right"}` + "\n" + `{"item":"u0001","verdict":"wrong","why":"no_event"}`, ":2: item u0001 judged twice (first on line 1)"},
		{`{"item":"u0001","verdict":"yes","why":"right"}`, `:1: item u0001: verdict "yes": want right or wrong`},
		{`{"item":"u0001","verdict":"wrong","why":"bad_source"}`, `:1: item u0001: why "bad_source": want one of right, no_event,`},
		{`{"item":"u0001","verdict":"wrong","why":"right"}`, `:1: item u0001: verdict wrong but why "right"`},
		{`{"item":"u0001","verdict":"right",`, `:1: unexpected end of JSON input`},
	} {
		dir := t.TempDir()
		judged := write(t, dir, "judged.jsonl", judgedText+"\n")
		items := write(t, dir, "items.jsonl", itemsText)
		verdicts := write(t, dir, "verdicts.jsonl", tc.verdicts)
		_, err := addJudgments(items, verdicts, judged)
		if err == nil || !strings.HasPrefix(err.Error(), verdicts) || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s:\nerror %v\nwant %s%s…", tc.verdicts, err, verdicts, tc.err)
		}
		if got, _ := os.ReadFile(judged); string(got) != judgedText+"\n" {
			t.Errorf("%s: the judged file changed:\n%s", tc.verdicts, got)
		}
	}
}
