package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

const (
	qInsertArticle = `INSERT INTO articles
		(id, url, source, outlet, title, published, input, simhash, dup_group, text, json, added)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
		ON CONFLICT (id) DO NOTHING`
	qInsertSentence = `INSERT INTO sentences (article_id, idx, text) VALUES ($1,$2,$3)
		ON CONFLICT DO NOTHING`
	// qCandidates lists the stored articles (committed, or written earlier
	// in this transaction) within $2 bits of SimHash $1, nearest first,
	// earliest first on a tie: the sqlite package's candidates.
	qCandidates = `SELECT id, dup_group, text FROM articles
		WHERE simhash <> 0 AND id <> $4 AND bit_count(int8send(simhash # $1)) <= $2
		ORDER BY bit_count(int8send(simhash # $1)), seq LIMIT $3`
	// qUpsertEvent inserts an event with id $20 (taken by qEventIDs) or
	// finds the stored one with its identity.
	qUpsertEvent = `INSERT INTO events
		(date, source_code, target_code, cameo, location, story, cameo_root, quad_class, goldstein,
		 plover, plover_mode, status, confidence, source_country, target_country,
		 first_seen, source_url, article_id, json, id)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)
		ON CONFLICT (date, source_code, target_code, cameo, location, story) DO UPDATE SET date = excluded.date
		RETURNING id, num_mentions`
	// qAddMention inserts a mention of event $1 and counts it into the
	// event, as the sqlite package's addMention: one more mention, one more
	// source when no other mention of the event has its outlet ($4), one
	// more article when none has its group ($5). It runs after the event
	// row is locked by qUpsertEvent, as a statement of its own, so its
	// snapshot holds every mention committed by a writer that held the lock
	// before; the mention it inserts is not in that snapshot, so the NOT
	// EXISTS look only at the others. A mention stored already (same
	// article and id) inserts nothing, counts nothing and returns no row.
	qAddMention = `WITH m AS (
		INSERT INTO mentions
			(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			 source_start, source_end, target_start, target_end, status, confidence, json)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)
			ON CONFLICT (article_id, mention_id) DO NOTHING
			RETURNING seq)
		UPDATE events SET
		num_mentions = num_mentions + 1,
		num_sources  = num_sources + (NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = $1 AND outlet = $4))::int,
		num_articles = num_articles + (NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = $1 AND dup_group = $5))::int
		FROM m WHERE events.id = $1
		RETURNING m.seq`
	// qEventIDs takes $1 event ids from the events' sequence, ascending.
	qEventIDs    = `SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, $1) ORDER BY 1`
	qUpsertActor = `INSERT INTO actors (code, name, count) VALUES ($1,$2,$3)
		ON CONFLICT (code) DO UPDATE SET count = actors.count + excluded.count,
		name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`
)

// maxCandidates bounds the near-duplicate candidates whose text is
// compared, as in the sqlite package.
const maxCandidates = 8

// SaveArticle stores one article and its coded events in one transaction
// (see SaveBatch). It reports added == false, writing nothing, when the
// article id is already stored.
func (db *DB) SaveArticle(ctx context.Context, a *dyad.Article, evs []dyad.Event) (bool, error) {
	res, err := db.SaveBatch(ctx, []sqlite.Item{{Article: a, Events: evs}})
	if err != nil {
		return false, err
	}
	return res[0].Added, nil
}

// SaveBatch stores articles with their events in a single transaction, all
// or none, with the semantics of sqlite.DB.SaveBatch: an article whose id
// is stored already (by anyone, even a concurrent writer) is skipped with
// Result.Added false; for the others it stores the article, the sentences
// the events came from and one mention per event, upserting the aggregated
// events and their counts. Saving the same items twice, in sequence or at
// once from two processes, stores them once. Articles without an id get
// dyad.ArticleID(URL, text).
func (db *DB) SaveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	for i, it := range items {
		if it.Article == nil {
			return nil, fmt.Errorf("save: item %d has no article", i)
		}
	}
	var err error
	for attempt := 1; ; attempt++ {
		var res []sqlite.Result
		res, err = db.saveBatch(ctx, items)
		if err == nil {
			return res, nil
		}
		if !retryable(err) || attempt >= maxAttempts || ctx.Err() != nil {
			break
		}
		select {
		case <-time.After(backoff(attempt)):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return nil, fmt.Errorf("%s: %w", db.name, err)
}

// pendingEvent is one event of an added article, waiting for its upsert.
type pendingEvent struct {
	item, k       int // item index in the batch, event index in the article
	ev            *dyad.Event
	key           [6]string
	id, url       string
	outlet, group string
}

func identity(ev *dyad.Event, group string) [6]string {
	story := ""
	if ev.Date == "" {
		story = group
	}
	sc, _ := codeOf(ev.Source)
	tc, _ := codeOf(ev.Target)
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.Name
	}
	return [6]string{ev.Date, sc, tc, ev.CAMEO, loc, story}
}

func (db *DB) saveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(ctx)
	now := time.Now().UTC().Format(time.RFC3339)
	results := make([]sqlite.Result, len(items))
	var pend []pendingEvent
	// Articles first, in batch order: their ids are their own rows.
	for i, it := range items {
		a := it.Article
		text := strings.Join(a.Body, "\n\n")
		id := a.ID
		if id == "" {
			id = dyad.ArticleID(a.URL, text)
		}
		var one int
		switch err := tx.QueryRow(ctx, "SELECT 1 FROM articles WHERE id = $1", id).Scan(&one); {
		case err == nil:
			continue // stored already (a fast path: the insert below decides)
		case !errors.Is(err, pgx.ErrNoRows):
			return nil, fmt.Errorf("save article %s (%s): %w", id, a.Input, err)
		}
		hash := it.SimHash
		if hash == 0 {
			hash = sqlite.SimHash(text)
		}
		group, near, err := db.group(ctx, tx, id, text, hash)
		if err != nil {
			return nil, fmt.Errorf("save article %s (%s): near-duplicates: %w", id, a.Input, err)
		}
		aj, err := json.Marshal(a)
		if err != nil {
			return nil, err
		}
		outlet := sqlite.Outlet(a, group)
		tag, err := tx.Exec(ctx, qInsertArticle, id, a.URL, a.Source, outlet, a.Title, a.Published, a.Input,
			int64(hash), group, text, string(aj), now)
		if err != nil {
			return nil, fmt.Errorf("save article %s (%s): %w", id, a.Input, err)
		}
		if tag.RowsAffected() == 0 {
			continue // stored already
		}
		results[i] = sqlite.Result{Added: true, DupGroup: group, NearDuplicate: near}
		// The sentences in one round trip.
		var sb pgx.Batch
		for k := range it.Events {
			ev := &it.Events[k]
			sb.Queue(qInsertSentence, id, ev.Sentence, ev.Evidence.Text)
			pend = append(pend, pendingEvent{item: i, k: k, ev: ev, key: identity(ev, group),
				id: id, url: sqlite.SourceURL(a), outlet: outlet, group: group})
		}
		if sb.Len() > 0 {
			if err := tx.SendBatch(ctx, &sb).Close(); err != nil {
				return nil, fmt.Errorf("save article %s (%s): sentences: %w", id, a.Input, err)
			}
		}
	}
	// New events take ids in batch order, as in the sqlite package: the
	// batch's k-th identity gets the k-th of ids taken from the sequence
	// now (an identity stored already leaves its id unused).
	ids := map[[6]string]int64{}
	var keys [][6]string
	for _, p := range pend {
		if _, ok := ids[p.key]; !ok {
			ids[p.key] = 0
			keys = append(keys, p.key)
		}
	}
	if len(keys) > 0 {
		rows, err := tx.Query(ctx, qEventIDs, len(keys))
		if err != nil {
			return nil, fmt.Errorf("event ids: %w", err)
		}
		k := 0
		for rows.Next() && k < len(keys) {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("event ids: %w", err)
			}
			ids[keys[k]] = id
			k++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("event ids: %w", err)
		}
	}
	// Events upserted in identity order, so that concurrent writers lock
	// event rows in one order; the sort is stable, so for one identity
	// the batch's first mention still comes first and stays the
	// representative.
	order := make([]int, len(pend))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		for j := range pend[a].key {
			if c := cmp.Compare(pend[a].key[j], pend[b].key[j]); c != 0 {
				return c
			}
		}
		return 0
	})
	eids := make([]int64, len(pend))
	isNew := make([]bool, len(pend))
	seen := map[int64]bool{}
	for _, i := range order {
		p := &pend[i]
		eid, n, err := upsertEvent(ctx, tx, p.ev, p.key, p.url, p.id, now, ids[p.key])
		if err != nil {
			return nil, fmt.Errorf("save article %s: event %d (sentence %d): %w", p.id, p.k, p.ev.Sentence, err)
		}
		eids[i], isNew[i] = eid, n == 0 && !seen[eid]
		seen[eid] = true
	}
	// Mentions in batch order (their seq is storage order, as SQLite's
	// rowid), each after its event's row is locked above.
	actorCount := map[string]int{}
	actorName := map[string]string{}
	for i := range pend {
		p := &pend[i]
		ev := p.ev
		eid := eids[i]
		mid := ev.ID
		if mid == "" {
			mid = fmt.Sprintf("%s-%d-%d", p.id, ev.Sentence, p.k)
		}
		ej, err := json.Marshal(ev)
		if err != nil {
			return nil, err
		}
		src, tgt := spanOf(ev.Source), spanOf(ev.Target)
		var seq int64
		err = tx.QueryRow(ctx, qAddMention,
			eid, p.id, mid, p.outlet, p.group, ev.Sentence, ev.Evidence.Text, ev.Evidence.Span[0], ev.Evidence.Span[1],
			src[0], src[1], tgt[0], tgt[1], string(ev.Status), ev.Confidence, string(ej)).Scan(&seq)
		if errors.Is(err, pgx.ErrNoRows) {
			continue // the same mention twice in one article
		}
		if err != nil {
			return nil, fmt.Errorf("save article %s: mention %s: %w", p.id, mid, err)
		}
		r := &results[p.item]
		if isNew[i] {
			r.NewEvents++
		}
		r.Mentions++
		for _, act := range []*dyad.Actor{ev.Source, ev.Target} {
			if act == nil || act.Code == "" {
				continue
			}
			actorCount[act.Code]++
			if _, ok := actorName[act.Code]; !ok {
				actorName[act.Code] = act.Name
			}
		}
	}
	// Actors last, in code order: they are the hottest rows.
	codes := make([]string, 0, len(actorCount))
	for c := range actorCount {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var ab pgx.Batch
	for _, c := range codes {
		ab.Queue(qUpsertActor, c, actorName[c], actorCount[c])
	}
	if ab.Len() > 0 {
		if err := tx.SendBatch(ctx, &ab).Close(); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return results, nil
}

// group finds the near-duplicate group of an article about to be stored:
// the group of the nearest stored article within MaxDistance bits whose
// shingles contain at least MinContainment of this text's (or of the
// shorter text's, as sqlite.Containment measures), else the article's own
// id.
func (db *DB) group(ctx context.Context, tx pgx.Tx, id, text string, hash uint64) (string, bool, error) {
	if hash == 0 || db.MaxDistance <= 0 {
		return id, false, nil
	}
	rows, err := tx.Query(ctx, qCandidates, int64(hash), db.MaxDistance, maxCandidates, id)
	if err != nil {
		return "", false, err
	}
	type cand struct{ id, group, text string }
	var cs []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.group, &c.text); err != nil {
			rows.Close()
			return "", false, err
		}
		cs = append(cs, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", false, err
	}
	for _, c := range cs {
		if sqlite.Containment(text, c.text) >= db.MinContainment {
			return c.group, true, nil
		}
	}
	return id, false, nil
}

// upsertEvent stores the event of identity key with id newID unless that
// identity is stored already; it returns the stored event's id and its
// number of mentions before this batch's (0 for a new event).
func upsertEvent(ctx context.Context, tx pgx.Tx, ev *dyad.Event, key [6]string, srcURL, articleID, now string, newID int64) (int64, int, error) {
	_, scc := codeOf(ev.Source)
	_, tcc := codeOf(ev.Target)
	ej, err := json.Marshal(ev)
	if err != nil {
		return 0, 0, err
	}
	var id int64
	var n int
	err = tx.QueryRow(ctx, qUpsertEvent,
		key[0], key[1], key[2], key[3], key[4], key[5], ev.CAMEORoot, ev.QuadClass, ev.Goldstein,
		ev.Plover.Event, ev.Plover.Mode, string(ev.Status), ev.Confidence, scc, tcc,
		now, srcURL, articleID, string(ej), newID).Scan(&id, &n)
	if err != nil {
		return 0, 0, err
	}
	return id, n, nil
}

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
