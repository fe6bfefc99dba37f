package postgres

// migrations are the schema's versions in order: migrations[i] takes a
// database from version i to i+1 (the single row of dyad_schema). Append
// only; never edit a migration that has shipped. Version 1 is the
// PostgreSQL form of the sqlite package's schema version 1: the same
// tables, columns and identity, with
//
//   - seq (bigserial) standing in for SQLite's rowid on articles and
//     mentions (storage order);
//   - text columns that take part in comparisons in the "C" collation, so
//     that ordering and prefix matches are byte-wise as in SQLite;
//   - a generated tsvector column with a GIN index in place of the FTS5
//     table (the "simple" configuration: lower-cased words, no stemming,
//     like FTS5's unicode61 tokenizer); version 2 replaces it with one
//     for the title and one for the text, FTS5's two columns.
var migrations = []string{
	// 1: articles, sentences, aggregated events, mentions, actors, full text.
	`
CREATE TABLE articles (
	seq       BIGSERIAL NOT NULL UNIQUE,          -- storage order (SQLite's rowid)
	id        TEXT COLLATE "C" PRIMARY KEY,       -- dyad.ArticleID
	url       TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	outlet    TEXT COLLATE "C" NOT NULL,
	title     TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	input     TEXT NOT NULL DEFAULT '',
	simhash   BIGINT NOT NULL,                    -- 64-bit SimHash of the body, as signed int64
	dup_group TEXT COLLATE "C" NOT NULL,
	text      TEXT NOT NULL DEFAULT '',
	json      TEXT NOT NULL,                      -- the whole dyad.Article (text, byte-exact)
	added     TEXT NOT NULL,                      -- RFC 3339 UTC time of storage
	tsv       TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX articles_dup_group ON articles(dup_group);
CREATE INDEX articles_tsv ON articles USING gin(tsv);

CREATE TABLE sentences (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
	id             BIGSERIAL PRIMARY KEY,         -- GLOBALEVENTID
	date           TEXT COLLATE "C" NOT NULL,     -- identity
	source_code    TEXT COLLATE "C" NOT NULL,     -- identity
	target_code    TEXT COLLATE "C" NOT NULL,     -- identity
	cameo          TEXT COLLATE "C" NOT NULL,     -- identity
	location       TEXT COLLATE "C" NOT NULL,     -- identity: location name
	story          TEXT COLLATE "C" NOT NULL,     -- identity: the dup_group when date is '' (else '')
	cameo_root     TEXT COLLATE "C" NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      DOUBLE PRECISION NOT NULL,
	plover         TEXT NOT NULL,
	plover_mode    TEXT NOT NULL,
	status         TEXT NOT NULL,
	confidence     DOUBLE PRECISION NOT NULL,
	source_country TEXT COLLATE "C" NOT NULL,
	target_country TEXT COLLATE "C" NOT NULL,
	num_mentions   INTEGER NOT NULL DEFAULT 0,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL,
	source_url     TEXT NOT NULL,
	article_id     TEXT NOT NULL,
	json           TEXT NOT NULL,
	UNIQUE (date, source_code, target_code, cameo, location, story)
);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE mentions (
	seq            BIGSERIAL NOT NULL UNIQUE,     -- storage order (SQLite's rowid)
	event_id       BIGINT NOT NULL REFERENCES events(id),
	article_id     TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
	mention_id     TEXT COLLATE "C" NOT NULL,
	outlet         TEXT COLLATE "C" NOT NULL,
	dup_group      TEXT COLLATE "C" NOT NULL,
	sentence       INTEGER NOT NULL,
	evidence       TEXT NOT NULL,
	verb_start     INTEGER NOT NULL,
	verb_end       INTEGER NOT NULL,
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_start   INTEGER NOT NULL,
	target_end     INTEGER NOT NULL,
	status         TEXT NOT NULL,
	confidence     DOUBLE PRECISION NOT NULL,
	json           TEXT NOT NULL,
	PRIMARY KEY (article_id, mention_id)
);
CREATE INDEX mentions_event_outlet ON mentions(event_id, outlet);
CREATE INDEX mentions_event_group ON mentions(event_id, dup_group);

CREATE TABLE actors (
	code  TEXT COLLATE "C" PRIMARY KEY,
	name  TEXT NOT NULL,
	count INTEGER NOT NULL
);
`,
	// 2: the title and the text indexed apart, as the FTS5 table's two
	// columns, so that a phrase never runs from the title into the text and
	// a query can name a column (title:word).
	`
ALTER TABLE articles
	ADD COLUMN tsv_title TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED,
	ADD COLUMN tsv_text TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
CREATE INDEX articles_tsv_title ON articles USING gin(tsv_title);
CREATE INDEX articles_tsv_text ON articles USING gin(tsv_text);
DROP INDEX articles_tsv;
ALTER TABLE articles DROP COLUMN tsv;
`,
	// 3: accents folded as FTS5's unicode61 tokenizer folds them (its
	// default remove_diacritics=1): an ASCII letter with one combining
	// mark becomes the letter ("Erdoğan" is indexed as "erdogan", "São"
	// as "sao"); letters with two marks, other scripts and letters without
	// a decomposition (ø, ł, æ) are kept. dyad_fold is applied to the
	// queries' phrases too. Texts without Latin letters beyond ASCII skip
	// the normalisation (about 1.5 ms for 6 KB of text).
	`
CREATE FUNCTION dyad_fold(s TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
	SELECT CASE WHEN s ~ '[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]'
		THEN normalize(regexp_replace(normalize(s, NFD), '([A-Za-z])[\u0300-\u036f](?![\u0300-\u036f])', '\1', 'g'), NFC)
		ELSE s END
$$;
ALTER TABLE articles DROP COLUMN tsv_title, DROP COLUMN tsv_text;
ALTER TABLE articles
	ADD COLUMN tsv_title TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', dyad_fold(title))) STORED,
	ADD COLUMN tsv_text TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', dyad_fold(text))) STORED;
CREATE INDEX articles_tsv_title ON articles USING gin(tsv_title);
CREATE INDEX articles_tsv_text ON articles USING gin(tsv_text);
`,
	// 4: each article row's writer transaction id, so that a writer keeps
	// the stored SimHashes in memory and reads only the rows that may have
	// committed since its last batch (simcache.go). Rows stored before
	// have none (NULL): no table rewrite.
	`
ALTER TABLE articles ADD COLUMN writer_xid BIGINT;
ALTER TABLE articles ALTER COLUMN writer_xid SET DEFAULT pg_current_xact_id()::text::bigint;
CREATE INDEX articles_writer_xid ON articles(writer_xid);
`,
	// 5: an event's num_articles counts its distinct articles, as GDELT's
	// NumArticles counts source documents (it counted distinct
	// near-duplicate groups), as the sqlite package's version 4.
	// Recounted from the mentions.
	`
UPDATE events e SET num_articles = (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id);
`,
	// 6: every further telling of an event in its article (dyad.Event.Also)
	// is a mention of the event (dyad.Tellings), as the sqlite package's
	// version 5. No table changes: the stored mentions' tellings are added
	// by addTellings, in Go, after the migrations' statements.
	`
`,
	// 7: mentions indexed by their id, as the sqlite package's version 6
	// (MentionEvent).
	`
CREATE INDEX IF NOT EXISTS mentions_mention_id ON mentions(mention_id);
`,
	// 8: words split as FTS5's unicode61 tokenizer splits them, at every
	// character that is no letter or digit: PostgreSQL's parser kept a
	// hyphenated word whole besides its parts ("UN-recognised" three
	// tokens, where FTS5 has two), and host names, e-mail addresses and
	// decimal numbers as one token, so NEAR distances and phrases across
	// them differed between the stores. ASCII and other punctuation is
	// made a space before the parser reads the text (the queries' phrases
	// too: textQuery.tsquery).
	`
ALTER TABLE articles DROP COLUMN tsv_title, DROP COLUMN tsv_text;
ALTER TABLE articles
	ADD COLUMN tsv_title TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(dyad_fold(title), '[[:punct:]]+', ' ', 'g'))) STORED,
	ADD COLUMN tsv_text TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(dyad_fold(text), '[[:punct:]]+', ' ', 'g'))) STORED;
CREATE INDEX articles_tsv_title ON articles USING gin(tsv_title);
CREATE INDEX articles_tsv_text ON articles USING gin(tsv_text);
`,
	// 9: the events of one identity but the place that SaveBatch joins
	// (sqlite.PlaceJoins) joined in a store written before it joined
	// them, as the sqlite package's version 7. No table changes: they are
	// joined by regroupPlaces, in Go, after the migrations' statements.
	`
`,
	// 10: the events of one identity but the place regrouped from the
	// places of all its tellings (sqlite.PlanRegroup), whatever order
	// they were stored in, as the sqlite package's version 8. No table
	// changes: regroupPlaces regroups them, in Go, after the migrations'
	// statements.
	`
`,
}

// SchemaVersion is the schema version this package writes (the row of
// dyad_schema after Open). Version 1 matches sqlite.SchemaVersion 1;
// versions 2 and 3 index the title and the text apart and fold accents,
// as SQLite's FTS5 table always did; version 4 records each article's
// writer transaction; version 5 counts an event's articles as GDELT does;
// version 6 stores every telling of an event in its article as a mention
// (sqlite version 5); version 7 indexes the mentions by their id (sqlite
// version 6); version 8 splits words at punctuation as FTS5 does;
// version 9 joins the events of one deed stored apart by place (sqlite
// version 7); version 10 regroups them from all their tellings' places,
// whatever order they came in (sqlite version 8). It needs PostgreSQL 14
// or later.
const SchemaVersion = 10
