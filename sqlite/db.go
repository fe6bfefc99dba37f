// Package sqlite is dyad's embedded event store: one SQLite file (pure Go,
// modernc.org/sqlite, no cgo) holding articles, their coded sentences, the
// aggregated events, every mention of each event and the actors seen.
//
// Events are aggregated the GDELT way: one row per identity (date, source
// code, target code, CAMEO code, location name, story), with counts of the
// mentions that support it. The row's other fields (Goldstein, actors'
// names, evidence) are the first mention's; every mention keeps its own
// full event. The story (EventStory) keeps apart what must not merge: an
// event of unknown date adds its duplicate group (undated events merge only
// with copies of the same story), and one whose status is not asserted its
// status (a report that an act did not happen, or may, or is alleged, is
// not a mention of the act: each row's mentions share one status; stores
// written before this rule can hold rows that mix them). An event whose
// telling names no place joins the one placed event of its identity but
// the place, when there is exactly one, and one placed at a country the
// one event placed inside that country (PlaceJoins; joinUnplaced, at the
// end of each batch): its mentions move there and its row is dropped.
// The joins are made among the places of all the identity's tellings
// (PlanRegroup), so that the events do not depend on the order of
// storage: a telling joined before a later one made the join ambiguous
// goes back to an event of its own.
// Near-duplicate articles (a syndicated wire story run with a
// new header or a trimmed last paragraph) are detected with a 64-bit SimHash
// over three-word shingles and join the first article's duplicate group; their
// events add mentions to the existing events, never new events.
//
// Counts on an event:
//
//	NumMentions  rows in mentions for the event (every coded sentence, every copy;
//	             each further telling in an article, dyad.Event.Also, is one:
//	             Tellings; before schema version 5 only the first telling was)
//	NumSources   distinct outlets (article source, else URL host, else dup group)
//	NumArticles  distinct articles, as GDELT counts its source documents:
//	             a wire story run by 20 outlets counts 20 articles, 20
//	             sources (before schema version 4, distinct near-duplicate
//	             groups: 1 article); Counts.DupGroups counts the stories
//
// The schema is versioned with PRAGMA user_version and migrated on Open. The
// file is created on first use, in WAL mode with a busy timeout, so readers
// (dyad serve, dyad events) can run while one writer ingests. One process
// should write at a time: the near-duplicate index is kept in memory by the
// writing DB value. LockWriter takes an advisory lock that enforces it
// (dyad ingest holds it while writing).
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	msqlite "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/dyad-events/dyad"
)

// Near-duplicate thresholds. An article is a near-duplicate of a stored one
// when their SimHashes differ in at most MaxDistance bits and at least
// MinContainment of the shorter text's three-word shingles occur in the
// other (so a copy with a new header or a trimmed end qualifies).
//
// Measured on the giveme5w1h articles (415): the 21 pairs that are one wire
// story with another dateline, byline or trailer lie at 0–16 bits with
// containment 0.80–1.00; different stories on one event lie at 11 bits and
// more with containment 0.40–0.74; unrelated pairs lie at 15 bits and more
// with containment 0.00. Replacing the header and dropping the last
// paragraph of a story moves its hash by a median of 5 bits (90th
// percentile 11).
const (
	DefaultMaxDistance    = 16
	DefaultMinContainment = 0.8
)

// DB is an open dyad store. It is safe for concurrent use; writes are
// serialised by SQLite.
type DB struct {
	db   *sql.DB // readers
	w    *sql.DB // the one writing connection
	path string
	dsn  string

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt // prepared on w

	// MaxDistance (Hamming distance in bits) and MinContainment are the
	// near-duplicate thresholds; set them before the first save. Open sets
	// DefaultMaxDistance and DefaultMinContainment; MaxDistance 0 disables
	// the near-duplicate search.
	MaxDistance    int
	MinContainment float64

	opened   int    // user_version before Open migrated
	tidyWAL  bool   // opened by OpenReadOnly on the store itself: Close removes the -wal and -shm files if no one else uses them (tidyWAL)
	snapshot string // the private copy OpenReadOnly reads (see Snapshot), removed by Close (or, left by a killed process, by a later OpenReadOnly)

	// hasStmt is HasArticle's query, prepared once for the reading pool
	// (ingest asks it for every article before coding); textStmt is
	// ArticleText's, likewise (ingest asks it for every article given an
	// id that is stored already).
	hasStmt, textStmt readStmt

	mu     sync.Mutex // guards hashes, sims and stored
	loaded bool
	hashes []hashEntry
	// stored holds idKey of every article in hashes: HasArticle answers
	// "not stored" from it without a query (ingest asks for every article
	// before coding it; the query was 3 % of an ingest's CPU).
	stored map[uint64]struct{}
	// sims are hashes[i].hash, apart: the near-duplicate search scans 8
	// bytes an article, not 40 (a linear scan: 0.1-0.2 ms per 100,000
	// stored articles, BenchmarkCandidates).
	sims []uint64

	// shCache holds the shingle sets of the last shCacheSize
	// near-duplicate candidates by article id, shRing their ids in
	// insertion order (shNext the oldest once full).
	shMu    sync.Mutex
	shCache map[string][]uint64
	shRing  []string
	shNext  int
}

type hashEntry struct {
	hash      uint64
	id, group string
}

// Open opens the store at path, creating the file and its schema if absent
// and migrating an older schema to SchemaVersion. It fails with an error
// naming path when the file is not a SQLite database, holds another
// program's tables and no dyad schema (the file left as it was), or was
// written by a newer dyad (user_version > SchemaVersion).
//
// Setting up a new file (page size, WAL mode) and migrating retry for up
// to OpenRetry while another process holds the lock they need: SQLite
// answers SQLITE_BUSY at once, without waiting out the busy timeout, when
// two connections both reading a new file both ask to switch it to WAL.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	if err := retryBusy(func() error { return foreignTables(path) }); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := retryBusy(func() error { return create(path) }); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + escapePath(path) + "?" + q.Encode()
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	sdb.SetMaxOpenConns(4)
	wdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One writing connection, kept open, so statements are prepared once.
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	db := &DB{db: sdb, w: wdb, path: path, dsn: dsn, stmts: map[string]*sql.Stmt{},
		MaxDistance: DefaultMaxDistance, MinContainment: DefaultMinContainment}
	if err := retryBusy(func() error { return db.migrate(context.Background()) }); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// OpenRetry bounds how long Open retries setting up or migrating a store
// that another process has locked (SQLITE_BUSY).
const OpenRetry = 20 * time.Second

// retryBusy runs f until it returns anything but SQLITE_BUSY or
// SQLITE_LOCKED, or OpenRetry has passed, pausing 10–200 ms between tries.
func retryBusy(f func() error) error {
	deadline := time.Now().Add(OpenRetry)
	pause := 10 * time.Millisecond
	for {
		err := f()
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(pause)
		pause = min(2*pause, 200*time.Millisecond)
	}
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED
// (any extended code of either).
func isBusy(err error) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == 5 || c == 6 // SQLITE_BUSY, SQLITE_LOCKED
}

// PageSize is the page size, in bytes, of a store Open creates (an
// existing store keeps its own). SQLite's default of 4 KiB made the
// ingest writer spend a fifth of its time in write(2) calls, two per
// page of each commit; with 16 KiB pages SaveBatch takes ~10% less CPU.
const PageSize = 16384

// create gives a new or empty file at path the page size PageSize and
// WAL mode, which must be set before the first table is written; it does
// nothing to a file with content.
func create(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		return nil
	}
	c, err := sql.Open("sqlite", "file:"+escapePath(path)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Exec(fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL", PageSize))
	return err
}

func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// Close closes the database.
func (db *DB) Close() error {
	db.hasStmt.close()
	db.textStmt.close()
	db.stmtMu.Lock()
	for _, st := range db.stmts {
		st.Close()
	}
	db.stmts = map[string]*sql.Stmt{}
	db.stmtMu.Unlock()
	err := errors.Join(db.w.Close(), db.db.Close())
	if db.tidyWAL {
		tidyWAL(db.path)
	}
	if db.snapshot != "" {
		if rerr := os.Remove(db.snapshot); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
	}
	return err
}

// readStmt is a query prepared once, on its first use, for the reading
// pool.
type readStmt struct {
	once sync.Once
	st   *sql.Stmt
	err  error
}

// get returns query q prepared on db's readers, preparing it on the
// first call; the error names the store.
func (r *readStmt) get(db *DB, q string) (*sql.Stmt, error) {
	r.once.Do(func() { r.st, r.err = db.db.Prepare(q) })
	if r.err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, r.err)
	}
	return r.st, nil
}

func (r *readStmt) close() {
	if r.st != nil {
		r.st.Close()
	}
}

// wtx is a write transaction on the writing connection whose statements
// come from the DB's prepared-statement cache.
//
// Its statements run under quiet, the transaction's context without its
// cancellation, and check the caller's context before they start: with
// a context that can be cancelled, the driver starts a goroutine and a
// progress handler to interrupt each statement (ten statements an
// article: ~30 of an ingest's 668 allocations an article). Statements
// inside the transaction wait for no lock (BEGIN IMMEDIATE took the
// write lock, under the caller's context), and cancelling the caller's
// context still rolls the transaction back (database/sql watches it).
type wtx struct {
	db    *DB
	tx    *sql.Tx
	sts   map[string]*sql.Stmt
	quiet context.Context
}

// begin prepares the write statements on first use (the writing
// connection is free then) and starts a transaction.
func (db *DB) begin(ctx context.Context) (*wtx, error) {
	db.stmtMu.Lock()
	for _, q := range writeStmts {
		if db.stmts[q] != nil {
			continue
		}
		st, err := db.w.PrepareContext(ctx, q)
		if err != nil {
			db.stmtMu.Unlock()
			return nil, fmt.Errorf("prepare %q: %w", q, err)
		}
		db.stmts[q] = st
	}
	db.stmtMu.Unlock()
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &wtx{db: db, tx: tx, sts: map[string]*sql.Stmt{}, quiet: context.WithoutCancel(ctx)}, nil
}

func (t *wtx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.sts[q]; ok {
		return st, nil
	}
	t.db.stmtMu.Lock()
	st := t.db.stmts[q]
	t.db.stmtMu.Unlock()
	var ts *sql.Stmt
	if st != nil {
		ts = t.tx.StmtContext(ctx, st)
	} else {
		// Not in writeStmts: prepare on the transaction's connection.
		var err error
		if ts, err = t.tx.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
	}
	t.sts[q] = ts
	return ts, nil
}

// ExecContext runs a cached statement in the transaction.
func (t *wtx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.quiet, args...)
}

// QueryRowContext runs a cached one-row query in the transaction.
func (t *wtx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, q)
	if err != nil {
		// Let Scan report the error: a query on the bare transaction
		// fails the same way.
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	if ctx.Err() != nil {
		// Let Scan report the error.
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(t.quiet, args...)
}

// QueryContext runs a cached query in the transaction.
func (t *wtx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.quiet, args...)
}

func (t *wtx) Commit() error   { return t.tx.Commit() }
func (t *wtx) Rollback() error { return t.tx.Rollback() }

// Path returns the file path given to Open.
func (db *DB) Path() string { return db.path }

// OpenedVersion returns the schema version the file had when Open opened
// it, before migrating: 0 for a new file, SchemaVersion when nothing was
// migrated.
func (db *DB) OpenedVersion() int { return db.opened }

// Version returns the schema version stored in the file (PRAGMA user_version).
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// IntegrityCheck runs PRAGMA integrity_check and returns its first line:
// "ok" for a sound file. It runs on a fresh connection: SQLite's FTS5
// check trusts the index structure a connection has cached, which is stale
// in a pooled reader after another connection wrote.
func (db *DB) IntegrityCheck(ctx context.Context) (string, error) {
	c, err := sql.Open("sqlite", db.dsn)
	if err != nil {
		return "", err
	}
	defer c.Close()
	var s string
	err = c.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&s)
	return s, err
}

// foreignTables returns an error naming the tables (and views, indexes,
// triggers) of the database at path when it has no dyad schema
// (user_version 0) but holds some: dyad writes only to a new or empty
// file or to its own store, never beside another program's tables. It
// reads the file on a read-only connection, before Open switches the file
// to WAL mode, so that a refused file is left as it was.
func foreignTables(path string) error {
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		return nil // (a new or empty file; create reports what else)
	}
	c, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer c.Close()
	// One read transaction for both reads: in two, another Open could
	// commit its migration between them, and its fresh dyad schema would
	// be read with the version from before (user_version 0) as foreign.
	tx, err := c.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != 0 {
		return err // (not a database: Open's own error says so)
	}
	rows, err := tx.Query("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid LIMIT 6")
	if err != nil {
		return err
	}
	defer rows.Close()
	names, err := ForeignObjects(rows)
	if err != nil || len(names) == 0 {
		return err
	}
	return fmt.Errorf("not a dyad store: the database holds %s, which dyad did not create; "+
		"dyad writes only to a new file, an empty one or its own store: give --db another path", strings.Join(names, ", "))
}

// ObjectRows are query results of (kind, name) pairs: *sql.Rows, or a
// PostgreSQL driver's rows.
type ObjectRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ForeignObjects reads rows of another program's tables, views or other
// objects as (kind, name) and names them for a refusal: `table "foo"`,
// at most five, then "…" when rows has more. SQLite's store and
// PostgreSQL's both refuse a database so.
func ForeignObjects(rows ObjectRows) ([]string, error) {
	var names []string
	for rows.Next() {
		var kind, name string
		if err := rows.Scan(&kind, &name); err != nil {
			return nil, err
		}
		names = append(names, kind+" "+strconv.Quote(name))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(names) > 5 {
		names = append(names[:5], "…")
	}
	return names, nil
}

func (db *DB) migrate(ctx context.Context) error {
	tx, err := db.w.BeginTx(ctx, nil) // immediate: one migrator at a time
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this dyad's %d", v, len(migrations))
	}
	db.opened = v
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if v == 1 {
		if err := stripBodies(ctx, tx); err != nil {
			return fmt.Errorf("migration 2: %w", err)
		}
	}
	if v < 3 {
		// Dropping version 2's full-text table left its articles_fts_content
		// (the article ids; SQLite's FTS5 keeps a contentless_unindexed
		// table's content table on DROP); version 3's index has none.
		if _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS articles_fts_content"); err != nil {
			return fmt.Errorf("migration 3: %w", err)
		}
	}
	if v > 0 && v < 5 {
		if err := addTellings(ctx, tx); err != nil {
			return fmt.Errorf("migration 5: %w", err)
		}
	}
	if v > 0 && v < 8 {
		if err := regroupPlaces(ctx, tx); err != nil {
			return fmt.Errorf("migration %d: %w", max(v+1, 7), err)
		}
	}
	if err := tuneFTS(ctx, tx); err != nil {
		return fmt.Errorf("full-text index settings: %w", err)
	}
	return tx.Commit()
}

// ftsSettings are the full-text index's merge and page settings, kept in
// articles_fts_config and so applying to the segments written after they
// are set (stores made before them get them at their writer's next Open;
// nothing is rebuilt, readers need nothing). FTS5 writes each batch's
// postings as a new segment and merges the segments of a level as it
// goes; with its defaults it merged once four existed, into 1,000-byte
// leaves, rewriting a posting at every fourth batch and filling 16 KiB
// pages with thousands of tiny blobs. Merging at 16 segments (about half
// the rewriting over a large store; at most 16 segments a level for a
// query to visit) into 16,000-byte leaves made full-text indexing 21–32 %
// cheaper on 1,400 to 11,000 articles, a two-term query 0.4 -> 0.5 ms.
var ftsSettings = [...]struct {
	key   string
	value int
}{{"automerge", 16}, {"pgsz", 16000}}

// tuneFTS sets ftsSettings where the store does not have them.
func tuneFTS(ctx context.Context, tx *sql.Tx) error {
	for _, kv := range ftsSettings {
		var v int
		err := tx.QueryRowContext(ctx, "SELECT v FROM articles_fts_config WHERE k = ?", kv.key).Scan(&v)
		if err == nil && v == kv.value {
			continue
		}
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO articles_fts (articles_fts, rank) VALUES (?, ?)", kv.key, kv.value); err != nil {
			return err
		}
	}
	return nil
}

// stripBodies removes from articles.json the second copy of each body
// that articles.text gives back (as articleJSON stores articles since
// schema version 2), setting "body" to null; bodies the text cannot give
// back stay. Version 1 stores kept both copies. The pages freed are
// reused by later writes; VACUUM returns them to the file system.
func stripBodies(ctx context.Context, tx *sql.Tx) error {
	const page = 512
	var last int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT rowid, text, json_extract(json, '$.body') FROM articles
			WHERE rowid > ? AND json_type(json, '$.body') = 'array' ORDER BY rowid LIMIT ?`, last, page)
		if err != nil {
			return err
		}
		var strip []int64
		n := 0
		for rows.Next() {
			var text, bj string
			if err := rows.Scan(&last, &text, &bj); err != nil {
				rows.Close()
				return err
			}
			n++
			var body []string
			if json.Unmarshal([]byte(bj), &body) == nil && splitsBack(body) && strings.Join(body, "\n\n") == text {
				strip = append(strip, last)
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		for _, id := range strip {
			if _, err := tx.ExecContext(ctx, "UPDATE articles SET json = json_set(json, '$.body', NULL) WHERE rowid = ?", id); err != nil {
				return err
			}
		}
		if n < page {
			return nil
		}
	}
}

// qRegroupable lists the identities but the place (date, source,
// target, CAMEO, story) with more than one event: those whose events
// regroup may change.
const qRegroupable = `SELECT date, source_code, target_code, cameo, story FROM events
	GROUP BY date, source_code, target_code, cameo, story
	HAVING count(*) > 1
	ORDER BY min(id)`

// regroupPlaces (migrations 7 and 8) regroups the events of every
// identity of a store as SaveBatch regroups those of a batch's
// (PlanRegroup): a store written before SaveBatch joined them holds an
// event placed at a country and the one placed inside it, or an unplaced
// event and the one placed, as two events of one deed (version 6); one
// written before it regrouped them holds, after a later telling at a
// second place, tellings joined that stay apart when stored in another
// order (version 7).
func regroupPlaces(ctx context.Context, tx *sql.Tx) error {
	rs, err := tx.QueryContext(ctx, qRegroupable)
	if err != nil {
		return err
	}
	var keys []PlaceKey
	for rs.Next() {
		var k PlaceKey
		if err := rs.Scan(&k.Date, &k.Source, &k.Target, &k.CAMEO, &k.Story); err != nil {
			rs.Close()
			return err
		}
		keys = append(keys, k)
	}
	if err := rs.Err(); err != nil {
		return err
	}
	rs.Close()
	for len(keys) > 0 { // (a few hundred identities a query)
		n := min(len(keys), 512)
		if _, _, err := regroupKeys(ctx, tx, keys[:n]); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// addTellings stores, for a store written before schema version 5, the
// further tellings of each stored mention's event (its JSON's "also") as
// mentions of the event, as SaveBatch stores them since (Tellings): their
// sentences, their mention rows (after every stored mention, in the
// mentions' order), one more num_mentions each on the event and one more
// count on its source's and target's actors.
func addTellings(ctx context.Context, tx *sql.Tx) error {
	type stored struct {
		eventID                           int64
		article, mid, outlet, group, json string
	}
	const page = 512
	var last int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT rowid, event_id, article_id, mention_id, outlet, dup_group, json FROM mentions
			WHERE rowid > ? AND instr(json, '"also":[') > 0 ORDER BY rowid LIMIT ?`, last, page)
		if err != nil {
			return err
		}
		var ms []stored
		for rows.Next() {
			var m stored
			if err := rows.Scan(&last, &m.eventID, &m.article, &m.mid, &m.outlet, &m.group, &m.json); err != nil {
				rows.Close()
				return err
			}
			ms = append(ms, m)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		for _, m := range ms {
			var ev dyad.Event
			if err := json.Unmarshal([]byte(m.json), &ev); err != nil {
				return fmt.Errorf("mention %s of article %s: %w", m.mid, m.article, err)
			}
			dyad.OldTellingReporters(&ev) // (coded before a telling carried its reporter)
			for _, te := range dyad.Tellings(&ev, m.mid) {
				if _, err := tx.ExecContext(ctx, qInsertSentence, m.article, te.Sentence, te.Evidence.Text); err != nil {
					return err
				}
				inserted, err := storeTelling(ctx, tx, &te, m.eventID, m.article, m.outlet, m.group)
				if err != nil {
					return fmt.Errorf("mention %s of article %s: %w", te.ID, m.article, err)
				}
				if !inserted {
					continue
				}
				for _, a := range []*dyad.Actor{ev.Source, ev.Target} { // the event's codes
					if a != nil && a.Code != "" {
						if _, err := tx.ExecContext(ctx, qUpsertActor, a.Code, a.Name, 1); err != nil {
							return err
						}
					}
				}
			}
		}
		if len(ms) < page {
			return nil
		}
	}
}
