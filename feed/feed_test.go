package feed

import (
	"fmt"
	"github.com/dyad-events/dyad"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	utf16enc "unicode/utf16"

	"github.com/dyad-events/dyad/internal/testutil"
)

// corpora returns ../shared/corpora/feeds or skips the test.
func corpora(t *testing.T) string { return testutil.Corpora(t, "feeds") }

func TestReadCorpus(t *testing.T) {
	dir := corpora(t)
	tests := []struct {
		file, source, firstURL, firstPublished, firstTitle string
		items, firstParas                                  int
		lang                                               string
	}{
		{"rssparser_guardian.rss", "The Guardian", "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord",
			"2018-01-31T07:26:05Z", "Trump State of the Union address promised unity but emphasized discord", 55, 2, "en"},
		{"rssparser_heise.atom", "heise developer neueste Meldungen", "http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom",
			"2016-02-01T16:22:00Z", "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei", 15, 1, ""},
		{"rssparser_uolNoticias.rss", "UOL Noticias", "https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm",
			"2018-09-24T19:42:40-03:00", "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno", 15, 1, ""},
		{"trafilatura_npr_feed.json", "Technology", "https://www.npr.org/2021/10/29/1050315385/keller-rinaudo-how-can-delivery-drones-save-lives?utm_medium=JSONFeed&utm_campaign=technology",
			"2021-10-29T10:26:00-04:00", "Keller Rinaudo: How can delivery drones save lives?", 25, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !Sniff(data) {
				t.Error("Sniff: false")
			}
			arts, err := Read(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tt.items {
				t.Fatalf("%d articles, want %d", len(arts), tt.items)
			}
			a := arts[0]
			if a.Source != tt.source || a.URL != tt.firstURL || a.Published != tt.firstPublished ||
				a.Title != tt.firstTitle || len(a.Body) != tt.firstParas || a.Language != tt.lang || a.Input != tt.file+":1" {
				t.Errorf("first article: source %q url %q published %q title %q paragraphs %d lang %q input %q",
					a.Source, a.URL, a.Published, a.Title, len(a.Body), a.Language, a.Input)
			}
			for _, a := range arts {
				for _, p := range a.Body {
					if strings.ContainsAny(p, "<>") && strings.Contains(p, "</") {
						t.Errorf("%s: HTML left in %q", a.Input, p)
					}
				}
			}
		})
	}
}

func TestRead(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><language>en-gb</language>
<item><title>Talks resume</title><link>https://example.org/talks</link>
<pubDate>Mon, 04 Mar 2024 09:30:00 +0000</pubDate>
<description>&lt;p&gt;Envoys met in &lt;b&gt;Geneva&lt;/b&gt; on Monday.&lt;/p&gt;&lt;p&gt;Both sides called the meeting useful &amp;amp; frank.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;&lt;p&gt;Continue reading...&lt;/p&gt;</description></item>
<item><title></title><description></description></item>
</channel></rss>`
	arts, err := Read("wire.rss", []byte(rss))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	a := arts[0]
	want := []string{"Envoys met in Geneva on Monday.", "Both sides called the meeting useful & frank."}
	if !reflect.DeepEqual(a.Body, want) || a.Published != "2024-03-04T09:30:00Z" || a.Language != "en" ||
		a.ID != "1c721ce06a0e5831" || a.Source != "Example Wire" {
		t.Errorf("article %+v", a)
	}
	if _, err := Read("bad.xml", []byte("<html><body>no feed</body></html>")); err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Errorf("non-feed: %v", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, true},
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, true},
		{`<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`, true},
		{`<feeds><item>a list of feeds</item></feeds>`, false},
		{`<atom:feedback>`, false},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, true},
		{`{"id": "a1", "text": "not a feed"}`, false},
		{`<!DOCTYPE html><html><head>`, false},
		// a DOCTYPE with an internal subset: its declarations hold ">"
		{`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#8212;">]><rss version="2.0">`, true},
		{"<!DOCTYPE feed [\n<!ENTITY copy \"&#169;\">\n<!-- a > in a comment -->\n]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<!DOCTYPE html [<!ENTITY x "<rss>">]><html><head>`, false},
		{`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">`, false}, // cut inside the subset
		{`plain text about a feed`, false},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"plain text\n\nsecond &amp; last", []string{"plain text", "second & last"}},
		{"<div>one<br/>two</div><figure><img src=x><figcaption>Photo: AP</figcaption></figure><li>three</li>", []string{"one", "two", "three"}},
		{"<p>Related: Another story</p><p>Read more »</p>", nil},
		// format characters, as references or characters, are dropped
		// as every reader drops them (article.Clean)
		{"<p>Russian forces shelled Khar&shy;kiv.</p><p>Police in &#xFEFF;Nairobi\u200b arrested 30.</p>", []string{"Russian forces shelled Kharkiv.", "Police in Nairobi arrested 30."}},
		{"Police in &#8203;Nairobi arrested 30.", []string{"Police in Nairobi arrested 30."}},
	}
	for _, tt := range tests {
		if got := Paragraphs(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadCutOff: a feed cut off mid-item keeps its complete items and
// says it was cut; one with no complete item is refused.
func TestReadCutOff(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title>
<item><title>Talks resume</title><link>https://example.org/talks</link><description>Envoys met in Geneva on Monday.</description></item>
<item><title>Border clash</title><link>https://example.org/clash</link><description>Troops exchanged fire on Tuesday.</description></item>
<item><title>Vote delayed</title><link>https://example.org/vo`
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Ceasefire holds</title><link href="https://example.org/cf"/><content type="html">The truce held on Sunday.</content></entry>
<entry><title>Aid arrives</title><content type="html">Trucks cro`
	prefixed := `<?xml version="1.0" encoding="utf-8"?>
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Atom Wire</atom:title>
<atom:entry><atom:title>Ceasefire holds</atom:title><atom:content type="html">The truce held on Sunday.</atom:content></atom:entry>
<atom:entry><atom:title>Aid arrives</atom:title><atom:content type="html">Trucks crossed on Monday.</atom:content></atom:entry>
<atom:entry><atom:title>Port shut</atom:title><atom:content type="html">The po`
	rdf := `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.org/"><title>RDF Wire</title><link>https://example.org/</link><description>Wire</description></channel>
<item rdf:about="https://example.org/a"><title>Envoys meet</title><link>https://example.org/a</link><description>Envoys met in Oslo.</description></item>
<item rdf:about="https://example.org/b"><title>Talks fail</title><link>https://example.org/b</link><description>The ta`
	jsonFeed := `{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire",
 "items": [{"id": "1", "title": "Envoys meet", "content_text": "Envoys met in Doha on Monday."},
  {"id": "2", "title": "Port reopens", "content_text": "The port reopened on Tuesday."},
  {"id": "3", "title": "Strike called", "content_te`
	tests := []struct {
		name, data string
		titles     []string
	}{
		{"cut.rss", rss, []string{"Talks resume", "Border clash"}},
		{"cut.json", jsonFeed, []string{"Envoys meet", "Port reopens"}},
		{"cut.atom", atom, []string{"Ceasefire holds"}},
		{"cut-prefixed.atom", prefixed, []string{"Ceasefire holds", "Aid arrives"}},
		{"cut.rdf", rdf, []string{"Envoys meet"}},
	}
	for _, tt := range tests {
		arts, err := Read(tt.name, []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.name+":") || !strings.Contains(err.Error(), ": feed cut off or broken after its first") {
			t.Errorf("%s: error %v, want one saying the feed is cut off", tt.name, err)
		}
		// one item is said in the singular
		if one := len(tt.titles) == 1; err != nil && one != strings.Contains(err.Error(), "after its first complete item (kept)") {
			t.Errorf("%s: error %v, want the number of items said right", tt.name, err)
		}
		var got []string
		for _, a := range arts {
			got = append(got, a.Title)
		}
		if strings.Join(got, "|") != strings.Join(tt.titles, "|") {
			t.Errorf("%s: items %q, want %q", tt.name, got, tt.titles)
		}
	}
	for name, data := range map[string]string{
		"none.rss":      rss[:strings.Index(rss, "</item>")],
		"none.json":     jsonFeed[:strings.Index(jsonFeed, "Monday")],
		"none.atom":     atom[:strings.Index(atom, "</entry>")],
		"header.rss":    rss[:strings.Index(rss, "Example Wire")], // cut inside the channel's header
		"header.atom":   atom[:strings.Index(atom, "<entry>")],
		"declonly.atom": atom[:strings.Index(atom, "<feed")],
	} {
		arts, err := Read(name, []byte(data))
		if err == nil || len(arts) != 0 || !strings.HasPrefix(err.Error(), name+":") || !strings.Contains(err.Error(), ": not a readable feed") {
			t.Errorf("%s, no complete item: %d articles, error %v; want none and 'not a readable feed'", name, len(arts), err)
		}
	}
}

// TestReadBrokenTag: a tag broken inside an item ("<title>Talks</titl>"),
// which the parser reads past without an error, leaves that item out and
// the items after it read (TestReadUnbalancedItem); one broken between
// items, in the channel's markup (a start tag never closed; a stray end
// tag is skipped, TestReadStrayEndTag), keeps the items read and says the
// feed is broken at the first item lost; a headline-only item gets an id
// of its own.
func TestReadBrokenTag(t *testing.T) {
	rss := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://example.org/1</link><description>Russia attacked Ukraine on Monday.</description></item>
<item><title>Talks</titl><description>Envoys met in Geneva.</description></item>
<item><title>Three</title><link>https://example.org/3</link><description>China condemned Japan.</description></item>
</channel></rss>`
	arts, err := Read("broken.rss", []byte(rss))
	if err == nil || err.Error() != "broken.rss:4: item 2: XML syntax error: element <title> closed by </titl> (the item is left out, the others are read)" {
		t.Errorf("error %v, want item 2 left out", err)
	}
	if len(arts) != 2 || arts[0].Title != "One" || arts[1].Title != "Three" {
		t.Fatalf("got %d articles, want One and Three", len(arts))
	}
	between := strings.Replace(rss, "<item><title>Talks</titl>", "<p>\n<item><title>Talks</title>", 1)
	arts, err = Read("between.rss", []byte(between))
	// named at the first item lost, line 5 ("Talks")
	if err == nil || err.Error() != "between.rss:5: feed broken: 3 items in the document, 1 read (kept); the item opening on this line and those after it are not read" {
		t.Errorf("error %v, want the feed said broken", err)
	}
	if len(arts) != 1 || arts[0].Title != "One" {
		t.Fatalf("got %d articles, want One", len(arts))
	}
	headline := strings.Replace(rss, "<title>Talks</titl>", "<title>Talks</title>", 1)
	headline = strings.Replace(headline, "<description>Envoys met in Geneva.</description>", "", 1)
	arts, err = Read("headline.rss", []byte(headline))
	if err != nil || len(arts) != 3 || arts[1].Title != "Talks" || len(arts[1].Body) != 0 {
		t.Fatalf("got %d articles, error %v; want 3, the second a headline alone", len(arts), err)
	}
	if arts[1].ID == dyad.ArticleID("", "") {
		t.Errorf("headline-only item has the empty article's id %s", arts[1].ID)
	}
}

// TestReadEmptyFeed: a feed with no item to read is an error naming it
// and saying why, not an empty success.
func TestReadEmptyFeed(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{`<rss version="2.0"><channel><title>x</title></channel></rss>`, "f.rss: feed has no items"},
		{`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>y</title></feed>`, "f.rss: feed has no items"},
		{`<rss version="2.0"><channel><title>x</title><item><link>https://example.org/a</link></item></channel></rss>`, "f.rss: feed has no item with a title or text (1 item)"},
	} {
		arts, err := Read("f.rss", []byte(c.doc))
		if len(arts) != 0 || err == nil || err.Error() != c.want {
			t.Errorf("%s: %d articles, error %v; want none, %q", c.doc, len(arts), err, c.want)
		}
	}
}

// TestReadWarnDates: an item whose date is given but cannot be read is
// undated with one warning naming the feed's item, its link (else its
// title) and the value; readable dates give none.
func TestReadWarnDates(t *testing.T) {
	tests := []struct {
		name, doc string
		published []string
		warnings  []string
	}{
		{"rss.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Town Paper</title>
<item><title>Council closes the old bridge</title><link>https://townpaper.example/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate><description>The council voted to close the bridge.</description></item>
<item><title>Rivals agree border talks</title><link>https://townpaper.example/b</link><pubDate>sometime next week</pubDate><description>Two rivals agreed to resume talks.</description></item>
<item><title>Mayor visits the ferry</title><pubDate>32/13/2024 25:00</pubDate><description>The mayor visited the ferry.</description></item>
<item><title>Undated brief</title><description>No date given at all.</description></item>
</channel></rss>`,
			[]string{"2024-03-05T10:00:00Z", "", "", ""},
			[]string{
				`rss.xml item 2 (https://townpaper.example/b): date "sometime next week" cannot be read; the item is undated`,
				`rss.xml item 3 (Mayor visits the ferry): date "32/13/2024 25:00" cannot be read; the item is undated`,
			}},
		{"atom.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>River Herald</title>
<entry><title>Ferry service resumes</title><link href="https://riverherald.example/f"/><updated>yesterday-ish</updated><summary>The ferry runs again.</summary></entry>
<entry><title>Bridge repairs begin</title><link href="https://riverherald.example/g"/><updated>2024-03-06T08:00:00Z</updated><summary>Work started.</summary></entry>
</feed>`,
			[]string{"", "2024-03-06T08:00:00Z"},
			[]string{`atom.xml item 1 (https://riverherald.example/f): date "yesterday-ish" cannot be read; the item is undated`}},
		// an item with neither link nor title: no empty "()"
		{"feed.json", `{"version":"https://jsonfeed.org/version/1.1","title":"Valley Post","items":[
{"id":"v1","content_text":"The valley council met on water rights.","date_published":"around noon"}]}`,
			[]string{""},
			[]string{`feed.json item 1: date "around noon" cannot be read; the item is undated`}},
	}
	for _, tt := range tests {
		var warnings []string
		arts, err := ReadWarn(tt.name, []byte(tt.doc), func(w string) { warnings = append(warnings, w) })
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var published []string
		for _, a := range arts {
			published = append(published, a.Published)
		}
		if !reflect.DeepEqual(published, tt.published) || !reflect.DeepEqual(warnings, tt.warnings) {
			t.Errorf("%s: published %q, warnings\n%q\nwant %q,\n%q", tt.name, published, warnings, tt.published, tt.warnings)
		}
	}
}

// TestReadLocalDateBudget: dates in the feed's language are parsed once
// per distinct text (a feed repeating one date has all its items dated),
// and the items past the budget of maxLocalDates distinct texts get one
// warning for the feed, not a false "cannot be read" each (review 24b).
func TestReadLocalDateBudget(t *testing.T) {
	feedOf := func(n int, date func(i int) string) []byte {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Jornal</title><language>pt-br</language>`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://jornal.example/%d</link><pubDate>%s</pubDate><description>Texto.</description></item>`, i, i, date(i))
		}
		b.WriteString(`</channel></rss>`)
		return []byte(b.String())
	}
	tests := []struct {
		name     string
		doc      []byte
		dated    int
		first    string
		warnings []string
	}{
		{"same.xml", feedOf(70, func(int) string { return "Seg, 24 Set 2018 19:42:40 -0300" }), 70, "2018-09-24T19:42:40-03:00", nil},
		{"distinct.xml", feedOf(maxLocalDates+2, func(i int) string { return fmt.Sprintf("Seg, 24 Set 2018 %02d:%02d:00 -0300", i/60, i%60) }),
			maxLocalDates, "2018-09-24T00:00:00-03:00",
			[]string{"distinct.xml: 2 items' dates not read: over the 64-date budget; undated"}},
	}
	for _, tt := range tests {
		var warnings []string
		arts, err := ReadWarn(tt.name, tt.doc, func(w string) { warnings = append(warnings, w) })
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		dated := 0
		for _, a := range arts {
			if a.Published != "" {
				dated++
			}
		}
		if dated != tt.dated || arts[0].Published != tt.first || !reflect.DeepEqual(warnings, tt.warnings) {
			t.Errorf("%s: %d of %d dated, first %q, warnings %q; want %d, %q, %q", tt.name, dated, len(arts), arts[0].Published, warnings, tt.dated, tt.first, tt.warnings)
		}
	}
}

// TestFeedItemNulCharacter: a JSON Feed item whose text, title, link or
// author name, or the feed whose title (every item's source), holds a NUL
// character (\u0000) is refused as binary data naming the feed, the item
// and the field, as a JSON Lines record is; the other items are kept.
func TestFeedItemNulCharacter(t *testing.T) {
	const ok = `{"id":"2","url":"https://example.org/2","content_text":"Kenya and Chile resumed talks on Monday."}`
	for _, tc := range []struct {
		feedTitle, item, field string
		kept                   int
	}{
		{"Wire", `{"id":"1","url":"https://example.org/1","content_text":"Iran \u0000 threatened Israel on Monday."}`, "text", 1},
		{"Wire", `{"id":"1","url":"https://example.org/1","title":"Raid\u0000","content_text":"Iran threatened Israel."}`, "title", 1},
		{"Wire", `{"id":"1","url":"https://example.org/1\u0000","content_text":"Iran threatened Israel."}`, "url", 1},
		{"Wire", `{"id":"1","url":"https://example.org/1","content_text":"Iran threatened Israel.","authors":[{"name":"A\u0000B"}]}`, "authors", 1},
		{`Wire\u0000Service`, `{"id":"1","url":"https://example.org/1","content_text":"Iran threatened Israel."}`, "source", 0},
	} {
		data := []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"` + tc.feedTitle + `","items":[` + tc.item + `,` + ok + `]}`)
		arts, err := Read("wire.json", data)
		if len(arts) != tc.kept || tc.kept == 1 && arts[0].URL != "https://example.org/2" {
			t.Errorf("%s: kept %d items, want %d", tc.field, len(arts), tc.kept)
		}
		want := `wire.json: item 1: binary data (field "` + tc.field + `" holds a NUL character, \u0000)`
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: error %v, want %s", tc.field, err, want)
		}
		for _, a := range arts {
			if strings.ContainsRune(a.Source+a.Title+a.URL+strings.Join(a.Authors, ""), 0) {
				t.Errorf("%s: an item kept holds a NUL: %+v", tc.field, a)
			}
		}
	}
}

func TestLinkSection(t *testing.T) {
	for _, tt := range []struct{ link, want string }{
		{"https://www.theguardian.com/sport/2018/jan/30/donald-trump-golf-cheat", "sport"},
		{"https://www.theguardian.com/us-news/2018/jan/30/trump-golf-club", "us-news"},
		{"https://example.org/talks", ""},
		{"https://example.org/talks/", ""},
		{"https://example.org/2024/03/04/talks", ""},
		{"https://example.org/World/talks", ""},
		{"example.org/sport/talks", ""},
		{"", ""},
	} {
		if got := linkSection(tt.link); got != tt.want {
			t.Errorf("linkSection(%q) = %q, want %q", tt.link, got, tt.want)
		}
	}
}

// TestReadFeedEncodings: a feed meant as UTF-8 (declared so, or declaring
// nothing, as XML and JSON Feed default to) keeps its UTF-8 when a byte is
// stray or its last character is cut; only a feed with no multi-byte UTF-8
// sequence is read as Windows-1252, and a declared legacy charset is used.
// A feed read as Latin-1 (Windows-1252), or declaring it and read as
// UTF-8, is said in a warning naming what was done and where the first
// byte not ASCII is; so is a feed read as UTF-8 with stray bytes, naming
// the item that holds the first, its line and the byte.
func TestReadFeedEncodings(t *testing.T) {
	item := func(decl, title string) string {
		return decl + "<rss version=\"2.0\"><channel><title>Wire</title><item><title>" + title +
			"</title><link>https://example.org/a</link><description>Envoys met.</description></item></channel></rss>\n"
	}
	tests := []struct {
		name, in, want, warn string
	}{
		{"undeclared, stray byte", item(`<?xml version="1.0"?>`, "ABIDJAN \x97 C\xc3\xb4te d'Ivoire accuses Mali"),
			"ABIDJAN \uFFFD Côte d'Ivoire accuses Mali",
			"feed item 1 (https://example.org/a): is UTF-8 (it declares no encoding) but holds a byte that is not UTF-8, 0x97 on line 1: read as UTF-8, the byte as U+FFFD"},
		{"no declaration, stray byte", item("", "Lom\xc3\xa9 talks \x85 S\xc3\xa3o Tom\xc3\xa9 envoy"),
			"Lomé talks \uFFFD São Tomé envoy",
			"feed item 1 (https://example.org/a): is UTF-8 (it declares no encoding) but holds a byte that is not UTF-8, 0x85 on line 1: read as UTF-8, the byte as U+FFFD"},
		{"declared UTF-8, stray byte", item(`<?xml version="1.0" encoding="UTF-8"?>`, "Bogot\xc3\xa1 \xff envoy"),
			"Bogotá \uFFFD envoy",
			"feed item 1 (https://example.org/a): declares UTF-8 but holds a byte that is not UTF-8, 0xFF on line 1: read as UTF-8, the byte as U+FFFD"},
		{"undeclared, cut last character", item(`<?xml version="1.0"?>`, "Gda\xc5\x84sk port reopens") + "\xe2\x80",
			"Gdańsk port reopens", ""},
		{"declared UTF-8, Latin-1 text", item(`<?xml version="1.0" encoding="utf-8"?>`, "Caf\xe9 owners protest in Montr\xe9al"),
			"Café owners protest in Montréal",
			"feed: declares UTF-8 but holds no UTF-8 character: read as Windows-1252 (Latin-1) (the first byte not ASCII, 0xE9, on line 1)"},
		{"undeclared, Latin-1 text", "<?xml version=\"1.0\"?>\n" + item("", "Envoys meet in Bras\xedlia"),
			"Envoys meet in Brasília",
			"feed: not UTF-8 and declares no encoding: read as Windows-1252 (Latin-1) (the first byte not ASCII, 0xED, on line 2)"},
		{"declared ISO-8859-1", item("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "Caf\xe9 owners protest \xa7 2"),
			"Café owners protest § 2",
			`feed: declares encoding "ISO-8859-1": decoded as windows-1252, as browsers do (the first byte not ASCII, 0xE9, on line 2)`},
		{"declared windows-1252", item(`<?xml version="1.0" encoding="Windows-1252"?>`, "Envoys meet in Bogot\xe1 \x97 officials"),
			"Envoys meet in Bogotá — officials",
			`feed: declares encoding "Windows-1252": decoded as windows-1252 (the first byte not ASCII, 0xE1, on line 1)`},
		{"declared ISO-8859-1, ASCII", item(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Envoys meet in Lima"),
			"Envoys meet in Lima", ""},
		{"declared ISO-8859-1, UTF-8 text", item(`<?xml version="1.0" encoding="ISO-8859-1"?>`, "Talks in Z\xc3\xbcrich on C\xc3\xb4te d'Ivoire"),
			"Talks in Zürich on Côte d'Ivoire",
			`feed: declares encoding "ISO-8859-1" but is UTF-8: read as UTF-8, not as declared ("ü" as ISO-8859-1 is "Ã¼"; line 1)`},
		{"declared windows-1252, UTF-8 text", item(`<?xml version='1.0' encoding='windows-1252'?>`, "Envoys meet in Bogot\xc3\xa1 \xe2\x80\x94 officials"),
			"Envoys meet in Bogotá — officials",
			`feed: declares encoding "windows-1252" but is UTF-8: read as UTF-8, not as declared ("á" as windows-1252 is "Ã¡"; line 1)`},
		{"UTF-16LE with BOM", utf16(item(`<?xml version="1.0" encoding="UTF-16"?>`, "Envoys meet in Lomé"), false, true),
			"Envoys meet in Lomé", ""},
		{"UTF-16BE with BOM", utf16(item(`<?xml version="1.0" encoding="UTF-16"?>`, "Envoys meet in Lomé"), true, true),
			"Envoys meet in Lomé", ""},
		{"UTF-8 BOM, declared UTF-16", "\xef\xbb\xbf" + item(`<?xml version="1.0" encoding="UTF-16"?>`, "Envoys meet in Bogot\xc3\xa1"),
			"Envoys meet in Bogotá", ""},
		{"UTF-16LE without BOM", utf16(item(`<?xml version="1.0" encoding="UTF-16"?>`, "Envoys meet in Asunción"), false, false),
			"Envoys meet in Asunción", ""},
		{"JSON Feed, stray byte", `{"version":"https://jsonfeed.org/version/1.1","title":"W","items":[{"id":"1","url":"https://example.org/b","title":"` +
			"Asunci\xc3\xb3n \x97 envoys meet" + `","content_text":"Envoys met."}]}`,
			"Asunción \uFFFD envoys meet",
			"feed item 1 (https://example.org/b): is UTF-8 (it declares no encoding) but holds a byte that is not UTF-8, 0x97 on line 1: read as UTF-8, the byte as U+FFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !Sniff([]byte(tt.in)) {
				t.Errorf("not sniffed as a feed")
			}
			var warns []string
			arts, err := ReadWarn("feed", []byte(tt.in), func(w string) { warns = append(warns, w) })
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 || arts[0].Title != tt.want {
				t.Fatalf("got %d articles, title %q; want %q", len(arts), arts[0].Title, tt.want)
			}
			var want []string
			if tt.warn != "" {
				want = []string{tt.warn}
			}
			if !reflect.DeepEqual(warns, want) {
				t.Errorf("warnings %q, want %q", warns, want)
			}
		})
	}
}

// utf16 encodes s as UTF-16, big-endian or little, with a byte order mark
// or without.
func utf16(s string, big, bom bool) string {
	var b []byte
	if bom {
		if big {
			b = append(b, 0xfe, 0xff)
		} else {
			b = append(b, 0xff, 0xfe)
		}
	}
	for _, u := range utf16enc.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

// TestItemTitleMarkup: markup in an item's title (RSS CDATA, an Atom
// title of type html) is reduced to its text; a "<" that opens no tag and
// entities stay text.
func TestItemTitleMarkup(t *testing.T) {
	rss := func(title string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>` + title +
			`</title><link>https://example.org/a</link><description>Envoys met.</description></item></channel></rss>`
	}
	for _, tc := range []struct{ name, in, want string }{
		{"CDATA with tags", rss("<![CDATA[Talks <em>in</em> Geneva]]>"), "Talks in Geneva"},
		{"escaped tags", rss("Talks &lt;b&gt;in&lt;/b&gt; Geneva"), "Talks in Geneva"},
		{"less-than sign", rss("Inflation &lt; 2% in Chile"), "Inflation < 2% in Chile"},
		{"entities", rss("AT&amp;T and Nokia &#8212; talks"), "AT&T and Nokia — talks"},
		// escaped text that is no HTML element stays text
		{"escaped ticker", rss("Apple &lt;AAPL.O&gt; shares &#8220;fall&#8221;"), "Apple <AAPL.O> shares “fall”"},
		{"escaped ticker and tag", rss("Apple &lt;AAPL.O&gt; shares &lt;b&gt;fall&lt;/b&gt;"), "Apple shares fall"},
		{"Atom html title", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title type="html">Talks &lt;b&gt;in&lt;/b&gt; Z&#252;rich</title><link href="https://example.org/b"/><content type="text">Envoys met.</content></entry></feed>`, "Talks in Zürich"},
	} {
		arts, err := Read("feed", []byte(tc.in))
		if err != nil || len(arts) != 1 || arts[0].Title != tc.want {
			t.Errorf("%s: err %v, %d articles, title %q; want %q", tc.name, err, len(arts), arts[0].Title, tc.want)
		}
	}
}

// TestRelativeItemLinks: an item's relative link ("/news/1") is resolved
// against the feed's own link, else the address the feed was fetched
// from; with neither it stays relative and the article's id is its
// text's, so that two feeds' "/news/1" are two articles, not one.
func TestRelativeItemLinks(t *testing.T) {
	rss := func(channelLink, text string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>` + channelLink +
			`<item><title>One</title><link>/news/1</link><description>` + text + `</description></item></channel></rss>`
	}
	for _, tc := range []struct{ name, feedName, in, want string }{
		{"channel link", "a.xml", rss("<link>https://a.example.org/world/</link>", "Envoys met."), "https://a.example.org/news/1"},
		{"fetched from", "https://b.example.com/feeds/rss.xml", rss("", "Envoys met."), "https://b.example.com/news/1"},
		{"Atom alternate link", "c.xml", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><link rel="alternate" href="https://c.example.net/"/><entry><title>One</title><link href="news/2"/><content type="text">Envoys met.</content></entry></feed>`, "https://c.example.net/news/2"},
		{"no base", "d.xml", rss("", "Envoys met."), "/news/1"},
		{"absolute", "e.xml", strings.Replace(rss("<link>https://a.example.org/</link>", "Envoys met."), "/news/1", "https://other.example.org/x", 1), "https://other.example.org/x"},
	} {
		arts, err := Read(tc.feedName, []byte(tc.in))
		if err != nil || len(arts) != 1 || arts[0].URL != tc.want {
			t.Errorf("%s: err %v, url %q; want %q", tc.name, err, arts[0].URL, tc.want)
		}
	}
	a, _ := Read("a.xml", []byte(rss("", "Kenya recalled its ambassador.")))
	b, _ := Read("b.xml", []byte(rss("", "Chile expelled two diplomats.")))
	if a[0].ID == b[0].ID {
		t.Errorf("two feeds' relative /news/1 of other texts share id %s", a[0].ID)
	}
}

// TestReadWarnClockDates: an item date that names no day of its own
// ("yesterday", "2 hours ago", "now", a time alone, a day and month with no
// year) is undated with a warning, not dated by the clock of the run.
func TestReadWarnClockDates(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town Paper</title>`)
	dates := []string{"yesterday", "2 hours ago", "now", "Monday 10:00", "10:00", "Jul 8", "Tue, 05 Mar 2024 10:00:00 +0000", "8 July 2024"}
	for i, d := range dates {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://townpaper.example/%d</link><pubDate>%s</pubDate><description>The council met.</description></item>`, i, i, d)
	}
	b.WriteString(`</channel></rss>`)
	var warnings []string
	arts, err := ReadWarn("rss.xml", []byte(b.String()), func(w string) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatal(err)
	}
	var published []string
	for _, a := range arts {
		published = append(published, a.Published)
	}
	want := []string{"", "", "", "", "", "", "2024-03-05T10:00:00Z", "2024-07-08"}
	if !reflect.DeepEqual(published, want) {
		t.Errorf("published %q, want %q", published, want)
	}
	if len(warnings) != 6 || warnings[0] != `rss.xml item 1 (https://townpaper.example/0): date "yesterday" cannot be read; the item is undated` {
		t.Errorf("warnings %q, want 6, the first for \"yesterday\"", warnings)
	}
}

// TestReadWarnFutureDates: an item dated more than a day ahead (a typo,
// a publisher's clock gone wrong) is undated with a warning naming it, as
// a text file's DATE: in the future is refused; tomorrow's date (a time
// zone ahead of UTC) is kept.
func TestReadWarnFutureDates(t *testing.T) {
	now := time.Now().UTC()
	tomorrow := now.AddDate(0, 0, 1).Format(time.RFC1123Z)
	doc := `<?xml version="1.0"?><rss version="2.0"><channel><title>Town Paper</title>
<item><title>Council closes the old bridge</title><link>https://townpaper.example/a</link><pubDate>Mon, 08 Jul 2999 10:00:00 +0000</pubDate><description>The council voted.</description></item>
<item><title>Ferry resumes</title><link>https://townpaper.example/b</link><pubDate>` + tomorrow + `</pubDate><description>The ferry runs.</description></item>
</channel></rss>`
	var warnings []string
	arts, err := ReadWarn("rss.xml", []byte(doc), func(w string) { warnings = append(warnings, w) })
	if err != nil {
		t.Fatal(err)
	}
	want := `rss.xml item 1 (https://townpaper.example/a): date "Mon, 08 Jul 2999 10:00:00 +0000" is in the future (today is ` + now.Format(time.DateOnly) + `); the item is undated`
	if len(arts) != 2 || arts[0].Published != "" || arts[1].Published == "" || !reflect.DeepEqual(warnings, []string{want}) {
		t.Errorf("%d items, published %q and %q, warnings %q; want undated, dated, %q", len(arts), arts[0].Published, arts[1].Published, warnings, want)
	}
}

// TestReadZonelessDates: an item's date given without a zone is written as
// a page's or a text file's is (dyad.UnknownOffset for a clock reading, the
// day alone for a date), not as a UTC instant ending in "Z": the coder took
// "2024-07-13" for midnight UTC and dated a Washington item July 12.
func TestReadZonelessDates(t *testing.T) {
	tests := []struct{ date, want string }{
		{"2024-07-13T09:30:00", "2024-07-13T09:30:00-00:00"},
		{"2024-07-13T09:30", "2024-07-13T09:30:00-00:00"},
		{"Sat, 13 Jul 2024 09:30:00", "2024-07-13T09:30:00-00:00"},
		{"2024-07-13", "2024-07-13"},
		{"13 Jul 2024", "2024-07-13"},
		{"2024-07-13T00:00:00", "2024-07-13"},
		// a zone, of any form: the instant
		{"2024-07-13T09:30:00Z", "2024-07-13T09:30:00Z"},
		{"Sat, 13 Jul 2024 09:30:00 GMT", "2024-07-13T09:30:00Z"},
		{"Sat, 13 Jul 2024 09:30:00 +0000", "2024-07-13T09:30:00Z"},
		{"2024-07-13T09:30:00+01:00", ""}, // per format below: RSS and Atom in UTC, JSON Feed keeps the offset
		{"2024-07-13T00:00:00Z", "2024-07-13T00:00:00Z"},
	}
	for _, tt := range tests {
		docs := map[string]string{
			"rss.xml":   `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Council meets</title><link>https://townpaper.example/a</link><description>The council met.</description><pubDate>` + tt.date + `</pubDate></item></channel></rss>`,
			"atom.xml":  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Council meets</title><link href="https://townpaper.example/a"/><content>The council met.</content><published>` + tt.date + `</published></entry></feed>`,
			"feed.json": `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"https://townpaper.example/a","content_text":"The council met.","date_published":"` + tt.date + `"}]}`,
		}
		for name, doc := range docs {
			want := tt.want
			if want == "" {
				want = "2024-07-13T08:30:00Z"
				if name == "feed.json" {
					want = "2024-07-13T09:30:00+01:00"
				}
			}
			arts, err := ReadWarn(name, []byte(doc), func(w string) { t.Errorf("%s %q: warning %q", name, tt.date, w) })
			if err != nil || len(arts) != 1 {
				t.Fatalf("%s %q: %d items, %v", name, tt.date, len(arts), err)
			}
			if arts[0].Published != want {
				t.Errorf("%s %q: published %q, want %q", name, tt.date, arts[0].Published, want)
			}
		}
	}
}

// TestReadFailurePlace: a feed that is cut off or does not parse is named
// with the line of the failure as NAME:LINE, as an editor jumps to it,
// and a JSON Feed's error gives its byte offset too; the XML error said
// its line inside the message, the JSON one no place at all.
func TestReadFailurePlace(t *testing.T) {
	rss := "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Lake Wire</title>\n" +
		"<item><title>Envoys meet</title><description>Chad and Niger held talks on Monday.</description></item>\n" +
		"<item><title>Port shut</title><description>Guinea closed its border with Mali on Tuesday.</description></item>\n" +
		"<item><title>Aid sent</title><description>Ghana sent aid to Togo on Wed"
	jsonFeed := "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Lake Wire\",\n" +
		" \"items\": [\n  {\"id\": \"1\", \"title\": \"Envoys meet\", \"content_text\": \"Chad and Niger held talks on Monday.\"},\n" +
		"  {\"id\": \"2\", \"title\": \"Aid sent\", \"content_te"
	typed := "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Lake Wire\",\n \"items\": 5}\n"
	for _, c := range []struct{ name, data, want string }{
		{"cut.rss", rss, "cut.rss:5: feed cut off or broken after its first 2 complete items (kept): XML syntax error: unexpected EOF"},
		{"cut.json", jsonFeed, fmt.Sprintf("cut.json:4: feed cut off or broken after its first complete item (kept): unexpected end of JSON input after %d bytes", len(jsonFeed))},
		// cut after a newline: the last line, not the empty one after it
		{"head.rss", rss[:strings.Index(rss, "<item>")], "head.rss:2: not a readable feed: XML syntax error: unexpected EOF"},
		{"head.json", jsonFeed[:strings.Index(jsonFeed, "{\"id\"")], fmt.Sprintf("head.json:3: not a readable feed: unexpected end of JSON input after %d bytes", strings.Index(jsonFeed, "{\"id\""))},
		// the bytes read are not the bytes parsed (a byte order mark
		// dropped): the line alone
		{"bom.json", "\xef\xbb\xbf" + jsonFeed[:strings.Index(jsonFeed, "{\"id\"")], "bom.json:3: not a readable feed: unexpected end of JSON input"},
		{"typed.json", typed, "typed.json:2: not a readable feed: items is a number, want a list, after 81 bytes"},
	} {
		_, err := Read(c.name, []byte(c.data))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || (c.name == "bom.json" && strings.Contains(err.Error(), "after")) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// TestReadFeedStrayByteItem: a UTF-8 feed with stray bytes in its second
// item says so once, naming that item (with its link) and the first
// byte's line and value, and how many there are; one in the channel's
// title, in no item, names the feed alone. (The feed is UTF-8 elsewhere,
// "Bogotá": one with no UTF-8 character is read as Latin-1.)
func TestReadFeedStrayByteItem(t *testing.T) {
	item := func(link, title, desc string) string {
		return "<item><title>" + title + "</title><link>" + link + "</link><description>" + desc + "</description></item>\n"
	}
	in := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n" +
		item("https://example.org/a", "Bogot\xc3\xa1 talks open", "Envoys met in Bogot\xc3\xa1.") +
		item("https://example.org/b", "Quito talks", "Envoys met in Quito \x96 officials said \x96 on Monday.") +
		item("https://example.org/c", "Sucre talks", "Envoys met in Sucre.") + "</channel></rss>\n"
	var warns []string
	arts, err := ReadWarn("wire.rss", []byte(in), func(w string) { warns = append(warns, w) })
	if err != nil || len(arts) != 3 {
		t.Fatalf("%d articles, err %v", len(arts), err)
	}
	want := []string{"wire.rss item 2 (https://example.org/b): declares UTF-8 but holds 2 bytes that are not UTF-8, the first 0x96 on line 4: read as UTF-8, each run of such bytes as U+FFFD"}
	if !reflect.DeepEqual(warns, want) {
		t.Errorf("warnings %q, want %q", warns, want)
	}
	in = strings.Replace(in, "<title>Wire</title>", "<title>Wire \xa0</title>", 1)
	in = strings.ReplaceAll(in, "\x96", "-")
	warns = nil
	if _, err := ReadWarn("wire.rss", []byte(in), func(w string) { warns = append(warns, w) }); err != nil {
		t.Fatal(err)
	}
	want = []string{"wire.rss: declares UTF-8 but holds a byte that is not UTF-8, 0xA0 on line 2: read as UTF-8, the byte as U+FFFD"}
	if !reflect.DeepEqual(warns, want) {
		t.Errorf("channel title: warnings %q, want %q", warns, want)
	}
}

// TestLinklessItemIDs: an item with no link is identified, as a text file
// is, by its text with the feed's title and the item's date
// (article.NormalText): one story carried by two outlets, or by one on two
// days, is two articles; the same feed read twice gives the same id; two
// headline-only items are two articles.
func TestLinklessItemIDs(t *testing.T) {
	rss := func(channel, date, title, text string) []byte {
		return []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>` + channel + `</title><item><title>` + title +
			`</title><pubDate>` + date + `</pubDate><description>` + text + `</description></item></channel></rss>`)
	}
	id := func(b []byte) string {
		t.Helper()
		arts, err := Read("f.xml", b)
		if err != nil || len(arts) != 1 {
			t.Fatalf("err %v, %d articles", err, len(arts))
		}
		return arts[0].ID
	}
	const day1, day2 = "Mon, 04 Mar 2024 10:00:00 +0000", "Mon, 06 May 2024 10:00:00 +0000"
	a := id(rss("Outlet A", day1, "Raid", "Soldiers raided a village on Monday."))
	if b := id(rss("Outlet B", day1, "Raid", "Soldiers raided a village on Monday.")); a == b {
		t.Errorf("two outlets' link-less copies of one item share id %s", a)
	}
	if b := id(rss("Outlet A", day2, "Raid", "Soldiers raided a village on Monday.")); a == b {
		t.Errorf("one outlet's link-less item on two days shares id %s", a)
	}
	if b := id(rss("Outlet A", day1, "Raid", "Soldiers raided a village on Monday.")); a != b {
		t.Errorf("one feed read twice: ids %s and %s", a, b)
	}
	if h1, h2 := id(rss("Outlet A", day1, "Talks resume", "")), id(rss("Outlet A", day1, "Border closed", "")); h1 == h2 {
		t.Errorf("two headline-only items share id %s", h1)
	}
}
