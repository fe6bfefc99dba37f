package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/eval"
)

// TestEvalCorporaEnv: dyad eval reads corpus gold lines from the folder
// DYAD_CORPORA names when --corpora is not given, and says how to name it
// when the file is not there.
func TestEvalCorporaEnv(t *testing.T) {
	corp := t.TempDir()
	if err := os.MkdirAll(filepath.Join(corp, "wire"), 0o755); err != nil {
		t.Fatal(err)
	}
	sent := "Kenyan police arrested two journalists in Nairobi on Monday."
	if err := os.WriteFile(filepath.Join(corp, "wire", "a.txt"), []byte("DATE: 2024-03-06\n\n"+sent+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(t.TempDir(), "g.jsonl")
	line := `{"id":"c1","file":"wire/a.txt","sentence":0,"sha256":"` + eval.SentenceHash(sent) + `","events":[{"source":"KENCOP","cameo":"173","target":"KENMED"}]}` + "\n"
	if err := os.WriteFile(gold, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DYAD_CORPORA", corp)
	out, errs, code := run(t, "eval", "-q", gold)
	if code != 0 || !strings.Contains(out, "1 sentences") && !strings.Contains(out, "precision") {
		t.Fatalf("dyad eval with DYAD_CORPORA: exit %d\n%s%s", code, out, errs)
	}
	t.Setenv("DYAD_CORPORA", filepath.Join(corp, "missing"))
	_, errs, code = run(t, "eval", "-q", gold)
	if code != 1 || !strings.Contains(errs, "DYAD_CORPORA") {
		t.Errorf("dyad eval with a wrong DYAD_CORPORA: exit %d, stderr %q, want 1 and a hint naming DYAD_CORPORA", code, errs)
	}
}
