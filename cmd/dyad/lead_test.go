package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLeadBeforeDateline: a text story's lead printed before its
// dateline paragraph is coded, as the story's first sentence: it was
// taken for a photo caption and its event lost.
func TestLeadBeforeDateline(t *testing.T) {
	p := filepath.Join(t.TempDir(), "lead.txt")
	text := "DATE: 2024-03-04\n\nMalian troops arrested a Senegalese journalist in Bamako on Monday, officials said.\n\n" +
		"DAKAR (Reuters) - Senegal condemned the arrest and demanded his release.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			Sentence int
			Source   struct{ Code string }
			Target   *struct{ Code string }
			Cameo    string
			Status   string
			Date     string
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		target := "-"
		if e.Target != nil {
			target = e.Target.Code
		}
		got = append(got, strings.Join([]string{string(rune('0' + e.Sentence)), e.Source.Code, e.Cameo, target, e.Status, e.Date}, " "))
	}
	want := "0 MLIMIL 173 SENMED asserted 2024-03-04; 1 SEN 111 - asserted 2024-03-04; 1 SEN 1053 - asserted 2024-03-04"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("events\n%s\nwant\n%s", g, want)
	}
}
