package sqlite

// Read-side queries for dyad serve: a read-only Open, per-day (or month,
// year) counts, dyad pairs, actor search, event locations and an article's
// mentions. Every query is parameterised and takes the same Filter as
// Events.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// OpenReadOnly opens an existing store for reading only (SQLite
// mode=ro and PRAGMA query_only): every write fails. It never creates or
// migrates; it fails with an error naming path when the file is absent, is
// not a dyad store, or has another schema version than SchemaVersion.
func OpenReadOnly(path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path")
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "query_only(1)")
	dsn := "file:" + escapePath(path) + "?" + q.Encode()
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	sdb.SetMaxOpenConns(8)
	sdb.SetMaxIdleConns(8)
	// w is never written through; it is a second reader so Close works.
	wdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	wdb.SetMaxOpenConns(1)
	db := &DB{db: sdb, w: wdb, path: path, dsn: dsn, stmts: map[string]*sql.Stmt{}}
	v, err := db.Version(context.Background())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if v != SchemaVersion {
		db.Close()
		return nil, fmt.Errorf("open %s: schema version %d, want %d (run dyad ingest to migrate)", path, v, SchemaVersion)
	}
	return db, nil
}

// TimelinePoint is the number of aggregated events (and their mentions)
// of one period and one key.
type TimelinePoint struct {
	// Period is the date truncated to the bucket: "2024-07-13", "2024-07"
	// or "2024".
	Period string `json:"period"`
	// Key is the QuadClass ("1"–"4") or the CAMEO root ("01"–"20").
	Key      string `json:"key"`
	Events   int    `json:"events"`
	Mentions int    `json:"mentions"`
}

// Timeline counts the events matching f per period and key, ordered by
// period then key. by is "quad" (QuadClass) or "root" (CAMEO root); bucket
// is "day", "month" or "year". Events of unknown date are left out, and so
// are events dated less precisely than the bucket (a month-precision event
// is not on any day). f.Limit and f.After are ignored.
func (db *DB) Timeline(ctx context.Context, f Filter, by, bucket string) ([]TimelinePoint, error) {
	var key string
	switch by {
	case "quad":
		key = "CAST(e.quad_class AS TEXT)"
	case "root":
		key = "e.cameo_root"
	default:
		return nil, fmt.Errorf("timeline by %q: want quad or root", by)
	}
	n := map[string]int{"day": 10, "month": 7, "year": 4}[bucket]
	if n == 0 {
		return nil, fmt.Errorf("timeline bucket %q: want day, month or year", bucket)
	}
	f.Limit, f.After = 0, 0
	where, args, err := f.where()
	if err != nil {
		return nil, err
	}
	where = andWhere(where, fmt.Sprintf("length(e.date) >= %d", n))
	q := fmt.Sprintf(`SELECT substr(e.date, 1, %d) AS p, %s AS k, count(*), sum(e.num_mentions)
		FROM events e%s GROUP BY p, k ORDER BY p, k`, n, key, where)
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, db.queryErr(f, err)
	}
	defer rows.Close()
	out := []TimelinePoint{}
	for rows.Next() {
		var p TimelinePoint
		if err := rows.Scan(&p.Period, &p.Key, &p.Events, &p.Mentions); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// andWhere adds cond to a WHERE clause built by Filter.where.
func andWhere(where, cond string) string {
	if where == "" {
		return " WHERE " + cond
	}
	return where + " AND " + cond
}

// DyadCount is a directed actor pair (source code → target code) with its
// number of aggregated events and mentions and the events' mean Goldstein
// score (−10 … +10).
type DyadCount struct {
	Source        string  `json:"source"`
	SourceName    string  `json:"source_name"`
	Target        string  `json:"target"`
	TargetName    string  `json:"target_name"`
	Events        int     `json:"events"`
	Mentions      int     `json:"mentions"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// Dyads returns the source–target pairs of the events matching f that
// have both actors, by descending event count then codes; at most limit
// pairs (0: all). f.Limit and f.After are ignored.
func (db *DB) Dyads(ctx context.Context, f Filter, limit int) ([]DyadCount, error) {
	f.Limit, f.After = 0, 0
	where, args, err := f.where()
	if err != nil {
		return nil, err
	}
	where = andWhere(where, "e.source_code <> '' AND e.target_code <> ''")
	q := `SELECT d.s, coalesce(sa.name, ''), d.t, coalesce(ta.name, ''), d.n, d.m, d.g FROM
		(SELECT e.source_code AS s, e.target_code AS t, count(*) AS n, sum(e.num_mentions) AS m, avg(e.goldstein) AS g
		 FROM events e` + where + ` GROUP BY s, t ORDER BY n DESC, s, t`
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	q += `) d LEFT JOIN actors sa ON sa.code = d.s LEFT JOIN actors ta ON ta.code = d.t ORDER BY d.n DESC, d.s, d.t`
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, db.queryErr(f, err)
	}
	defer rows.Close()
	out := []DyadCount{}
	for rows.Next() {
		var d DyadCount
		if err := rows.Scan(&d.Source, &d.SourceName, &d.Target, &d.TargetName, &d.Events, &d.Mentions, &d.MeanGoldstein); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SearchActors returns the actors whose code starts with q (case-folded to
// upper case) or whose canonical name contains q (ASCII case-insensitive),
// by descending mention count then code; at most limit (0: all). An empty q
// matches every actor.
func (db *DB) SearchActors(ctx context.Context, q string, limit int) ([]ActorCount, error) {
	like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(q) + "%"
	glob := strings.NewReplacer("*", "[*]", "?", "[?]", "[", "[[]").Replace(strings.ToUpper(q)) + "*"
	s := `SELECT code, name, count FROM actors WHERE code GLOB ? OR name LIKE ? ESCAPE '\' ORDER BY count DESC, code`
	args := []any{glob, like}
	if limit > 0 {
		s += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := db.db.QueryContext(ctx, s, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	out := []ActorCount{}
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Count); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// PlaceCount is an event location (gazetteer name, ISO3 country, lat/lon
// in degrees) with the number of aggregated events there.
type PlaceCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Events  int     `json:"events"`
}

// Places returns the locations of the events matching f, by descending
// event count then name; at most limit (0: all). Events without a
// location are left out. f.Limit and f.After are ignored.
func (db *DB) Places(ctx context.Context, f Filter, limit int) ([]PlaceCount, error) {
	f.Limit, f.After = 0, 0
	where, args, err := f.where()
	if err != nil {
		return nil, err
	}
	where = andWhere(where, "e.location <> ''")
	q := `SELECT e.location, coalesce(json_extract(e.json, '$.location.country'), ''),
		coalesce(json_extract(e.json, '$.location.lat'), 0), coalesce(json_extract(e.json, '$.location.lon'), 0), count(*) AS n
		FROM events e` + where + ` GROUP BY e.location ORDER BY n DESC, e.location`
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, db.queryErr(f, err)
	}
	defer rows.Close()
	out := []PlaceCount{}
	for rows.Next() {
		var p PlaceCount
		if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// ArticleMentions returns every mention coded from article id, by
// sentence then storage order, or an empty slice when it has none.
func (db *DB) ArticleMentions(ctx context.Context, id string) ([]Mention, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT m.event_id, m.article_id, m.sentence, m.status, m.confidence, m.json, a.added, a.url, a.source
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.article_id = ? ORDER BY m.sentence, m.rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	out := []Mention{}
	for rows.Next() {
		var m Mention
		var js, added, status string
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.Sentence, &status, &m.Confidence, &js, &added, &m.URL, &m.Source); err != nil {
			return nil, err
		}
		m.Status = dyad.Status(status)
		if err := json.Unmarshal([]byte(js), &m.Event); err != nil {
			return nil, fmt.Errorf("%s: mention in article %s: %w", db.path, id, err)
		}
		m.Added, _ = time.Parse(time.RFC3339, added)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Event returns the aggregated event with global id id, or an error
// wrapping ErrNotFound.
func (db *DB) Event(ctx context.Context, id int64) (*StoredEvent, error) {
	var se StoredEvent
	var js, first string
	err := db.db.QueryRowContext(ctx, `SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.source_url
		FROM events e WHERE e.id = ?`, id).Scan(&se.GlobalEventID, &js, &se.NumMentions, &se.NumSources, &se.NumArticles, &first, &se.SourceURL)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	if err := json.Unmarshal([]byte(js), &se.Event); err != nil {
		return nil, fmt.Errorf("%s: event %d: %w", db.path, id, err)
	}
	se.FirstSeen, _ = time.Parse(time.RFC3339, first)
	return &se, nil
}

// CheckText reports whether q is a valid SQLite FTS5 query for
// Filter.Text, returning an error naming q when it is not (a syntax error,
// an unknown column). It reads at most one index row.
func (db *DB) CheckText(ctx context.Context, q string) error {
	var n int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1)", q).Scan(&n); err != nil {
		return fmt.Errorf("text query %q: %w", q, err)
	}
	return nil
}
