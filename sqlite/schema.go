package sqlite

// migrations are the schema's versions in order: migrations[i] takes a
// database from PRAGMA user_version i to i+1. Append only; never edit a
// migration that has shipped.
var migrations = []string{
	// 1: articles, sentences, aggregated events, mentions, actors, FTS5.
	`
CREATE TABLE articles (
	id        TEXT PRIMARY KEY,          -- dyad.ArticleID
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',  -- outlet or agency
	outlet    TEXT NOT NULL,             -- lower-cased source, else URL host, else dup_group: what NumSources counts
	title     TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',  -- RFC 3339 or YYYY-MM-DD
	input     TEXT NOT NULL DEFAULT '',
	simhash   INTEGER NOT NULL,          -- 64-bit SimHash of the body, as signed int64
	dup_group TEXT NOT NULL,             -- id of the first stored article of its near-duplicate group
	text      TEXT NOT NULL DEFAULT '',  -- body paragraphs joined by "\n\n"
	json      TEXT NOT NULL,             -- the whole dyad.Article
	added     TEXT NOT NULL              -- RFC 3339 UTC time of storage
);
CREATE INDEX articles_dup_group ON articles(dup_group);

CREATE TABLE sentences (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,         -- 0-based, title = -1
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,  -- GLOBALEVENTID
	date           TEXT NOT NULL,        -- identity
	source_code    TEXT NOT NULL,        -- identity
	target_code    TEXT NOT NULL,        -- identity
	cameo          TEXT NOT NULL,        -- identity
	location       TEXT NOT NULL,        -- identity: location name
	story          TEXT NOT NULL,        -- identity: the dup_group when date is '' (else '')
	cameo_root     TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	status         TEXT NOT NULL,
	confidence     REAL NOT NULL,
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	num_mentions   INTEGER NOT NULL DEFAULT 0,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL,        -- RFC 3339 UTC
	source_url     TEXT NOT NULL,        -- URL of the first article
	article_id     TEXT NOT NULL,        -- the representative's article
	json           TEXT NOT NULL,        -- the representative dyad.Event
	UNIQUE (date, source_code, target_code, cameo, location, story)
);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE mentions (
	event_id       INTEGER NOT NULL REFERENCES events(id),
	article_id     TEXT NOT NULL REFERENCES articles(id),
	mention_id     TEXT NOT NULL,        -- dyad.Event.ID
	outlet         TEXT NOT NULL,        -- the article's outlet (NumSources)
	dup_group      TEXT NOT NULL,        -- the article's dup_group
	sentence       INTEGER NOT NULL,
	evidence       TEXT NOT NULL,
	verb_start     INTEGER NOT NULL,
	verb_end       INTEGER NOT NULL,
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_start   INTEGER NOT NULL,
	target_end     INTEGER NOT NULL,
	status         TEXT NOT NULL,
	confidence     REAL NOT NULL,
	json           TEXT NOT NULL,        -- the full dyad.Event
	PRIMARY KEY (article_id, mention_id)
);
CREATE INDEX mentions_event_outlet ON mentions(event_id, outlet);
CREATE INDEX mentions_event_group ON mentions(event_id, dup_group);

CREATE TABLE actors (
	code  TEXT PRIMARY KEY,
	name  TEXT NOT NULL,
	count INTEGER NOT NULL                -- mentions as source or target
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);
`,
	// 2: the full-text index no longer stores a third copy of every
	// article's title and text (articles.text and articles.json held the
	// other two): it is contentless, keeping only the article id
	// (contentless_unindexed, SQLite 3.47+), and articles.json holds the
	// article without its body when articles.text splits back into it.
	// Both copies were a third of the file and of the ingest's writes.
	// The index is rebuilt from articles.
	`
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, content='', contentless_unindexed=1);
INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles ORDER BY rowid;
`,
	// 3: the full-text index as SQLite before 3.47 reads it too (Python's
	// sqlite3 and the sqlite3 shell of Debian 12 refused version 2's
	// contentless_unindexed option): plain contentless, each row's rowid
	// that of the article's row in articles_fts_ids. The article_id
	// column stays, empty, so that a query naming it ("article_id:x")
	// means what it meant. Rebuilt from articles.
	`
DROP TABLE articles_fts;
CREATE TABLE articles_fts_ids (
	id         INTEGER PRIMARY KEY,      -- rowid of the article's row in articles_fts
	article_id TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, content='');
INSERT INTO articles_fts_ids (article_id) SELECT id FROM articles ORDER BY rowid;
INSERT INTO articles_fts (rowid, title, text)
	SELECT i.id, a.title, a.text FROM articles_fts_ids i JOIN articles a ON a.id = i.article_id ORDER BY i.id;
`,
	// 4: an event's num_articles counts its distinct articles, as GDELT's
	// NumArticles counts source documents (it counted distinct
	// near-duplicate groups, so three copies of one story were one
	// article). Recounted from the mentions.
	`
UPDATE events SET num_articles = (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = events.id);
`,
	// 5: every further telling of an event in its article (dyad.Event.Also)
	// is a mention of the event (dyad.Tellings), counted in its num_mentions
	// and its actors' counts; only the event's first telling was stored.
	// No table changes: the stored mentions' tellings are added by
	// addTellings, in Go, after the migrations' statements.
	`
`,
	// 6: mentions indexed by their id (dyad.Event.ID), so that an event
	// is found by the id every JSON event carries (MentionEvent,
	// /api/events/ID).
	`
CREATE INDEX IF NOT EXISTS mentions_mention_id ON mentions(mention_id);
`,
	// 7: the events of one identity but the place that SaveBatch joins
	// since session 62 (PlaceJoins: one placed at a country into the one
	// placed inside it, an unplaced one into the one placed event left)
	// joined in a store written before: nothing joined them when it was
	// opened by a dyad that joins. No table changes: regroupPlaces joins
	// them, in Go, after the migrations' statements.
	`
`,
	// 8: the events of one identity but the place regrouped from the
	// places of all its tellings (PlanRegroup), whatever order they were
	// stored in: a version 7 store joined an unplaced telling (or one at
	// the country) to Tokyo and kept it there when a telling at Osaka
	// came later, where Osaka first kept it apart. No table changes:
	// regroupPlaces regroups them, in Go, after the migrations'
	// statements.
	`
`,
}

// ftsArticles selects the ids of the articles matching an FTS5 query (the
// one parameter), in the order they were indexed.
const ftsArticles = `SELECT article_id FROM articles_fts_ids WHERE id IN
	(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`

// SchemaVersion is the schema version this package writes
// (PRAGMA user_version after Open).
const SchemaVersion = 8
