package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// The write statements, prepared once on the writing connection.
const (
	qHasArticle     = "SELECT 1 FROM articles WHERE id = ?"
	qArticleText    = "SELECT text FROM articles WHERE id = ?"
	qInsertFTS      = "INSERT INTO articles_fts (article_id, title, text) VALUES (?,?,?)"
	qInsertSentence = "INSERT OR IGNORE INTO sentences (article_id, idx, text) VALUES (?,?,?)"
	qInsertArticle  = `INSERT INTO articles
		(id, url, source, outlet, title, published, input, simhash, dup_group, text, json, added)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`
	qInsertMention = `INSERT OR IGNORE INTO mentions
			(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			 source_start, source_end, target_start, target_end, status, confidence, json)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	qUpsertActor = `INSERT INTO actors (code, name, count) VALUES (?,?,1)
				ON CONFLICT(code) DO UPDATE SET count = count + 1,
				name = CASE WHEN name = '' THEN excluded.name ELSE name END`
	qUpsertEvent = `INSERT INTO events
		(date, source_code, target_code, cameo, location, story, cameo_root, quad_class, goldstein,
		 plover, plover_mode, status, confidence, source_country, target_country,
		 first_seen, source_url, article_id, json)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT (date, source_code, target_code, cameo, location, story) DO UPDATE SET date = excluded.date
		RETURNING id, num_mentions`
)

var writeStmts = []string{qHasArticle, qArticleText, qInsertFTS, qInsertSentence, qInsertArticle, qInsertMention, qUpsertActor, qUpsertEvent, addMention}

// Item is one article with the events coded from it, for SaveBatch.
type Item struct {
	Article *dyad.Article
	Events  []dyad.Event
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
// events came from, one mention per event, and upserts the aggregated event
// keyed on its identity (date, source code, target code, CAMEO, location
// name), adding the mention to the event's counts (see the package doc for
// what each count counts). An article whose
// id is already stored is skipped (Result.Added false), so saving is
// idempotent. Articles without an id get dyad.ArticleID(URL, text).
func (db *DB) SaveBatch(ctx context.Context, items []Item) ([]Result, error) {
	if err := db.loadHashes(ctx); err != nil {
		return nil, err
	}
	tx, err := db.begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", db.path, err)
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	results := make([]Result, len(items))
	var pending []hashEntry
	for i, it := range items {
		if it.Article == nil {
			return nil, fmt.Errorf("save: item %d has no article", i)
		}
		r, h, err := db.saveOne(ctx, tx, it, now, pending)
		if err != nil {
			return nil, fmt.Errorf("save article %s (%s): %w", it.Article.ID, it.Article.Input, err)
		}
		if r.Added {
			pending = append(pending, h)
		}
		results[i] = r
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", db.path, err)
	}
	db.mu.Lock()
	db.hashes = append(db.hashes, pending...)
	db.mu.Unlock()
	return results, nil
}

func articleText(a *dyad.Article) string { return strings.Join(a.Body, "\n\n") }

func outletOf(a *dyad.Article, group string) string {
	if s := strings.ToLower(strings.TrimSpace(a.Source)); s != "" {
		return s
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return group
}

func (db *DB) saveOne(ctx context.Context, tx *wtx, it Item, now string, pending []hashEntry) (Result, hashEntry, error) {
	a := it.Article
	text := articleText(a)
	id := a.ID
	if id == "" {
		id = dyad.ArticleID(a.URL, text)
	}
	var exists int
	err := tx.QueryRowContext(ctx, qHasArticle, id).Scan(&exists)
	if err == nil {
		return Result{DupGroup: ""}, hashEntry{}, nil
	}
	if err != sql.ErrNoRows {
		return Result{}, hashEntry{}, err
	}
	hash := SimHash(text)
	group, near := id, false
	var mine map[uint64]bool
	for _, c := range db.candidates(hash, pending) {
		var other string
		if err := tx.QueryRowContext(ctx, qArticleText, c.id).Scan(&other); err != nil {
			return Result{}, hashEntry{}, fmt.Errorf("near-duplicate candidate %s: %w", c.id, err)
		}
		if mine == nil {
			mine = shingles(text)
		}
		if containment(mine, shingles(other)) >= db.MinContainment {
			group, near = c.group, true
			break
		}
	}
	aj, err := json.Marshal(a)
	if err != nil {
		return Result{}, hashEntry{}, err
	}
	outlet := outletOf(a, group)
	if _, err := tx.ExecContext(ctx, qInsertArticle,
		id, a.URL, a.Source, outlet, a.Title, a.Published, a.Input,
		int64(hash), group, text, string(aj), now); err != nil {
		return Result{}, hashEntry{}, err
	}
	if _, err := tx.ExecContext(ctx, qInsertFTS,
		id, a.Title, text); err != nil {
		return Result{}, hashEntry{}, err
	}
	res := Result{Added: true, DupGroup: group, NearDuplicate: near}
	for k := range it.Events {
		ev := &it.Events[k]
		if _, err := tx.ExecContext(ctx, qInsertSentence,
			id, ev.Sentence, ev.Evidence.Text); err != nil {
			return Result{}, hashEntry{}, err
		}
		eid, isNew, err := upsertEvent(ctx, tx, ev, a.URL, id, group, now)
		if err != nil {
			return Result{}, hashEntry{}, fmt.Errorf("event %d (sentence %d): %w", k, ev.Sentence, err)
		}
		mid := ev.ID
		if mid == "" {
			mid = fmt.Sprintf("%s-%d-%d", id, ev.Sentence, k)
		}
		ej, err := json.Marshal(ev)
		if err != nil {
			return Result{}, hashEntry{}, err
		}
		src, tgt := spanOf(ev.Source), spanOf(ev.Target)
		r, err := tx.ExecContext(ctx, qInsertMention,
			eid, id, mid, outlet, group, ev.Sentence, ev.Evidence.Text, ev.Evidence.Span[0], ev.Evidence.Span[1],
			src[0], src[1], tgt[0], tgt[1], string(ev.Status), ev.Confidence, string(ej))
		if err != nil {
			return Result{}, hashEntry{}, err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			continue // the same mention twice in one article
		}
		rowid, err := r.LastInsertId()
		if err != nil {
			return Result{}, hashEntry{}, err
		}
		if _, err := tx.ExecContext(ctx, addMention, eid, outlet, group, rowid); err != nil {
			return Result{}, hashEntry{}, err
		}
		if isNew {
			res.NewEvents++
		}
		res.Mentions++
		for _, act := range []*dyad.Actor{ev.Source, ev.Target} {
			if act == nil || act.Code == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, qUpsertActor, act.Code, act.Name); err != nil {
				return Result{}, hashEntry{}, err
			}
		}
	}
	return res, hashEntry{hash: hash, id: id, group: group}, nil
}

// addMention counts a just-inserted mention (rowid ?4, outlet ?2, group ?3)
// into its event ?1: one more mention, one more source when no earlier
// mention has its outlet, one more article when none has its group. Both
// look-ups are index searches (mentions_event_outlet, mentions_event_group),
// so a heavily reported event costs no more than a new one.
const addMention = `UPDATE events SET
	num_mentions = num_mentions + 1,
	num_sources  = num_sources + NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND outlet = ?2 AND rowid <> ?4),
	num_articles = num_articles + NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND dup_group = ?3 AND rowid <> ?4)
	WHERE id = ?1`

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

// upsertEvent inserts the aggregated event for ev's identity or finds the
// existing one, returning its id and whether it was created now. The first
// mention's event stays the representative. An event of unknown date is
// scoped to its story (duplicate group): undated events of different
// stories are not known to be one event.
func upsertEvent(ctx context.Context, tx *wtx, ev *dyad.Event, srcURL, articleID, group, now string) (int64, bool, error) {
	story := ""
	if ev.Date == "" {
		story = group
	}
	sc, scc := codeOf(ev.Source)
	tc, tcc := codeOf(ev.Target)
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.Name
	}
	ej, err := json.Marshal(ev)
	if err != nil {
		return 0, false, err
	}
	var id int64
	var n int
	err = tx.QueryRowContext(ctx, qUpsertEvent,
		ev.Date, sc, tc, ev.CAMEO, loc, story, ev.CAMEORoot, ev.QuadClass, ev.Goldstein,
		ev.Plover.Event, ev.Plover.Mode, string(ev.Status), ev.Confidence, scc, tcc,
		now, srcURL, articleID, string(ej)).Scan(&id, &n)
	if err != nil {
		return 0, false, err
	}
	return id, n == 0, nil
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
		db.hashes = append(db.hashes, hashEntry{uint64(h), id, g})
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
	for _, list := range [][]hashEntry{db.hashes, pending} {
		for _, e := range list {
			if e.hash == 0 {
				continue
			}
			d := Hamming(hash, e.hash)
			if d > db.MaxDistance || len(cs) == maxCandidates && d >= cs[len(cs)-1].d {
				continue
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
	}
	out := make([]hashEntry, len(cs))
	for i, c := range cs {
		out[i] = c.e
	}
	return out
}
