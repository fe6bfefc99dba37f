package ingest

import (
	"context"
	"errors"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sqlite"
)

// storedBody returns the body stored under id, its paragraphs joined by
// blank lines, and the input it was read from when db says it; ok is
// false when db cannot return articles (a queue sink with no store behind it) or holds none of id.
func storedBody(ctx context.Context, db DB, id string, withInput bool) (body, input string, ok bool, err error) {
	if tg, isText := db.(textGetter); isText && !withInput {
		text, err := tg.ArticleText(ctx, id)
		if errors.Is(err, sqlite.ErrNotFound) {
			return "", "", false, nil
		}
		return text, "", err == nil, err
	}
	g, isGetter := db.(articleGetter)
	if !isGetter {
		return "", "", false, nil
	}
	sa, err := g.Article(ctx, id)
	if errors.Is(err, sqlite.ErrNotFound) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", false, err
	}
	return strings.Join(sa.Body, "\n\n"), sa.Input, true, nil
}

// ownStory is called for an article found stored already under its id.
// When the article's id is the address its page claims (a.Claimed) and
// the article stored under it tells another story (article.OtherStory), it gives
// a the id of its text, so that it is stored as an article of its own,
// and returns the warning that says so, naming both inputs (from, when
// given, else the stored article's input): "b.html: its canonical link
// https://example.com/news/world/ was claimed by a.html too, which tells
// another story (they share neither their opening nor half their
// wording): stored as an article of its own, known by its text (id …),
// not by that address". It returns "" and leaves a as it is otherwise.
func ownStory(ctx context.Context, db DB, a *dyad.Article, from string) (string, error) {
	if !a.Claimed || a.URL == "" || explicitID(a) {
		return "", nil
	}
	stored, input, ok, err := storedBody(ctx, db, a.ID, false)
	if err != nil || !ok || !article.OtherStory(strings.Join(a.Body, "\n\n"), stored) {
		return "", err
	}
	if from == "" {
		if _, input, _, err = storedBody(ctx, db, a.ID, true); err != nil {
			return "", err
		}
		from = input
	}
	return article.OwnStory(a, from), nil
}

// storedFrom returns the input of this run that stored the article of
// id, or "" when none did.
func (s *state) storedFrom(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.firstStored[id]
}

// storeOwn is the writer's ownStory: it.Article, found stored already
// when saved (an earlier input of this run stored its address), is
// stored under its text's id, coded again for it, when the stored
// article tells another story. It returns the store's result and the
// warning to give when that added it; a nil result when the article is
// not another story (or could not be stored again: then it keeps its id
// and is skipped as stored, as before). The error is the store's fault
// or the run's end.
func (s *state) storeOwn(ctx context.Context, db DB, it sqlite.Item) (*sqlite.Result, string, error) {
	a := it.Article
	old := a.ID
	msg, err := ownStory(ctx, db, a, s.storedFrom(old))
	if err != nil && (ctx.Err() != nil || storeFault(err)) {
		return nil, "", err
	}
	if err != nil || msg == "" {
		a.ID = old
		return nil, "", nil
	}
	evs, err := s.recode(ctx, a)
	if err != nil {
		a.ID = old
		return nil, "", ctx.Err()
	}
	hash, shingles := sqlite.ArticleSketch(a)
	again := sqlite.Item{Article: a, Events: evs, SimHash: hash, Shingles: shingles}
	s.claim([]sqlite.Item{again})
	res, err := db.SaveBatch(ctx, []sqlite.Item{again})
	if err != nil || len(res) != 1 {
		s.unclaim(a)
		a.ID = old
		if err != nil && (ctx.Err() != nil || storeFault(err)) {
			return nil, "", err
		}
		return nil, "", nil
	}
	if !res[0].Added {
		s.unclaim(a)
	}
	return &res[0], msg, nil
}

// recoder gives the function the writer codes an article again with
// (state.recode): c's CodeContext, or its Code; nil for no coder.
func recoder(c Coder) func(context.Context, *dyad.Article) ([]dyad.Event, error) {
	if c == nil {
		return nil
	}
	if cc, ok := c.(ContextCoder); ok {
		return cc.CodeContext
	}
	return func(_ context.Context, a *dyad.Article) ([]dyad.Event, error) { return c.Code(a), nil }
}
