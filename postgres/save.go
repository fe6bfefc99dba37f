package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// A batch is written in five round trips whatever its size (begin and
// look-up; articles; sentences and events; mentions, actors and the
// events to regroup; their regroup and commit), two more when a regroup
// makes events anew (the mentions they are made from, the events),
// each statement taking the whole batch as arrays (unnest), so
// that PostgreSQL parses, plans and starts one statement per table and
// batch rather than one per row.
const (
	// qStored lists which of the ids $1 are stored (committed).
	qStored = `SELECT id FROM articles WHERE id = ANY($1::text[])`
	// qInsertArticles inserts the articles in array order (their seq is
	// storage order) and returns the ids it inserted: an id stored
	// meanwhile by another writer is skipped.
	qInsertArticles = `INSERT INTO articles
		(id, url, source, outlet, title, published, input, simhash, dup_group, text, json, added)
		SELECT id, url, source, outlet, title, published, input, simhash, dup_group, text, json, $12
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
			$8::int8[], $9::text[], $10::text[], $11::text[]) WITH ORDINALITY
			AS a(id, url, source, outlet, title, published, input, simhash, dup_group, text, json, ord)
		ORDER BY ord
		ON CONFLICT (id) DO NOTHING
		RETURNING id`
	qInsertSentences = `INSERT INTO sentences (article_id, idx, text)
		SELECT * FROM unnest($1::text[], $2::int4[], $3::text[])
		ON CONFLICT DO NOTHING`
	// qUpsertEvents inserts the batch's event identities (given in order
	// of first appearance, each once) with ids taken from the events'
	// sequence in that order, as the sqlite package numbers them, and with
	// the counts of the batch's mentions ($20–$22: mentions, outlets,
	// groups), or finds and locks the stored ones, whose counts
	// qAddMentions updates. Rows are upserted in identity order
	// (byte-wise, as every writer does), so concurrent writers lock event
	// rows in one order. It returns each identity's id and whether it was
	// inserted now.
	qUpsertEvents = `WITH k AS MATERIALIZED (
		SELECT u.*, nextval(pg_get_serial_sequence('events', 'id')) AS nid
		FROM unnest(` + insertArrays + `,
			$20::int4[], $21::int4[], $22::int4[]) WITH ORDINALITY
			AS u(` + insertColumns + `, n, ns, na, ord)),
	e AS (
		INSERT INTO events (` + insertColumns + `, first_seen, id, num_mentions, num_sources, num_articles)
		SELECT ` + insertColumns + `, $19, nid, n, ns, na
		FROM k
		ORDER BY date COLLATE "C", source_code COLLATE "C", target_code COLLATE "C", cameo COLLATE "C",
			location COLLATE "C", story COLLATE "C"
		ON CONFLICT (date, source_code, target_code, cameo, location, story) DO UPDATE SET date = excluded.date
		RETURNING date, source_code, target_code, cameo, location, story, id)
	SELECT e.date, e.source_code, e.target_code, e.cameo, e.location, e.story, e.id, e.id = k.nid
	FROM e JOIN k ON (e.date, e.source_code, e.target_code, e.cameo, e.location, e.story) =
		(k.date, k.source_code, k.target_code, k.cameo, k.location, k.story)`
	// qAddMentions inserts the batch's mentions in array order (their seq
	// is storage order, as SQLite's rowid) and counts them into the events
	// $17 stored before the batch (new events were inserted counted), as
	// the sqlite package's addMention does one by one: per event, as many
	// more mentions as were inserted, one more source per outlet no
	// earlier mention of the event has, one more article per article none
	// is of. The event rows are locked by qUpsertEvents, an
	// earlier statement of the transaction, so this statement's snapshot
	// holds every mention committed by a writer that held a lock before;
	// the rows inserted by the statement itself are not in it, so the NOT
	// EXISTS look only at the earlier mentions. A mention stored already
	// (same article and id) inserts and counts nothing.
	qAddMentions = `WITH x AS (
		SELECT * FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int4[], $7::text[],
			$8::int4[], $9::int4[], $10::int4[], $11::int4[], $12::int4[], $13::int4[], $14::text[],
			$15::float8[], $16::text[]) WITH ORDINALITY
			AS x(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			source_start, source_end, target_start, target_end, status, confidence, json, ord)),
	m AS (
		INSERT INTO mentions
			(event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			 source_start, source_end, target_start, target_end, status, confidence, json)
		SELECT event_id, article_id, mention_id, outlet, dup_group, sentence, evidence, verb_start, verb_end,
			source_start, source_end, target_start, target_end, status, confidence, json
		FROM x ORDER BY ord
		ON CONFLICT (article_id, mention_id) DO NOTHING
		RETURNING event_id, outlet, article_id, confidence),
	c AS (
		SELECT event_id, count(*) AS n, max(confidence) AS mc,
			count(DISTINCT outlet) FILTER (WHERE NOT EXISTS
				(SELECT 1 FROM mentions o WHERE o.event_id = m.event_id AND o.outlet = m.outlet)) AS ns,
			count(DISTINCT article_id) FILTER (WHERE NOT EXISTS
				(SELECT 1 FROM mentions o WHERE o.event_id = m.event_id AND o.article_id = m.article_id)) AS na
		FROM m WHERE event_id = ANY($17::int8[]) GROUP BY event_id)
	UPDATE events e SET num_mentions = e.num_mentions + c.n, num_sources = e.num_sources + c.ns,
		num_articles = e.num_articles + c.na, confidence = greatest(e.confidence, c.mc)
	FROM c WHERE e.id = c.event_id`
	// qReps reads what ranks the representatives of events $1
	// (sqlite.Rep): the id, the confidence, evidence and sentence of its
	// event, its article and the article's publication, its verb's and
	// source's spans (-1 without a source); qSetReps makes
	// events $2 (JSON) of articles $3 at URLs $4 the representatives of
	// events $1.
	qReps = `SELECT e.id, coalesce((e.json::jsonb->>'confidence')::float8, 0),
		coalesce(e.json::jsonb#>>'{evidence,text}', ''), coalesce((e.json::jsonb->>'sentence')::int4, 0),
		e.article_id, coalesce(a.published, ''),
		coalesce((e.json::jsonb#>>'{evidence,span,0}')::int4, 0), coalesce((e.json::jsonb#>>'{evidence,span,1}')::int4, 0),
		coalesce((e.json::jsonb#>>'{source,span,0}')::int4, -1), coalesce((e.json::jsonb#>>'{source,span,1}')::int4, -1)
		FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE e.id = ANY($1::int8[])`
	qSetReps = `UPDATE events e SET json = u.json, article_id = u.article_id, source_url = u.url
		FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[]) AS u(id, json, article_id, url)
		WHERE e.id = u.id`
	// qUpsertActors adds mention counts to actors, given in code order:
	// they are the hottest rows, locked last.
	qUpsertActors = `INSERT INTO actors (code, name, count)
		SELECT code, name, n FROM unnest($1::text[], $2::text[], $3::int4[]) WITH ORDINALITY AS a(code, name, n, ord)
		ORDER BY ord
		ON CONFLICT (code) DO UPDATE SET count = actors.count + excluded.count,
		name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`
)

// The statements that regroup the events of an identity but the place
// from the places of all its tellings, as the sqlite package does
// (sqlite.PlanRegroup), after a batch's mentions are in. qRegroupPlaces
// takes the batch's identities without their place ($1–$5) that it
// created an event of, and returns the events of each that has more than
// one: the identity's index, the event's id, place name and the place's
// country and kind, locking the rows in id order: from then on no other
// writer adds mentions to them. qTellingPlaces returns the places their
// mentions name, per event, with the earliest mention's seq.
// qPlaceMentions reads the mentions (seq $1) an event is made anew from,
// with their articles, and qInsertPlaced makes those events (or finds
// them). qMovePlaces moves the mentions of events $1 placed at $2 to
// events $3; qRecount recounts events $1 from their mentions (the surest
// mention's confidence, the earliest article's time of storage) and
// qDropEvents drops events $1.
const (
	qRegroupKeys = `k AS (
		SELECT min(i) AS i, date, source_code, target_code, cameo, story
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
			AS k(date, source_code, target_code, cameo, story, i)
		GROUP BY date, source_code, target_code, cameo, story),
	p AS (
		SELECT k.i, e.id, e.location,
			coalesce(e.json::jsonb #>> '{location,country}', '') AS country,
			coalesce(e.json::jsonb #>> '{location,kind}', '') AS kind
		FROM k JOIN events e ON (e.date, e.source_code, e.target_code, e.cameo, e.story) =
			(k.date, k.source_code, k.target_code, k.cameo, k.story)),
	j AS (SELECT i FROM p GROUP BY i HAVING count(*) > 1)`
	qRegroupPlaces = `WITH ` + qRegroupKeys + `
	SELECT p.i, p.id, p.location, p.country, p.kind FROM p JOIN j USING (i)
		JOIN events e ON e.id = p.id ORDER BY e.id FOR UPDATE OF e`
	qTellingPlaces = `WITH ` + qRegroupKeys + `,
	t AS (
		SELECT p.i, m.event_id, coalesce(m.json::jsonb #>> '{location,name}', '') AS place,
			coalesce(m.json::jsonb #>> '{location,country}', '') AS country,
			coalesce(m.json::jsonb #>> '{location,kind}', '') AS kind, m.seq
		FROM p JOIN j USING (i) JOIN mentions m ON m.event_id = p.id)
	SELECT i, event_id, place, max(country), max(kind), min(seq) FROM t
		GROUP BY i, event_id, place ORDER BY i, event_id, place`
	qPlaceMentions = `SELECT m.seq, m.json, m.article_id, a.url, a.source, a.input, a.added
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.seq = ANY($1::int8[])`
	qInsertPlaced = `INSERT INTO events (` + insertColumns + `, first_seen)
		SELECT * FROM unnest(` + insertArrays + `, $19::text[])
		ON CONFLICT (date, source_code, target_code, cameo, location, story) DO UPDATE SET date = excluded.date
		RETURNING date, source_code, target_code, cameo, location, story, id`
	qMovePlaces = `UPDATE mentions m SET event_id = j.into_id
		FROM unnest($1::int8[], $2::text[], $3::int8[]) AS j(from_id, place, into_id)
		WHERE m.event_id = j.from_id AND coalesce(m.json::jsonb #>> '{location,name}', '') = j.place`
	qRecount = `UPDATE events e SET
		num_mentions = (SELECT count(*) FROM mentions m WHERE m.event_id = e.id),
		num_sources  = (SELECT count(DISTINCT outlet) FROM mentions m WHERE m.event_id = e.id),
		num_articles = (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id),
		confidence   = coalesce((SELECT max(confidence) FROM mentions m WHERE m.event_id = e.id), e.confidence),
		first_seen   = coalesce((SELECT min(a.added) FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = e.id), e.first_seen)
		WHERE e.id = ANY($1::int8[])`
	qDropEvents = `DELETE FROM events WHERE id = ANY($1::int8[])`
)

// The columns of the events a batch inserts (qUpsertEvents, qInsertPlaced),
// all but first_seen, which each statement gives its own way: insertArrays
// unnests $1–$18 as insertColumns names them, as eventCols.args gives them.
const (
	insertColumns = `date, source_code, target_code, cameo, location, story, cameo_root, quad_class, goldstein,
		plover, plover_mode, status, confidence, source_country, target_country, source_url, article_id, json`
	insertArrays = `$1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
		$7::text[], $8::int4[], $9::float8[], $10::text[], $11::text[], $12::text[], $13::float8[],
		$14::text[], $15::text[], $16::text[], $17::text[], $18::text[]`
)

// eventCols holds events to insert, a column each, for insertArrays.
type eventCols struct {
	key                                                [6][]string // date, codes, CAMEO, location, story
	root, plover, mode, status, scc, tcc, url, article []string
	json                                               []string
	quad                                               []int32
	gold, conf                                         []float64
}

// add adds the event of identity key told by ev (its JSON ej), with
// confidence conf, of the article of id article and source URL url.
func (c *eventCols) add(key [6]string, ev *dyad.Event, conf float64, url, article, ej string) {
	for j, v := range key {
		c.key[j] = append(c.key[j], v)
	}
	_, scc := codeOf(ev.Source)
	_, tcc := codeOf(ev.Target)
	c.root, c.plover, c.mode = append(c.root, ev.CAMEORoot), append(c.plover, ev.Plover.Event), append(c.mode, ev.Plover.Mode)
	c.status, c.scc, c.tcc = append(c.status, string(ev.Status)), append(c.scc, scc), append(c.tcc, tcc)
	c.url, c.article, c.json = append(c.url, url), append(c.article, article), append(c.json, ej)
	c.quad, c.gold, c.conf = append(c.quad, int32(ev.QuadClass)), append(c.gold, ev.Goldstein), append(c.conf, conf)
}

// args returns the columns, $1–$18, followed by more.
func (c *eventCols) args(more ...any) []any {
	return append([]any{c.key[0], c.key[1], c.key[2], c.key[3], c.key[4], c.key[5], c.root, c.quad, c.gold,
		c.plover, c.mode, c.status, c.conf, c.scc, c.tcc, c.url, c.article, c.json}, more...)
}

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
// the events came from and one mention per event and per further telling
// of it (its Also: sqlite.Tellings), upserting the aggregated
// events and their counts. Saving the same items twice, in sequence or at
// once from two processes, stores them once. Articles without an id get
// dyad.ArticleID(URL, text). An unplaced event joins the one placed event
// of its identity but the place, and one placed at a country the one
// placed inside that country, among the places of all the identity's
// tellings, as in the sqlite package (PlanRegroup). The batch takes five
// round trips to the server whatever its size (seven when a regroup makes
// events anew).
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

// HasArticles reports, for each id, whether an article with it is stored:
// one query for the lot (queue workers ask it for a fetched batch).
func (db *DB) HasArticles(ctx context.Context, ids []string) ([]bool, error) {
	rows, err := db.pool.Query(ctx, qStored, ids)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	stored, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.name, err)
	}
	have := make(map[string]bool, len(stored))
	for _, id := range stored {
		have[id] = true
	}
	out := make([]bool, len(ids))
	for i, id := range ids {
		out[i] = have[id]
	}
	return out, nil
}

// article is one item of a batch on its way into the store.
type article struct {
	a           *dyad.Article
	evs         []dyad.Event
	id, text    string
	hash        uint64
	group       string
	near        bool
	outlet, url string
	json        string
	cands       []candidate // stored near-duplicate candidates, nearest first
	// sketch is the item's Shingles (sqlite.ArticleSketch), if given;
	// set is the text's shingle set, made once by shingleSet.
	sketch, set []uint64
}

// shingleSet returns the article's shingle set (sqlite.ShingleSet of its
// text), made on first use: from the shingles its item carried, sorted in
// place as sqlite.Item allows, or from its text.
func (ar *article) shingleSet() []uint64 {
	if ar.set == nil {
		if ar.sketch != nil {
			slices.Sort(ar.sketch)
			ar.set = slices.Compact(ar.sketch)
		} else {
			ar.set = sqlite.ShingleSet(ar.text)
		}
	}
	return ar.set
}

type candidate struct {
	id, group, text string
	d               int
	art             *article // an earlier article of the batch; nil for a stored one
}

// pendingEvent is one event of an added article, waiting for its upsert.
type pendingEvent struct {
	art *article
	res *sqlite.Result
	k   int // event index in the article
	ev  *dyad.Event
	key [6]string
	mid string
	ej  string // the event's JSON
	dup bool   // the mention id met earlier in the article: stored once
	// tellings is the number of further tellings of the event in the
	// article (dyad.NumTellings), one mention each, of the same identity:
	// built one at a time when stored (dyad.EachTelling), never all held
	// (a page repeating one sentence a million times)
	tellings int
	// rec is the event as coded, whose source and target each mention
	// (its tellings' too) counts in the actors table
	rec *dyad.Event
	rep sqlite.Rep // how it ranks as its identity's representative
}

// mentionChunk is the number of mentions sent in one statement: an
// article's event told many times is stored in chunks of this many
// mentions, never built all at once.
const mentionChunk = 4096

func identity(ev *dyad.Event, group string) [6]string {
	story := sqlite.EventStory(ev, group)
	sc, _ := codeOf(ev.Source)
	tc, _ := codeOf(ev.Target)
	loc := ""
	if ev.Location != nil {
		loc = ev.Location.Name
	}
	return [6]string{ev.Date, sc, tc, ev.CAMEO, loc, story}
}

func (db *DB) saveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error) {
	arts := make([]*article, len(items))
	ids := make([]string, len(items))
	for i, it := range items {
		a := it.Article
		ar := &article{a: a, evs: it.Events, text: strings.Join(a.Body, "\n\n"), id: a.ID, hash: it.SimHash, sketch: it.Shingles}
		if ar.id == "" {
			ar.id = dyad.ArticleID(a.URL, ar.text)
		}
		if ar.hash == 0 {
			ar.hash = sqlite.SimHash(ar.text)
		}
		arts[i], ids[i] = ar, ar.id
	}
	// The transaction is begun and committed inside the first and last
	// round trips (BEGIN and COMMIT queued with the statements), so the
	// rows it locks are released as soon as the server reaches COMMIT.
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer conn.Release() // the pool drops a connection left in a transaction
	tx := conn.Conn()
	committed := false
	defer func() {
		if !committed {
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			tx.Exec(rctx, "ROLLBACK")
			cancel()
		}
	}()
	commit := func() error {
		if _, err := tx.Exec(ctx, "COMMIT"); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		committed = true
		return nil
	}
	now := time.Now().UTC().Format(time.RFC3339)
	results := make([]sqlite.Result, len(items))

	// Round trip 1: which ids are stored, and the stored near-duplicate
	// candidates of each article.
	var b1 pgx.Batch
	b1.Queue("BEGIN")
	stored := map[string]bool{}
	b1.Queue(qStored, ids).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			stored[id] = true
		}
		return rows.Err()
	})
	if db.MaxDistance > 0 {
		db.sims.query(&b1)
	}
	if err := tx.SendBatch(ctx, &b1).Close(); err != nil {
		return nil, fmt.Errorf("look-up: %w", err)
	}
	// The stored near-duplicate candidates, found in memory; their texts
	// in one more round trip when there are any.
	if db.MaxDistance > 0 {
		var want []int64
		nears := make([][]near, len(arts))
		for i, ar := range arts {
			if ar.hash == 0 || stored[ar.id] {
				continue
			}
			nears[i] = db.sims.nearest(ar.hash, db.MaxDistance, maxCandidates)
			for _, n := range nears[i] {
				want = append(want, n.seq)
			}
		}
		if len(want) > 0 {
			texts, err := candidateTexts(ctx, tx, want)
			if err != nil {
				return nil, fmt.Errorf("near-duplicate candidates: %w", err)
			}
			for i, ns := range nears {
				for _, n := range ns {
					c, ok := texts[n.seq]
					if !ok {
						return nil, fmt.Errorf("near-duplicate candidate %d: not found", n.seq)
					}
					c.d = n.d
					arts[i].cands = append(arts[i].cands, c)
				}
			}
		}
	}

	// Groups, in batch order: an article joins the group of its nearest
	// candidate, stored or earlier in this batch, that contains it.
	var added []*article
	for _, ar := range arts {
		if stored[ar.id] {
			continue
		}
		dup := false
		ar.group, ar.near, dup = db.group(ar, added)
		if dup {
			continue // the same id earlier in the batch
		}
		aj, err := json.Marshal(ar.a)
		if err != nil {
			return nil, err
		}
		ar.json = string(aj)
		ar.outlet = sqlite.Outlet(ar.a, ar.group)
		ar.url = sqlite.SourceURL(ar.a)
		added = append(added, ar)
	}
	if len(added) == 0 {
		return results, nil // nothing written: the deferred ROLLBACK ends it
	}

	// Round trip 2: the articles. One stored meanwhile by another writer
	// is not returned, and skipped from here on.
	var ac [11][]string
	var ah []int64
	for _, ar := range added {
		a := ar.a
		for j, v := range [11]string{ar.id, a.URL, a.Source, ar.outlet, a.Title, a.Published, a.Input,
			"", ar.group, ar.text, ar.json} {
			ac[j] = append(ac[j], v)
		}
		ah = append(ah, int64(ar.hash))
	}
	// The near-duplicates' groups' publication dates come in the same
	// round trip.
	var b2 pgx.Batch
	var inserted []string
	b2.Queue(qInsertArticles, ac[0], ac[1], ac[2], ac[3], ac[4], ac[5], ac[6],
		ah, ac[8], ac[9], ac[10], now).Query(func(rows pgx.Rows) error {
		var err error
		inserted, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	groupPub := queueGroupPublished(&b2, added)
	if err := tx.SendBatch(ctx, &b2).Close(); err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	ins := map[string]bool{}
	for _, id := range inserted {
		ins[id] = true
	}
	var pend []pendingEvent
	for i, ar := range arts {
		if !ins[ar.id] {
			continue
		}
		delete(ins, ar.id) // the first item with this id is the one stored
		results[i] = sqlite.Result{Added: true, DupGroup: ar.group, NearDuplicate: ar.near}
		groupDates(ar, groupPub)
		for k := range ar.evs {
			ev := &ar.evs[k]
			mid := sqlite.MentionID(ev, ar.id, k)
			ej, err := sqlite.StoredJSON(ev)
			if err != nil {
				return nil, err
			}
			key := identity(ev, ar.group)
			// with the number of further tellings of the event in the
			// article, one mention each, of the same identity
			// (sqlite.Tellings), built when stored
			pend = append(pend, pendingEvent{art: ar, res: &results[i], k: k, ev: ev,
				key: key, mid: mid, ej: string(ej), rec: ev, tellings: dyad.NumTellings(ev),
				rep: sqlite.RepOf(ev, ar.a.Published, ar.id)})
		}
	}
	if len(pend) == 0 {
		if err := commit(); err != nil {
			return nil, err
		}
		return results, nil
	}

	// The mentions to store (a mention id met twice in one article is
	// stored once) and, per identity, their counts: a new event is
	// inserted with them. No one else can store a mention of these
	// articles: the articles are this transaction's.
	type eventCounts struct {
		n                 int32
		outlets, articles map[string]bool
		conf              float64 // the surest mention's confidence
	}
	batchCounts := map[[6]string]*eventCounts{}
	best := map[[6]string]*pendingEvent{} // per identity, the batch's representative (sqlite.Rep)
	mention := map[[2]string]bool{}
	for i := range pend {
		p := &pend[i]
		if b := best[p.key]; b == nil || p.rep.Before(b.rep) {
			best[p.key] = p
		}
		c := batchCounts[p.key]
		if c == nil {
			c = &eventCounts{outlets: map[string]bool{}, articles: map[string]bool{}}
			batchCounts[p.key] = c
		}
		mk := [2]string{p.art.id, p.mid}
		if mention[mk] { // its tellings are duplicates too
			p.dup = true
			continue
		}
		mention[mk] = true
		c.n += int32(1 + p.tellings) // a telling has the event's confidence, outlet and article
		c.conf = max(c.conf, p.ev.Confidence)
		c.outlets[p.art.outlet] = true
		c.articles[p.art.id] = true
	}

	// Round trip 3: the sentences the events came from (the first event's
	// evidence for a sentence), and the events, each identity once, in
	// order of first appearance.
	// The sentences go in statements of at most mentionChunk rows too,
	// and the ones met are a bit set per article (dyad.SentenceSet).
	var sArt, sText []string
	var sIdx []int32
	sentence := map[string]*dyad.SentenceSet{}
	addSentence := func(art string, idx int, text string) error {
		set := sentence[art]
		if set == nil {
			set = new(dyad.SentenceSet)
			sentence[art] = set
		}
		if !set.Add(idx) {
			return nil
		}
		sArt, sIdx, sText = append(sArt, art), append(sIdx, int32(idx)), append(sText, text)
		if len(sArt) < mentionChunk {
			return nil
		}
		if _, err := tx.Exec(ctx, qInsertSentences, sArt, sIdx, sText); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
		sArt, sIdx, sText = sArt[:0], sIdx[:0], sText[:0]
		return nil
	}
	var ec eventCols
	var eN, eNS, eNA []int32
	first := map[[6]string]bool{}
	for _, p := range pend {
		ev := p.ev
		if err := addSentence(p.art.id, ev.Sentence, ev.Evidence.Text); err != nil {
			return nil, err
		}
		if p.tellings > 0 {
			for _, m := range ev.Also { // the tellings' sentences (dyad.EachTelling's)
				if err := addSentence(p.art.id, m.Sentence, m.Evidence.Text); err != nil {
					return nil, err
				}
			}
		}
		if first[p.key] {
			continue
		}
		first[p.key] = true
		c := batchCounts[p.key]
		r := best[p.key]
		ec.add(p.key, ev, c.conf, r.art.url, r.art.id, r.ej) // (c.conf as SQLite's addMention keeps it)
		eN, eNS, eNA = append(eN, c.n), append(eNS, int32(len(c.outlets))), append(eNA, int32(len(c.articles)))
	}
	type storedEvent struct {
		id  int64
		new bool // inserted by this batch
	}
	events := map[[6]string]storedEvent{}
	var b3 pgx.Batch
	b3.Queue(qInsertSentences, sArt, sIdx, sText)
	b3.Queue(qUpsertEvents, ec.args(now, eN, eNS, eNA)...).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var k [6]string
			var s storedEvent
			if err := rows.Scan(&k[0], &k[1], &k[2], &k[3], &k[4], &k[5], &s.id, &s.new); err != nil {
				return err
			}
			events[k] = s
		}
		return rows.Err()
	})
	if err := tx.SendBatch(ctx, &b3).Close(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}

	// Round trip 4: the mentions in batch order and their counts, then the
	// actors. A mention id met twice in one article is stored once. The
	// mentions go in statements of at most mentionChunk (an event told a
	// million times is never held whole); each statement's NOT EXISTS
	// sees the earlier statements' mentions, as addMention one by one
	// does.
	var mEvent []int64
	var mc [16][]string
	var mi [8][]int32
	var mConf []float64
	var old []int64 // events stored before the batch, to count into
	seen := map[int64]bool{}
	created := map[int64]*sqlite.Result{} // the events the batch created, by the result that counted each
	actorCount := map[string]int32{}
	actorName := map[string]string{}
	flush := func() error {
		if len(mEvent) == 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, qAddMentions, mEvent, mc[1], mc[2], mc[3], mc[4], mi[0], mc[6], mi[1], mi[2], mi[3], mi[4], mi[5], mi[6],
			mc[13], mConf, mc[15], old); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		mEvent, mConf = mEvent[:0], mConf[:0]
		for j := range mc {
			mc[j] = mc[j][:0]
		}
		for j := range mi {
			mi[j] = mi[j][:0]
		}
		return nil
	}
	add := func(p *pendingEvent, s storedEvent, ev *dyad.Event, mid, ej string) error {
		src, tgt := spanOf(ev.Source), spanOf(ev.Target)
		mEvent = append(mEvent, s.id)
		mc[1] = append(mc[1], p.art.id)
		mc[2] = append(mc[2], mid)
		mc[3] = append(mc[3], p.art.outlet)
		mc[4] = append(mc[4], p.art.group)
		mc[6] = append(mc[6], ev.Evidence.Text)
		mc[13] = append(mc[13], string(ev.Status))
		mc[15] = append(mc[15], ej)
		for j, v := range [7]int{ev.Sentence, ev.Evidence.Span[0], ev.Evidence.Span[1], src[0], src[1], tgt[0], tgt[1]} {
			mi[j] = append(mi[j], int32(v))
		}
		mConf = append(mConf, ev.Confidence)
		if !seen[s.id] {
			if s.new {
				p.res.NewEvents++
				created[s.id] = p.res
			} else {
				old = append(old, s.id)
			}
		}
		seen[s.id] = true
		p.res.Mentions++
		for _, act := range []*dyad.Actor{p.rec.Source, p.rec.Target} { // the event's codes, as the integrity check counts
			if act == nil || act.Code == "" {
				continue
			}
			actorCount[act.Code]++
			if _, ok := actorName[act.Code]; !ok {
				actorName[act.Code] = act.Name
			}
		}
		if len(mEvent) >= mentionChunk {
			return flush()
		}
		return nil
	}
	for i := range pend {
		p := &pend[i]
		ev := p.ev
		s, ok := events[p.key]
		if !ok {
			return nil, fmt.Errorf("save article %s: event %d (sentence %d): not upserted", p.art.id, p.k, ev.Sentence)
		}
		if p.dup {
			continue
		}
		if err := add(p, s, ev, p.mid, p.ej); err != nil {
			return nil, err
		}
		if p.tellings == 0 {
			continue
		}
		for te := range dyad.EachTelling(ev, p.mid) { // one at a time
			tj, err := json.Marshal(&te)
			if err != nil {
				return nil, err
			}
			if err := add(p, s, &te, te.ID, string(tj)); err != nil {
				return nil, err
			}
		}
	}
	codes := make([]string, 0, len(actorCount))
	for c := range actorCount {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	names := make([]string, len(codes))
	counts := make([]int32, len(codes))
	for i, c := range codes {
		names[i], counts[i] = actorName[c], actorCount[c]
	}
	// The identities without their place the batch created an event
	// of, each once, for qRegroupPlaces (a mention added to an event
	// that exists names a place the identity's tellings name already).
	var kc [5][]string
	keyed := map[[5]string]bool{}
	for _, p := range pend {
		k := [5]string{p.key[0], p.key[1], p.key[2], p.key[3], p.key[5]}
		if !p.dup && events[p.key].new && !keyed[k] {
			keyed[k] = true
			for j, v := range k {
				kc[j] = append(kc[j], v)
			}
		}
	}
	var b4 pgx.Batch
	b4.Queue(qAddMentions, mEvent, mc[1], mc[2], mc[3], mc[4], mi[0], mc[6], mi[1], mi[2], mi[3], mi[4], mi[5], mi[6],
		mc[13], mConf, mc[15], old)
	if len(codes) > 0 {
		b4.Queue(qUpsertActors, codes, names, counts)
	}
	// Round trip 5: the events of the identities to regroup, locked,
	// and their tellings' places; then, when the plan (sqlite.PlanRegroup)
	// makes events anew, their mentions and the events, then the
	// regroup and COMMIT.
	var places map[int64][]sqlite.PlaceRow       // the rows locked, by identity
	var tellings map[int64][]sqlite.TellingPlace // their tellings' places
	if len(kc[0]) > 0 {
		b4.Queue(qRegroupPlaces, kc[0], kc[1], kc[2], kc[3], kc[4]).Query(func(rows pgx.Rows) (err error) {
			places, err = scanPlaces(rows)
			return err
		})
		b4.Queue(qTellingPlaces, kc[0], kc[1], kc[2], kc[3], kc[4]).Query(func(rows pgx.Rows) (err error) {
			tellings, err = scanTellings(rows)
			return err
		})
	}
	// The representatives of the events stored before the batch, locked
	// by qUpsertEvents: the batch's representative of an identity
	// replaces one it ranks before (sqlite.Rep.Before), as the sqlite
	// package's keepRep does one by one.
	var oldIDs []int64
	oldKey := map[int64][6]string{}
	for k, s := range events {
		if !s.new {
			oldIDs = append(oldIDs, s.id)
			oldKey[s.id] = k
		}
	}
	slices.Sort(oldIDs)
	var repID []int64
	var repJSON, repArticle, repURL []string
	if len(oldIDs) > 0 {
		b4.Queue(qReps, oldIDs).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var id int64
				var stored dyad.Event
				var src dyad.Actor
				var articleID, published string
				if err := rows.Scan(&id, &stored.Confidence, &stored.Evidence.Text, &stored.Sentence, &articleID, &published,
					&stored.Evidence.Span[0], &stored.Evidence.Span[1], &src.Span[0], &src.Span[1]); err != nil {
					return err
				}
				stored.Source = &src
				old := sqlite.RepOf(&stored, published, articleID)
				if r := best[oldKey[id]]; r != nil && r.rep.Before(old) {
					repID, repJSON = append(repID, id), append(repJSON, r.ej)
					repArticle, repURL = append(repArticle, r.art.id), append(repURL, r.art.url)
				}
			}
			return rows.Err()
		})
	}
	if err := tx.SendBatch(ctx, &b4).Close(); err != nil {
		return nil, fmt.Errorf("mentions, actors: %w", err)
	}
	keys, plans, b5, err := regroup(ctx, tx, kc, places, tellings)
	if err != nil {
		return nil, fmt.Errorf("regroup events: %w", err)
	}
	if len(repID) > 0 {
		b5.Queue(qSetReps, repID, repJSON, repArticle, repURL)
	}
	b5.Queue("COMMIT")
	if err := tx.SendBatch(ctx, b5).Close(); err != nil {
		return nil, fmt.Errorf("regroup events, commit: %w", err)
	}
	committed = true
	for n, i := range keys {
		plans[n].CountNewEvents(places[i], func(id int64) *sqlite.Result { return created[id] })
	}
	return results, nil
}

// scanPlaces reads qRegroupPlaces' rows: the events of each identity, by
// its index, in id order.
func scanPlaces(rows pgx.Rows) (map[int64][]sqlite.PlaceRow, error) {
	places := map[int64][]sqlite.PlaceRow{}
	for rows.Next() {
		var i int64
		var r sqlite.PlaceRow
		if err := rows.Scan(&i, &r.ID, &r.Name, &r.Country, &r.Kind); err != nil {
			return nil, err
		}
		places[i] = append(places[i], r)
	}
	return places, rows.Err()
}

// scanTellings reads qTellingPlaces' rows: the places the tellings of
// each identity's events name, by its index.
func scanTellings(rows pgx.Rows) (map[int64][]sqlite.TellingPlace, error) {
	tellings := map[int64][]sqlite.TellingPlace{}
	for rows.Next() {
		var i int64
		var t sqlite.TellingPlace
		if err := rows.Scan(&i, &t.Event, &t.Place.Name, &t.Place.Country, &t.Place.Kind, &t.First); err != nil {
			return nil, err
		}
		tellings[i] = append(tellings[i], t)
	}
	return tellings, rows.Err()
}

// querier is a connection in a transaction: SaveBatch's, or a
// migration's (pgx.Tx).
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// regroup plans the events of the identities kc (by their index: keys,
// in order) from their events, places, and their tellings' places
// (sqlite.PlanRegroup), makes the events the plans make anew, and
// returns a batch that moves the tellings, recounts the events and drops
// the emptied ones.
func regroup(ctx context.Context, q querier, kc [5][]string, places map[int64][]sqlite.PlaceRow,
	tellings map[int64][]sqlite.TellingPlace) ([]int64, []sqlite.Regroup, *pgx.Batch, error) {
	keys := slices.Sorted(maps.Keys(places))
	plans := make([]sqlite.Regroup, len(keys))
	creates := false
	for n, i := range keys {
		// (a row joined meanwhile by another writer is not returned)
		slices.SortFunc(places[i], func(a, b sqlite.PlaceRow) int { return cmp.Compare(a.ID, b.ID) })
		plans[n] = sqlite.PlanRegroup(places[i], tellings[i])
		creates = creates || len(plans[n].Create) > 0
	}
	made := map[int64]int64{} // the events made anew, by the mention made from
	if creates {
		if err := placedEvents(ctx, q, kc, keys, plans, made); err != nil {
			return nil, nil, nil, err
		}
	}
	var mFrom, mInto, recount, drop []int64
	var mPlace []string
	for _, p := range plans {
		event := p.Events
		for _, c := range p.Create {
			event[c.Name] = made[c.From]
			recount = append(recount, made[c.From])
		}
		for _, m := range p.Moves {
			mFrom, mPlace, mInto = append(mFrom, m.From), append(mPlace, m.Name), append(mInto, event[m.Into])
		}
		recount = append(recount, p.Recount...)
		drop = append(drop, p.Drop...)
	}
	b := &pgx.Batch{}
	if len(mFrom) > 0 {
		b.Queue(qMovePlaces, mFrom, mPlace, mInto)
	}
	if len(recount) > 0 {
		b.Queue(qRecount, recount)
	}
	if len(drop) > 0 {
		b.Queue(qDropEvents, drop)
	}
	return keys, plans, b, nil
}

// placedEvents makes anew the events the plans (of identities ids, the
// indices of kc) create, each from its mention (Create.From) as its
// article made it when first stored: made maps each mention's seq to its
// event's id.
func placedEvents(ctx context.Context, tx querier, kc [5][]string, ids []int64, plans []sqlite.Regroup, made map[int64]int64) error {
	var seqs []int64
	for _, p := range plans {
		for _, c := range p.Create {
			seqs = append(seqs, c.From)
		}
	}
	type mention struct {
		json, article, url, source, input, added string
	}
	ms := map[int64]mention{}
	rows, err := tx.Query(ctx, qPlaceMentions, seqs)
	if err != nil {
		return err
	}
	for rows.Next() {
		var seq int64
		var m mention
		if err := rows.Scan(&seq, &m.json, &m.article, &m.url, &m.source, &m.input, &m.added); err != nil {
			rows.Close()
			return err
		}
		ms[seq] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var ec eventCols
	var added []string // first_seen
	seqOf := map[[6]string]int64{}
	for n, i := range ids {
		for _, c := range plans[n].Create {
			m, ok := ms[c.From]
			if !ok {
				return fmt.Errorf("mention %d: not found", c.From)
			}
			var ev dyad.Event
			if err := json.Unmarshal([]byte(m.json), &ev); err != nil {
				return fmt.Errorf("mention %d: %w", c.From, err)
			}
			k := [6]string{kc[0][i-1], kc[1][i-1], kc[2][i-1], kc[3][i-1], c.Name, kc[4][i-1]}
			seqOf[k] = c.From
			a := dyad.Article{URL: m.url, Source: m.source, Input: m.input}
			ec.add(k, &ev, ev.Confidence, sqlite.SourceURL(&a), m.article, m.json)
			added = append(added, m.added)
		}
	}
	rows, err = tx.Query(ctx, qInsertPlaced, ec.args(added)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k [6]string
		var id int64
		if err := rows.Scan(&k[0], &k[1], &k[2], &k[3], &k[4], &k[5], &id); err != nil {
			return err
		}
		made[seqOf[k]] = id
	}
	return rows.Err()
}

// group finds the near-duplicate group of an article about to be stored,
// as the sqlite package does: the group of the nearest candidate within
// MaxDistance bits (stored, then earlier in the batch; earliest first on a
// tie, at most maxCandidates) whose shingles contain at least
// MinContainment of this text's (or of the shorter text's, as
// sqlite.Containment measures), else the article's own id. dup reports a
// candidate with the article's own id earlier in the batch: the article
// is then stored already.
func (db *DB) group(ar *article, earlier []*article) (group string, near, dup bool) {
	for _, e := range earlier {
		if e.id == ar.id {
			return "", false, true
		}
	}
	if ar.hash == 0 || db.MaxDistance <= 0 {
		return ar.id, false, false
	}
	cs := slices.Clone(ar.cands)
	for _, e := range earlier {
		if e.hash == 0 {
			continue
		}
		d := sqlite.Hamming(ar.hash, e.hash)
		if d > db.MaxDistance || len(cs) >= maxCandidates && d >= cs[len(cs)-1].d {
			continue
		}
		k := len(cs)
		for k > 0 && cs[k-1].d > d {
			k--
		}
		cs = slices.Insert(cs, k, candidate{id: e.id, group: e.group, text: e.text, d: d, art: e})
		if len(cs) > maxCandidates {
			cs = cs[:maxCandidates]
		}
	}
	for _, c := range cs {
		var theirs []uint64
		if c.art != nil {
			theirs = c.art.shingleSet()
		} else {
			theirs = sqlite.ShingleSet(c.text)
		}
		if sqlite.SetContainment(ar.shingleSet(), theirs) >= db.MinContainment {
			return c.group, true, false
		}
	}
	return ar.id, false, false
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
