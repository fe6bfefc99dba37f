// Package dyad holds the domain types that every stage of the pipeline shares:
// an Article read from a source, its Sentences and Tokens, the Actors found in
// them and the CAMEO-coded Events they support.
//
// The pipeline is
//
//	source → article → sentences → actors → events → store → query/export/serve
//
// with one package per stage (article, sentences, actors, events, cameo,
// output, …). Stages pass these values to each other; none of them holds
// mutable package-level state.
package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	neturl "net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"
)

// Article is one news story: its text split into paragraphs, with the
// metadata that came with it. Body and Captions hold paragraphs of plain
// text with boilerplate (navigation, share prompts, photo credits, agency
// blurbs, "Published" stubs, related links) removed.
type Article struct {
	// ID is a stable hash: of the canonical URL when known, else of the
	// normalised text with the source and publication date (see ArticleID
	// and article.NormalText).
	ID      string `json:"id"`
	URL     string `json:"url,omitempty"`
	Source  string `json:"source,omitempty"` // outlet or agency: "AFP", "The Guardian"
	Title   string `json:"title,omitempty"`
	Section string `json:"section,omitempty"`
	Byline  string `json:"byline,omitempty"`
	// Authors are the byline's names, one per element.
	Authors []string `json:"authors,omitempty"`
	// Published is RFC 3339 ("2024-07-13T09:30:00+09:00") when the time is
	// known, else a bare ISO date ("2024-07-13"); empty when unknown. A
	// time its input gave without a zone is taken as UTC and ends in
	// UnknownOffset ("2024-07-13T09:30:00-00:00"), a feed item's too.
	Published string `json:"published,omitempty"`
	// PublishedFrom says where Published came from: "json-ld", "meta",
	// "url", "dateline", "header", "flag", "text", "warc" (a WARC
	// record's capture time, for a page that gives no date) or "updated"
	// (the page's update, for a page rewritten years after it was first
	// published: article.DateByUpdate).
	PublishedFrom string `json:"published_from,omitempty"`
	// Updated is when the page says its text last changed (JSON-LD
	// dateModified, article:modified_time), RFC 3339 or an ISO date; set
	// only when it falls on a later day than Published. Events are dated
	// against Published; dyad code and dyad ingest make a page's update
	// its Published when the text names years long after its publication
	// and close to the update (article.DateByUpdate), and warn when the
	// two years differ and the text names a later one.
	Updated string `json:"updated,omitempty"`
	// Dateline is the place of a dateline ("BEIJING", "SEOUL, July 13"),
	// without the date; the default event location.
	Dateline string   `json:"dateline,omitempty"`
	Language string   `json:"language,omitempty"` // ISO 639-1, "en"
	Body     []string `json:"body"`
	Captions []string `json:"captions,omitempty"`
	// Input names where the article was read from (a file path, a URL,
	// "-" for standard input, with ":N" for a JSONL line or a feed's
	// N-th item).
	Input string `json:"input,omitempty"`
	// Item is the article's number, from 1, among the items of the feed
	// it was read from (Input then ends in ":Item"); 0 for any other
	// article. It is neither printed nor stored: messages name the item
	// by it (InputName).
	Item int `json:"-"`
	// Claimed is set when URL is not the address the article was read
	// from but one its page claims (a canonical link, og:url): a page read
	// from a file, or got at another address. Saved pages of different
	// stories that claim one URL (a section's, "/news/world/") are two
	// articles: dyad ingest stores the later one by its text's id and
	// warns (article.OtherStory); dyad ingest --queue carries it to dyad
	// worker, which does the same. It is neither printed nor stored.
	Claimed bool `json:"-"`
	// Dict names the user dictionaries (--dict) a stored article's events
	// were coded with, as actors.DirID gives it ("mine/ sha256:1a2b3c4d5e6f");
	// empty for the built-in dictionaries alone. dyad ingest and dyad
	// worker set it when they store the article; it is never read from an
	// input.
	Dict string `json:"dict,omitempty"`
}

// InputName names the article's input in messages: Input, with a feed
// item's ":N", which reads as a line of the file, said "item N" as the
// feed's own messages say it ("feed.rss item 2", where Input is
// "feed.rss:2"). A JSON Lines line stays "wire.jsonl:3".
func (a *Article) InputName() string {
	if a.Item > 0 {
		n := strconv.Itoa(a.Item)
		if in, ok := strings.CutSuffix(a.Input, ":"+n); ok {
			return in + " item " + n
		}
	}
	return a.Input
}

// PublishedTime parses Published. It reports false when Published is empty
// or neither RFC 3339 nor an ISO date.
func (a *Article) PublishedTime() (time.Time, bool) { return ParseStamp(a.Published) }

// UnknownOffset ends a publication time that its input gave without a
// zone ("2024-07-13T09:30:00-00:00"): dyad takes such a time as UTC and
// writes it with RFC 3339's offset for "the time in UTC is known, the
// local offset is not" (RFC 3339 §4.3), so that every time dyad emits is
// RFC 3339 while the coder still tells a publisher's clock reading (whose
// day it keeps) from an instant with its zone (whose day is the one at
// the dateline). Article ids hash the clock reading without it
// (article.NormalText), as they did before it was written.
const UnknownOffset = "-00:00"

// ParseStamp parses a date as Article.Published and Article.Updated hold
// it: RFC 3339 (a time read without a zone ends in UnknownOffset, a UTC
// time), a time with no zone as stores written before UnknownOffset hold
// it ("2024-07-13T09:30:00", read as UTC) or an ISO date. It reports
// false when s is empty or none of them.
func ParseStamp(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ParseEventDate parses an event date at its precision, as Event.Date
// holds it: "2024-07-13" (day), "2024-07" (month) or "2024" (year). It
// returns the first and the last day of that span (the same day for a
// day); ok is false for any other shape or an impossible date.
func ParseEventDate(date string) (first, last time.Time, ok bool) {
	var err error
	switch len(date) {
	case 10:
		first, err = time.Parse("2006-01-02", date)
		last = first
	case 7:
		first, err = time.Parse("2006-01", date)
		last = first.AddDate(0, 1, -1)
	case 4:
		first, err = time.Parse("2006", date)
		last = first.AddDate(1, 0, -1)
	default:
		return time.Time{}, time.Time{}, false
	}
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	return first, last, true
}

// RFC3339Stamp returns s, a date as Article.Published and Article.Updated
// hold it, in RFC 3339: a time with no zone, as stores written before
// UnknownOffset hold it ("2024-07-13T09:30:00"), gets UnknownOffset (the
// time taken as UTC, as ParseStamp reads it); anything else (RFC 3339
// already, an ISO date, "") is returned as it is. The stores apply it to
// the articles they return, so that exports and the API emit RFC 3339
// whatever dyad wrote the store.
func RFC3339Stamp(s string) string {
	if len(s) != len("2006-01-02T15:04:05") {
		return s
	}
	if _, err := time.Parse("2006-01-02T15:04:05", s); err != nil {
		return s
	}
	return s + UnknownOffset
}

// ArticleID returns the stable article id: the first 16 hex digits of the
// SHA-256 of the canonical URL (CanonicalURL) when url is not empty, else
// of the text. The addresses that name one page alike ("https://Example.org/a#comments",
// "https://example.org/a?utm_source=rss") give one id, so that a page
// reached from a feed's tracking link and from its own address is one
// article, stored once and counted once in an event's NumArticles.
func ArticleID(url, text string) string {
	key := text
	if url != "" {
		key = CanonicalURL(url)
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// RawURLArticleID returns the id an article had in stores written before
// ids hashed the canonical URL: the first 16 hex digits of the SHA-256 of
// url as given. It is "" unless id is the id ArticleID gives url (an id
// the input set itself was never a URL's hash) and url is not canonical
// already (the two ids are then one). Stores keep articles under the ids
// they were saved with, so a re-run that finds a page under this id (its
// tracking link, "…?utm_source=rss") skips it as stored, as it did:
// dyad ingest (SQLite and PostgreSQL) and dyad worker both look it up.
func RawURLArticleID(id, url string) string {
	if url == "" || id != ArticleID(url, "") || CanonicalURL(url) == url {
		return ""
	}
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:8])
}

// CanonicalURL returns an http(s) URL as the key of the page it names:
// surrounding spaces trimmed, the scheme and host lower-cased, the
// scheme's default port (:80, :443), the fragment ("#comments") and the
// tracking parameters (utm_*, fbclid, gclid; an empty query "?") taken
// off, the other parameters kept in their order as written. The path and
// the rest stay as they are: http and https, "www." and a trailing slash
// may name other pages. Anything else (no http or https scheme, no host,
// unparsable) is returned trimmed, as given.
func CanonicalURL(raw string) string {
	s := strings.TrimSpace(raw)
	u, err := neturl.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return s
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return s
	}
	u.Scheme = scheme
	host := strings.ToLower(u.Host)
	if (scheme == "http" && strings.HasSuffix(host, ":80")) || (scheme == "https" && strings.HasSuffix(host, ":443")) {
		host = host[:strings.LastIndexByte(host, ':')]
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	var keep []string
	for _, p := range strings.Split(u.RawQuery, "&") {
		name, _, _ := strings.Cut(p, "=")
		name = strings.ToLower(name)
		if p == "" || strings.HasPrefix(name, "utm_") || name == "fbclid" || name == "gclid" {
			continue
		}
		keep = append(keep, p)
	}
	u.RawQuery = strings.Join(keep, "&")
	u.ForceQuery = false
	return u.String()
}

// Sentence is one sentence of an article with its tokens.
type Sentence struct {
	// Index is the 0-based index of the sentence in the article's body;
	// the title is -1.
	Index int `json:"index"`
	// Paragraph is the 0-based index of the body paragraph it came from
	// (-1 for the title).
	Paragraph int     `json:"paragraph"`
	Text      string  `json:"text"`
	Tokens    []Token `json:"tokens,omitempty"`
}

// Token is one word or punctuation mark. Start and End are byte offsets
// into the sentence's Text; Text == sentence.Text[Start:End].
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Lower is Text in lower case, with typographic apostrophes as "'".
	Lower string `json:"lower"`
	// Tag is a Penn Treebank part-of-speech tag ("NNP", "VBD", …).
	Tag string `json:"tag,omitempty"`
	// Lemma is the base form ("signed" → "sign").
	Lemma string `json:"lemma,omitempty"`
}

// Actor is a coded actor mention: a CAMEO actor code with the text that
// named it. Span is a byte range into the evidence sentence.
type Actor struct {
	Code    string   `json:"code"`    // "PRKGOV", "IGOWSTNAT"
	Country string   `json:"country"` // ISO 3166 alpha-3 (or KSV, PSE)
	Sectors []string `json:"sectors"` // role codes: ["GOV"]
	Name    string   `json:"name"`    // canonical name: "North Korea"
	Text    string   `json:"text"`    // as written: "the foreign ministry"
	Span    [2]int   `json:"span"`
}

// Status says how the text presents an event.
type Status string

// The statuses of CODING.md.
const (
	Asserted     Status = "asserted"
	Alleged      Status = "alleged"
	Denied       Status = "denied"
	Negated      Status = "negated"
	Future       Status = "future"
	Hypothetical Status = "hypothetical"
)

// Date precisions.
const (
	Day     = "day"
	Month   = "month"
	Year    = "year"
	Unknown = "unknown"
)

// Plover is an event's PLOVER type and mode ("ACCUSE", "disapprove").
type Plover struct {
	Event string `json:"event"`
	Mode  string `json:"mode"`
}

// Location is where an event happened, resolved in the gazetteer.
type Location struct {
	Name    string  `json:"name"`
	Country string  `json:"country"` // ISO 3166 alpha-3
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	// Kind is the gazetteer's feature class: "country", "region",
	// "capital" or "city" ("" when unknown).
	Kind string `json:"kind,omitempty"`
}

// Evidence is the sentence an event was coded from; Span is the byte range
// of the verb (or event noun) in Text.
type Evidence struct {
	Text string `json:"text"`
	Verb string `json:"verb"`
	Span [2]int `json:"span"`
}

// Event is one coded event, the record of DESIGN.md.
type Event struct {
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	Sentence  int    `json:"sentence"`
	// Date is ISO 8601 at the given precision: "2024-07-13", "2024-06",
	// "2024"; empty when unknown.
	Date          string `json:"date"`
	DatePrecision string `json:"date_precision"`
	// DateFrom is "text" when the sentence dated the event, "published"
	// when the publication date was taken, "" when unknown.
	DateFrom   string    `json:"date_from"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	CAMEO      string    `json:"cameo"`
	CAMEORoot  string    `json:"cameo_root"`
	QuadClass  int       `json:"quad_class"`
	Goldstein  float64   `json:"goldstein"`
	Plover     Plover    `json:"plover"`
	Status     Status    `json:"status"`
	ReportedBy *Actor    `json:"reported_by"`
	Location   *Location `json:"location"`
	Evidence   Evidence  `json:"evidence"`
	Confidence float64   `json:"confidence"`
	// Also holds the evidence of the same event found in other sentences
	// of the article: one event carrying all its evidence. The same event
	// is the same date, status, source, target and code, or a telling
	// that names the actors and the act less specifically (RUS 190 UKR
	// told again as RUSMIL 194 UKR: the record has the more specific
	// codes, the other telling is here). A telling of another status
	// (the act denied, alleged, negated, planned, supposed) is another
	// event.
	Also []Mention `json:"also,omitempty"`
	// AlsoTotal is the number of further tellings of a stored event whose
	// Also was cut (sqlite.BoundAlso): in a store's listings (dyad events,
	// dyad export, the API) Also holds at most the first sqlite.MaxAlso
	// (20) of them, and AlsoTotal counts them all (20000 for a sentence a
	// page repeats 20001 times; each is a mention of the event all the
	// same). 0, and left out of the JSON, when Also is complete: always in
	// the coder's own records (dyad code).
	AlsoTotal int `json:"also_total,omitempty"`
}

// Mention is a further sentence supporting an event already coded.
type Mention struct {
	Sentence int      `json:"sentence"`
	Evidence Evidence `json:"evidence"`
	// ReportedBy is who this telling says told it, as Event.ReportedBy
	// (its Text and Span index this mention's Evidence); nil when the
	// telling names no one or the source tells it itself.
	ReportedBy *Actor `json:"reported_by"`
	// Source and Target are the telling's own actors, as its sentence
	// codes them (code, name, and text and span indexing this mention's
	// Evidence), for a telling folded into an event that names them more
	// specifically ("Russia shelled Kharkiv on Monday" in an event RUSMIL
	// 194 UKR told by "Russian forces shelled Kharkiv on Monday": source
	// RUS "Russia"; a headline "Russia, China seal pact" folded into
	// RUSGOV 057 CHNGOV), and for a telling of the event's own codes
	// that names an actor in other words ("Russia shelled Kharkiv on
	// Monday" telling RUS 194 UKR of the headline "Russia shells
	// Ukraine's second city": target UKR "Kharkiv"; the event's codes and
	// names, the telling's words). Both are nil, and left out of the JSON,
	// for a telling of the event's own codes and words (Tellings locates
	// the event's words in its sentence); Target alone is nil for a
	// folded telling that names no target.
	Source *Actor `json:"source,omitempty"`
	Target *Actor `json:"target,omitempty"`
}

// HostName returns s as a host name when the source is one ("reuters.com",
// "www.reuters.com:8080", "https://uk.reuters.com/x": a single word with
// a dot ending in a known public suffix such as .com or .co.uk), without
// scheme, path and port, lower-cased; else "". "Reuters" and "U.S. News"
// are none, nor are an IP address and "localhost" (no public suffix).
// The suffixes are the Public Suffix List's ICANN section
// (golang.org/x/net/publicsuffix). The store keys sources by it and the
// GDELT mentions export names their outlets by it.
func HostName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t") || !strings.Contains(s, ".") {
		return ""
	}
	if strings.Contains(s, "://") {
		u, err := neturl.Parse(s)
		if err != nil {
			return ""
		}
		s = u.Host
	} else {
		s, _, _ = strings.Cut(s, "/")
	}
	if h, _, err := net.SplitHostPort(s); err == nil {
		s = h
	}
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if s == "" || strings.HasPrefix(s, ".") || strings.Contains(s, "..") {
		return ""
	}
	if suffix, icann := publicsuffix.PublicSuffix(s); !icann || suffix == s {
		return ""
	}
	return s
}
