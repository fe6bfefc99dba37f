// Package postgres is dyad's PostgreSQL event store, for running past one
// machine: many `dyad worker` processes write to one database while
// `dyad events`, `dyad export` and `dyad status` read it.
//
// It keeps the sqlite package's schema (articles, sentences, aggregated
// events, mentions, actors), its migrations and its semantics: the same
// aggregation keyed on (date, source code, target code, CAMEO, location
// name, story for undated events), the same counts (NumMentions,
// NumSources, NumArticles), the same near-duplicate grouping (64-bit
// SimHash within MaxDistance bits and MinContainment shingle containment)
// and the same Filter. It uses the sqlite package's value types (Item,
// Result, Filter, StoredEvent, Mention, StoredArticle, Counts, ActorCount)
// so that both stores satisfy store.Store.
//
// Writes are idempotent and safe from any number of processes at once:
// every insert is an ON CONFLICT upsert keyed on identity (an article's id,
// an event's identity, a mention's article and id, an actor's code), never
// a read followed by a write. Within a transaction the aggregated events
// are upserted in identity order and the actors last in code order, so
// concurrent writers take row locks in one order; a transaction that still
// loses a deadlock or serialization check is retried. A batch is written
// with one statement per table over arrays, in five round trips (save.go);
// the near-duplicate search scans SimHashes cached in the writer's memory,
// refreshed each batch with the rows written since (simcache.go).
//
// Filter.Text takes the sqlite package's FTS5 query syntax (words,
// "phrases", word*, AND, OR, NOT, parentheses, column filters such as
// title:word, NEAR of two phrases), translated into PostgreSQL's text search over the title
// and the text, indexed apart as FTS5's two columns (the "simple"
// configuration: lower-cased words, no stemming; accents folded by
// dyad_fold as FTS5 folds them); ^ and larger NEAR groups are rejected
// (errors.ErrUnsupported). The OpenReadOnly side (query_web.go)
// serves dyad serve with the sqlite package's answers, down to the
// in-memory EventIndex, which both stores build with sqlite.IndexBuilder.
//
// Words are split as FTS5 splits them, at every punctuation character
// (schema version 8: "UN-recognised" is "un" and "recognised", a host
// name or a decimal number its parts), so that phrases and NEAR distances
// count the same words in both stores.
//
// Differences from the SQLite store: event ids are taken from a sequence, so an event
// that merged into an existing one leaves a gap (ids still grow in
// storage order); and two near-duplicate articles saved at the same moment by two
// workers may each start their own group, since neither sees the other's
// uncommitted row.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/secret"
	"github.com/dyad-events/dyad/sqlite"
)

// DB is an open PostgreSQL dyad store. It is safe for concurrent use, and
// any number of DB values (in any number of processes) may write the same
// database at once.
type DB struct {
	pool *pgxpool.Pool
	name string // the DSN without its password, for errors

	// MaxDistance (Hamming distance in bits) and MinContainment are the
	// near-duplicate thresholds, as in the sqlite package; Open sets
	// sqlite.DefaultMaxDistance and sqlite.DefaultMinContainment;
	// MaxDistance 0 disables the near-duplicate search.
	MaxDistance    int
	MinContainment float64

	sims simCache // the stored SimHashes, for the near-duplicate search
}

// lockMigrate is the advisory lock key that serialises migrations
// ("dyadschm" as a big-endian int64).
const lockMigrate = 0x6479616473636876

// IsDSN reports whether s names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a file path.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns dsn without its password, for messages: the URL's
// user:password@ and a password=… parameter ("?password=s3cret", as libpq
// takes it) are xxxxx, also in a DSN that does not parse
// ("postgres://u:s3cret@h%zz/x", which was given as it was).
func Redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), secret.Mask)
			dsn = u.String()
		}
	}
	return secret.RedactURL(dsn)
}

// parseConfig is pgxpool.ParseConfig(dsn), its errors naming the DSN as
// name ("open NAME: …"), and an error too, before any connection, for a
// DSN whose password pgx would misread (misreadPassword), whose errors
// ("lookup c@127.0.0.1: no such host") would print part of it.
func parseConfig(dsn, name string) (*pgxpool.Config, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	if misreadPassword(dsn, cfg) {
		return nil, fmt.Errorf("open %s: the password holds a character a URL must percent-encode ('@' as %%40, '/' as %%2F, ':' as %%3A, '?' as %%3F, '#' as %%23, a space as %%20): write it so (not connected: part of it would have been read as the host or the database name)", name)
	}
	return cfg, nil
}

// misreadPassword reports a DSN whose password pgx reads otherwise than
// the user wrote it: one holding a character a URL must percent-encode
// (an '@', a '/', …) before its last '@', which pgx takes as part of the
// host or the database ("postgres://u:a,b@c@h/x" is host "c@h" to it),
// so that its errors would print the rest of the password.
func misreadPassword(dsn string, cfg *pgxpool.Config) bool {
	rest, ok := strings.CutPrefix(dsn, "postgresql://")
	if !ok {
		if rest, ok = strings.CutPrefix(dsn, "postgres://"); !ok {
			return false
		}
	}
	colon := strings.IndexAny(rest, ":@/")
	at := strings.LastIndexByte(rest, '@')
	if colon < 0 || rest[colon] != ':' || at < colon {
		return false
	}
	written, err := url.PathUnescape(rest[colon+1 : at])
	return err == nil && written != cfg.ConnConfig.Password
}

// Open connects to the database at dsn (a postgres:// URL in libpq form,
// e.g. "postgres://user:pw@host:5432/dyad?sslmode=disable"), creating the
// schema if absent and migrating an older one to SchemaVersion under an
// advisory lock, so workers may start together. Errors name the DSN
// (without its password); a database written by a newer dyad is an error.
func Open(ctx context.Context, dsn string) (*DB, error) {
	name := Redact(dsn)
	cfg, err := parseConfig(dsn, name)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	db := &DB{pool: pool, name: name,
		MaxDistance: sqlite.DefaultMaxDistance, MinContainment: sqlite.DefaultMinContainment}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", name, distinctLines{err})
	}
	return db, nil
}

// distinctLines is err with each line of its message said once: pgx's
// connection error lists every attempt, and with sslmode=prefer (the
// default) it tries each address twice, with TLS and without, failing
// the same way ("127.0.0.1:5432 (localhost): dial error: … connection
// refused" twice).
type distinctLines struct{ err error }

func (e distinctLines) Error() string {
	lines := strings.Split(e.err.Error(), "\n")
	seen := make(map[string]bool, len(lines))
	out := lines[:0]
	for _, l := range lines {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// Unwrap returns the error (a *pgconn.ConnectError, a *pgconn.PgError).
func (e distinctLines) Unwrap() error { return e.err }

// Close closes the connection pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Path returns "": a PostgreSQL store is no file (store.Store asks it so
// that an ingest does not read its own database file).
func (db *DB) Path() string { return "" }

// Name returns the DSN given to Open without its password.
func (db *DB) Name() string { return db.name }

// Pool returns the underlying connection pool, for tests and tools.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// Version returns the schema version stored in the database.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, "SELECT version FROM dyad_schema").Scan(&v)
	return v, err
}

func (db *DB) migrate(ctx context.Context) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(lockMigrate)); err != nil {
		return err
	}
	if err := foreignTables(ctx, tx); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL)"); err != nil {
		return err
	}
	var v int
	err = tx.QueryRow(ctx, "SELECT version FROM dyad_schema").Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		if _, err := tx.Exec(ctx, "INSERT INTO dyad_schema (version) VALUES (0)"); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this dyad's %d", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.Exec(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.Exec(ctx, "UPDATE dyad_schema SET version = $1", i+1); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if v > 0 && v < 6 {
		if err := addTellings(ctx, tx); err != nil {
			return fmt.Errorf("migration 6: %w", err)
		}
	}
	if v > 0 && v < 10 {
		if err := regroupPlaces(ctx, tx); err != nil {
			return fmt.Errorf("migration %d: %w", max(v+1, 9), err)
		}
	}
	return tx.Commit(ctx)
}

// foreignTables returns an error naming the database and up to five of
// the tables and views in its current schema (the first of the
// search_path, where dyad creates its own) when that schema holds no dyad
// store (no dyad_schema table) but holds others: dyad writes only to a
// new or empty database or schema, or to its own store, never beside
// another program's tables, as the sqlite package refuses a file holding
// them. A search_path naming no schema that exists is left to the
// migration's own error.
func foreignTables(ctx context.Context, tx pgx.Tx) error {
	var dyadStore bool
	var db string
	var schema *string
	if err := tx.QueryRow(ctx, "SELECT to_regclass('dyad_schema') IS NOT NULL, current_database(), current_schema()").Scan(&dyadStore, &db, &schema); err != nil {
		return err
	}
	if dyadStore || schema == nil {
		return nil
	}
	rows, err := tx.Query(ctx, `SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table' ELSE 'table' END, c.relname
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
		ORDER BY c.relname LIMIT 6`)
	if err != nil {
		return err
	}
	names, err := sqlite.ForeignObjects(rows)
	rows.Close()
	if err != nil || len(names) == 0 {
		return err
	}
	return fmt.Errorf("not a dyad store: database %q (schema %q) holds %s, which dyad did not create; "+
		"dyad writes only to a new database or schema, an empty one or its own store: give --db another database "+
		"(createdb dyad), or a schema of its own (?search_path=dyad, after CREATE SCHEMA dyad)", db, *schema, strings.Join(names, ", "))
}

// addTelling stores one further telling for addTellings, in one statement:
// its sentence (if new), its mention row, and, when the mention was not
// stored already, one more num_mentions on the event ($1; the confidence
// the greater of the two) and one more count on its source's ($17, $18)
// and target's ($19, $20) actors (codes "" for none; one actor's code twice
// counts twice, its name the source's).
const addTelling = `WITH sentence AS (
	INSERT INTO sentences (article_id, idx, text) VALUES ($2, $6, $7) ON CONFLICT DO NOTHING
), mention AS (
	INSERT INTO mentions
		(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
		 source_start, source_end, target_start, target_end, status, confidence, json)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
	ON CONFLICT (article_id, mention_id) DO NOTHING
	RETURNING event_id
), event AS (
	UPDATE events SET num_mentions = num_mentions + 1, confidence = greatest(confidence, $15)
	WHERE id = (SELECT event_id FROM mention)
)
INSERT INTO actors (code, name, count)
SELECT code, (array_agg(name ORDER BY k))[1], count(*)
FROM (VALUES (1, $17::text, $18::text), (2, $19::text, $20::text)) AS a(k, code, name)
WHERE code <> '' AND EXISTS (SELECT 1 FROM mention)
GROUP BY code
ON CONFLICT (code) DO UPDATE SET count = actors.count + excluded.count,
	name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`

// qRegroupable lists the identities but the place (date, source,
// target, CAMEO, story) with more than one event: those whose events
// regroup may change.
const qRegroupable = `SELECT date, source_code, target_code, cameo, story FROM events
	GROUP BY date, source_code, target_code, cameo, story
	HAVING count(*) > 1
	ORDER BY min(id)`

// regroupPlaces (migrations 9 and 10) regroups the events of every
// identity of a store as SaveBatch regroups those of a batch's
// (sqlite.PlanRegroup): a store written before SaveBatch joined them
// holds an event placed at a country and the one placed inside it, or an
// unplaced event and the one placed, as two events of one deed (version
// 8); one written before it regrouped them holds, after a later telling
// at a second place, tellings joined that stay apart when stored in
// another order (version 9).
func regroupPlaces(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, qRegroupable)
	if err != nil {
		return err
	}
	var kc [5][]string
	for rows.Next() {
		var k [5]string
		if err := rows.Scan(&k[0], &k[1], &k[2], &k[3], &k[4]); err != nil {
			rows.Close()
			return err
		}
		for j, v := range k {
			kc[j] = append(kc[j], v)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(kc[0]) == 0 {
		return err
	}
	if rows, err = tx.Query(ctx, qRegroupPlaces, kc[0], kc[1], kc[2], kc[3], kc[4]); err != nil {
		return err
	}
	places, err := scanPlaces(rows)
	rows.Close()
	if err != nil {
		return err
	}
	if rows, err = tx.Query(ctx, qTellingPlaces, kc[0], kc[1], kc[2], kc[3], kc[4]); err != nil {
		return err
	}
	tellings, err := scanTellings(rows)
	rows.Close()
	if err != nil {
		return err
	}
	_, _, b, err := regroup(ctx, tx, kc, places, tellings)
	if err != nil || b.Len() == 0 {
		return err
	}
	return tx.SendBatch(ctx, b).Close()
}

// addTellings stores, for a store written before schema version 6, the
// further tellings of each stored mention's event (its JSON's "also") as
// mentions of the event, as SaveBatch stores them since
// (sqlite.Tellings), and as the sqlite package's migration to its
// version 5 does: their sentences, their mention rows (after every stored
// mention, in the mentions' order), one more num_mentions each on the
// event and one more count on its source's and target's actors.
func addTellings(ctx context.Context, tx pgx.Tx) error {
	type stored struct {
		seq, eventID                      int64
		article, mid, outlet, group, json string
	}
	const page = 512
	var last int64
	for {
		rows, err := tx.Query(ctx, `SELECT seq, event_id, article_id, mention_id, outlet, dup_group, json FROM mentions
			WHERE seq > $1 AND strpos(json, '"also":[') > 0 ORDER BY seq LIMIT $2`, last, page)
		if err != nil {
			return err
		}
		var ms []stored
		for rows.Next() {
			var m stored
			if err := rows.Scan(&m.seq, &m.eventID, &m.article, &m.mid, &m.outlet, &m.group, &m.json); err != nil {
				rows.Close()
				return err
			}
			ms = append(ms, m)
			last = m.seq
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		// one statement a telling, the page's sent at once: one round
		// trip a page, where each telling took four
		var b pgx.Batch
		for _, m := range ms {
			var ev dyad.Event
			if err := json.Unmarshal([]byte(m.json), &ev); err != nil {
				return fmt.Errorf("mention %s of article %s: %w", m.mid, m.article, err)
			}
			dyad.OldTellingReporters(&ev) // (coded before a telling carried its reporter)
			for _, te := range dyad.Tellings(&ev, m.mid) {
				tj, err := json.Marshal(&te)
				if err != nil {
					return err
				}
				src, tgt := spanOf(te.Source), spanOf(te.Target)
				var codes, names [2]string
				for k, a := range []*dyad.Actor{ev.Source, ev.Target} { // counted by the event's codes
					if a != nil {
						codes[k], names[k] = a.Code, a.Name
					}
				}
				b.Queue(addTelling, m.eventID, m.article, te.ID, m.outlet, m.group, te.Sentence, te.Evidence.Text,
					te.Evidence.Span[0], te.Evidence.Span[1], src[0], src[1], tgt[0], tgt[1],
					string(te.Status), te.Confidence, string(tj), codes[0], names[0], codes[1], names[1])
			}
		}
		if b.Len() > 0 {
			br := tx.SendBatch(ctx, &b)
			for range b.Len() {
				if _, err := br.Exec(); err != nil {
					br.Close()
					return err
				}
			}
			if err := br.Close(); err != nil {
				return err
			}
		}
		if len(ms) < page {
			return nil
		}
	}
}

// IntegrityCheck checks the aggregates against the rows they count and
// returns "ok", or a line saying what disagrees ("3 events whose
// num_mentions differs from their mentions"). PostgreSQL checks its own
// pages; this checks dyad's invariants.
func (db *DB) IntegrityCheck(ctx context.Context) (string, error) {
	var bad, badSrc, badArt, badAct int
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)),
		(SELECT count(*) FROM events e WHERE e.num_sources <> (SELECT count(DISTINCT outlet) FROM mentions m WHERE m.event_id = e.id)),
		(SELECT count(*) FROM events e WHERE e.num_articles <> (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)),
		(SELECT count(*) FROM actors a WHERE a.count <> (SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.source_code = a.code)
			+ (SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.target_code = a.code))`).
		Scan(&bad, &badSrc, &badArt, &badAct)
	if err != nil {
		return "", fmt.Errorf("%s: %w", db.name, err)
	}
	var msgs []string
	for _, c := range []struct {
		n    int
		what string
	}{{bad, "events whose num_mentions differs from their mentions"},
		{badSrc, "events whose num_sources differs from their mentions' outlets"},
		{badArt, "events whose num_articles differs from their mentions' articles"},
		{badAct, "actors whose count differs from their mentions"}} {
		if c.n > 0 {
			msgs = append(msgs, fmt.Sprintf("%d %s", c.n, c.what))
		}
	}
	if len(msgs) == 0 {
		return "ok", nil
	}
	return strings.Join(msgs, "; "), nil
}

// retryable reports whether err is a deadlock or serialization failure,
// after which the whole transaction may be run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// maxAttempts bounds the runs of one transaction that keeps losing
// deadlocks.
const maxAttempts = 8

func backoff(attempt int) time.Duration {
	return time.Duration(attempt*attempt) * 20 * time.Millisecond
}
