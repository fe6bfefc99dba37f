package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeRepeats: dyad code codes an article given again in one run
// once, as dyad ingest stores it once, and warns of each repeat by its
// input and item: a feed item listed twice (same guid and link), a story
// at another address with the same headline and text, and a file named
// twice. The first article of each is coded.
func TestCodeRepeats(t *testing.T) {
	dir := t.TempDir()
	item := func(link, title string) string {
		return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid>" +
			"<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate><description>ANKARA (Reuters) - Turkish troops " +
			"shelled Kurdish militant positions near the Iraqi border on Wednesday, the army said.</description></item>"
	}
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>w</description>` +
		item("https://wire.example/a", "Troops shell border posts") +
		item("https://wire.example/a", "Troops shell border posts") +
		item("https://mirror.example/a", "Troops shell border posts") +
		`</channel></rss>`
	feed := filepath.Join(dir, "wire.rss")
	if err := os.WriteFile(feed, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(txt, []byte("DATE: 2024-03-06\n\nGreek police arrested two men in Athens on Wednesday, a spokesman said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", feed, txt, txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var e struct {
			Source struct{ Code string } `json:"source"`
			Target struct{ Code string } `json:"target"`
			CAMEO  string                `json:"cameo"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		got = append(got, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code)
	}
	if want := []string{"TURMIL 194 TURREB", "GRCCOP 173 GRCCVL"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("events %q, want %q", got, want)
	}
	want := []string{
		"dyad: warning: " + feed + " item 2: a repeat of " + feed + " item 1 (the same address, https://wire.example/a): not coded again",
		"dyad: warning: " + feed + " item 3: the same text as " + feed + " item 1: not coded again",
		"dyad: warning: " + txt + ": a repeat of " + txt + " (the same text, id ",
	}
	for _, w := range want {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	if n := strings.Count(errs, "not coded again"); n != 3 {
		t.Errorf("%d repeats warned of, want 3:\n%s", n, errs)
	}
}
