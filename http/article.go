package http

import (
	"context"
	nethttp "net/http"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sentences"
	"github.com/dyad-events/dyad/sqlite"
)

// ArticleView is the response of /api/articles/{id}: the article's text
// and every coded span located in it.
type ArticleView struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Source    string   `json:"source"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Byline    string   `json:"byline,omitempty"`
	Body      []string `json:"body"`
	Captions  []string `json:"captions"`
	DupGroup  string   `json:"dup_group"`
	Spans     []Span   `json:"spans"`
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

func (h *Handler) article(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, false); err != nil {
		return nil, err
	}
	id := r.PathValue("id")
	if id == "" || len(id) > 200 || !validText(id) {
		return nil, badRequest("article id %q: want 1–200 bytes of UTF-8 text", id)
	}
	a, err := h.db.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	ms, err := h.db.ArticleMentions(ctx, id)
	if err != nil {
		return nil, err
	}
	v := ArticleView{ID: a.ID, URL: a.URL, Source: a.Source, Title: a.Title, Published: a.Published,
		Byline: a.Byline, Body: a.Body, Captions: a.Captions, DupGroup: a.DupGroup, Spans: locate(a, ms)}
	if v.Body == nil {
		v.Body = []string{}
	}
	if v.Captions == nil {
		v.Captions = []string{}
	}
	return v, nil
}
