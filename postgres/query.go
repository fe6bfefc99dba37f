package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

func validCode(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// where builds the WHERE clause of f with $n placeholders, as the sqlite
// package's Filter.where: codes are prefixes (validated upper-case letters
// and digits, so LIKE needs no escaping), To includes the whole period,
// Text is FTS5 syntax (see parseQuery) run on the articles' tsvectors.
func where(f sqlite.Filter) (string, []any, error) {
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	for _, c := range []struct{ name, v string }{{"actor", f.Actor}, {"country", f.Country},
		{"dyad source", f.Dyad[0]}, {"dyad target", f.Dyad[1]}, {"cameo", f.CAMEO}, {"root", f.Root}} {
		if !validCode(c.v) {
			return "", nil, fmt.Errorf("filter %s %q: want upper-case letters and digits", c.name, c.v)
		}
	}
	if f.From != "" {
		// Period overlap, as the sqlite package: --from 2017-12-01 keeps
		// "2017-12" and "2017" (From's first seven and four characters);
		// each branch can use the events_date index.
		a := arg(f.From)
		conds = append(conds, "(e.date >= "+a+" OR e.date IN (substr("+a+", 1, 7), substr("+a+", 1, 4)))")
	}
	if f.To != "" {
		conds = append(conds, "e.date <> '' AND e.date <= "+arg(f.To+"~"))
	}
	if f.Actor != "" {
		a := arg(f.Actor + "%")
		conds = append(conds, "(e.source_code LIKE "+a+" OR e.target_code LIKE "+a+")")
	}
	if f.Country != "" {
		a := arg(f.Country)
		conds = append(conds, "(e.source_country = "+a+" OR e.target_country = "+a+")")
	}
	if f.Dyad[0] != "" {
		conds = append(conds, "e.source_code LIKE "+arg(f.Dyad[0]+"%"))
	}
	if f.Dyad[1] != "" {
		conds = append(conds, "e.target_code LIKE "+arg(f.Dyad[1]+"%"))
	}
	if f.CAMEO != "" {
		conds = append(conds, "e.cameo LIKE "+arg(f.CAMEO+"%"))
	}
	if f.Root != "" {
		conds = append(conds, "e.cameo_root = "+arg(f.Root))
	}
	if f.QuadClass != 0 {
		if f.QuadClass < 1 || f.QuadClass > 4 {
			return "", nil, fmt.Errorf("filter quad class %d: want 1–4", f.QuadClass)
		}
		conds = append(conds, "e.quad_class = "+arg(f.QuadClass))
	}
	if f.Plover != "" {
		conds = append(conds, "upper(e.plover) = "+arg(strings.ToUpper(f.Plover)))
	}
	if f.Status != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.status = "+arg(string(f.Status))+")")
	}
	if f.MinConfidence != 0 {
		if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) {
			return "", nil, fmt.Errorf("filter min confidence %v: want 0–1", f.MinConfidence)
		}
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.confidence >= "+arg(f.MinConfidence)+")")
	}
	if f.Text != "" {
		t, err := parseQuery(f.Text)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, `EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = e.id AND `+t.sql(arg)+")")
	}
	if f.After > 0 {
		conds = append(conds, "e.id > "+arg(f.After))
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// Events returns the aggregated events matching f in id order.
func (db *DB) Events(ctx context.Context, f sqlite.Filter) ([]sqlite.StoredEvent, error) {
	var out []sqlite.StoredEvent
	err := db.EachEvent(ctx, f, func(e sqlite.StoredEvent) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// EachEvent calls fn for each aggregated event matching f, in id order,
// streaming rows; an error from fn stops the walk and is returned.
func (db *DB) EachEvent(ctx context.Context, f sqlite.Filter, fn func(sqlite.StoredEvent) error) error {
	w, args, err := where(f)
	if err != nil {
		return err
	}
	q := "SELECT " + eventColumns + " FROM events e" + w + " ORDER BY e.id"
	if f.Limit > 0 {
		args = append(args, f.Limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		se, err := db.scanEvent(rows)
		if err != nil {
			return fmt.Errorf("%s: %w", db.name, err)
		}
		if err := fn(se); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	return nil
}

// Mentions returns the mentions of the aggregated event id, in the order
// they were stored.
func (db *DB) Mentions(ctx context.Context, eventID int64) ([]sqlite.Mention, error) {
	var out []sqlite.Mention
	err := db.EachMention(ctx, eventID, func(m sqlite.Mention) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// EachMention calls fn for each mention of the aggregated event id, in
// the order they were stored, streaming rows, as sqlite's does; an error
// from fn stops the walk and is returned.
func (db *DB) EachMention(ctx context.Context, eventID int64, fn func(sqlite.Mention) error) error {
	rows, err := db.pool.Query(ctx, `SELECT m.event_id, m.article_id, m.sentence, m.status, m.confidence, m.json, a.added, a.url, a.source
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = $1 ORDER BY m.seq`, eventID)
	if err != nil {
		return fmt.Errorf("%s: %w", db.name, err)
	}
	return db.eachMentionRow(rows, fmt.Sprintf("mention of event %d", eventID), fn)
}

// scanMentions reads mention rows (event id, article id, sentence, status,
// confidence, event JSON, added, URL, source) into mentions appended to
// out, as sqlite's does; what names the rows in an error.
func (db *DB) scanMentions(rows pgx.Rows, out []sqlite.Mention, what string) ([]sqlite.Mention, error) {
	err := db.eachMentionRow(rows, what, func(m sqlite.Mention) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// eachMentionRow calls fn for each mention row, as scanMentions reads
// them (their events' Also bounded: sqlite.BoundAlso), and closes rows.
func (db *DB) eachMentionRow(rows pgx.Rows, what string, fn func(sqlite.Mention) error) error {
	defer rows.Close()
	for rows.Next() {
		var m sqlite.Mention
		var js, added, status string
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.Sentence, &status, &m.Confidence, &js, &added, &m.URL, &m.Source); err != nil {
			return fmt.Errorf("%s: %w", db.name, err)
		}
		m.Status = dyad.Status(status)
		if err := json.Unmarshal([]byte(js), &m.Event); err != nil {
			return fmt.Errorf("%s: %s: %w", db.name, what, err)
		}
		sqlite.BoundAlso(&m.Event)
		m.Added, _ = time.Parse(time.RFC3339, added)
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Article returns the stored article id, or an error wrapping
// sqlite.ErrNotFound. Its Published and Updated are RFC 3339 or a day
// (dyad.RFC3339Stamp: a time an older store holds with no zone gets
// dyad.UnknownOffset).
func (db *DB) Article(ctx context.Context, id string) (*sqlite.StoredArticle, error) {
	var js, added string
	var h int64
	sa := &sqlite.StoredArticle{}
	err := db.pool.QueryRow(ctx, "SELECT json, dup_group, simhash, added FROM articles WHERE id = $1", id).
		Scan(&js, &sa.DupGroup, &h, &added)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, sqlite.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	if err := json.Unmarshal([]byte(js), &sa.Article); err != nil {
		return nil, fmt.Errorf("%s: article %s: %w", db.name, id, err)
	}
	sa.ID = id
	sa.SimHash = uint64(h)
	sa.Added, _ = time.Parse(time.RFC3339, added)
	// (a time read without a zone, as older stores hold it, in RFC 3339)
	sa.Published, sa.Updated = dyad.RFC3339Stamp(sa.Published), dyad.RFC3339Stamp(sa.Updated)
	return sa, nil
}

// HasArticle reports whether an article with this id is stored.
func (db *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var one int
	err := db.pool.QueryRow(ctx, "SELECT 1 FROM articles WHERE id = $1", id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", db.name, err)
	}
	return true, nil
}

// Counts returns the number of rows of each kind (exact counts: a scan of
// each table).
func (db *DB) Counts(ctx context.Context) (sqlite.Counts, error) {
	var c sqlite.Counts
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(DISTINCT dup_group) FROM articles),
		(SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)`).
		Scan(&c.Articles, &c.DupGroups, &c.Sentences, &c.Events, &c.Mentions, &c.Actors)
	if err != nil {
		return c, fmt.Errorf("%s: %w", db.name, err)
	}
	return c, nil
}

// Actors returns the actors by descending mention count, then code; limit
// 0 returns all.
func (db *DB) Actors(ctx context.Context, limit int) ([]sqlite.ActorCount, error) {
	q := "SELECT code, name, count FROM actors ORDER BY count DESC, code"
	var args []any
	if limit > 0 {
		q += " LIMIT $1"
		args = append(args, limit)
	}
	return db.actorCounts(ctx, nil, q, args...)
}

// actorCounts runs q, a query of actors' code, name and count rows, and
// appends the rows to out: nil or empty, the answer when there are none.
// Errors name the store.
func (db *DB) actorCounts(ctx context.Context, out []sqlite.ActorCount, q string, args ...any) ([]sqlite.ActorCount, error) {
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a sqlite.ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Count); err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
