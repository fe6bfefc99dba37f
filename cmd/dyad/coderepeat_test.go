package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeRepeats: dyad code codes an article read again in one run
// once, as dyad ingest stores it once, and warns of the first repeat of
// each input by its input and item, counting the others as the input
// ends: a feed item listed twice (same guid and link), the same headline
// and text at another address, a file named twice. A JSON Lines record
// repeating an earlier record's id is warned of once, by the reader,
// not again. The first article of each is coded.
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
	mirror := filepath.Join(dir, "mirror.rss")
	txt := filepath.Join(dir, "note.txt")
	jsonl := filepath.Join(dir, "wire.jsonl")
	for name, data := range map[string]string{
		feed:   rss,
		mirror: strings.Replace(rss, "wire.example/a", "other.example/b", 2),
		txt:    "DATE: 2024-03-06\n\nGreek police arrested two men in Athens on Wednesday, a spokesman said.\n",
		jsonl: `{"id":"k1","published":"2024-03-06","text":"Kenyan police detained three protesters in Nairobi on Wednesday."}` + "\n" +
			`{"id":"k1","published":"2024-03-06","text":"Ugandan police detained four protesters in Kampala on Wednesday."}` + "\n",
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := run(t, "code", feed, mirror, txt, txt, jsonl)
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
	if want := []string{"TURMIL 194 TURREB", "GRCCOP 173 GRCCVL", "KENCOP 173 KENCVL"}; strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("events %q, want %q", got, want)
	}
	var warned []string
	for _, l := range strings.Split(errs, "\n") {
		if strings.Contains(l, "repeat") || strings.Contains(l, "same headline") || strings.Contains(l, "one article id") {
			warned = append(warned, l)
		}
	}
	want := []string{
		"dyad: warning: " + feed + " item 2: a repeat of " + feed + " item 1 (the same address, https://wire.example/a): not coded again",
		"dyad: warning: " + feed + ": 1 more repeat of an article read before was not coded (the last " + feed + " item 3)",
		"dyad: warning: " + mirror + " item 1: the same headline and text as " + feed + " item 1: not coded again",
		"dyad: warning: " + mirror + ": 2 more repeats of articles read before were not coded (the last " + mirror + " item 3)",
		"dyad: warning: " + txt + ": a repeat of " + txt + " (the same text, id ",
		"dyad: warning: " + jsonl + `:2: id "k1" is line 1's too: two records, one article id (a store keeps the first record of an id and skips the other when its text is the same, or fails it when its text differs; dyad code codes the first)`,
	}
	if len(warned) != len(want) {
		t.Fatalf("warned:\n%s\nwant:\n%s", strings.Join(warned, "\n"), strings.Join(want, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(warned[i], w) {
			t.Errorf("warning %d:\n%s\nwant:\n%s", i+1, warned[i], w)
		}
	}
}
