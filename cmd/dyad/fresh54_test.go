package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestFolderLatin1Feed: a Latin-1 feed with no XML declaration
// (<rss> first, as a real Portuguese feed is served) found in a folder
// or by a quoted pattern gets the feed's own warning, naming the first
// byte not ASCII and its line, as when it is named on its own; it was
// given the warning of a text file in a folder, "as a page that
// declares no charset is", with neither byte nor line.
func TestIngestFolderLatin1Feed(t *testing.T) {
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds")
	if err := os.Mkdir(feeds, 0o755); err != nil {
		t.Fatal(err)
	}
	rss := "<rss version=\"2.0\">\n<channel>\n<title>Not\xedcias</title>\n<link>https://example.org/</link>\n" +
		"<item><title>Iran expels diplomats</title><link>https://example.org/a</link>" +
		"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>" +
		"<description>Iran expelled two British diplomats on Friday, the caf\xe9 owners said.</description></item>\n" +
		"</channel>\n</rss>\n"
	p := filepath.Join(feeds, "latin.rss")
	if err := os.WriteFile(p, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "dyad: warning: " + p + ": not UTF-8 and declares no encoding: read as Windows-1252 (Latin-1) (the first byte not ASCII, 0xED, on line 3)\n"
	for i, src := range []string{p, feeds, filepath.Join(feeds, "*.rss")} {
		db := filepath.Join(dir, "x"+string(rune('0'+i))+".db")
		_, errs, code := run(t, "ingest", "--db", db, src)
		if code != 0 || !strings.Contains(errs, want) || strings.Contains(errs, "as a page that declares no charset") {
			t.Errorf("ingest %s: exit %d, stderr:\n%s\nwant it to hold\n%s", src, code, errs, want)
		}
		out, _, _ := run(t, "events", "--db", db)
		if !strings.Contains(out, "the caf\u00e9 owners") {
			t.Errorf("ingest %s: the item's text is not read as Windows-1252:\n%s", src, out)
		}
	}
}

// TestReadmeRepeatedSentence: the README's event record says that a
// sentence repeated word for word in one article is coded once, as the
// coder does since repeats were folded; it gave "a 40 MB file of one
// sentence repeated" as an event of 700,000 mentions, which dyad no
// longer makes of it (1 mention).
func TestReadmeRepeatedSentence(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rec := strings.Join(strings.Fields(section(string(data), "## The event record", "\n## ")), " ")
	if strings.Contains(rec, "one sentence repeated tells one event") {
		t.Error("README says a file of one sentence repeated tells one event 700,000 times; its repeats are coded once")
	}
	if !strings.Contains(rec, "repeated word for word") || !strings.Contains(rec, "is coded once") {
		t.Error("README's event record does not say that a sentence repeated word for word in an article is coded once")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	text := "DATE: 2024-03-04\n\n" + strings.Repeat("Russia shelled Kharkiv on Monday.\n\n", 50)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	if _, errs, code := run(t, "ingest", "--db", db, p); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	out, _, _ := run(t, "events", "--db", db)
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"num_mentions":1,`) {
		t.Errorf("a sentence told 50 times word for word: want one event of 1 mention, got\n%s", out)
	}
}
