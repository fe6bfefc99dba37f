package postgres

// Read-side queries for dyad serve, with the semantics of the sqlite
// package's (query_web.go there): a read-only Open, one event, events by
// id, per-period counts, dyad pairs, actor search, event locations, an
// article's mentions, full-text look-ups and the in-memory EventIndex.
// Every query is parameterised.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// OpenReadOnly connects to an existing dyad database at dsn for reading
// only: every session is read-only (default_transaction_read_only), and
// the schema is neither created nor migrated. It fails with an error
// naming dsn (without its password) when the server cannot be reached,
// holds no dyad schema, or has another schema version than SchemaVersion.
func OpenReadOnly(ctx context.Context, dsn string) (*DB, error) {
	name := Redact(dsn)
	cfg, err := parseConfig(dsn, name)
	if err != nil {
		return nil, err
	}
	cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	db := &DB{pool: pool, name: name}
	var exists bool
	if err := pool.QueryRow(ctx, "SELECT to_regclass('dyad_schema') IS NOT NULL").Scan(&exists); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", name, distinctLines{err})
	}
	if !exists {
		pool.Close()
		return nil, fmt.Errorf("open %s: no dyad store in this database or schema (dyad ingest or dyad worker creates one)", name)
	}
	v, err := db.Version(ctx)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	if v != SchemaVersion {
		pool.Close()
		return nil, fmt.Errorf("open %s: schema version %d, want %d (run dyad ingest or dyad worker to migrate)", name, v, SchemaVersion)
	}
	return db, nil
}

// eventColumns are the columns of an aggregated event that scanEvent
// reads.
const eventColumns = `e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.source_url, COALESCE((SELECT ia.input FROM articles ia WHERE ia.id = e.article_id COLLATE "C"), ''), e.confidence`

// scanEvent reads a row of eventColumns; errors do not name the store.
func (db *DB) scanEvent(row pgx.Row) (sqlite.StoredEvent, error) {
	var se sqlite.StoredEvent
	var js, first string
	var conf float64
	if err := row.Scan(&se.GlobalEventID, &js, &se.NumMentions, &se.NumSources, &se.NumArticles, &first, &se.SourceURL, &se.Input, &conf); err != nil {
		return se, err
	}
	if err := json.Unmarshal([]byte(js), &se.Event); err != nil {
		return se, fmt.Errorf("event %d: %w", se.GlobalEventID, err)
	}
	sqlite.BoundAlso(&se.Event) // (a store written before it was bounded)
	se.Confidence = conf        // the surest mention's
	se.FirstSeen, _ = time.Parse(time.RFC3339, first)
	return se, nil
}

// Event returns the aggregated event with global id id, or an error
// wrapping sqlite.ErrNotFound.
func (db *DB) Event(ctx context.Context, id int64) (*sqlite.StoredEvent, error) {
	se, err := db.scanEvent(db.pool.QueryRow(ctx, "SELECT "+eventColumns+" FROM events e WHERE e.id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("event %d: %w", id, sqlite.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	return &se, nil
}

// MentionEvent returns the global id of the aggregated event that has
// the mention mid (sqlite.DB.MentionEvent), or an error wrapping
// sqlite.ErrNotFound.
func (db *DB) MentionEvent(ctx context.Context, mid string) (int64, error) {
	var id int64
	err := db.pool.QueryRow(ctx, "SELECT event_id FROM mentions WHERE mention_id = $1 ORDER BY seq LIMIT 1", mid).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("event %s: %w", mid, sqlite.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", db.name, err)
	}
	return id, nil
}

// GroupCounts is sqlite.DB.GroupCounts: the distinct outlets and articles
// among the mentions of the events ids.
func (db *DB) GroupCounts(ctx context.Context, ids []int64) (sources, articles int, err error) {
	if len(ids) == 0 {
		return 0, 0, nil
	}
	err = db.pool.QueryRow(ctx, `SELECT count(DISTINCT outlet), count(DISTINCT article_id) FROM mentions
		WHERE event_id = ANY($1)`, ids).Scan(&sources, &articles)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", db.name, err)
	}
	return sources, articles, nil
}

// EventsByID returns the aggregated events with these ids, in the order
// given; unknown ids are left out.
func (db *DB) EventsByID(ctx context.Context, ids []int64) ([]sqlite.StoredEvent, error) {
	out := make([]sqlite.StoredEvent, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, "SELECT "+eventColumns+" FROM events e WHERE e.id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	byID := map[int64]sqlite.StoredEvent{}
	for rows.Next() {
		se, err := db.scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		byID[se.GlobalEventID] = se
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	for _, id := range ids {
		if se, ok := byID[id]; ok {
			out = append(out, se)
		}
	}
	return out, nil
}

// ArticleMentions returns the first limit mentions coded from article id
// (every one when limit is 0 or less), by sentence then storage order, or
// an empty slice when it has none; total is the number of them all.
func (db *DB) ArticleMentions(ctx context.Context, id string, limit int) (ms []sqlite.Mention, total int, err error) {
	q := `SELECT m.event_id, m.article_id, m.sentence, m.status, m.confidence, m.json, a.added, a.url, a.source
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.article_id = $1 ORDER BY m.sentence, m.seq`
	args := []any{id}
	if limit > 0 {
		q += " LIMIT $2"
		args = append(args, limit)
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", db.name, err)
	}
	if ms, err = db.scanMentions(rows, []sqlite.Mention{}, "mention in article "+id); err != nil {
		return nil, 0, err
	}
	if limit <= 0 || len(ms) < limit {
		return ms, len(ms), nil
	}
	if err := db.pool.QueryRow(ctx, "SELECT count(*) FROM mentions WHERE article_id = $1", id).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", db.name, err)
	}
	return ms, total, nil
}

// likeEscape escapes LIKE's wildcards (and its escape character, the
// backslash) in s.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
}

// asciiLower lower-cases the ASCII letters of s only, as SQLite's LIKE
// compares.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// SearchActors returns the actors whose code starts with q (case-folded to
// upper case) or whose canonical name contains q (ASCII case-insensitive),
// by descending mention count then code; at most limit (0: all). An empty q
// matches every actor.
func (db *DB) SearchActors(ctx context.Context, q string, limit int) ([]sqlite.ActorCount, error) {
	// lower() of a "C"-collated text folds ASCII letters only.
	s := `SELECT code, name, count FROM actors
		WHERE code LIKE $1 OR lower(name COLLATE "C") LIKE $2 ORDER BY count DESC, code`
	args := []any{likeEscape(strings.ToUpper(q)) + "%", "%" + likeEscape(asciiLower(q)) + "%"}
	if limit > 0 {
		s += " LIMIT $3"
		args = append(args, limit)
	}
	return db.actorCounts(ctx, []sqlite.ActorCount{}, s, args...)
}

// andWhere adds cond to a WHERE clause built by where.
func andWhere(w, cond string) string {
	if w == "" {
		return " WHERE " + cond
	}
	return w + " AND " + cond
}

// Timeline counts the events matching f per period and key, ordered by
// period then key, as sqlite.DB.Timeline: by is "quad" or "root", bucket
// "day", "month" or "year"; events dated less precisely than the bucket
// are left out; f.Limit and f.After are ignored.
func (db *DB) Timeline(ctx context.Context, f sqlite.Filter, by, bucket string) ([]sqlite.TimelinePoint, error) {
	n, err := sqlite.TimelineBucket(by, bucket)
	if err != nil {
		return nil, err
	}
	key := "e.cameo_root"
	if by == "quad" {
		key = "CAST(e.quad_class AS TEXT) COLLATE \"C\""
	}
	f.Limit, f.After = 0, 0
	w, args, err := where(f)
	if err != nil {
		return nil, err
	}
	w = andWhere(w, fmt.Sprintf("length(e.date) >= %d", n))
	q := fmt.Sprintf(`SELECT substr(e.date, 1, %d) AS p, %s AS k, count(*), sum(e.num_mentions)
		FROM events e%s GROUP BY p, k ORDER BY p, k`, n, key, w)
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	out := []sqlite.TimelinePoint{}
	for rows.Next() {
		var p sqlite.TimelinePoint
		var events, mentions int64
		if err := rows.Scan(&p.Period, &p.Key, &events, &mentions); err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		p.Events, p.Mentions = int(events), int(mentions)
		out = append(out, p)
	}
	return out, rows.Err()
}

// Dyads returns the source–target pairs of the events matching f that
// have both actors, by descending event count then codes, as
// sqlite.DB.Dyads; at most limit pairs (0: all). f.Limit and f.After are
// ignored.
func (db *DB) Dyads(ctx context.Context, f sqlite.Filter, limit int) ([]sqlite.DyadCount, error) {
	f.Limit, f.After = 0, 0
	w, args, err := where(f)
	if err != nil {
		return nil, err
	}
	w = andWhere(w, "e.source_code <> '' AND e.target_code <> ''")
	q := `SELECT d.s, coalesce(sa.name, ''), d.t, coalesce(ta.name, ''), d.n, d.m, d.g FROM
		(SELECT e.source_code AS s, e.target_code AS t, count(*) AS n, sum(e.num_mentions) AS m, avg(e.goldstein) AS g
		 FROM events e` + w + ` GROUP BY s, t ORDER BY n DESC, s, t`
	if limit > 0 {
		args = append(args, limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	q += `) d LEFT JOIN actors sa ON sa.code = d.s LEFT JOIN actors ta ON ta.code = d.t ORDER BY d.n DESC, d.s, d.t`
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	out := []sqlite.DyadCount{}
	for rows.Next() {
		var d sqlite.DyadCount
		var n, m int64
		if err := rows.Scan(&d.Source, &d.SourceName, &d.Target, &d.TargetName, &n, &m, &d.MeanGoldstein); err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		d.Events, d.Mentions = int(n), int(m)
		out = append(out, d)
	}
	return out, rows.Err()
}

// Places returns the locations of the events matching f, by descending
// event count then name, as sqlite.DB.Places; a place's country and
// coordinates are those of its first event (lowest id). At most limit
// places (0: all); events without a location are left out. f.Limit and
// f.After are ignored.
func (db *DB) Places(ctx context.Context, f sqlite.Filter, limit int) ([]sqlite.PlaceCount, error) {
	f.Limit, f.After = 0, 0
	w, args, err := where(f)
	if err != nil {
		return nil, err
	}
	w = andWhere(w, "e.location <> ''")
	q := `SELECT p.location, coalesce(l.loc ->> 'country', ''),
		coalesce((l.loc ->> 'lat')::float8, 0), coalesce((l.loc ->> 'lon')::float8, 0), p.n
		FROM (SELECT e.location, count(*) AS n, min(e.id) AS first FROM events e` + w + ` GROUP BY e.location) p
		JOIN events f ON f.id = p.first
		CROSS JOIN LATERAL (SELECT f.json::json -> 'location' AS loc) l
		ORDER BY p.n DESC, p.location`
	if limit > 0 {
		args = append(args, limit)
		q += fmt.Sprintf(" LIMIT $%d", len(args))
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer rows.Close()
	out := []sqlite.PlaceCount{}
	for rows.Next() {
		var p sqlite.PlaceCount
		var n int64
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &n); err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		p.Events = int(n)
		out = append(out, p)
	}
	return out, rows.Err()
}

// CheckText reports whether q is a valid query for Filter.Text (the
// FTS5 syntax parseQuery takes), returning an error naming q when it is
// not. It reads nothing.
func (db *DB) CheckText(_ context.Context, q string) error {
	_, err := parseQuery(q)
	return err
}

// TextArticles returns the ids of the articles whose title or text
// matches the full-text query q (Filter.Text), in storage order.
func (db *DB) TextArticles(ctx context.Context, q string) ([]string, error) {
	t, err := parseQuery(q)
	if err != nil {
		return nil, err
	}
	var args []any
	expr := t.sql(func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	})
	rows, err := db.pool.Query(ctx, "SELECT a.id FROM articles a WHERE "+expr+" ORDER BY a.seq", args...)
	if err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// qInserted reads PostgreSQL's count of rows ever inserted into mentions
// (committed or not, as its statistics last heard; 0 when statistics are
// off).
const qInserted = `SELECT coalesce(pg_stat_get_tuples_inserted('mentions'::regclass), 0)`

// LoadEventIndex reads the index of every aggregated event (see
// sqlite.EventIndex) from one snapshot of the database.
//
// Its mark holds the last mention's seq and the statistics' count of
// inserted mentions: a writer's mention can commit with a seq below the
// last one seen, so Stale also watches the count, read before the
// snapshot so that such a mention makes the index stale at the latest
// when the statistics hear of it.
func (db *DB) LoadEventIndex(ctx context.Context) (*sqlite.EventIndex, error) {
	var mark sqlite.IndexMark
	if err := db.pool.QueryRow(ctx, qInserted).Scan(&mark.Inserted); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	defer tx.Rollback(ctx)
	if err := tx.QueryRow(ctx, "SELECT coalesce(max(seq), 0) FROM mentions").Scan(&mark.LastMention); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	b := sqlite.NewIndexBuilder(mark)
	rows, err := tx.Query(ctx, `SELECT e.id, e.date, e.source_code, e.target_code, e.source_country, e.target_country,
		e.cameo, e.cameo_root, upper(e.plover), e.location, e.quad_class, e.goldstein, e.num_mentions,
		(l.loc ->> 'lat')::float8, (l.loc ->> 'lon')::float8, l.loc ->> 'country'
		FROM events e CROSS JOIN LATERAL (SELECT CASE WHEN e.location <> '' THEN e.json::json -> 'location' END AS loc) l
		ORDER BY e.id`)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	for rows.Next() {
		var e sqlite.IndexEvent
		var lat, lon *float64
		var lc *string
		var quad, mentions int32
		if err := rows.Scan(&e.ID, &e.Date, &e.Source, &e.Target, &e.SourceCountry, &e.TargetCountry, &e.CAMEO, &e.Root, &e.Plover, &e.Location,
			&quad, &e.Goldstein, &mentions, &lat, &lon, &lc); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		e.QuadClass, e.Mentions = int(quad), int(mentions)
		if lat != nil {
			e.Lat = *lat
		}
		if lon != nil {
			e.Lon = *lon
		}
		if lc != nil {
			e.LocationCountry = *lc
		}
		if err := b.AddEvent(e); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	rows, err = tx.Query(ctx, "SELECT event_id, status, article_id, confidence FROM mentions ORDER BY article_id, event_id")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	for rows.Next() {
		var id int64
		var st, art string
		var conf float64
		if err := rows.Scan(&id, &st, &art, &conf); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		b.AddMention(id, art, dyad.Status(st), conf)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	rows, err = tx.Query(ctx, "SELECT code, name FROM actors")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	for rows.Next() {
		var code, name string
		if err := rows.Scan(&code, &name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("%s: %w", db.name, err)
		}
		b.SetName(code, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	return b.Index(), nil
}

// Stale reports whether mentions were stored after ix was read: the last
// mention's seq or the statistics' count of inserted mentions moved.
func (db *DB) Stale(ctx context.Context, ix *sqlite.EventIndex) (bool, error) {
	var m sqlite.IndexMark
	err := db.pool.QueryRow(ctx, `SELECT coalesce((SELECT max(seq) FROM mentions), 0), `+strings.TrimPrefix(qInserted, "SELECT ")).
		Scan(&m.LastMention, &m.Inserted)
	if err != nil {
		return false, fmt.Errorf("%s: %w", db.name, err)
	}
	return m != ix.Mark(), nil
}
