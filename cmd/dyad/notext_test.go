package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoTextWording: dyad code and dyad ingest say an input with no
// story text in the same words (article.NoText), ingest adding that it
// stored nothing: a text file of headers alone was "no story text found
// (a title only: …)" in code and "no story text on the page (empty or
// truncated)" in ingest, and an empty HTML page "no text found (no title,
// no story)" and "no story text on the page" (known leftover).
func TestNoTextWording(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, data, why string }{
		{"hdr.txt", "TITLE: Peru recalls envoy\nDATE: 2024-03-02\n\n", "no story text found (a title only: an empty, navigation-only or truncated page)"},
		{"blank.html", "<html><head></head><body><script>var x;</script></body></html>", "no text found (no title, no story)"},
	} {
		in := filepath.Join(dir, c.name)
		if err := os.WriteFile(in, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errs, code := run(t, "code", in)
		if code != 1 || !strings.Contains(errs, "dyad: "+in+": "+c.why+"\n") {
			t.Errorf("code %s: exit %d, stderr:\n%s\nwant exit 1 and %q", c.name, code, errs, in+": "+c.why)
		}
		_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, c.name+".db"), in)
		if code != 1 || !strings.Contains(errs, "  failed: "+in+": "+c.why+": not stored\n") {
			t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant exit 1 and %q", c.name, code, errs, in+": "+c.why+": not stored")
		}
	}
}

// TestCutFragmentCoded: an HTML fragment cut off mid-sentence is coded
// and stored without its unfinished sentence, with a warning naming the
// input, its last line and the words dropped: "China warned Jap" gave
// CHN 130 beside the recall's 161, silently (known leftover).
func TestCutFragmentCoded(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "cut.html")
	if err := os.WriteFile(in, []byte("<p>China recalled its ambassador from Tokyo on Tuesday.</p>\n<p>China warned Jap"), 0o644); err != nil {
		t.Fatal(err)
	}
	warn := "dyad: warning: " + in + `:2: the HTML ends mid-sentence, as if cut off ("China warned Jap"): that sentence is not coded` + "\n"
	out, errs, code := run(t, "code", "--format", "json", "--date", "2024-12-04", in)
	got := projectLines(t, out)
	if code != 0 || len(got) != 1 || got[0].Source != "CHN" || got[0].Target != "JPN" || got[0].CAMEO != "161" || got[0].Status != "asserted" || got[0].Sentence != 0 {
		t.Errorf("exit %d, events %+v; want one, CHN 161 JPN asserted in sentence 0", code, got)
	}
	if !strings.Contains(errs, warn) {
		t.Errorf("code: stderr:\n%s\nwant %q", errs, warn)
	}
	_, errs, code = run(t, "ingest", "--db", filepath.Join(dir, "cut.db"), "--date", "2024-12-04", in)
	if code != 0 || !strings.Contains(errs, warn) || !strings.Contains(errs, "1 article read, 1 added") || !strings.Contains(errs, "1 new event,") {
		t.Errorf("ingest: exit %d, stderr:\n%s\nwant exit 0, %q, the article stored with 1 new event", code, errs, warn)
	}
}
