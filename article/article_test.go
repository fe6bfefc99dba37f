package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/dyad-events/dyad"
)

// The fixtures below are written for these tests; none is real news.

const agencyScrape = `Asia

Island nation protests fishing fleet incursion

AP

Published

Coast guard vessels patrol near the disputed reef on Monday
Coast guard vessels patrol near the disputed reef on Monday - Copyright AP JANE ROE
The government of Examplestan on Tuesday protested what it called an illegal incursion by a foreign fishing fleet, the foreign ministry said.

Officials summoned the ambassador and demanded the boats leave within a day.

The fleet's owners said they were fishing in international waters.

AP
With thousands of journalists in many countries, AP is an independent news agency. AP reports on the world every day.
`

const projectExample = `TITLE: Ministers meet on river dispute
DATE: 2024-03-02
PUBLISHER: Example Wire

Ministers of two neighbouring states met on Saturday to discuss water sharing.

They agreed to meet again next month.
`

const fiveW = `TITLE: Country A opposes Country B's test: spokesperson
DATE: 2017-09-15T00:00:00
URL: http://example.com/world/2017-09/15/content_1.htm
PUBLISHER: example.com
CATEGORY: world/tests

Country A opposes Country B's test: spokesperson
Wire | Updated: 2017-09-15 17:52
CAPITAL CITY -- Country A on Friday said it opposes the test.
"We oppose it," a spokesperson said.
`

const reutersForm = `TITLE: MINISTER SAYS TALKS WILL GO ON
DATE: 26-FEB-1987 15:38:26.23
DATELINE: GENEVA, Feb 26 -
PLACES: switzerland
PEOPLE: doe
ORGS: 
TOPICS: 

The minister said on Thursday that the
talks between the two delegations would
continue next week despite the dispute.
    "We will be back," the minister told
reporters outside the conference hall.
 Reuter
`

func TestReadText(t *testing.T) {
	tests := []struct {
		name, in string
		want     dyad.Article
	}{
		{"agency scrape", agencyScrape, dyad.Article{
			Source: "AP", Title: "Island nation protests fishing fleet incursion", Section: "Asia",
			Body: []string{
				"The government of Examplestan on Tuesday protested what it called an illegal incursion by a foreign fishing fleet, the foreign ministry said.",
				"Officials summoned the ambassador and demanded the boats leave within a day.",
				"The fleet's owners said they were fishing in international waters.",
			},
			Captions: []string{"Coast guard vessels patrol near the disputed reef on Monday"},
		}},
		{"project example", projectExample, dyad.Article{
			Source: "Example Wire", Title: "Ministers meet on river dispute",
			Published: "2024-03-02", PublishedFrom: "header",
			Body: []string{
				"Ministers of two neighbouring states met on Saturday to discuss water sharing.",
				"They agreed to meet again next month.",
			},
		}},
		{"giveme5w1h header", fiveW, dyad.Article{
			URL: "http://example.com/world/2017-09/15/content_1.htm", Source: "example.com",
			Title: "Country A opposes Country B's test: spokesperson", Section: "world/tests",
			Published: "2017-09-15", PublishedFrom: "header", Dateline: "CAPITAL CITY",
			Body: []string{
				"Country A on Friday said it opposes the test.",
				`"We oppose it," a spokesperson said.`,
			},
		}},
		{"reuters-21578", reutersForm, dyad.Article{
			Source: "Reuters", Title: "MINISTER SAYS TALKS WILL GO ON",
			Published: "1987-02-26T15:38:26-00:00", PublishedFrom: "header", Dateline: "GENEVA",
			Body: []string{
				"The minister said on Thursday that the talks between the two delegations would continue next week despite the dispute.",
				`"We will be back," the minister told reporters outside the conference hall.`,
			},
		}},
		{"source and date", "SOURCE: Example Times\nDATE: 2019-04-10\n\nOne long paragraph of news about a meeting that happened.\n", dyad.Article{
			Source: "Example Times", Published: "2019-04-10", PublishedFrom: "header",
			Body: []string{"One long paragraph of news about a meeting that happened."},
		}},
		{"headline first", "Leaders agree trade plan\n\nThe leaders agreed a plan on Monday.\n\nDetails follow later.\n", dyad.Article{
			Title: "Leaders agree trade plan",
			Body:  []string{"The leaders agreed a plan on Monday.", "Details follow later."},
		}},
		{"one paragraph", "Hundreds of people left their homes today as a fire spread.\n", dyad.Article{
			Body: []string{"Hundreds of people left their homes today as a fire spread."},
		}},
		{"byline and dated stub", "Europe\n\nPort strike ends after pay deal\n\nBy Jane Roe and John Doe\n\nPublished 13 July 2024\n\nDock workers returned to work on Monday after unions accepted a pay offer.\n", dyad.Article{
			Section: "Europe", Title: "Port strike ends after pay deal",
			Byline: "By Jane Roe and John Doe", Authors: []string{"Jane Roe", "John Doe"},
			Published: "2024-07-13", PublishedFrom: "text",
			Body: []string{"Dock workers returned to work on Monday after unions accepted a pay offer."},
		}},
		{"file photo caption", "Talks collapse\n\nFILE - In this photo taken last year, delegates arrive for talks.\n\nLONDON (Reuters) - Talks collapsed on Friday, officials said.\n", dyad.Article{
			Title: "Talks collapse", Source: "Reuters", Dateline: "LONDON",
			Body:     []string{"Talks collapsed on Friday, officials said."},
			Captions: []string{"FILE - In this photo taken last year, delegates arrive for talks."},
		}},
		// a lead before the dateline is the story's first paragraph, not
		// a caption (it was moved to Captions and not coded); a caption
		// with a participle ("destroyed in") stays one
		{"lead before the dateline", "DATE: 2024-03-04\n\nGunmen killed six soldiers near the border on Monday, officials said.\n\nBAMAKO (Reuters) - The army said it had sent reinforcements.\n", dyad.Article{
			Source: "Reuters", Dateline: "BAMAKO", Published: "2024-03-04", PublishedFrom: "header",
			Body: []string{"Gunmen killed six soldiers near the border on Monday, officials said.", "The army said it had sent reinforcements."},
		}},
		{"caption with a participle before the dateline", "A woman reacts next to a house destroyed in an air strike.\n\nBAMAKO (Reuters) - The army said it had sent reinforcements.\n", dyad.Article{
			Source: "Reuters", Dateline: "BAMAKO",
			Body:     []string{"The army said it had sent reinforcements."},
			Captions: []string{"A woman reacts next to a house destroyed in an air strike."},
		}},
		{"outlet credit without a place", "(CNN) Militants freed 21 students on Saturday, officials said.\n\n(Reuters) stays in later paragraphs.\n", dyad.Article{
			Source: "CNN",
			Body:   []string{"Militants freed 21 students on Saturday, officials said.", "(Reuters) stays in later paragraphs."},
		}},
		{"parenthesis that is no credit", "(Updated) Talks resumed on Monday.\n", dyad.Article{
			Body: []string{"(Updated) Talks resumed on Monday."},
		}},
		{"boilerplate", "Talks resume\n\nAdvertisement\n\nTalks resumed on Monday.\n\nRead more: Other story\n\nSign up for our daily newsletter\n\n___\n", dyad.Article{
			Title: "Talks resume",
			Body:  []string{"Talks resumed on Monday."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("f.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles", len(arts))
			}
			got := *arts[0]
			if got.Input != "f.txt" {
				t.Errorf("Input = %q", got.Input)
			}
			want := tt.want
			want.Input = "f.txt"
			want.ID = dyad.ArticleID(want.URL, NormalText(&want))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got\n%#v\nwant\n%#v", got, want)
			}
		})
	}
}

func TestReadDateFlag(t *testing.T) {
	arts, err := Read("a.txt", []byte("Some text about a meeting.\n"), Options{Date: "2024-07-13"})
	if err != nil {
		t.Fatal(err)
	}
	if a := arts[0]; a.Published != "2024-07-13" || a.PublishedFrom != "flag" {
		t.Errorf("Published %q from %q", a.Published, a.PublishedFrom)
	}
	// A date in the input wins over the flag.
	arts, err = Read("b.txt", []byte(projectExample), Options{Date: "2024-07-13"})
	if err != nil {
		t.Fatal(err)
	}
	if a := arts[0]; a.Published != "2024-03-02" || a.PublishedFrom != "header" {
		t.Errorf("Published %q from %q", a.Published, a.PublishedFrom)
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id":"a1","date":"2024-07-13","text":"First paragraph.\n\nSecond paragraph.","title":"T1","source":"Wire"}

{"id":"a2","text":"Only one."
{"text":"No id here.","url":"https://example.com/x"}
{"id":"a4"}
{"id":"a5","date":"2024-07-13","text":"GENEVA (Reuters) - Japan pledged aid to Gaza on Friday.\nOfficials said more would follow."}
`
	arts, err := Read("in.jsonl", []byte(in), Options{Date: "2024-01-01"})
	if err == nil {
		t.Fatal("want an error for the broken lines")
	}
	for _, frag := range []string{"in.jsonl:3: bad JSON", `in.jsonl:5: no text ("text" and "body" empty or missing)`} {
		if !strings.Contains(err.Error(), frag) {
			t.Errorf("error %q lacks %q", err, frag)
		}
	}
	want := []*dyad.Article{
		{ID: "a1", Title: "T1", Source: "Wire", Published: "2024-07-13", PublishedFrom: "header",
			Body: []string{"First paragraph.", "Second paragraph."}, Input: "in.jsonl:1"},
		{ID: dyad.ArticleID("https://example.com/x", ""), URL: "https://example.com/x", Published: "2024-01-01", PublishedFrom: "flag",
			Body: []string{"No id here."}, Input: "in.jsonl:4"},
		{ID: "a5", Source: "Reuters", Dateline: "GENEVA", Published: "2024-07-13", PublishedFrom: "header",
			Body: []string{"Japan pledged aid to Gaza on Friday.", "Officials said more would follow."}, Input: "in.jsonl:6"},
	}
	if !reflect.DeepEqual(arts, want) {
		t.Errorf("got %+v\nwant %+v", arts, want)
	}
}

// TestReadJSONLArticle reads back articles as dyad extract --jsonl prints
// them: every field kept, the record's id and published_from included.
func TestReadJSONLArticle(t *testing.T) {
	a := dyad.Article{ID: "x1", URL: "https://example.com/a", Source: "Example Wire", Title: "Talks resume",
		Section: "World", Byline: "By A. Writer", Authors: []string{"A. Writer"},
		Published: "2024-07-13T08:30:00+09:00", PublishedFrom: "json-ld", Dateline: "SEOUL", Language: "en",
		Body:     []string{"SEOUL, July 13 - The two Koreas resumed talks on Saturday.", "Officials met at Panmunjom."},
		Captions: []string{"Delegates shake hands."}, Input: "page.html"}
	line, _ := json.Marshal(a)
	in := string(line) + "\n" + `{"id":"x2","body":["One."],"published":"13 July 2024"}` + "\n" +
		`{"id":"x3","body":["One."],"published":"someday"}` + "\n" + `{"id":"x4","body":[" ",""]}` + "\n"
	arts, err := Read("a.jsonl", []byte(in), Options{})
	if err == nil || !strings.Contains(err.Error(), `a.jsonl:3: bad published "someday"`) ||
		!strings.Contains(err.Error(), `a.jsonl:4: no text ("text" and "body" empty or missing)`) {
		t.Errorf("error %v, want lines 3 and 4 refused", err)
	}
	want := a
	want.Input = "a.jsonl:1"
	if len(arts) != 2 || !reflect.DeepEqual(*arts[0], want) {
		t.Fatalf("got %+v\nwant %+v", arts, want)
	}
	if b := arts[1]; b.Published != "2024-07-13" || b.PublishedFrom != "header" || !reflect.DeepEqual(b.Body, []string{"One."}) {
		t.Errorf("short record %+v", b)
	}
}

func TestReadErrors(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(projectExample))
	zw.Close()
	// A gzip bomb: 51 MiB of zeros in about 50 KiB.
	var bomb bytes.Buffer
	bw, _ := gzip.NewWriterLevel(&bomb, gzip.BestSpeed)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 51; i++ {
		bw.Write(zeros)
	}
	bw.Close()
	truncGz := gz.Bytes()[:gz.Len()/2]
	tests := []struct {
		name string
		data []byte
		opt  Options
		want string // error text; "" = no error
	}{
		{"gzip bomb", bomb.Bytes(), Options{}, "e.txt: input too large after gzip decompression (limit 50 MiB)"},
		{"empty", nil, Options{}, "e.txt: empty input"},
		{"blank", []byte(" \n\t\n"), Options{}, "e.txt: empty input"},
		{"nul", []byte("abc\x00def"), Options{}, "e.txt: binary data (NUL byte at byte 3)"},
		{"control", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), Options{}, "e.txt: binary data (mostly control characters)"},
		{"invalid utf8", []byte("Hello wor\xffld"), Options{}, "e.txt:1: invalid UTF-8 (byte 0xFF at column 10)"},
		{"invalid utf8 line 3", []byte("TITLE: Café\n\nLe caf\xe9 est fermé."), Options{}, "e.txt:3: invalid UTF-8 (byte 0xE9 at column 7)"},
		{"invalid utf8 after multibyte", []byte("Seoul\n“Kim” \xc3("), Options{}, "e.txt:2: invalid UTF-8 (byte 0xC3 at column 7)"},
		{"invalid utf8 jsonl", []byte("{\"text\": \"ok\"}\n{\"text\": \"caf\xe9\"}\n"), Options{}, "e.txt:2: invalid UTF-8 (byte 0xE9 at column 14)"},
		{"format", []byte("x"), Options{Input: "pdf"}, `e.txt: unknown input format "pdf" (want auto, text, html or jsonl)`},
		{"date", []byte("x"), Options{Date: "13/07/2024"}, `e.txt: bad date "13/07/2024": want YYYY-MM-DD`},
		{"date in the future", []byte("x"), Options{Date: "2999-01-01"}, `e.txt: bad date "2999-01-01": in the future; give the day the article was published`},
		{"date next year", []byte("x"), Options{Date: time.Now().UTC().AddDate(1, 0, 0).Format("2006-01-02")}, `e.txt: bad date "` + time.Now().UTC().AddDate(1, 0, 0).Format("2006-01-02") + `": in the future (today is ` + time.Now().UTC().Format("2006-01-02") + `); give the day the article was published`},
		{"date before 1800", []byte("x"), Options{Date: "1750-01-01"}, `e.txt: bad date "1750-01-01": before 1800; give the day the article was published`},
		{"no such date", []byte("x"), Options{Date: "2024-02-30"}, `e.txt: bad date "2024-02-30": no such date`},
		{"bad gzip", []byte{0x1f, 0x8b, 1, 2, 3}, Options{}, "e.txt: truncated gzip data (cut inside the gzip header)"},
		{"not gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff}, Options{}, "e.txt: bad gzip data: flate: corrupt input before offset 1"},
		{"truncated gzip", truncGz, Options{}, "e.txt: truncated gzip data (ends after 56 decompressed bytes)"},
		{"gzip ok", gz.Bytes(), Options{}, ""},
		{"too large", make([]byte, MaxInputSize+1), Options{}, "e.txt: input too large (over the limit of 50 MiB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("e.txt", tt.data, tt.opt)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("error %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"id":"1","text":"x"}`, "jsonl"},
		{"{not json", "text"},
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"},
		{"  <div><p>x</p></div>", "html"},
		{"<p>para</p>", "html"},
		{"TITLE: x\n\nbody", "text"},
		{"<Reuters> said", "text"},
	}
	for _, tt := range tests {
		if got := detect([]byte(tt.in)); got != tt.want {
			t.Errorf("detect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-07-13", "2024-07-13"},
		{"2024-07-13T09:30:00+09:00", "2024-07-13T09:30:00+09:00"},
		{"2024-07-13T00:30:00Z", "2024-07-13T00:30:00Z"},
		{"2017-09-15T00:00:00", "2017-09-15"},
		{"2017-11-06T22:18:21", "2017-11-06T22:18:21-00:00"},
		{"26-FEB-1987 15:38:26.23", "1987-02-26T15:38:26-00:00"},
		{"1-MAR-1987 01:30:29.50", "1987-03-01T01:30:29-00:00"},
		{"Sat, 13 Jul 2024 09:30:00 +0900", "2024-07-13T09:30:00+09:00"},
		{"2024-07-13T09:30:00.000+0100", "2024-07-13T09:30:00+01:00"},
		{"July 13, 2024", "2024-07-13"},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		got, _ := parseDate(tt.in)
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

const testPage = `<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Rivals sign accord | Example News</title>
<meta property="og:title" content="Rivals sign accord | Example News">
<meta property="og:site_name" content="Example News">
<meta property="article:section" content="World">
<link rel="canonical" href="https://news.example.com/world/2024/07/13/rivals-sign-accord">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Rivals sign accord","datePublished":"2024-07-13T09:30:00+09:00",
"author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
"publisher":{"@type":"Organization","name":"Example News"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Rivals sign accord</h1>
<p class="byline">By Jane Roe and John Doe</p>
<figure><img src="a.jpg"><figcaption>The two leaders shake hands. Photo: John Smith/Example</figcaption></figure>
<p>SEOUL (AP) — The two rival governments signed a border accord on Saturday after months of talks, officials said.</p>
<p>Advertisement</p>
<p>The accord sets up a joint commission to settle disputes along the frontier and reopens two crossings.</p>
<p>Sign up for our morning newsletter</p>
<p>Observers said the deal could ease tensions that have simmered for years across the region.</p>
<h2>What comes next</h2>
<p>The commission is due to meet for the first time next month in a neutral city.</p>
</article>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	arts, err := Read("page.html", []byte(testPage), Options{URL: "https://news.example.com/x?utm=1"})
	if err != nil {
		t.Fatal(err)
	}
	want := &dyad.Article{
		URL:    "https://news.example.com/world/2024/07/13/rivals-sign-accord",
		Source: "Example News", Title: "Rivals sign accord", Section: "World",
		Byline: "By Jane Roe and John Doe", Authors: []string{"Jane Roe", "John Doe"},
		Published: "2024-07-13T09:30:00+09:00", PublishedFrom: "json-ld",
		Dateline: "SEOUL", Language: "en",
		Body: []string{
			"The two rival governments signed a border accord on Saturday after months of talks, officials said.",
			"The accord sets up a joint commission to settle disputes along the frontier and reopens two crossings.",
			"Observers said the deal could ease tensions that have simmered for years across the region.",
			"The commission is due to meet for the first time next month in a neutral city.",
		},
		Captions: []string{"The two leaders shake hands."},
		Input:    "page.html",
		Claimed:  true, // its canonical link, not the address it was got at
	}
	want.ID = dyad.ArticleID(want.URL, "")
	if !reflect.DeepEqual(arts[0], want) {
		t.Errorf("got\n%#v\nwant\n%#v", arts[0], want)
	}
}

// TestCorpusTextForms reads one file of each plain-text corpus form and
// checks the structure found.
func TestCorpusTextForms(t *testing.T) {
	root := corpora(t)
	seed := filepath.Join(root, "..", "seeds", "000_33856bd76c4ecc19.txt")
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Skipf("seed story absent: %v", err)
	}
	arts, err := Read(seed, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	if a.Section != "World" || a.Source != "AFP" || a.Title != lines[1] || len(a.Body) != 10 || len(a.Captions) != 1 {
		t.Errorf("seed: section %q source %q title %q, %d paragraphs, %d captions", a.Section, a.Source, a.Title, len(a.Body), len(a.Captions))
	}
	for _, p := range a.Body {
		if p == "AFP" || p == "Published" || strings.Contains(p, "Copyright") || strings.Contains(p, "staff") || p == a.Captions[0] {
			t.Errorf("seed: boilerplate kept in body: %.60q", p)
		}
	}

	forms := []struct {
		file                   string
		title, source, pubFrom bool
		minBody                int
	}{
		{"giveme5w1h/news_cluster/0046d5ff09e56287.txt", true, true, true, 4},
		{"guardian_ngec/guardian_000_2019-04-10.txt", false, true, true, 1},
		{"bbc_politics/politics_001.txt", true, false, false, 5},
		{"lee_abc_news/lee_background_001.txt", false, false, false, 1},
		{"reuters21578/reuters_00028.txt", true, true, true, 20},
	}
	for _, f := range forms {
		data, err := os.ReadFile(filepath.Join(root, f.file))
		if err != nil {
			t.Errorf("%s: %v", f.file, err)
			continue
		}
		arts, err := Read(f.file, data, Options{})
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		a := arts[0]
		if (a.Title != "") != f.title || (a.Source != "") != f.source || (a.PublishedFrom == "header") != f.pubFrom || len(a.Body) < f.minBody {
			t.Errorf("%s: title %q source %q published %q (%s), %d paragraphs", f.file, a.Title, a.Source, a.Published, a.PublishedFrom, len(a.Body))
		}
		if a.Title != "" && len(a.Body) > 0 && a.Body[0] == a.Title {
			t.Errorf("%s: title repeated in body", f.file)
		}
	}
}

// TestCorpusTextSweep reads every plain-text corpus file and counts what
// was found; the counts are those of the current heuristics, checked by
// hand on samples (see the report). lee_test_41.txt is not valid UTF-8.
func TestCorpusTextSweep(t *testing.T) {
	root := corpora(t)
	type stats struct{ ok, failed, title, date, dateline, source, empty int }
	want := map[string]stats{
		"bbc_politics":            {200, 0, 200, 0, 0, 0, 0},
		"giveme5w1h/news_cluster": {383, 0, 383, 383, 69, 383, 1},
		"giveme5w1h/google_news":  {32, 0, 32, 32, 4, 32, 0},
		"guardian_ngec":           {249, 0, 0, 249, 0, 249, 0},
		"lee_abc_news":            {349, 1, 0, 0, 0, 0, 0},
		"reuters21578":            {200, 0, 200, 200, 200, 195, 0},
	}
	for dir, w := range want {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Errorf("%s: no files (%v)", dir, err)
			continue
		}
		var got stats
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := Read(f, data, Options{})
			if err != nil {
				if !strings.HasPrefix(err.Error(), f+":") || !strings.Contains(err.Error(), ": invalid UTF-8 (byte 0x") {
					t.Errorf("unexpected error %v", err)
				}
				got.failed++
				continue
			}
			a := arts[0]
			got.ok++
			for _, c := range []struct {
				n  *int
				ok bool
			}{{&got.title, a.Title != ""}, {&got.date, a.Published != ""}, {&got.dateline, a.Dateline != ""},
				{&got.source, a.Source != ""}, {&got.empty, len(a.Body) == 0}} {
				if c.ok {
					*c.n++
				}
			}
		}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", dir, got, w)
		}
	}
}

// TestReadHTMLNoArticle covers pages without an <article> element: the
// trafilatura path and the <br>-separated block path.
func TestReadHTMLNoArticle(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.",
		"Repairs are expected to take at least six months and will cost the city more than it had planned to spend this year.",
		"Residents of the east bank said the detour would add half an hour to their daily journeys into the town centre.",
		"The mayor promised a temporary ferry service for pedestrians and cyclists while the work goes on through the winter.",
	}
	divPage := `<html><head><title>Bridge closed | Town Paper</title><meta property="og:site_name" content="Town Paper"></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div id="content"><h1>Bridge closed to heavy traffic</h1>
<p>` + strings.Join(paras, "</p>\n<p>") + `</p>
<p>Advertisement</p></div>
<div class="footer"><p>Copyright 2024 Town Paper</p></div></body></html>`
	brPage := `<html><head><title>Bridge closed</title></head><body><div><a href="/">Home</a></div>
<div class="story">TOWNVILLE: ` + strings.Join(paras, "<br>") + `</div></body></html>`
	tests := []struct {
		name, page, title, dateline string
	}{
		{"trafilatura", divPage, "Bridge closed to heavy traffic", ""},
		{"br block", brPage, "Bridge closed", "TOWNVILLE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Read("p.html", []byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := arts[0]
			if !reflect.DeepEqual(a.Body, paras) || a.Title != tt.title || a.Dateline != tt.dateline {
				t.Errorf("title %q dateline %q body\n%q", a.Title, a.Dateline, a.Body)
			}
		})
	}
}

func TestVoteTitle(t *testing.T) {
	tests := []struct {
		name           string
		ld, og, tw, h1 string
		want           string
	}{
		{"all agree", "Rivals sign accord", "Rivals sign accord", "Rivals sign accord", "Rivals sign accord", "Rivals sign accord"},
		{"json-ld alone", "Rivals sign border accord", "Rivals sign accord", "", "", "Rivals sign border accord"},
		{"og and h1 outvote json-ld", "Rivals sign border accord", "Rivals sign accord", "", "Rivals sign accord", "Rivals sign accord"},
		{"white space", "Rivals  sign\u00a0accord ", "", "", "", "Rivals sign accord"},
		{"live blog loses", "Border talks LIVE: rivals sign accord", "Rivals sign accord after talks", "Rivals sign accord after talks",
			"Border talks LIVE: rivals sign accord", "Rivals sign accord after talks"},
		{"live kicker", "Live updates: rivals sign accord", "", "", "Rivals sign an accord", "Rivals sign an accord"},
		{"live ending", "Border talks – live", "Border talks: rivals meet", "", "", "Border talks: rivals meet"},
		{"only live", "Border talks LIVE: rivals sign accord", "", "", "", "Border talks LIVE: rivals sign accord"},
		{"capitals, not live", "DELIVERED: the accord", "", "", "Rivals sign accord", "DELIVERED: the accord"},
		{"none", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := voteTitle(tt.ld, tt.og, tt.tw, tt.h1); got != tt.want {
				t.Errorf("voteTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct {
		title string
		sites []string
		want  string
	}{
		{"Rivals sign accord | Example News", []string{"Example News"}, "Rivals sign accord"},
		{"Rivals sign accord - Example News", []string{"", "Example News"}, "Rivals sign accord"},
		{"Rivals sign accord | Example News World", []string{"Example News"}, "Rivals sign accord"},
		{"Rivals sign accord | Example News | by Jane Roe", []string{"Example News"}, "Rivals sign accord"},
		{"Rivals sign accord * Example News * by Jane Roe", []string{"Example News"}, "Rivals sign accord"},
		{"Rivals sign accord - Times of Example", []string{"The Times Of Example"}, "Rivals sign accord"},
		{"Rivals sign accord | Examplenews.co.uk", []string{"Example News"}, "Rivals sign accord"},
		{"Example News: Rivals sign accord", []string{"Example News"}, "Rivals sign accord"},
		{"Example News | Rivals sign accord", []string{"Example News"}, "Rivals sign accord"},
		{"Rivals sign accord | World | Example News", []string{"Example News"}, "Rivals sign accord"},
		{"Opinion | Why the accord matters", nil, "Why the accord matters"},
		{"Rivals sign accord (Published 2016)", nil, "Rivals sign accord"},
		{"Talks - Example News", []string{"Example News"}, "Talks - Example News"}, // too little left
		{"Rivals sign accord - here's what it means", []string{"Example News"}, "Rivals sign accord - here's what it means"},
		{"Example News agrees to merge with rival", []string{"Example News"}, "Example News agrees to merge with rival"},
		{"Fed raises rates - Apple and Amazon fall", []string{"AP", "apnews.com"}, "Fed raises rates - Apple and Amazon fall"},
		{"Fed raises rates - AP News", []string{"", "apnews.com"}, "Fed raises rates"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.title, tt.sites...); got != tt.want {
			t.Errorf("stripSiteSuffix(%q, %q) = %q, want %q", tt.title, tt.sites, got, tt.want)
		}
	}
}

func TestNormTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rivals&#8217; accord", "Rivals’ accord"},
		{"Rivals &amp; allies", "Rivals & allies"},
		{"Rivals\u200b sign\u00ad accord", "Rivals sign accord"},
		{"  Rivals\u00a0sign\taccord\n", "Rivals sign accord"},
		{"AT&T; talks", "AT&T; talks"},
	}
	for _, tt := range tests {
		if got := normTitle(tt.in); got != tt.want {
			t.Errorf("normTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLMicrodataAuthor(t *testing.T) {
	const story = `<p>The two rival governments signed a border accord on Saturday after months of talks, officials said on the record.</p>
<p>The accord sets up a joint commission to settle disputes along the frontier and reopens two crossings for trade.</p>
<p>Observers said the deal could ease tensions that have simmered for years across the region and its markets.</p>
<p>The commission is due to meet for the first time next month in a neutral city chosen by both sides.</p>`
	tests := []struct {
		name, byline string
		want         []string
	}{
		{"person", `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/a/jr" itemprop="url"><span itemprop="name">Jane Roe</span></a></span>`, []string{"Jane Roe"}},
		{"meta name", `<span itemprop="author" itemscope><meta itemprop="name" content="John Doe"></span>`, []string{"John Doe"}},
		{"first only", `<span itemprop="author"><span itemprop="name">Jane Roe</span></span><span itemprop="author"><span itemprop="name">Ann Poe</span></span>`, []string{"Jane Roe"}},
		{"photo credit", `<span class="credit" itemprop="author"><span itemprop="name">(Image: Example Photos)</span></span>`, nil},
		{"user name", `<span itemprop="author"><meta itemprop="name" content="admin"></span>`, nil},
		{"text only, found by trafilatura", `<span itemprop="author">Jane Roe</span>`, []string{"Jane Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body><article><h1>Rivals sign border accord</h1>" + tt.byline + story + "</article></body></html>"
			arts, err := Read("p.html", []byte(page), Options{Input: "html"})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(arts[0].Authors, tt.want) {
				t.Errorf("authors %q, want %q", arts[0].Authors, tt.want)
			}
		})
	}
}

func TestBylineNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Roe", []string{"Jane Roe"}},
		{"By Jane Roe and John Doe", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe/John Doe", []string{"Jane Roe", "John Doe"}},
		{"Jane Roe, John Doe & Ann Poe", []string{"Jane Roe", "John Doe", "Ann Poe"}},
		{"Mary Ann Roe", []string{"Mary Ann Roe"}},
		{"Roe", nil},                         // one word
		{"Key Points", nil},                  // a label
		{"Staff Reporter", nil},              // a role
		{"Talks resume in Geneva", nil},      // four words
		{"Jane Roe said talks resume.", nil}, // a sentence
		{"JANE ROE", nil},                    // capitals: a kicker
		{"Updated 5 July", nil},
	}
	for _, tt := range tests {
		if got := bylineNames(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLBylineInBody(t *testing.T) {
	const story = `<p>The two rival governments signed a border accord on Saturday after months of talks, officials said on the record.</p>
<p>The accord sets up a joint commission to settle disputes along the frontier and reopens two crossings for trade.</p>
<p>Observers said the deal could ease tensions that have simmered for years across the region and its markets.</p>
<p>The commission is due to meet for the first time next month in a neutral city chosen by both sides.</p>`
	tests := []struct {
		name, head, byline string
		authors            []string
		paras              int
	}{
		{"outlet as author", `<meta name="author" content="Town Paper">`, "<p><strong>Jane Roe/John Doe</strong></p>", []string{"Jane Roe", "John Doe"}, 4},
		{"no author, By line", "", "<p>By Jane Roe and John Doe</p>", []string{"Jane Roe", "John Doe"}, 4},
		{"no author, bare name kept", "", "<p>New Delhi</p>", nil, 5},
		{"real author kept", `<meta name="author" content="Ann Poe">`, "<p><strong>Jane Roe</strong></p>", []string{"Ann Poe"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><meta property="og:site_name" content="Town Paper">` + tt.head +
				"</head><body><article><h1>Rivals sign border accord</h1>" + tt.byline + story + "</article></body></html>"
			arts, err := Read("p.html", []byte(page), Options{Input: "html"})
			if err != nil {
				t.Fatal(err)
			}
			if a := arts[0]; !reflect.DeepEqual(a.Authors, tt.authors) || len(a.Body) != tt.paras {
				t.Errorf("authors %q, %d paragraphs; want %q, %d", a.Authors, len(a.Body), tt.authors, tt.paras)
			}
		})
	}
}

// TestHTMLTitleSources: the headline from the page's title sources, its
// site name removed even when only the URL names the site.
func TestHTMLTitleSources(t *testing.T) {
	const story = `<p>The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.</p>`
	tests := []struct {
		name, head, body, url, want string
	}{
		{"title element, site from the URL", "<title>Bridge closed to heavy traffic - Town Paper</title>", "", "https://www.townpaper.com/news/1", "Bridge closed to heavy traffic"},
		{"title element, site from og:site_name", `<title>Town Paper: Bridge closed to heavy traffic</title><meta property="og:site_name" content="Town Paper">`, "", "", "Bridge closed to heavy traffic"},
		{"og:title over a live h1", `<meta property="og:title" content="Bridge closed to heavy traffic">`, "<h1>Bridge LIVE: council votes to close the old bridge</h1>", "", "Bridge closed to heavy traffic"},
		{"masthead h1", `<meta property="og:site_name" content="Town Paper"><title>Bridge closed to heavy traffic | Town Paper</title>`, "<h1>Town Paper Today</h1>", "", "Bridge closed to heavy traffic"},
		{"h1 naming the outlet", `<meta property="og:site_name" content="Town Paper">`, "<h1>Town Paper poll backs bridge closure</h1>", "", "Town Paper poll backs bridge closure"},
		{"double-escaped entity", `<meta property="og:title" content="Council&amp;#8217;s bridge vote">`, "", "", "Council’s bridge vote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.body + story + "</body></html>"
			arts, err := Read("p.html", []byte(page), Options{Input: "html", URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if arts[0].Title != tt.want {
				t.Errorf("title %q, want %q", arts[0].Title, tt.want)
			}
		})
	}
}

// TestNavigation: a menu flattened into a line is no paragraph of the
// story; headlines, lists of names and story sentences are not menus.
func TestNavigation(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"Menu World U.S. Election 2024 Politics Sports Entertainment Business Science Fact Check Oddities Be Well Newsletters Photography", true},
		{"World Asia Pacific Latin America Europe Africa Middle East China Australia Global elections Politics Congress Sports", true},
		{"Second Day of Protests in the Capital After the President Dismisses His Defence Minister (VIDEOS)", false},
		{"Zone 1 — Corn Belt and Missouri Valley", false},
		{"Colorado: Ryan Call, Laura Carno, Matt Chandler, Will Coyne, Adam Eichberg, Mark Ferrandino, Cole Finegan", false},
		{"North Korea Fired Two Ballistic Missiles Into The Sea On Saturday, South Korea's Military Said.", false},
	} {
		if got := navigation(tt.p); got != tt.want {
			t.Errorf("navigation(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestEventRecords: JSON Lines of dyad's own events are no articles: one
// error names the file's first line and the rest is skipped, and a folder
// walk can tell them from articles (IsEventRecord).
func TestEventRecords(t *testing.T) {
	events := `{"id":"e1","source":{"code":"JPN"},"cameo":"057","evidence":{"text":"Japan signed."}}
{"id":"e2","source":{"code":"AUS"},"cameo":"057","evidence":{"text":"Australia signed."}}
`
	want := `out.jsonl:1: an event record (it has "cameo": dyad's output), not an article: the file is skipped`
	if _, err := Read("out.jsonl", []byte(events), Options{}); err == nil || err.Error() != want {
		t.Errorf("Read: %v, want %s", err, want)
	}
	var bad []string
	err := EachJSONL("out.jsonl", strings.NewReader(events), Options{}, func(*dyad.Article) error { return nil }, func(e error) { bad = append(bad, e.Error()) })
	if err != nil || len(bad) != 1 || bad[0] != want {
		t.Errorf("EachJSONL: %v, bad lines %q", err, bad)
	}
	for _, tc := range []struct {
		head string
		want bool
	}{
		{events, true},
		{`{"id":"a1","text":"Japan signed.","cameo":"057"}`, false}, // an article that happens to carry a code
		{`{"id":"a1","text":"Japan signed."}`, false},
		{`not json`, false},
	} {
		if got := IsEventRecord([]byte(tc.head)); got != tc.want {
			t.Errorf("IsEventRecord(%.40q) = %v", tc.head, got)
		}
	}
}

// TestIDOfReport: without a URL, an article's id is that of its text and of
// who sent it when: one body from two agencies or on two dates is two
// articles; a body with neither keeps the id of its text alone, and so does
// a body dated by the user (--date), whose date is not the article's own.
func TestIDOfReport(t *testing.T) {
	body := "Kenya and Chile agreed on Monday to resume direct flights.\n"
	id := func(in string, opt Options) string {
		t.Helper()
		arts, err := Read("f.txt", []byte(in), opt)
		if err != nil {
			t.Fatal(err)
		}
		return arts[0].ID
	}
	ap := id("SOURCE: AP\nDATE: 2024-03-06\n\n"+body, Options{})
	afp := id("SOURCE: AFP\nDATE: 2024-05-20\n\n"+body, Options{})
	apMay := id("SOURCE: AP\nDATE: 2024-05-20\n\n"+body, Options{})
	bare := id(body, Options{})
	flagged := id(body, Options{Date: "2024-03-06"})
	if ap == afp || ap == apMay || afp == apMay || bare != flagged || bare == ap {
		t.Errorf("ids not apart: AP %s, AFP %s, AP in May %s, bare %s, --date %s", ap, afp, apMay, bare, flagged)
	}
	if again := id("SOURCE:  AP\nDATE: 2024-03-06\n\n\n"+body, Options{}); again != ap {
		t.Errorf("same report, white space apart: %s, want %s", again, ap)
	}
	if want := dyad.ArticleID("", strings.TrimSpace(body)); bare != want {
		t.Errorf("bare text id %s, want the text's %s", bare, want)
	}
	if url := id("URL: https://example.org/a\nSOURCE: AP\n\n"+body, Options{}); url != dyad.ArticleID("https://example.org/a", "") {
		t.Errorf("URL id %s, want the URL's", url)
	}
}

// TestTableNotArticle: a GDELT or dyad export given as an article (a
// fresh user's `dyad code events.tsv`, coded as prose with exit 0) is an
// error saying what it is; prose with commas and tabs is not.
func TestTableNotArticle(t *testing.T) {
	gdelt := strings.Repeat("1\t20190410\t201904\t2019\t2019.2740\tUSA\tUNITED STATES\tUSA\t\t\t\t\t\t\t\tIRQ\n", 3)
	csv := "id,article_id,article_url,sentence,date,date_precision,date_from,source_code,source_name,cameo\n" +
		`a1,b2,,0,2024-03-01,day,text,KEN,Kenya,"036"` + "\n"
	for name, in := range map[string]string{"ev.tsv": gdelt, "ev.csv": csv} {
		_, err := Read(name, []byte(in), Options{})
		if err == nil || !strings.Contains(err.Error(), name+": a table (") {
			t.Errorf("%s: %v, want a table refused", name, err)
		}
		if arts, err := Read(name, []byte(in), Options{Input: "text"}); err != nil || len(arts) != 1 {
			t.Errorf("%s with --input text: %v", name, err)
		}
	}
	prose := "Kenya, Chile, Peru, Japan, France, Spain, Italy, Ghana, Mali, Chad and Niger met.\n\nThey agreed, in turn, to talk.\n"
	if _, err := Read("p.txt", []byte(prose), Options{}); err != nil {
		t.Errorf("prose: %v", err)
	}
}

// TestHTMLOutlet: the article's source is the outlet, never a section's
// name a page puts in og:site_name ("U.S." on a Reuters page): the next
// site name, else the outlet named at the end of the title when it is
// the host's, else none (the store counts the outlet by the URL's domain);
// but a section's name is the outlet when the host is its name or, with
// no host, nothing on the page names another site.
func TestHTMLOutlet(t *testing.T) {
	const story = `<article><h1>Council closes the old bridge</h1><p>The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports, the mayor's office said.</p>
<p>Repairs are expected to take at least six months and cost about 4 million dollars, according to the council's own estimate released on Tuesday evening.</p>
<p>Residents who cross the river daily will have to use the ferry or the motorway bridge ten kilometres downstream until the work is finished.</p></article>`
	tests := []struct {
		name, head, url, want string
	}{
		{"og:site_name", `<meta property="og:site_name" content="Town Paper">`, "", "Town Paper"},
		{"section as site, title names the host", `<meta property="og:site_name" content="U.S."><title>Council closes the old bridge | Town Paper</title>`, "https://www.townpaper.com/article/1", "Town Paper"},
		{"section as site, JSON-LD publisher", `<meta property="og:site_name" content="World"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Town Paper"}}</script>`, "https://www.townpaper.com/a/1", "Town Paper"},
		{"section as site, application-name", `<meta property="og:site_name" content="Home"><meta name="application-name" content="River Herald">`, "", "River Herald"},
		{"desk as site", `<meta property="og:site_name" content="Business News"><title>Council closes the old bridge - River Herald</title>`, "https://riverherald.com/b/2", "River Herald"},
		{"the page's own section as site", `<meta property="og:site_name" content="Bridges and Roads"><meta property="article:section" content="Bridges and Roads">`, "https://riverherald.com/b/2", ""},
		{"section as site, title names another site", `<meta property="og:site_name" content="News"><title>Council closes the old bridge | Syndicate Wire</title>`, "https://www.townpaper.com/article/1", ""},
		{"a country's name in a domain is a site", `<meta property="og:site_name" content="Canada.com">`, "", "Canada.com"},
		// a section's name is refused only on evidence of another site
		{"a section's name that is the host's", `<meta property="og:site_name" content="Science">`, "https://www.science.org/content/article/bridge", "Science"},
		{"a country's name that is the host's", `<meta property="og:site_name" content="India"><title>Council closes the old bridge</title>`, "https://www.india.com/news/bridge-1", "India"},
		{"the host's name and the page's section", `<meta property="og:site_name" content="Science"><meta property="article:section" content="Science">`, "https://www.science.org/content/article/bridge", "Science"},
		{"a section's name, no host, nothing against it", `<meta property="og:site_name" content="India">`, "", "India"},
		{"a section's name, no host, the page's own section", `<meta property="og:site_name" content="Science"><meta property="article:section" content="Science">`, "", ""},
		// with no host, a desk's name is never the outlet, and a title
		// ending in another site's name is evidence of another site
		{"a desk's name, no host, title names a site", `<meta property="og:site_name" content="U.S."><title>Council closes the old bridge | Town Paper</title>`, "", ""},
		{"a desk's name, no host, nothing else", `<meta property="og:site_name" content="Home">`, "", ""},
		{"a desk's name, no host, title names another site", `<meta property="og:site_name" content="News"><title>Council closes the old bridge - Syndicate Wire</title>`, "", ""},
		{"a country's name, no host, title names another site", `<meta property="og:site_name" content="India"><title>Council closes the old bridge | Town Paper</title>`, "", ""},
		{"a section's name on another host", `<meta property="og:site_name" content="Science"><title>Council closes the old bridge</title>`, "https://www.townpaper.com/a/1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + story + "</body></html>"
			arts, err := Read("p.html", []byte(page), Options{Input: "html", URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if arts[0].Source != tt.want {
				t.Errorf("source %q, want %q", arts[0].Source, tt.want)
			}
		})
	}
}

// TestJSONAndGDELTNotArticle: a JSON document that is no feed and no JSON
// Lines records (a pretty-printed object, an array) and a listing of
// GDELT records ("KEY = value" lines keyed by GDELT columns) are errors
// naming the input, not prose; prose that mentions such names is not.
func TestJSONAndGDELTNotArticle(t *testing.T) {
	jsonMsg := ": JSON, not an article, feed or JSON Lines records (a JSON Lines file has one article object per line; --input text to read it as text anyway)"
	for _, tc := range []struct{ name, in, want string }{
		{"page.expected.json", "{\n  \"title\": \"Talks resume\",\n  \"body\": \"Kenya and Uganda resumed talks.\"\n}\n", "page.expected.json" + jsonMsg},
		{"list.json", "[\n {\"text\": \"Kenya and Uganda resumed talks.\"}\n]\n", "list.json" + jsonMsg},
		{"gkg.txt", "# one GKG record\nGKGRECORDID = 20250101000000-7\nV2.1DATE = 20250101000000\nV2PERSONS = Jane Doe,12\nV1.5TONE = 1.5,2,0.5\n",
			"gkg.txt: GDELT records (fields GKGRECORDID, V2.1DATE, V2PERSONS), not an article; dyad codes news text (--input text to read it as text anyway)"},
		{"gkg2.txt", "GLOBALEVENTID: 1187\nV2SOURCECOMMONNAME: example.org\nV1ORGANIZATIONS: united nations\n",
			"gkg2.txt: GDELT records (fields GLOBALEVENTID, V2SOURCECOMMONNAME, V1ORGANIZATIONS), not an article; dyad codes news text (--input text to read it as text anyway)"},
	} {
		arts, err := Read(tc.name, []byte(tc.in), Options{})
		if err == nil || err.Error() != tc.want || arts != nil {
			t.Errorf("%s: %d articles, %v\nwant %s", tc.name, len(arts), err, tc.want)
		}
		if arts, err := Read(tc.name, []byte(tc.in), Options{Input: "text"}); err != nil || len(arts) != 1 {
			t.Errorf("%s with --input text: %d articles, %v", tc.name, len(arts), err)
		}
	}
	for name, in := range map[string]string{
		"gdelt.txt":  "NAIROBI (Reuters) - V2PERSONS and GKGRECORDID are GDELT fields.\nGLOBALEVENTID = 7 was cited.\nKenya and Uganda resumed talks on Monday.\nThe talks ended.\n",
		"brace.txt":  "{Kenya and Uganda resumed talks on Monday.}\n",
		"line.jsonl": `{"id":"a1","date":"2024-03-01","text":"Kenya and Uganda resumed talks."}` + "\n",
	} {
		if arts, err := Read(name, []byte(in), Options{}); err != nil || len(arts) != 1 {
			t.Errorf("%s: %d articles, %v; want one article", name, len(arts), err)
		}
	}
}

// TestReadNestedGzip: a .gz of a .gz (a server's gzip encoding over a
// gzip'd file) is read as its text, three layers at most; a cut inner
// layer is said with its layer (was "binary data (NUL byte at byte 8)").
func TestReadNestedGzip(t *testing.T) {
	gzipOf := func(b []byte) []byte {
		var out bytes.Buffer
		zw := gzip.NewWriter(&out)
		zw.Write(b)
		zw.Close()
		return out.Bytes()
	}
	text := []byte("Kenya recalled its ambassador to Uganda on Wednesday, officials said.\n")
	two := gzipOf(gzipOf(text))
	three := gzipOf(gzipOf(gzipOf(text)))
	inner := gzipOf(text)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"two layers", two, ""},
		{"three layers", three, ""},
		{"four layers", gzipOf(three), "e.txt: gzip inside gzip more than 3 deep"},
		{"inner layer cut", gzipOf(inner[:len(inner)/2]), "e.txt: gzip layer 2: truncated gzip data (ends after 11 decompressed bytes)"},
	} {
		arts, err := Read("e.txt", tc.data, Options{Date: "2024-05-01"})
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want || tc.want == "" && (len(arts) != 1 || !reflect.DeepEqual(arts[0].Body, []string{strings.TrimSpace(string(text))})) {
			t.Errorf("%s: error %q, want %q; articles %d", tc.name, got, tc.want, len(arts))
		}
	}
}

// TestReadUTF16WithoutBOM: UTF-16 text or HTML without a byte order mark
// (every other byte NUL) is decoded, little- or big-endian, as UTF-16
// with one is (it was "binary data (NUL byte at byte 1)"); binary data
// with NUL bytes stays binary.
func TestReadUTF16WithoutBOM(t *testing.T) {
	enc := func(s string, big bool) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			if big {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
		return b
	}
	const text = "Le Kenya a rappelé son ambassadeur à Nairobi — selon des responsables."
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"text, little-endian", enc(text+"\n", false), text},
		{"text, big-endian", enc(text+"\n", true), text},
		{"HTML, little-endian", enc("<html><body><p>"+text+"</p></body></html>", false), text},
		{"binary", bytes.Repeat([]byte{0, 1, 2, 0, 'a', 0, 0, 0}, 64), "e.txt: binary data (NUL byte at byte 0)"},
	} {
		arts, err := Read("e.txt", tc.data, Options{Date: "2024-05-01"})
		got := ""
		if err != nil {
			got = err.Error()
		} else if len(arts) == 1 && len(arts[0].Body) == 1 {
			got = arts[0].Body[0]
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
