package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/dyad-events/dyad"
)

// The write statements, prepared once on the writing connection.
const (
	qArticleText    = "SELECT text FROM articles WHERE id = ?"
	qInsertFTSID    = "INSERT INTO articles_fts_ids (article_id) VALUES (?)"
	qInsertFTS      = "INSERT INTO articles_fts (rowid, title, text) VALUES (?,?,?)"
	qInsertSentence = "INSERT OR IGNORE INTO sentences (article_id, idx, text) VALUES (?,?,?)"
	qInsertArticle  = `INSERT INTO articles
		(id, url, source, outlet, title, published, input, simhash, dup_group, text, json, added)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING`
	qInsertMention = `INSERT OR IGNORE INTO mentions
			(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			 source_start, source_end, target_start, target_end, status, confidence, json)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	qUpsertActor = `INSERT INTO actors (code, name, count) VALUES (?,?,?)
				ON CONFLICT(code) DO UPDATE SET count = count + excluded.count,
				name = CASE WHEN name = '' THEN excluded.name ELSE name END`
	// qInsertEvent creates an aggregated event with the counts of its
	// first mention (1, 1, 1); it changes no row when the identity
	// exists, and qEventID finds it. (An Exec and the new rowid cost less
	// than RETURNING's result rows.)
	qInsertEvent = `INSERT INTO events
		(date, source_code, target_code, cameo, location, story, cameo_root, quad_class, goldstein,
		 plover, plover_mode, status, confidence, source_country, target_country,
		 first_seen, source_url, article_id, json, num_mentions, num_sources, num_articles)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1)
		ON CONFLICT (date, source_code, target_code, cameo, location, story) DO NOTHING`
	qEventID = `SELECT id FROM events
		WHERE date = ? AND source_code = ? AND target_code = ? AND cameo = ? AND location = ? AND story = ?`
	// qUncount undoes the first-mention counts of an event created for a
	// mention that turned out to be stored already.
	qUncount = "UPDATE events SET num_mentions = 0, num_sources = 0, num_articles = 0 WHERE id = ?"
	// qRep reads what ranks event ?'s representative (Rep): its
	// confidence, evidence and sentence, its article and the article's
	// publication, its verb's and source's spans (-1 without a source); qSetRep makes a mention's event (json ?1, article ?2,
	// its URL ?3) the representative of event ?4.
	qRep = `SELECT coalesce(json_extract(e.json, '$.confidence'), 0), coalesce(json_extract(e.json, '$.evidence.text'), ''),
		coalesce(json_extract(e.json, '$.sentence'), 0), e.article_id, coalesce(a.published, ''),
		coalesce(json_extract(e.json, '$.evidence.span[0]'), 0), coalesce(json_extract(e.json, '$.evidence.span[1]'), 0),
		coalesce(json_extract(e.json, '$.source.span[0]'), -1), coalesce(json_extract(e.json, '$.source.span[1]'), -1)
		FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.id = ?`
	qSetRep = "UPDATE events SET json = ?, article_id = ?, source_url = ? WHERE id = ?"
)

// The statements that regroup the events of an identity without its
// place (regroup, PlanRegroup). qPlaces lists, for an identity (?1–?5),
// its events in id order: id, place name and the place's country and
// kind; qTellingPlaces the places the mentions of events ?1 (a JSON
// array of ids: those of every identity to regroup, in one query) name,
// per event, with the earliest mention's rowid; qPlaceMention reads a mention and
// its article for an event made anew; qMovePlace moves the mentions of
// event ?2 placed at ?3 to event ?1; qRecount recounts event ?1 from its
// mentions (its confidence its surest mention's, its first_seen when its
// earliest article was stored) and qDeleteEvent drops an emptied event.
const (
	qPlaces = `SELECT id, location, coalesce(json_extract(json, '$.location.country'), ''),
		coalesce(json_extract(json, '$.location.kind'), '')
		FROM events WHERE date = ?1 AND source_code = ?2 AND target_code = ?3 AND cameo = ?4 AND story = ?5
		ORDER BY id`
	qTellingPlaces = `SELECT m.event_id, coalesce(json_extract(m.json, '$.location.name'), '') AS place,
		max(coalesce(json_extract(m.json, '$.location.country'), '')),
		max(coalesce(json_extract(m.json, '$.location.kind'), '')), min(m.rowid)
		FROM mentions m WHERE m.event_id IN (SELECT value FROM json_each(?1))
		GROUP BY m.event_id, place ORDER BY m.event_id, place`
	qPlaceMention = `SELECT m.json, m.article_id, a.url, a.source, a.input, a.added
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.rowid = ?`
	qMovePlace = `UPDATE mentions SET event_id = ?1
		WHERE event_id = ?2 AND coalesce(json_extract(json, '$.location.name'), '') = ?3`
	qRecount = `UPDATE events SET
		num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),
		num_sources  = (SELECT count(DISTINCT outlet) FROM mentions WHERE event_id = ?1),
		num_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?1),
		confidence   = coalesce((SELECT max(confidence) FROM mentions WHERE event_id = ?1), confidence),
		first_seen   = coalesce((SELECT min(a.added) FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = ?1), first_seen)
		WHERE id = ?1`
	qDeleteEvent = "DELETE FROM events WHERE id = ?"
)

var writeStmts = []string{qArticleText, qInsertFTSID, qInsertFTS, qInsertSentence, qInsertArticle, qInsertMention, qUpsertActor, qInsertEvent, qEventID, qUncount, qRep, qSetRep, addMention, qAddTellings,
	qPlaces, qTellingPlaces, qMovePlace, qRecount, qDeleteEvent}

// Item is one article with the events coded from it, for SaveBatch.
type Item struct {
	Article *dyad.Article
	Events  []dyad.Event
	// SimHash is ArticleHash(Article) when the caller computed it, in
	// parallel, before handing the item to the single writer; 0 has it
	// computed by SaveBatch.
	SimHash uint64
	// Shingles are the article's shingle hashes as ArticleSketch gives
	// them (8 bytes a word of the body), when the caller computed them
	// with SimHash; SaveBatch sorts them in place if the article has a
	// near-duplicate candidate, and shingles the text itself when nil.
	Shingles []uint64
}

// ArticleHash returns the SimHash of an article's body (its paragraphs
// joined by blank lines), the hash its near-duplicates are searched by.
func ArticleHash(a *dyad.Article) uint64 { return SimHash(articleText(a)) }

// ArticleSketch returns ArticleHash(a) and the hashes of its body's
// three-word shingles, in one pass, for Item.SimHash and Item.Shingles:
// a caller with cores to spare spares the single writer the shingling of
// each near-duplicate (on 16,944 articles of which 15,272 near-duplicates,
// 0.9 of the writer's 6.7 CPU-s).
func ArticleSketch(a *dyad.Article) (hash uint64, shingles []uint64) {
	return sketch(articleText(a), true)
}

// Result reports what SaveBatch did with one Item.
type Result struct {
	// Added is false when an article with the same id was already stored;
	// nothing else was written for it then.
	Added bool
	// DupGroup is the id of the article's near-duplicate group: its own id
	// unless it joined an earlier article's group (NearDuplicate).
	DupGroup      string
	NearDuplicate bool
	// NewEvents counts event rows created; Mentions counts mentions added
	// (a near-duplicate adds mentions to existing events).
	NewEvents int
	Mentions  int
}

// SaveArticle stores one article and its coded events in one transaction
// (see SaveBatch). It reports added == false, writing nothing, when the
// article id is already stored.
func (db *DB) SaveArticle(ctx context.Context, a *dyad.Article, evs []dyad.Event) (added bool, err error) {
	res, err := db.SaveBatch(ctx, []Item{{Article: a, Events: evs}})
	if err != nil {
		return false, err
	}
	return res[0].Added, nil
}

// SaveBatch stores articles with their events in a single transaction: all
// of them or, on error, none. For each article not yet stored (by id) it
// inserts the article, its full text into the FTS index, the sentences the
// events came from, one mention per event and one per further telling of
// it (its Also: Tellings), and upserts the aggregated event
// keyed on its identity (date, source code, target code, CAMEO, location
// name), adding the mention to the event's counts (see the package doc for
// what each count counts); then an unplaced event of the batch's
// identities joins the one placed event of its identity but the place
// (joinUnplaced). An article whose
// id is already stored is skipped (Result.Added false), so saving is
// idempotent. Articles without an id get dyad.ArticleID(URL, text). A
// save stopped by ctx (Ctrl-C) stores nothing and returns an error that
// wraps ctx.Err().
func (db *DB) SaveBatch(ctx context.Context, items []Item) (_ []Result, err error) {
	defer func() {
		// cancelled while a statement ran (they run without the
		// context, wtx.quiet): database/sql rolled the transaction back
		// under it, which the statement reports ("sql: statement is
		// closed", sql.ErrTxDone); the cause is the cancel
		if err != nil && ctx.Err() != nil && !errors.Is(err, ctx.Err()) {
			err = fmt.Errorf("%s: save stopped: %w", db.path, ctx.Err())
		}
	}()
	if err := db.loadHashes(ctx); err != nil {
		return nil, err
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", db.path, err)
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
			db.forgetShingles()
		}
	}()
	b := &batch{tx: tx, now: time.Now().UTC().Format(time.RFC3339), actors: map[string]*actorCount{},
		places: map[PlaceKey]bool{}, created: map[int64]int{}}
	results := make([]Result, len(items))
	ids := make([]string, len(items))
	texts := make([]string, len(items))
	for i, it := range items {
		if it.Article == nil {
			return nil, fmt.Errorf("save: item %d has no article", i)
		}
		b.item = i
		r, h, text, err := db.saveOne(ctx, b, it)
		if err != nil {
			return nil, fmt.Errorf("save article %s (%s): %w", it.Article.ID, it.Article.Input, err)
		}
		if r.Added {
			b.pending = append(b.pending, h)
			ids[i], texts[i] = h.id, text
		}
		results[i] = r
	}
	if err := b.joinUnplaced(ctx, results); err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	// The actors' counts, one upsert per code of the batch.
	codes := make([]string, 0, len(b.actors))
	for c := range b.actors {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		ac := b.actors[c]
		if _, err := tx.ExecContext(ctx, qUpsertActor, c, ac.name, ac.n); err != nil {
			return nil, fmt.Errorf("%s: actor %s: %w", db.path, c, err)
		}
	}
	// The full-text rows go in last: FTS5 keeps a batch's postings in
	// memory until the end of the transaction, but flushes them at every
	// statement savepoint that follows, and the upserts above take one
	// each. Indexing after them writes one segment per batch, not one per
	// article. Each full-text row's rowid is first taken in
	// articles_fts_ids, for all of them before the first full-text row.
	rowids := make([]int64, len(items))
	for i, it := range items {
		if !results[i].Added {
			continue
		}
		r, err := tx.ExecContext(ctx, qInsertFTSID, ids[i])
		if err == nil {
			rowids[i], err = r.LastInsertId()
		}
		if err != nil {
			return nil, fmt.Errorf("save article %s (%s): full-text index: %w", ids[i], it.Article.Input, err)
		}
	}
	for i, it := range items {
		if !results[i].Added {
			continue
		}
		if _, err := tx.ExecContext(ctx, qInsertFTS, rowids[i], it.Article.Title, texts[i]); err != nil {
			return nil, fmt.Errorf("save article %s (%s): full-text index: %w", ids[i], it.Article.Input, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", db.path, err)
	}
	committed = true
	db.mu.Lock()
	db.addHashes(b.pending...)
	db.mu.Unlock()
	return results, nil
}

// batch is the state of one SaveBatch transaction.
type batch struct {
	tx      *wtx
	now     string                 // RFC 3339 UTC: added, first_seen
	pending []hashEntry            // articles added so far, for near-duplicates
	actors  map[string]*actorCount // mentions per actor code, written at the end
	// places are the identities without their place of the events the
	// batch stored mentions of, in keys in order of first appearance
	// (joinUnplaced); created maps the event rows the batch created to
	// the item that counted each
	places  map[PlaceKey]bool
	keys    []PlaceKey
	created map[int64]int
	item    int // the item being stored
}

// PlaceKey is an aggregated event's identity without its place: date,
// source and target codes, CAMEO code and story (EventStory).
type PlaceKey struct{ Date, Source, Target, CAMEO, Story string }

// PlaceKeyOf is ev's PlaceKey in near-duplicate group group.
func PlaceKeyOf(ev *dyad.Event, group string) PlaceKey {
	sc, _ := codeOf(ev.Source)
	tc, _ := codeOf(ev.Target)
	return PlaceKey{ev.Date, sc, tc, ev.CAMEO, EventStory(ev, group)}
}

// stored notes a mention stored of event eid (created now or not) of
// identity k, for joinUnplaced: the identities to regroup are those the
// batch created an event of (a mention added to an event that exists
// names a place the identity's tellings name already, and leaves its
// events as they are).
func (b *batch) stored(k PlaceKey, eid int64, isNew bool) {
	if !isNew {
		return
	}
	if !b.places[k] {
		b.places[k] = true
		b.keys = append(b.keys, k)
	}
	b.created[eid] = b.item
}

// joinUnplaced regroups, for each identity the batch created an event
// of, its events as PlanRegroup says: an event placed at a country joins
// the one event placed inside that country, an unplaced event the one
// placed event left, of its date, source, target, CAMEO code and story,
// among the places of all the identity's tellings, whatever batch stored
// them: one telling that names no place and another that names one are
// one event, as are "in southern Lebanon" and "near Nabatieh" (at
// Nabatieh); with two placed events (Tokyo and Osaka) the unplaced one
// is told apart from both, and goes back to an event of its own if it
// had joined Tokyo before Osaka came. The Results' NewEvents count the
// events the batch added (CountNewEvents).
func (b *batch) joinUnplaced(ctx context.Context, results []Result) error {
	rows, plans, err := regroupKeys(ctx, b.tx, b.keys)
	if err != nil {
		return err
	}
	for n, p := range plans {
		p.CountNewEvents(rows[n], func(id int64) *Result {
			if i, ok := b.created[id]; ok {
				return &results[i]
			}
			return nil
		})
	}
	return nil
}

// regroupKeys regroups the events of the identities keys (regroup):
// it lists the events of each (placeRows), then, in one query, the
// places named by the tellings of those with more than one event, and
// returns each identity's events and the plan carried out. An identity with one
// event is left as it is: its tellings are all of that event's place or
// joined to it.
func regroupKeys(ctx context.Context, q querier, keys []PlaceKey) ([][]PlaceRow, []Regroup, error) {
	rows := make([][]PlaceRow, len(keys))
	plans := make([]Regroup, len(keys))
	of := map[int64]int{} // the identity (index) of each event to regroup
	var ids []int64
	for n, k := range keys {
		r, err := placeRows(ctx, q, k)
		if err != nil {
			return nil, nil, fmt.Errorf("places of event %v: %w", k, err)
		}
		rows[n] = r
		if len(r) < 2 {
			continue
		}
		for _, e := range r {
			of[e.ID] = n
			ids = append(ids, e.ID)
		}
	}
	if len(ids) == 0 {
		return rows, plans, nil
	}
	ij, err := json.Marshal(ids)
	if err != nil {
		return nil, nil, err
	}
	rs, err := q.QueryContext(ctx, qTellingPlaces, string(ij))
	if err != nil {
		return nil, nil, fmt.Errorf("tellings of %d events: %w", len(ids), err)
	}
	tellings := make([][]TellingPlace, len(keys))
	for rs.Next() {
		var t TellingPlace
		if err := rs.Scan(&t.Event, &t.Place.Name, &t.Place.Country, &t.Place.Kind, &t.First); err != nil {
			rs.Close()
			return nil, nil, err
		}
		tellings[of[t.Event]] = append(tellings[of[t.Event]], t)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, nil, err
	}
	for n, k := range keys {
		if len(rows[n]) < 2 {
			continue
		}
		if plans[n], err = regroup(ctx, q, k, rows[n], tellings[n]); err != nil {
			return nil, nil, err
		}
	}
	return rows, plans, nil
}

// placeRows lists the events of identity k (qPlaces) in q: a batch's
// transaction, or the migration's (regroupPlaces).
func placeRows(ctx context.Context, q querier, k PlaceKey) ([]PlaceRow, error) {
	rs, err := q.QueryContext(ctx, qPlaces, k.Date, k.Source, k.Target, k.CAMEO, k.Story)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var rows []PlaceRow
	for rs.Next() {
		var r PlaceRow
		if err := rs.Scan(&r.ID, &r.Name, &r.Country, &r.Kind); err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	return rows, rs.Err()
}

// querier is a transaction: SaveBatch's (wtx) or a migration's (sql.Tx).
type querier interface {
	execer
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// regroup makes the events of identity k, rows, what PlanRegroup says
// for the places of all its tellings, tellings, and returns the plan
// carried out.
func regroup(ctx context.Context, tx querier, k PlaceKey, rows []PlaceRow, tellings []TellingPlace) (Regroup, error) {
	p := PlanRegroup(rows, tellings)
	if p.Empty() {
		return p, nil
	}
	event := p.Events
	recount := slices.Clone(p.Recount)
	for _, c := range p.Create {
		id, err := eventFromMention(ctx, tx, k, c.Name, c.From)
		if err != nil {
			return Regroup{}, fmt.Errorf("event %v at %q: %w", k, c.Name, err)
		}
		event[c.Name] = id
		recount = append(recount, id)
	}
	for _, m := range p.Moves {
		if _, err := tx.ExecContext(ctx, qMovePlace, event[m.Into], m.From, m.Name); err != nil {
			return Regroup{}, fmt.Errorf("event %v: move tellings at %q from event %d: %w", k, m.Name, m.From, err)
		}
	}
	for _, id := range recount {
		if _, err := tx.ExecContext(ctx, qRecount, id); err != nil {
			return Regroup{}, fmt.Errorf("recount event %d: %w", id, err)
		}
	}
	for _, id := range p.Drop {
		if _, err := tx.ExecContext(ctx, qDeleteEvent, id); err != nil {
			return Regroup{}, fmt.Errorf("drop event %d: %w", id, err)
		}
	}
	return p, nil
}

// eventFromMention makes the event of identity k placed at place anew
// from the mention of rowid rowid, as its article made it when first
// stored (upsertEvent): its event's fields and JSON, its article's URL
// and the time it was stored; the caller recounts it.
func eventFromMention(ctx context.Context, tx querier, k PlaceKey, place string, rowid int64) (int64, error) {
	var ej, articleID, added string
	var a dyad.Article
	if err := tx.QueryRowContext(ctx, qPlaceMention, rowid).Scan(&ej, &articleID, &a.URL, &a.Source, &a.Input, &added); err != nil {
		return 0, fmt.Errorf("mention %d: %w", rowid, err)
	}
	var ev dyad.Event
	if err := json.Unmarshal([]byte(ej), &ev); err != nil {
		return 0, fmt.Errorf("mention %d: %w", rowid, err)
	}
	_, scc := codeOf(ev.Source)
	_, tcc := codeOf(ev.Target)
	r, err := tx.ExecContext(ctx, qInsertEvent,
		k.Date, k.Source, k.Target, k.CAMEO, place, k.Story, ev.CAMEORoot, ev.QuadClass, ev.Goldstein,
		ev.Plover.Event, ev.Plover.Mode, string(ev.Status), ev.Confidence, scc, tcc,
		added, SourceURL(&a), articleID, ej)
	if err != nil {
		return 0, err
	}
	if n, err := r.RowsAffected(); err != nil {
		return 0, err
	} else if n == 1 {
		return r.LastInsertId()
	}
	var id int64
	err = tx.QueryRowContext(ctx, qEventID, k.Date, k.Source, k.Target, k.CAMEO, place, k.Story).Scan(&id)
	return id, err
}

type actorCount struct {
	name string
	n    int
}

func (b *batch) countActor(a *dyad.Actor) {
	if a == nil || a.Code == "" {
		return
	}
	ac := b.actors[a.Code]
	if ac == nil {
		ac = &actorCount{}
		b.actors[a.Code] = ac
	}
	if ac.name == "" {
		ac.name = a.Name
	}
	ac.n++
}

func articleText(a *dyad.Article) string { return strings.Join(a.Body, "\n\n") }

// articleJSON is the article as articles.json stores it: without its body
// (null) when articles.text, the paragraphs joined by blank lines, splits
// back into exactly the paragraphs (none empty, none holding a blank
// line), which is every article read from text, HTML or a feed; Article
// restores the body from the text then. Otherwise the body is kept.
func articleJSON(a *dyad.Article) ([]byte, error) {
	if !splitsBack(a.Body) {
		return json.Marshal(a)
	}
	c := *a
	c.Body = nil
	return json.Marshal(&c)
}

// splitsBack reports whether strings.Split(articleText, "\n\n") gives
// body back.
func splitsBack(body []string) bool {
	if len(body) == 0 {
		return false
	}
	for _, p := range body {
		if p == "" || strings.Contains(p, "\n\n") || strings.HasPrefix(p, "\n") || strings.HasSuffix(p, "\n") {
			return false
		}
	}
	return true
}

// Outlet is what an article counts as in an event's NumSources, one name
// an outlet however its articles give it: the article's source, else its
// URL's registered domain without the public suffix ("uk.reuters.com" and
// "Reuters" are both "reuters", "www.theguardian.com" and "The Guardian"
// both "guardian"), as letters and digits lower-cased, a leading "the"
// dropped; else its near-duplicate group. Every store counts it so. (An
// outlet whose name and domain differ, "The New York Times" and
// nytimes.com, stays two.) A source that is a host name ("reuters.com",
// "www.reuters.com:443") is reduced as a URL's host is.
func Outlet(a *dyad.Article, group string) string {
	if host := dyad.HostName(a.Source); host != "" {
		if k := hostKey(host); k != "" {
			return k
		}
	} else if k := outletKey(a.Source); k != "" {
		return k
	}
	if u, err := url.Parse(a.URL); err == nil && u.Hostname() != "" {
		if k := hostKey(u.Hostname()); k != "" {
			return k
		}
	}
	return group
}

// hostKey reduces a host name to its outlet key: its registered domain
// without the public suffix ("uk.reuters.com" → "reuters"), as outletKey
// gives it.
func hostKey(host string) string {
	host = strings.ToLower(host)
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		host, _, _ = strings.Cut(d, ".")
	}
	return outletKey(host)
}

// outletKey is s's letters and digits lower-cased, without a leading
// "the" when at least four letters follow it: "The Guardian" and
// "theguardian" are "guardian".
func outletKey(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	k := string(b)
	if len(k) >= 7 && strings.HasPrefix(k, "the") {
		k = k[3:]
	}
	return k
}

// saveOne stores one article of a batch but its full-text row, returning
// also the article's text for that row.
func (db *DB) saveOne(ctx context.Context, b *batch, it Item) (Result, hashEntry, string, error) {
	tx := b.tx
	a := it.Article
	text := articleText(a)
	id := a.ID
	if id == "" {
		id = dyad.ArticleID(a.URL, text)
	}
	hash := it.SimHash
	if hash == 0 {
		hash = SimHash(text)
	}
	group, near := id, false
	var mine []uint64
	for _, c := range db.candidates(hash, b.pending) {
		if c.id == id {
			return Result{}, hashEntry{}, "", nil // stored already, in this batch
		}
		theirs, err := db.candidateShingles(ctx, tx, c.id)
		if err != nil {
			return Result{}, hashEntry{}, "", fmt.Errorf("near-duplicate candidate %s: %w", c.id, err)
		}
		if mine == nil {
			if it.Shingles != nil {
				slices.Sort(it.Shingles)
				mine = slices.Compact(it.Shingles)
			} else {
				mine = shingles(text)
			}
		}
		if containment(mine, theirs) >= db.MinContainment {
			group, near = c.group, true
			break
		}
	}
	aj, err := articleJSON(a)
	if err != nil {
		return Result{}, hashEntry{}, "", err
	}
	outlet := Outlet(a, group)
	r, err := tx.ExecContext(ctx, qInsertArticle,
		id, a.URL, a.Source, outlet, a.Title, a.Published, a.Input,
		int64(hash), group, text, string(aj), b.now)
	if err != nil {
		return Result{}, hashEntry{}, "", err
	}
	if n, err := r.RowsAffected(); err != nil {
		return Result{}, hashEntry{}, "", err
	} else if n == 0 {
		return Result{}, hashEntry{}, "", nil // stored already: nothing else is written
	}
	res := Result{Added: true, DupGroup: group, NearDuplicate: near}
	if near {
		if it.Events, err = groupDates(ctx, tx, group, a, it.Events); err != nil {
			return Result{}, hashEntry{}, "", fmt.Errorf("near-duplicate group %s: %w", group, err)
		}
	}
	var sentences dyad.SentenceSet // the sentences stored
	for k := range it.Events {
		ev := &it.Events[k]
		if sentences.Add(ev.Sentence) {
			if _, err := tx.ExecContext(ctx, qInsertSentence,
				id, ev.Sentence, ev.Evidence.Text); err != nil {
				return Result{}, hashEntry{}, "", err
			}
		}
		ej, err := StoredJSON(ev)
		if err != nil {
			return Result{}, hashEntry{}, "", err
		}
		eid, isNew, err := upsertEvent(ctx, tx, ev, ej, SourceURL(a), id, group, b.now)
		if err != nil {
			return Result{}, hashEntry{}, "", fmt.Errorf("event %d (sentence %d): %w", k, ev.Sentence, err)
		}
		mid := MentionID(ev, id, k)
		rowid, inserted, err := insertMention(ctx, tx, ev, ej, eid, id, mid, outlet, group)
		if err != nil {
			return Result{}, hashEntry{}, "", err
		}
		if !inserted {
			// the same mention twice in one article (its tellings too)
			if isNew {
				if _, err := tx.ExecContext(ctx, qUncount, eid); err != nil {
					return Result{}, hashEntry{}, "", err
				}
			}
			continue
		}
		if !isNew {
			// a new event was created with its first mention's counts
			if _, err := tx.ExecContext(ctx, addMention, eid, outlet, id, rowid); err != nil {
				return Result{}, hashEntry{}, "", err
			}
			if err := keepRep(ctx, tx, eid, RepOf(ev, a.Published, id), ej, id, SourceURL(a)); err != nil {
				return Result{}, hashEntry{}, "", fmt.Errorf("event %d (sentence %d): representative: %w", k, ev.Sentence, err)
			}
		}
		if isNew {
			res.NewEvents++
		}
		b.stored(PlaceKeyOf(ev, group), eid, isNew)
		res.Mentions++
		b.countActor(ev.Source)
		b.countActor(ev.Target)
		// The further tellings of the event in the article (Also), one
		// mention each, counted with one update of the event row (as
		// many as a page repeating the event has sentences; the row
		// holds the event's JSON, its Also with them: rewriting it for
		// each was quadratic). They are of this article and outlet,
		// whose first mention was just counted, and of its confidence:
		// only num_mentions changes.
		n := 0
		for te := range dyad.EachTelling(ev, mid) { // one at a time: a page may repeat a sentence a million times
			if sentences.Add(te.Sentence) {
				if _, err := tx.ExecContext(ctx, qInsertSentence, id, te.Sentence, te.Evidence.Text); err != nil {
					return Result{}, hashEntry{}, "", err
				}
			}
			tj, err := json.Marshal(&te)
			if err != nil {
				return Result{}, hashEntry{}, "", err
			}
			_, inserted, err := insertMention(ctx, tx, &te, tj, eid, id, te.ID, outlet, group)
			if err != nil {
				return Result{}, hashEntry{}, "", fmt.Errorf("event %d (sentence %d), telling in sentence %d: %w", k, ev.Sentence, te.Sentence, err)
			}
			if !inserted {
				continue
			}
			n++
			res.Mentions++
			b.countActor(ev.Source) // the event's codes, whatever the telling names
			b.countActor(ev.Target)
		}
		if n > 0 {
			if _, err := tx.ExecContext(ctx, qAddTellings, n, eid); err != nil {
				return Result{}, hashEntry{}, "", err
			}
		}
	}
	return res, hashEntry{hash: hash, id: id, group: group}, text, nil
}

// storeTelling stores te, a further telling of the event row eid in
// article id (outlet, group; Tellings), as a mention of it counted in the
// event's mentions. It reports false when the article already has that
// mention.
func storeTelling(ctx context.Context, tx execer, te *dyad.Event, eid int64, id, outlet, group string) (bool, error) {
	tj, err := json.Marshal(te)
	if err != nil {
		return false, err
	}
	rowid, inserted, err := insertMention(ctx, tx, te, tj, eid, id, te.ID, outlet, group)
	if err != nil || !inserted {
		return false, err
	}
	_, err = tx.ExecContext(ctx, addMention, eid, outlet, id, rowid)
	return err == nil, err
}

// insertMention inserts the mention mid of article id (outlet, group) for
// the event row eid: ev as coded, ej its JSON. It reports the new row's
// rowid, or inserted false when the article holds that mention id already.
func insertMention(ctx context.Context, tx execer, ev *dyad.Event, ej []byte, eid int64, id, mid, outlet, group string) (int64, bool, error) {
	src, tgt := spanOf(ev.Source), spanOf(ev.Target)
	r, err := tx.ExecContext(ctx, qInsertMention,
		eid, id, mid, outlet, group, ev.Sentence, ev.Evidence.Text, ev.Evidence.Span[0], ev.Evidence.Span[1],
		src[0], src[1], tgt[0], tgt[1], string(ev.Status), ev.Confidence, string(ej))
	if err != nil {
		return 0, false, err
	}
	if n, err := r.RowsAffected(); err != nil || n == 0 {
		return 0, false, err
	}
	rowid, err := r.LastInsertId()
	return rowid, err == nil, err
}

// execer is a transaction: SaveBatch's (wtx) or a migration's (sql.Tx).
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// MentionID is the mentions table's id of event k of article id: the
// event's ID, else "ARTICLE-SENTENCE-K" for an event coded without one.
func MentionID(ev *dyad.Event, id string, k int) string {
	if ev.ID != "" {
		return ev.ID
	}
	return fmt.Sprintf("%s-%d-%d", id, ev.Sentence, k)
}

// candidateShingles returns the shingle set of a stored (or pending)
// article, from the cache of recent candidates or from its text. A wire
// story run by many outlets is every copy's candidate: ingesting 16,944
// articles of which 15,272 near-duplicates, reading and shingling the
// candidate's text again for each copy took 1.09 of the writer's 7.41
// CPU-s; with the cache 0.10.
func (db *DB) candidateShingles(ctx context.Context, tx *wtx, id string) ([]uint64, error) {
	db.shMu.Lock()
	sh, ok := db.shCache[id]
	db.shMu.Unlock()
	if ok {
		return sh, nil
	}
	var text string
	if err := tx.QueryRowContext(ctx, qArticleText, id).Scan(&text); err != nil {
		return nil, err
	}
	sh = shingles(text)
	db.cacheShingles(id, sh)
	return sh, nil
}

// cacheShingles adds an article's shingle set to the cache, dropping the
// oldest set when it holds shCacheSize.
func (db *DB) cacheShingles(id string, sh []uint64) {
	db.shMu.Lock()
	defer db.shMu.Unlock()
	if db.shCache == nil {
		db.shCache = map[string][]uint64{}
	}
	if len(db.shRing) < shCacheSize {
		db.shRing = append(db.shRing, id)
	} else {
		delete(db.shCache, db.shRing[db.shNext])
		db.shRing[db.shNext] = id
		db.shNext = (db.shNext + 1) % shCacheSize
	}
	db.shCache[id] = sh
}

// shCacheSize bounds the cached shingle sets: about 8 bytes a word of the
// article, so ~8 MB for 2,048 articles of 4 KB. (512 sets missed when the
// copies of a story came over 1,000 articles apart.)
const shCacheSize = 2048

// forgetShingles empties the shingle cache: a rolled-back batch's
// articles were not stored.
func (db *DB) forgetShingles() {
	db.shMu.Lock()
	db.shCache, db.shRing, db.shNext = nil, nil, 0
	db.shMu.Unlock()
}

// addMention counts a just-inserted mention (rowid ?4, outlet ?2, article
// ?3) into its event ?1: one more mention, one more source when no earlier
// mention has its outlet, one more article when none is of its article
// (GDELT's NumArticles: source documents, a copy of a story counting
// too); the event's confidence becomes its surest mention's. Both
// look-ups are index searches, so a heavily reported event costs no more
// than a new one: the outlet's by mentions_event_outlet, the article's by
// the primary key's article_id (the unary + keeps SQLite from searching
// mentions_event_group by event_id instead, which scanned every mention of
// the event: a feed of 5,000 items telling one event made 7.9 million page
// reads, its ingest quadratic).
const addMention = `UPDATE events SET
	num_mentions = num_mentions + 1,
	num_sources  = num_sources + NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND outlet = ?2 AND rowid <> ?4),
	num_articles = num_articles + NOT EXISTS (SELECT 1 FROM mentions WHERE article_id = ?3 AND +event_id = ?1 AND rowid <> ?4),
	confidence   = max(confidence, (SELECT confidence FROM mentions WHERE rowid = ?4))
	WHERE id = ?1`

// qAddTellings counts ?1 just-inserted further tellings (dyad.Tellings)
// into their event ?2: mentions of an article, outlet and confidence the
// event's first mention in the article counted already (addMention).
const qAddTellings = `UPDATE events SET num_mentions = num_mentions + ?1 WHERE id = ?2`

func spanOf(a *dyad.Actor) [2]int {
	if a == nil {
		return [2]int{-1, -1}
	}
	return a.Span
}

func codeOf(a *dyad.Actor) (code, country string) {
	if a == nil {
		return "", ""
	}
	return a.Code, a.Country
}

// EventStory returns the story part of an aggregated event's identity
// (the events table's story column): what keeps apart events that share
// date, source, target, CAMEO code and place. An event of unknown date is
// scoped to its near-duplicate group (undated events of different stories
// are not known to be one event); an event whose status is not asserted
// is scoped to its status ("negated", "alleged", "future" …, after the
// group and a space when undated): a report that an act did not happen,
// or may, is never counted as a mention of the act. Asserted dated
// events have the empty story.
func EventStory(ev *dyad.Event, group string) string {
	story := ""
	if ev.Date == "" {
		story = group
	}
	if ev.Status != "" && ev.Status != dyad.Asserted {
		if story != "" {
			story += " "
		}
		story += string(ev.Status)
	}
	return story
}

// upsertEvent inserts the aggregated event for ev's identity, counting
// its first mention, or finds the existing one; it returns the event's id
// and whether it was created now. The first mention's event (ej, its JSON)
// is the representative until a mention ranking before it (keepRep). The identity's story is EventStory's.
func upsertEvent(ctx context.Context, tx *wtx, ev *dyad.Event, ej []byte, srcURL, articleID, group, now string) (int64, bool, error) {
	story := EventStory(ev, group)
	sc, scc := codeOf(ev.Source)
	tc, tcc := codeOf(ev.Target)
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.Name
	}
	r, err := tx.ExecContext(ctx, qInsertEvent,
		ev.Date, sc, tc, ev.CAMEO, loc, story, ev.CAMEORoot, ev.QuadClass, ev.Goldstein,
		ev.Plover.Event, ev.Plover.Mode, string(ev.Status), ev.Confidence, scc, tcc,
		now, srcURL, articleID, string(ej))
	if err != nil {
		return 0, false, err
	}
	if n, err := r.RowsAffected(); err != nil {
		return 0, false, err
	} else if n == 1 {
		id, err := r.LastInsertId()
		return id, true, err
	}
	var id int64
	err = tx.QueryRowContext(ctx, qEventID, ev.Date, sc, tc, ev.CAMEO, loc, story).Scan(&id)
	return id, false, err
}

// keepRep makes the event rep (its JSON ej, of article articleID at URL
// srcURL) the representative of the stored event eid when it ranks before
// the one it has (Rep.Before): an event's evidence is the same whatever
// order its articles came in.
func keepRep(ctx context.Context, tx *wtx, eid int64, rep Rep, ej []byte, articleID, srcURL string) error {
	var stored dyad.Event
	var src dyad.Actor
	var articleOld, published string
	if err := tx.QueryRowContext(ctx, qRep, eid).Scan(&stored.Confidence, &stored.Evidence.Text, &stored.Sentence, &articleOld, &published,
		&stored.Evidence.Span[0], &stored.Evidence.Span[1], &src.Span[0], &src.Span[1]); err != nil {
		return err
	}
	stored.Source = &src
	old := RepOf(&stored, published, articleOld)
	if !rep.Before(old) {
		return nil
	}
	_, err := tx.ExecContext(ctx, qSetRep, string(ej), articleID, srcURL, eid)
	return err
}

// loadHashes reads the stored articles' SimHashes once, for the
// near-duplicate search.
func (db *DB) loadHashes(ctx context.Context) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.loaded {
		return nil
	}
	rows, err := db.db.QueryContext(ctx, "SELECT simhash, id, dup_group FROM articles ORDER BY rowid")
	if err != nil {
		return fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var h int64
		var id, g string
		if err := rows.Scan(&h, &id, &g); err != nil {
			return err
		}
		db.addHashes(hashEntry{uint64(h), id, g})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	db.loaded = true
	return nil
}

// maxCandidates bounds the near-duplicate candidates whose text is compared.
const maxCandidates = 8

// candidates returns the stored (or pending) articles within MaxDistance
// of hash, nearest first (earliest first on a tie), at most maxCandidates.
func (db *DB) candidates(hash uint64, pending []hashEntry) []hashEntry {
	if hash == 0 || db.MaxDistance <= 0 {
		return nil
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	type cand struct {
		d int
		e hashEntry
	}
	// keep only the maxCandidates nearest, in order of distance then of
	// storage (a bounded insertion, not a sort of every hash in range)
	cs := make([]cand, 0, maxCandidates+1)
	consider := func(e hashEntry, d int) {
		if d > db.MaxDistance || len(cs) == maxCandidates && d >= cs[len(cs)-1].d {
			return
		}
		k := len(cs)
		for k > 0 && cs[k-1].d > d {
			k--
		}
		cs = append(cs, cand{})
		copy(cs[k+1:], cs[k:])
		cs[k] = cand{d, e}
		if len(cs) > maxCandidates {
			cs = cs[:maxCandidates]
		}
	}
	for i, h := range db.sims {
		if h != 0 && Hamming(hash, h) <= db.MaxDistance {
			consider(db.hashes[i], Hamming(hash, h))
		}
	}
	for _, e := range pending {
		if e.hash != 0 {
			consider(e, Hamming(hash, e.hash))
		}
	}
	out := make([]hashEntry, len(cs))
	for i, c := range cs {
		out[i] = c.e
	}
	return out
}

// addHashes adds stored articles to the near-duplicate search; db.mu is
// held.
func (db *DB) addHashes(es ...hashEntry) {
	db.hashes = append(db.hashes, es...)
	if db.stored == nil {
		db.stored = make(map[uint64]struct{}, len(es))
	}
	for _, e := range es {
		db.sims = append(db.sims, e.hash)
		db.stored[idKey(e.id)] = struct{}{}
	}
}

// idKey is the 64-bit FNV-1a hash of an article id: the key of DB.stored
// (8 bytes an article where the id string's copy would be 16 and more).
func idKey(id string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(id); i++ {
		h = (h ^ uint64(id[i])) * fnvPrime
	}
	return h
}

// SourceURL is what an event's SOURCEURL (GDELT) cites for the article
// that first reported it: its URL, else its source, else its input name —
// as dyad code --format gdelt cites it.
func SourceURL(a *dyad.Article) string {
	for _, s := range []string{a.URL, a.Source, a.Input} {
		if s != "" {
			return s
		}
	}
	return ""
}
