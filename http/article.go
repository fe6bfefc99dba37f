package http

import (
	"context"
	"errors"
	"fmt"
	nethttp "net/http"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
	"github.com/dyad-events/dyad/sqlite"
)

// ArticleView is the response of /api/articles/{id}: the article's text
// and its coded spans located in it, both bounded (a 40 MB page of one
// sentence repeated tells one event 700,000 times). Body and Captions
// hold the text's first MaxArticleText bytes (boundText): TextTruncated
// is true when the text was cut. Spans are the article's first MaxSpans
// mentions by sentence; SpansTotal is the number of them all when there
// are more (0, and left out of the JSON, otherwise).
type ArticleView struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Source string `json:"source"`
	// Input is where the article was read from, as given to dyad ingest
	// (a file path, a URL, "-" for standard input, with ":N" for a JSON
	// Lines line): what traces it when it has no URL.
	Input         string   `json:"input"`
	Title         string   `json:"title"`
	Published     string   `json:"published"`
	Byline        string   `json:"byline,omitempty"`
	Body          []string `json:"body"`
	Captions      []string `json:"captions"`
	TextTruncated bool     `json:"text_truncated,omitempty"`
	DupGroup      string   `json:"dup_group"`
	Spans         []Span   `json:"spans"`
	SpansTotal    int      `json:"spans_total,omitempty"`
}

// MaxSpans bounds the spans of one /api/articles/{id} response, as
// MaxMentions bounds an event's mentions: an article's first 1,000
// mentions, by sentence.
const MaxSpans = 1000

// MaxArticleText bounds the text (body paragraphs, then captions, in
// bytes) of one /api/articles/{id} response: 1 MiB, some fifty times a
// long news story.
const MaxArticleText = 1 << 20

// boundText returns the paragraphs of body, then of captions, while their
// bytes add up to at most max: the paragraph that runs past max is cut
// at its last space (or the last UTF-8 character start) before it and
// every paragraph after it is left out; cut is true then. Paragraph
// indices and byte offsets of the paragraphs kept are unchanged, so that
// spans located in the whole text still point into them.
func boundText(body, captions []string, max int) (b, c []string, cut bool) {
	left := max
	keep := func(ps []string) []string {
		out := make([]string, 0, len(ps))
		for _, p := range ps {
			if cut {
				break
			}
			if len(p) > left {
				if p, cut = cutText(p, left), true; p == "" {
					break
				}
			}
			left -= len(p)
			out = append(out, p)
		}
		return out
	}
	b = keep(body)
	c = keep(captions)
	return b, c, cut
}

// cutText returns s cut to at most n bytes: at its last space before
// byte n, or when it has none there at the last UTF-8 character start.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n+1], ' '); i > 0 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Span is one coded mention located in the article (dyad.Place). Paragraph
// is the index into Body, or -1 for the title; Sentence is the byte range
// of the evidence sentence in that paragraph (or title), and Verb, Source
// and Target are byte ranges in the same paragraph ([-1, -1] when absent).
// Paragraph is -2 and every range is [-1, -1] when the evidence sentence
// is not found verbatim in the stored text.
type Span struct {
	EventID   int64       `json:"global_event_id"`
	Index     int         `json:"sentence_index"` // the event's sentence (title = -1)
	Paragraph int         `json:"paragraph"`
	Sentence  [2]int      `json:"sentence"`
	Verb      [2]int      `json:"verb"`
	Source    [2]int      `json:"source"`
	Target    [2]int      `json:"target"`
	Event     *dyad.Event `json:"event"`
}

// locate places each mention's evidence in the article (dyad.Doc.Locate:
// a sentence the article tells twice is placed where the mention's
// sentence index stands in the coder's split).
func locate(a *sqlite.StoredArticle, ms []sqlite.Mention) []Span {
	out := make([]Span, 0, len(ms))
	d := dyad.NewDoc(&a.Article, sentences.SplitText)
	for i := range ms {
		m := &ms[i]
		p := d.Locate(&m.Event)
		out = append(out, Span{EventID: m.EventID, Index: m.Sentence, Paragraph: p.Paragraph, Sentence: p.Sentence,
			Verb: p.Verb, Source: p.Source, Target: p.Target, Event: &m.Event})
	}
	return out
}

// articleIDForm says what an article's id is, after a 404 for an unknown
// one.
// maxArticleID is the longest article id, in bytes, that can be stored:
// article.MaxRecordID, the longest id a JSON Lines record may give (an id
// computed by dyad is 16 hex digits).
const maxArticleID = 1024

const articleIDForm = "an article's id is the article_id its events carry: 16 lower-case hex digits, or the id its JSON Lines record gave"

func (h *Handler) article(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, false); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	// (a JSON Lines record's "id" is stored as given, a page's address
	// of 300 bytes say, and served, up to maxArticleID bytes)
	if id == "" || !validText(id) {
		return nil, badRequest("article id %q: want UTF-8 text with no NUL", id)
	}
	a, err := h.db.Article(ctx, id)
	if errors.Is(err, sqlite.ErrNotFound) && len(id) > maxArticleID {
		// no article can have it (a store of an older dyad, which took
		// longer ids, is looked up all the same): a 400 that says the
		// limit, not a 404
		return nil, badRequest("article id of %d bytes: an article's id is at most %d bytes (%s)", len(id), maxArticleID, articleIDForm)
	}
	if errors.Is(err, sqlite.ErrNotFound) {
		// a 404, not /api/events/zzz's 400: any text can be an article's
		// id (a JSON Lines record's own "id": "zzz", "art-korea"), so no
		// well-formed one is refused unlooked-up; what ids look like is
		// said
		return nil, fmt.Errorf("%w (%s)", err, articleIDForm)
	}
	if err != nil {
		return nil, err
	}
	ms, total, err := h.db.ArticleMentions(ctx, id, MaxSpans)
	if err != nil {
		return nil, err
	}
	v := ArticleView{ID: a.ID, URL: a.URL, Source: a.Source, Input: a.Input, Title: a.Title, Published: a.Published,
		Byline: a.Byline, DupGroup: a.DupGroup, Spans: locate(a, ms)}
	v.Body, v.Captions, v.TextTruncated = boundText(a.Body, a.Captions, MaxArticleText)
	if total > len(ms) {
		v.SpansTotal = total
	}
	return v, nil
}
