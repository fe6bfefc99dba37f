package article

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestJSONLRepeatedID: a record repeating an earlier record's article id
// (its own "id", its url, or its text when it has neither) is read all the
// same, by Read and by EachJSONL alike, with one warning naming the input,
// both lines and the id; the repeats after the first are counted at the
// end. Distinct ids warn of nothing, and without opt.Warn nothing is said.
func TestJSONLRepeatedID(t *testing.T) {
	textID := dyad.ArticleID("", "Peru and Chile resumed talks.")
	urlID := dyad.ArticleID("https://example.org/a", "")
	tail := ": two records, one article id (a store keeps the first record of an id and skips the other when its text is the same, or fails it when its text differs; dyad code codes the first)"
	tailURL := ": two records, one article id (a store keeps the first record of an address and skips the other, or fails it when its text is more than twice as long and 50 words longer; dyad code codes the first)"
	tailText := ": two records, one article id (a store keeps the first record of a text and skips the other; dyad code codes the first)"
	for _, c := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"distinct", []string{
			`{"id":"a1","text":"Kenya accused Chile of spying."}`,
			`{"id":"a2","text":"Kenya accused Chile of spying."}`,
			`{"text":"Peru and Chile resumed talks."}`,
			`{"url":"https://example.org/a","text":"Peru and Chile resumed talks."}`,
		}, nil},
		{"given id", []string{
			`{"id":"a1","text":"Kenya accused Chile of spying."}`,
			``,
			`{"id":"a2","text":"Peru and Chile resumed talks."}`,
			`{"id":"a1","text":"Bolivia accused Peru of spying."}`,
		}, []string{`in.jsonl:4: id "a1" is line 1's too` + tail}},
		{"same text", []string{
			`{"text":"Peru and Chile resumed talks."}`,
			`{"text":"Peru  and Chile resumed talks."}`,
		}, []string{`in.jsonl:2: article id ` + textID + ` (its text's: the same text) is line 1's too` + tailText}},
		{"same url", []string{
			`{"url":"https://example.org/a","text":"Peru and Chile resumed talks."}`,
			`{"url":"https://example.org/a?utm_source=rss","text":"Peru and Chile held talks."}`,
		}, []string{`in.jsonl:2: article id ` + urlID + ` (its url's, https://example.org/a?utm_source=rss) is line 1's too` + tailURL}},
		{"repeats counted", []string{
			`{"id":"a1","text":"Kenya accused Chile of spying."}`,
			`{"id":"a1","text":"Kenya accused Chile of spying."}`,
			`{"id":"a2","text":"Peru and Chile resumed talks."}`,
			`{"id":"a2","text":"Peru and Chile resumed talks."}`,
			`{"id":"a1","text":"Kenya accused Chile of spying."}`,
		}, []string{
			`in.jsonl:2: id "a1" is line 1's too` + tail,
			`in.jsonl: 2 more records repeat an earlier record's article id (the last at line 5)`,
		}},
		{"one more", []string{
			`{"id":"7","text":"Kenya accused Chile of spying."}`,
			`{"id":7,"text":"Kenya accused Chile of spying."}`,
			`{"id":"7","text":"Kenya accused Chile of spying."}`,
		}, []string{
			`in.jsonl:2: id "7" is line 1's too` + tail,
			`in.jsonl: 1 more record repeats an earlier record's article id (the last at line 3)`,
		}},
	} {
		in := strings.Join(c.lines, "\n") + "\n"
		var warned []string
		opt := Options{Warn: func(w string) { warned = append(warned, w) }}
		arts, err := Read("in.jsonl", []byte(in), opt)
		if err != nil || len(arts) != len(c.lines)-strings.Count(in, "\n\n") {
			t.Errorf("%s: Read gave %d articles, %v", c.name, len(arts), err)
		}
		if strings.Join(warned, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: Read warned\n%s\nwant\n%s", c.name, strings.Join(warned, "\n"), strings.Join(c.want, "\n"))
		}
		warned = nil
		n := 0
		err = EachJSONL("in.jsonl", strings.NewReader(in), opt, func(*dyad.Article) error { n++; return nil },
			func(err error) { t.Errorf("%s: EachJSONL: %v", c.name, err) })
		if err != nil || n != len(arts) {
			t.Errorf("%s: EachJSONL gave %d articles, %v; want %d", c.name, n, err, len(arts))
		}
		if strings.Join(warned, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: EachJSONL warned\n%s\nwant\n%s", c.name, strings.Join(warned, "\n"), strings.Join(c.want, "\n"))
		}
		if _, err := Read("in.jsonl", []byte(in), Options{}); err != nil {
			t.Errorf("%s: without Warn: %v", c.name, err)
		}
	}
}

// TestJSONLURLSpaces: spaces around a record's "url" are no part of the
// address: they are trimmed (the url was stored and exported with them),
// the id is the trimmed url's; a url of spaces alone is no url, and the
// record gets the id of the same record without one (the hash of its
// text; two such records had one id, the hash of "   "). Tabs, line
// breaks and Unicode spaces around it are trimmed as spaces are (a
// trailing tab was refused); a control character within it is still
// refused (TestJSONLURLControlCharacter).
func TestJSONLURLSpaces(t *testing.T) {
	noURL := dyad.ArticleID("", "source: \npublished: 2024-01-02\n\nKenya and Chile resumed talks.")
	for _, c := range []struct{ url, wantURL, wantID string }{
		{"https://example.org/a", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{" https://example.org/a", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{"https://example.org/a  ", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{"\u00a0https://example.org/a b ", "https://example.org/a b", dyad.ArticleID("https://example.org/a b", "")},
		{"https://example.org/a\t", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{"\r\nhttps://example.org/a\n", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{"https://example.org/a\u2003\u3000 \t", "https://example.org/a", dyad.ArticleID("https://example.org/a", "")},
		{"\t\n", "", noURL},
		{"   ", "", noURL},
		{"", "", noURL},
	} {
		u, _ := json.Marshal(c.url) // (a tab, a newline escaped as a JSON string has them)
		line := `{"date":"2024-01-02","url":` + string(u) + `,"text":"Kenya and Chile resumed talks."}`
		arts, err := Read("in.jsonl", []byte(line+"\n"), Options{})
		if err != nil || len(arts) != 1 {
			t.Errorf("url %q: %d articles, %v; want 1", c.url, len(arts), err)
			continue
		}
		if arts[0].URL != c.wantURL || arts[0].ID != c.wantID {
			t.Errorf("url %q: url %q, id %s; want %q, %s", c.url, arts[0].URL, arts[0].ID, c.wantURL, c.wantID)
		}
	}
	bare, err := Read("in.jsonl", []byte(`{"date":"2024-01-02","text":"Kenya and Chile resumed talks."}`+"\n"), Options{})
	if err != nil || bare[0].ID != noURL {
		t.Errorf("no url field: %v, %v; want id %s", bare, err, noURL)
	}
}

// TestJSONLFetchedRecordsOwnIDs: the records of a JSON Lines file fetched
// from a URL (Options.URL) never take that URL: a record without a url
// (or with one of spaces) keeps no url and its text's id, one with a url
// its own. All of them had the file's URL and one id, so a store kept the
// first alone.
func TestJSONLFetchedRecordsOwnIDs(t *testing.T) {
	in := `{"text":"Kenya and Chile resumed talks."}` + "\n" +
		`{"url":"  ","text":"Peru and Bolivia resumed talks."}` + "\n" +
		`{"url":"https://example.org/b","text":"Peru and Chile resumed talks."}` + "\n"
	want := []string{
		"|" + dyad.ArticleID("", "Kenya and Chile resumed talks."),
		"|" + dyad.ArticleID("", "Peru and Bolivia resumed talks."),
		"https://example.org/b|" + dyad.ArticleID("https://example.org/b", ""),
	}
	opt := Options{URL: "https://example.org/feed.jsonl"}
	arts, err := Read("https://example.org/feed.jsonl", []byte(in), opt)
	var got []string
	for _, a := range arts {
		got = append(got, a.URL+"|"+a.ID)
	}
	if err != nil || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Read: %s, %v\nwant %s", strings.Join(got, " "), err, strings.Join(want, " "))
	}
	got = nil
	err = EachJSONL("feed.jsonl", strings.NewReader(in), opt, func(a *dyad.Article) error {
		got = append(got, a.URL+"|"+a.ID)
		return nil
	}, func(err error) { t.Error(err) })
	if err != nil || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("EachJSONL: %s, %v\nwant %s", strings.Join(got, " "), err, strings.Join(want, " "))
	}
}
