package sqlite

// Read-side queries for dyad serve: a read-only Open, per-day (or month,
// year) counts, dyad pairs, actor search, event locations and an article's
// mentions. Every query is parameterised and takes the same Filter as
// Events.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// OpenReadOnly opens an existing store for reading only (SQLite
// mode=ro and PRAGMA query_only): every write fails. It never creates or
// migrates; it fails with an error naming path when the file is absent, is
// not a dyad store, or has another schema version than SchemaVersion (an
// older one's error says how to migrate it). Read-only commands open stores
// so: migrating a store while an older dyad still writes to it would let
// that writer index new articles the old way, which the new full-text
// index misreads.
//
// A store in WAL mode needs its -shm and -wal files beside it even to be
// read. When SQLite cannot open the store for want of them and its
// folder is not writable by this process (a store shared read-only),
// OpenReadOnly reads a private copy of the file instead, a true snapshot,
// and Snapshot reports true: the copy is taken in os.TempDir (TMPDIR) when
// the store is opened, as big as the store, named
// dyad-snapshot-PID-N-STORE, and removed by Close (or at once by
// RemoveSnapshot, on a signal); a process killed before either (SIGKILL,
// a broken pipe, a signal it does not handle) leaves it, and the next
// OpenReadOnly that takes a copy in the same TMPDIR removes the copies of
// this user's processes that are no longer running. Events stored after
// it was taken are not seen. It is taken once the file has
// gone unmodified for 2 seconds and checked to be the store as it stood
// (the same file, size and modification time before and after the copy);
// a copy that a write spoilt is taken again, at most 3 times in all
// before OpenReadOnly gives up, naming the store. It refuses, naming the
// -wal file, when that file holds writes the copy would miss, and says so
// when the copy cannot be written (a full TMPDIR). A store file this
// process may not read is said so, with its mode and owner (unreadable),
// whatever its folder.
func OpenReadOnly(path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path")
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := readable(path, fi); err != nil {
		return nil, err
	}
	db, err := openReadOnly(path, path, false)
	if err == nil {
		// the -wal and -shm files readers make are removed when the
		// store's last user closes it (tidyWAL)
		db.tidyWAL = true
	}
	if err == nil || !isReadOnlyFolder(err, path) {
		return db, err
	}
	copyPath, err := snapshotCopy(path, os.TempDir(), snapshotSettle, nil)
	if err != nil {
		return nil, err
	}
	// the copy is this process's alone: read without locks, as it is
	db, err = openReadOnly(copyPath, path, true)
	if err != nil {
		os.Remove(copyPath)
		return nil, err
	}
	db.snapshot = copyPath
	return db, nil
}

// RemoveSnapshot removes at once the private copy of the store that
// OpenReadOnly reads (Snapshot), for a process ending on a signal that
// cannot wait for Close (it may be blocked writing to a full pipe): on
// Unix the copy's file is unlinked and reads go on from it until Close.
// It returns nil when there is no copy or it is gone already; Close
// removes it too.
func (db *DB) RemoveSnapshot() error {
	if db.snapshot == "" {
		return nil
	}
	if err := os.Remove(db.snapshot); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Snapshot reports whether OpenReadOnly reads a private copy of the store
// taken when it opened it, because the store's folder was not writable:
// events stored after that are not seen.
func (db *DB) Snapshot() bool { return db.snapshot != "" }

// exists reports a file at path (false on any error of stat).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// tidyWAL removes the -wal and -shm files beside the WAL store at path
// when no other connection uses the store, as a reader (OpenReadOnly)
// closes: a read-only connection may not, so SQLite leaves them. It opens the
// store for writing and closes it at once, for SQLite's own rule: the
// last connection to close checkpoints the (empty) WAL and removes both
// files, while any other reader or writer keeps them (its lock stops it).
// Errors are ignored: the files are harmless, only untidy (a store the
// user may not write keeps them).
func tidyWAL(path string) {
	if !exists(path+"-wal") && !exists(path+"-shm") {
		return
	}
	q := url.Values{}
	q.Set("mode", "rw")
	q.Add("_pragma", "busy_timeout(0)")
	sdb, err := sql.Open("sqlite", "file:"+escapePath(path)+"?"+q.Encode())
	if err != nil {
		return
	}
	defer sdb.Close()
	var n int
	sdb.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n) // (opens the WAL, to close it)
}

// openReadOnly opens the store file for reading, naming it path in
// errors and Path (a snapshot's copy is named as the store it copies);
// immutable reads the file as it is, without locks nor the -shm and -wal
// files (SQLite immutable=1), right only for a file nothing writes.
func openReadOnly(file, path string, immutable bool) (*DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	if immutable {
		q.Set("immutable", "1")
	}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "query_only(1)")
	// A larger page cache per connection (16 MiB, SQLite's default is 2):
	// one event or article looked up at random on a 1.3 GB store drops
	// from ~1.4 ms to under 1 ms. Memory-mapped reads were faster still
	// but each connection maps the whole file, so the process showed
	// gigabytes of resident (file) pages under load.
	q.Add("_pragma", "cache_size(-16384)") // KiB per connection
	dsn := "file:" + escapePath(file) + "?" + q.Encode()
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
		return nil, versionError(path, v)
	}
	db.opened = v
	return db, nil
}

// versionError explains a store whose schema version v is not
// SchemaVersion: how to migrate an older one, that a newer one needs a
// newer dyad.
func versionError(path string, v int) error {
	switch {
	case v == 0:
		return fmt.Errorf("open %s: no dyad store (schema version 0: empty or not written by dyad)", path)
	case v > SchemaVersion:
		return fmt.Errorf("open %s: store has schema version %d, newer than this dyad's %d: use a newer dyad", path, v, SchemaVersion)
	}
	return fmt.Errorf("open %s: store has schema version %d, this dyad needs %d: stop any older dyad writing to it, "+
		"then run `dyad ingest --db %s` (with no inputs) to migrate", path, v, SchemaVersion, path)
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

// TimelineBucket checks a timeline's by ("quad" or "root") and bucket
// ("day", "month" or "year") and returns the length of the date prefix
// that names a bucket: 10, 7 or 4.
func TimelineBucket(by, bucket string) (int, error) {
	if by != "quad" && by != "root" {
		return 0, fmt.Errorf("timeline by %q: want quad or root", by)
	}
	n := map[string]int{"day": 10, "month": 7, "year": 4}[bucket]
	if n == 0 {
		return 0, fmt.Errorf("timeline bucket %q: want day, month or year", bucket)
	}
	return n, nil
}

// Timeline counts the events matching f per period and key, ordered by
// period then key. by is "quad" (QuadClass) or "root" (CAMEO root); bucket
// is "day", "month" or "year". Events of unknown date are left out, and so
// are events dated less precisely than the bucket (a month-precision event
// is not on any day). f.Limit and f.After are ignored.
func (db *DB) Timeline(ctx context.Context, f Filter, by, bucket string) ([]TimelinePoint, error) {
	n, err := TimelineBucket(by, bucket)
	if err != nil {
		return nil, err
	}
	key := "e.cameo_root"
	if by == "quad" {
		key = "CAST(e.quad_class AS TEXT)"
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
	return db.actorCounts(ctx, []ActorCount{}, s, args...)
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

// ArticleMentions returns the first limit mentions coded from article id
// (every one when limit is 0 or less), by sentence then storage order, or
// an empty slice when it has none; total is the number of them all (a
// page telling one event in 20,000 sentences has 20,000).
func (db *DB) ArticleMentions(ctx context.Context, id string, limit int) (ms []Mention, total int, err error) {
	q := `SELECT m.event_id, m.article_id, m.sentence, m.status, m.confidence, m.json, a.added, a.url, a.source
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.article_id = ? ORDER BY m.sentence, m.rowid`
	args := []any{id}
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", db.path, err)
	}
	if ms, err = db.scanMentions(rows, []Mention{}, "mention in article "+id); err != nil {
		return nil, 0, err
	}
	if limit <= 0 || len(ms) < limit {
		return ms, len(ms), nil
	}
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM mentions WHERE article_id = ?", id).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", db.path, err)
	}
	return ms, total, nil
}

// Event returns the aggregated event with global id id, or an error
// wrapping ErrNotFound.
func (db *DB) Event(ctx context.Context, id int64) (*StoredEvent, error) {
	var se StoredEvent
	var js, first string
	var conf float64
	err := db.db.QueryRowContext(ctx, `SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.source_url, COALESCE((SELECT ia.input FROM articles ia WHERE ia.id = e.article_id), ''), e.confidence
		FROM events e WHERE e.id = ?`, id).Scan(&se.GlobalEventID, &js, &se.NumMentions, &se.NumSources, &se.NumArticles, &first, &se.SourceURL, &se.Input, &conf)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	if err := json.Unmarshal([]byte(js), &se.Event); err != nil {
		return nil, fmt.Errorf("%s: event %d: %w", db.path, id, err)
	}
	BoundAlso(&se.Event)
	se.Confidence = conf // the surest mention's
	se.FirstSeen, _ = time.Parse(time.RFC3339, first)
	return &se, nil
}

// qMentionEvent is MentionEvent's query: the first stored mention of
// that id, found through the mentions_mention_id index.
const qMentionEvent = "SELECT event_id FROM mentions WHERE mention_id = ? ORDER BY rowid LIMIT 1"

// MentionEvent returns the global id of the aggregated event that has
// the mention mid: the id of an event as coded (dyad.Event.ID, the "id"
// of every JSON event), or of a further telling ("5d879398143d6172@2").
// An unknown mid gives an error wrapping ErrNotFound.
func (db *DB) MentionEvent(ctx context.Context, mid string) (int64, error) {
	var id int64
	err := db.db.QueryRowContext(ctx, qMentionEvent, mid).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, fmt.Errorf("event %s: %w", mid, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", db.path, err)
	}
	return id, nil
}

// CheckText reports whether q, rewritten by NormalizeText, is a valid
// SQLite FTS5 query for Filter.Text, returning an error naming q when it is not (a syntax error,
// an unknown column). It reads at most one index row.
func (db *DB) CheckText(ctx context.Context, q string) error {
	var n int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1)", NormalizeText(q)).Scan(&n); err != nil {
		return fmt.Errorf("text query %q: %w", q, err)
	}
	return nil
}

// EventIndex is an in-memory copy of the filterable columns of every
// aggregated event (about 150 bytes an event), so that dyad serve can
// filter, count and group 100,000s of events in milliseconds instead of
// scanning the events table, whose rows carry the whole event JSON. It
// matches a Filter exactly as Events does, except that Text is resolved
// by the caller with TextEvents. An index is a snapshot: Stale reports
// when mentions were added since it was loaded.
type EventIndex struct {
	rows      []indexRow // by id
	names     map[string]string
	byArticle map[string][]int64 // article id → ids of the events it mentions
	mark      IndexMark
}

// IndexMark marks the store state an EventIndex was read from, for the
// store's Stale: LastMention is the last mention visible (SQLite rowid,
// PostgreSQL seq); Inserted is a count of mention rows ever inserted when
// the store keeps one (PostgreSQL's statistics), else 0.
type IndexMark struct {
	LastMention, Inserted int64
}

type indexRow struct {
	id                         int64
	date, src, tgt, srcC, tgtC string
	cameo, root, plover, loc   string
	locCountry                 string
	lat, lon, goldstein        float64
	mentions                   int32
	quad                       int8
	status                     uint8   // bit set of the mentions' statuses
	conf                       float32 // the highest confidence of its mentions
}

var statusBits = map[dyad.Status]uint8{dyad.Asserted: 1, dyad.Alleged: 2, dyad.Denied: 4,
	dyad.Negated: 8, dyad.Future: 16, dyad.Hypothetical: 32}

func statusBit(s dyad.Status) uint8 {
	if b, ok := statusBits[s]; ok {
		return b
	}
	return 128
}

// IndexEvent is one aggregated event's filterable columns, the unit an
// EventIndex is built from: Plover upper-cased, Location "" and
// LocationCountry "", Lat and Lon 0 for an event without a location.
type IndexEvent struct {
	ID                            int64
	Date                          string // "2024-07-13", "2024-07", "2024" or ""
	Source, Target                string // actor codes ("" when absent)
	SourceCountry, TargetCountry  string // ISO3 ("" when unknown)
	CAMEO, Root, Plover, Location string
	LocationCountry               string
	Lat, Lon                      float64 // degrees
	Goldstein                     float64
	QuadClass                     int
	Mentions                      int // num_mentions
}

// IndexBuilder builds an EventIndex from rows a store reads itself, so
// that every store (this package's and package postgres) serves the same
// index. Add events in ascending id order, then mentions, then names;
// Index returns the result. A builder is not safe for concurrent use.
type IndexBuilder struct {
	ix     *EventIndex
	intern map[string]string
}

// NewIndexBuilder starts an index of the store state marked by mark.
func NewIndexBuilder(mark IndexMark) *IndexBuilder {
	return &IndexBuilder{
		ix:     &EventIndex{names: map[string]string{}, byArticle: map[string][]int64{}, mark: mark},
		intern: map[string]string{},
	}
}

func (b *IndexBuilder) in(s string) string {
	if v, ok := b.intern[s]; ok {
		return v
	}
	b.intern[s] = s
	return s
}

// AddEvent adds an event; its id must be greater than the last one's.
// It returns an error naming both ids otherwise.
func (b *IndexBuilder) AddEvent(e IndexEvent) error {
	if n := len(b.ix.rows); n > 0 && b.ix.rows[n-1].id >= e.ID {
		return fmt.Errorf("index: event %d added after event %d: want ascending ids", e.ID, b.ix.rows[n-1].id)
	}
	b.ix.rows = append(b.ix.rows, indexRow{id: e.ID,
		date: b.in(e.Date), src: b.in(e.Source), tgt: b.in(e.Target), srcC: b.in(e.SourceCountry), tgtC: b.in(e.TargetCountry),
		cameo: b.in(e.CAMEO), root: b.in(e.Root), plover: b.in(e.Plover), loc: b.in(e.Location), locCountry: b.in(e.LocationCountry),
		lat: e.Lat, lon: e.Lon, goldstein: e.Goldstein, mentions: int32(e.Mentions), quad: int8(e.QuadClass)})
	return nil
}

// AddMention records a mention of event id in article with status and
// confidence: the event then matches Filter.Status status,
// Filter.MinConfidence up to confidence and ArticleEvents(article).
// Mentions of events not added are ignored. Adding them grouped by
// article keeps ArticleEvents free of repeats.
func (b *IndexBuilder) AddMention(eventID int64, article string, status dyad.Status, confidence float64) {
	if r := b.ix.find(eventID); r != nil {
		r.status |= statusBit(status)
		// (float32 rounds 0.8 below the float64 0.8 a filter compares)
		r.conf = max(r.conf, float32(confidence+1e-6))
	}
	if evs := b.ix.byArticle[article]; len(evs) == 0 || evs[len(evs)-1] != eventID {
		b.ix.byArticle[article] = append(evs, eventID)
	}
}

// SetName gives an actor code its name (DyadCount.SourceName and
// TargetName) unless it has one: the first non-empty name wins, as in the
// actors table, since groups sharing a code (SYRREB) have names of their
// own.
func (b *IndexBuilder) SetName(code, name string) {
	if name != "" && b.ix.names[code] == "" {
		b.ix.names[code] = name
	}
}

// Index returns the built index; the builder must not be used after.
func (b *IndexBuilder) Index() *EventIndex {
	ix := b.ix
	b.ix, b.intern = nil, nil
	return ix
}

// LoadEventIndex reads the index of every aggregated event. On a store of
// 140,000 events it takes about two seconds and 30 MB.
func (db *DB) LoadEventIndex(ctx context.Context) (*EventIndex, error) {
	var lastMention int64
	if err := db.db.QueryRowContext(ctx, "SELECT coalesce(max(rowid), 0) FROM mentions").Scan(&lastMention); err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	b := NewIndexBuilder(IndexMark{LastMention: lastMention})
	rows, err := db.db.QueryContext(ctx, `SELECT e.id, e.date, e.source_code, e.target_code, e.source_country, e.target_country,
		e.cameo, e.cameo_root, upper(e.plover), e.location, e.quad_class, e.goldstein, e.num_mentions,
		CASE WHEN e.location <> '' THEN json_extract(e.json, '$.location.lat') END,
		CASE WHEN e.location <> '' THEN json_extract(e.json, '$.location.lon') END,
		CASE WHEN e.location <> '' THEN json_extract(e.json, '$.location.country') END
		FROM events e WHERE e.id IN (SELECT id FROM events) ORDER BY e.id`)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var e IndexEvent
		var lat, lon sql.NullFloat64
		var lc sql.NullString
		if err := rows.Scan(&e.ID, &e.Date, &e.Source, &e.Target, &e.SourceCountry, &e.TargetCountry, &e.CAMEO, &e.Root, &e.Plover, &e.Location,
			&e.QuadClass, &e.Goldstein, &e.Mentions, &lat, &lon, &lc); err != nil {
			return nil, err
		}
		e.Lat, e.Lon, e.LocationCountry = lat.Float64, lon.Float64, lc.String
		if err := b.AddEvent(e); err != nil {
			return nil, fmt.Errorf("%s: %w", db.path, err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	srows, err := db.db.QueryContext(ctx, "SELECT event_id, status, article_id, confidence FROM mentions WHERE rowid <= ? ORDER BY article_id, event_id", lastMention)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer srows.Close()
	for srows.Next() {
		var id int64
		var st, art string
		var conf float64
		if err := srows.Scan(&id, &st, &art, &conf); err != nil {
			return nil, err
		}
		b.AddMention(id, art, dyad.Status(st), conf)
	}
	if err := srows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	as, err := db.Actors(ctx, 0)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		b.SetName(a.Code, a.Name)
	}
	return b.Index(), nil
}

// Mark returns the store state ix was read from, for a store's Stale.
func (ix *EventIndex) Mark() IndexMark { return ix.mark }

func (ix *EventIndex) find(id int64) *indexRow {
	i, j := 0, len(ix.rows)
	for i < j {
		h := int(uint(i+j) >> 1)
		if ix.rows[h].id < id {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(ix.rows) && ix.rows[i].id == id {
		return &ix.rows[i]
	}
	return nil
}

// Len returns the number of events in the index.
func (ix *EventIndex) Len() int { return len(ix.rows) }

// Stale reports whether mentions were stored after ix was loaded.
func (db *DB) Stale(ctx context.Context, ix *EventIndex) (bool, error) {
	var last int64
	if err := db.db.QueryRowContext(ctx, "SELECT coalesce(max(rowid), 0) FROM mentions").Scan(&last); err != nil {
		return false, fmt.Errorf("%s: %w", db.path, err)
	}
	return last != ix.mark.LastMention, nil
}

// TextEvents returns the ids of the events with a mention in an article
// matching the FTS5 query q: the set Filter.Text selects.
func (db *DB) TextEvents(ctx context.Context, q string) (map[int64]bool, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT DISTINCT m.event_id FROM mentions m
		WHERE m.article_id IN (`+ftsArticles+`)`, NormalizeText(q))
	if err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// TextArticles returns the ids of the articles matching the FTS5 query q.
func (db *DB) TextArticles(ctx context.Context, q string) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, ftsArticles, NormalizeText(q))
	if err != nil {
		return nil, fmt.Errorf("text query %q: %w", q, err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ArticleEvents returns the ids of the indexed events mentioned in these
// articles: with TextArticles, the set Filter.Text selects.
func (ix *EventIndex) ArticleEvents(articles []string) map[int64]bool {
	out := map[int64]bool{}
	for _, a := range articles {
		for _, id := range ix.byArticle[a] {
			out[id] = true
		}
	}
	return out
}

// matcher is a Filter compiled for the index; text is the TextEvents set
// of f.Text (nil when f.Text is empty).
type matcher struct {
	f      Filter
	plover string
	status uint8
	text   map[int64]bool
}

func (ix *EventIndex) matcher(f Filter, text map[int64]bool) (*matcher, error) {
	if _, _, err := f.where(); err != nil {
		return nil, err
	}
	if f.Text != "" && text == nil {
		return nil, fmt.Errorf("filter text %q: resolve it with TextEvents", f.Text)
	}
	m := &matcher{f: f, plover: strings.ToUpper(f.Plover), text: text}
	if f.Status != "" {
		m.status = statusBit(f.Status)
	}
	return m, nil
}

func (m *matcher) match(r *indexRow) bool {
	f := &m.f
	switch {
	case f.After > 0 && r.id <= f.After,
		f.From != "" && !overlapsFrom(r.date, f.From),
		f.To != "" && (r.date == "" || r.date > f.To+"~"),
		f.Actor != "" && !strings.HasPrefix(r.src, f.Actor) && !strings.HasPrefix(r.tgt, f.Actor),
		f.Country != "" && r.srcC != f.Country && r.tgtC != f.Country,
		f.Dyad[0] != "" && !strings.HasPrefix(r.src, f.Dyad[0]),
		f.Dyad[1] != "" && !strings.HasPrefix(r.tgt, f.Dyad[1]),
		f.CAMEO != "" && !strings.HasPrefix(r.cameo, f.CAMEO),
		f.Root != "" && r.root != f.Root,
		f.QuadClass != 0 && int(r.quad) != f.QuadClass,
		m.plover != "" && r.plover != m.plover,
		m.status != 0 && r.status&m.status == 0,
		f.MinConfidence != 0 && float64(r.conf) < f.MinConfidence,
		m.text != nil && !m.text[r.id]:
		return false
	}
	return true
}

// EventIDs returns the ids of the events matching f (f.Text resolved as
// text), in id order, at most f.Limit (0: all).
func (ix *EventIndex) EventIDs(f Filter, text map[int64]bool) ([]int64, error) {
	m, err := ix.matcher(f, text)
	if err != nil {
		return nil, err
	}
	out := []int64{}
	for i := range ix.rows {
		if m.match(&ix.rows[i]) {
			out = append(out, ix.rows[i].id)
			if f.Limit > 0 && len(out) == f.Limit {
				break
			}
		}
	}
	return out, nil
}

// GroupCounts returns the distinct outlets (Outlet) and the distinct
// articles among the mentions of the events ids: NumSources and
// NumArticles of those events taken as one, as store.OneADay counts a
// group (the same outlet or article behind two of them counts once).
// Unknown ids count nothing; no ids give 0, 0.
func (db *DB) GroupCounts(ctx context.Context, ids []int64) (sources, articles int, err error) {
	if len(ids) == 0 {
		return 0, 0, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return 0, 0, err
	}
	err = db.db.QueryRowContext(ctx, `SELECT count(DISTINCT outlet), count(DISTINCT article_id) FROM mentions
		WHERE event_id IN (SELECT value FROM json_each(?))`, string(list)).Scan(&sources, &articles)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", db.path, err)
	}
	return sources, articles, nil
}

// EventsByID returns the aggregated events with these ids, in the order
// given; unknown ids are left out.
func (db *DB) EventsByID(ctx context.Context, ids []int64) ([]StoredEvent, error) {
	out := make([]StoredEvent, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := db.db.QueryContext(ctx, `SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.source_url, COALESCE((SELECT ia.input FROM articles ia WHERE ia.id = e.article_id), ''), e.confidence
		FROM events e WHERE e.id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	byID := map[int64]StoredEvent{}
	for rows.Next() {
		var se StoredEvent
		var js, first string
		var conf float64
		if err := rows.Scan(&se.GlobalEventID, &js, &se.NumMentions, &se.NumSources, &se.NumArticles, &first, &se.SourceURL, &se.Input, &conf); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(js), &se.Event); err != nil {
			return nil, fmt.Errorf("%s: event %d: %w", db.path, se.GlobalEventID, err)
		}
		BoundAlso(&se.Event)
		se.Confidence = conf // the surest mention's
		se.FirstSeen, _ = time.Parse(time.RFC3339, first)
		byID[se.GlobalEventID] = se
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range ids {
		if se, ok := byID[id]; ok {
			out = append(out, se)
		}
	}
	return out, nil
}

// Timeline is DB.Timeline over the index.
func (ix *EventIndex) Timeline(f Filter, text map[int64]bool, by, bucket string) ([]TimelinePoint, error) {
	n, err := TimelineBucket(by, bucket)
	if err != nil {
		return nil, err
	}
	f.Limit, f.After = 0, 0
	m, err := ix.matcher(f, text)
	if err != nil {
		return nil, err
	}
	type key struct{ p, k string }
	acc := map[key]*TimelinePoint{}
	for i := range ix.rows {
		r := &ix.rows[i]
		if len(r.date) < n || !m.match(r) {
			continue
		}
		k := key{r.date[:n], r.root}
		if by == "quad" {
			k.k = strconv.Itoa(int(r.quad))
		}
		p := acc[k]
		if p == nil {
			p = &TimelinePoint{Period: k.p, Key: k.k}
			acc[k] = p
		}
		p.Events++
		p.Mentions += int(r.mentions)
	}
	out := make([]TimelinePoint, 0, len(acc))
	for _, p := range acc {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Period != out[j].Period {
			return out[i].Period < out[j].Period
		}
		return out[i].Key < out[j].Key
	})
	return out, nil
}

// Dyads is DB.Dyads over the index.
func (ix *EventIndex) Dyads(f Filter, text map[int64]bool, limit int) ([]DyadCount, error) {
	f.Limit, f.After = 0, 0
	m, err := ix.matcher(f, text)
	if err != nil {
		return nil, err
	}
	type key struct{ s, t string }
	acc := map[key]*DyadCount{}
	for i := range ix.rows {
		r := &ix.rows[i]
		if r.src == "" || r.tgt == "" || !m.match(r) {
			continue
		}
		k := key{r.src, r.tgt}
		d := acc[k]
		if d == nil {
			d = &DyadCount{Source: r.src, Target: r.tgt, SourceName: ix.names[r.src], TargetName: ix.names[r.tgt]}
			acc[k] = d
		}
		d.Events++
		d.Mentions += int(r.mentions)
		d.MeanGoldstein += r.goldstein
	}
	out := make([]DyadCount, 0, len(acc))
	for _, d := range acc {
		d.MeanGoldstein /= float64(d.Events)
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Places is DB.Places over the index; a place's country and coordinates
// are those of its first event.
func (ix *EventIndex) Places(f Filter, text map[int64]bool, limit int) ([]PlaceCount, error) {
	f.Limit, f.After = 0, 0
	m, err := ix.matcher(f, text)
	if err != nil {
		return nil, err
	}
	acc := map[string]*PlaceCount{}
	for i := range ix.rows {
		r := &ix.rows[i]
		if r.loc == "" || !m.match(r) {
			continue
		}
		p := acc[r.loc]
		if p == nil {
			p = &PlaceCount{Name: r.loc, Country: r.locCountry, Lat: r.lat, Lon: r.lon}
			acc[r.loc] = p
		}
		p.Events++
	}
	out := make([]PlaceCount, 0, len(acc))
	for _, p := range acc {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
