package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// ErrNotFound is returned by Article for an unknown id.
var ErrNotFound = errors.New("not found")

// Filter selects aggregated events. Zero fields match everything; set
// fields must all match.
type Filter struct {
	// From and To bound the event date, inclusive, each a day
	// ("2024-07-01"), a month ("2024-07") or a year ("2024"): a shorter
	// From starts at its period's first day, a shorter To includes the
	// whole period (From "2018", To "2018" is 2018-01-01..2018-12-31).
	// An event dated to a month or a year ("2017-12", "2017") matches when
	// its period overlaps [From, To]; events of unknown date match neither.
	// Events of unknown date match only when both are empty.
	From, To string
	// Actor is an actor code prefix matched on either side ("PRK" matches
	// PRKGOV as source or target).
	Actor string
	// Country is an ISO 3166 alpha-3 code matched on either actor.
	Country string
	// Dyad holds source and target code prefixes; an empty side matches any.
	Dyad [2]string
	// CAMEO is an event code prefix ("19" matches 190, 193, 1951…); Root
	// is an exact CAMEO root ("19").
	CAMEO, Root string
	// QuadClass is 1–4; 0 matches any.
	QuadClass int
	// Plover is a PLOVER event type ("ACCUSE"), case-insensitive.
	Plover string
	// Status matches events with at least one mention of that status.
	Status dyad.Status
	// MinConfidence matches events with at least one mention of at least
	// this confidence (0–1; 0 matches all).
	MinConfidence float64
	// Text is an SQLite FTS5 query over article titles and texts, as
	// rewritten by NormalizeText (al-Assad, U.S., "AND NOT" are taken): it
	// matches events with a mention in a matching article.
	Text string
	// Limit caps the number of events (0: no limit).
	Limit int
	// After is a cursor: only events with an id greater than After.
	// Events come in id order, so the last id of a page is the next After.
	After int64
}

// CheckDates checks the filter's date bounds, naming them fromName and
// toName in its errors (the command line's "--from", the API's "from"):
// each of From and To must be a date (YYYY-MM-DD), a month (YYYY-MM) or
// a year (YYYY), and From's period must not start after To's whole
// period ends (Reversed). Errors read `--from "2024-02-30": no such
// date`, `--to "July": want YYYY-MM-DD, YYYY-MM or YYYY`, `--from
// 2024-08-01 is after --to 2024-07: no event can match`.
func (f Filter) CheckDates(fromName, toName string) error {
	const want = "want YYYY-MM-DD, YYYY-MM or YYYY"
	if f.From != "" && !isBound(f.From) {
		return fmt.Errorf("%s %q: %s", fromName, f.From, dateWant(f.From, want))
	}
	if f.To != "" && !isBound(f.To) {
		return fmt.Errorf("%s %q: %s", toName, f.To, dateWant(f.To, want))
	}
	if f.Reversed() {
		return fmt.Errorf("%s %s is after %s %s: no event can match", fromName, f.From, toName, f.To)
	}
	return nil
}

// isDate reports a valid YYYY-MM-DD date.
func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// isBound reports a valid date bound: a day (YYYY-MM-DD), a month
// (YYYY-MM) or a year (YYYY).
func isBound(s string) bool {
	switch len(s) {
	case 4:
		return isDate(s + "-01-01")
	case 7:
		return isDate(s + "-01")
	}
	return isDate(s)
}

// dateWant says what is wrong with s, not a valid date: "no such date"
// for digits in the YYYY-MM-DD shape ("2024-02-30"), else want.
func dateWant(s, want string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && strings.Trim(s[:4]+s[5:7]+s[8:], "0123456789") == "" {
		return "no such date"
	}
	return want
}

// Reversed reports whether From falls after the whole period To names
// ("2024-08-01" or "2024-08" after "2024-07", "2025" after "2024"): such a range matches no event, which a
// caller should say rather than print nothing. Both dates are assumed
// ISO dates or prefixes; an empty or malformed bound is never reversed.
func (f Filter) Reversed() bool {
	end := f.To
	switch len(f.To) {
	case 4:
		end += "-99-99" // the whole year
	case 7:
		end += "-99" // the whole month
	case 10:
	default:
		return false
	}
	return f.From != "" && f.From > end
}

// StoredEvent is an aggregated event: the representative mention's (Rep)
// event with the counts over all mentions. It marshals to the event record
// of DESIGN.md plus global_event_id, num_mentions, num_sources,
// num_articles, first_seen, source_url and input.
type StoredEvent struct {
	GlobalEventID int64 `json:"global_event_id"`
	dyad.Event
	NumMentions int       `json:"num_mentions"`
	NumSources  int       `json:"num_sources"`
	NumArticles int       `json:"num_articles"`
	FirstSeen   time.Time `json:"first_seen"`
	SourceURL   string    `json:"source_url"`
	// Input is where the article of SourceURL (the event's article_id)
	// was read from, as given to dyad ingest: a file path, a URL, "-"
	// for standard input, with ":N" for a JSON Lines line ("" when the
	// store holds no such article). A story of a corpus file whose
	// source_url is its outlet ("Guardian") is traced by it.
	Input string `json:"input"`
	// Merged lists, for an event standing for a group (store.OneADay),
	// the global ids of every stored event of the group, its own first;
	// nil otherwise.
	Merged []int64 `json:"merged_event_ids,omitempty"`
}

// Mention is one coded sentence supporting an aggregated event.
type Mention struct {
	EventID    int64       `json:"global_event_id"`
	ArticleID  string      `json:"article_id"`
	Sentence   int         `json:"sentence"`
	Status     dyad.Status `json:"status"`
	Confidence float64     `json:"confidence"`
	// Event is the full event as coded from this sentence.
	Event dyad.Event `json:"event"`
	// Added is when the mention's article was stored.
	Added time.Time `json:"added"`
	// URL and Source are the mention's article URL and outlet.
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
}

// StoredArticle is a stored article with its near-duplicate group.
type StoredArticle struct {
	dyad.Article
	DupGroup string    `json:"dup_group"`
	SimHash  uint64    `json:"simhash"`
	Added    time.Time `json:"added"`
}

// Counts are the store's row counts.
type Counts struct {
	Articles  int `json:"articles"`
	DupGroups int `json:"dup_groups"` // distinct stories
	Sentences int `json:"sentences"`
	Events    int `json:"events"` // aggregated events
	Mentions  int `json:"mentions"`
	Actors    int `json:"actors"`
}

// ActorCount is an actor code with its canonical name and the number of
// mentions naming it as source or target.
type ActorCount struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// overlapsFrom reports whether an event dated date ("2017-12-05",
// "2017-12", "2017"; "" unknown) may fall on or after the day from
// ("2017-12-01"; a month "2017-12" or year "2017" starts on its first
// day): its period is compared with from cut to the same precision, so
// "2017-12" and "2017" match from "2017-12-01". It is the
// in-memory twin of the SQL condition in Filter.where.
func overlapsFrom(date, from string) bool {
	if date == "" {
		return false
	}
	if len(from) > len(date) {
		from = from[:len(date)]
	}
	return date >= from
}

func validCode(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// where builds the WHERE clause of f.
func (f Filter) where() (string, []any, error) {
	var conds []string
	var args []any
	for _, c := range []struct{ name, v string }{{"actor", f.Actor}, {"country", f.Country},
		{"dyad source", f.Dyad[0]}, {"dyad target", f.Dyad[1]}, {"cameo", f.CAMEO}, {"root", f.Root}} {
		if !validCode(c.v) {
			return "", nil, fmt.Errorf("filter %s %q: want upper-case letters and digits", c.name, c.v)
		}
	}
	if f.From != "" {
		// An event dated to a month or year matches when its period
		// overlaps [From, To]: --from 2017-12-01 keeps "2017-12" (From's
		// first seven characters) and "2017" (its first four). Each
		// branch of the OR is a search of the events_date index.
		conds = append(conds, "(e.date >= ? OR e.date IN (substr(?, 1, 7), substr(?, 1, 4)))")
		args = append(args, f.From, f.From, f.From)
	}
	if f.To != "" {
		conds = append(conds, "e.date <> '' AND e.date <= ?")
		args = append(args, f.To+"~")
	}
	if f.Actor != "" {
		conds = append(conds, "(e.source_code GLOB ? OR e.target_code GLOB ?)")
		args = append(args, f.Actor+"*", f.Actor+"*")
	}
	if f.Country != "" {
		conds = append(conds, "(e.source_country = ? OR e.target_country = ?)")
		args = append(args, f.Country, f.Country)
	}
	if f.Dyad[0] != "" {
		conds = append(conds, "e.source_code GLOB ?")
		args = append(args, f.Dyad[0]+"*")
	}
	if f.Dyad[1] != "" {
		conds = append(conds, "e.target_code GLOB ?")
		args = append(args, f.Dyad[1]+"*")
	}
	if f.CAMEO != "" {
		conds = append(conds, "e.cameo GLOB ?")
		args = append(args, f.CAMEO+"*")
	}
	if f.Root != "" {
		conds = append(conds, "e.cameo_root = ?")
		args = append(args, f.Root)
	}
	if f.QuadClass != 0 {
		if f.QuadClass < 1 || f.QuadClass > 4 {
			return "", nil, fmt.Errorf("filter quad class %d: want 1–4", f.QuadClass)
		}
		conds = append(conds, "e.quad_class = ?")
		args = append(args, f.QuadClass)
	}
	if f.Plover != "" {
		conds = append(conds, "upper(e.plover) = ?")
		args = append(args, strings.ToUpper(f.Plover))
	}
	if f.Status != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.status = ?)")
		args = append(args, string(f.Status))
	}
	if f.MinConfidence != 0 {
		if !(f.MinConfidence >= 0 && f.MinConfidence <= 1) {
			return "", nil, fmt.Errorf("filter min confidence %v: want 0–1", f.MinConfidence)
		}
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.confidence >= ?)")
		args = append(args, f.MinConfidence)
	}
	if f.Text != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id IN
			(`+ftsArticles+`))`)
		args = append(args, NormalizeText(f.Text))
	}
	if f.After > 0 {
		conds = append(conds, "e.id > ?")
		args = append(args, f.After)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// Events returns the aggregated events matching f in id order.
func (db *DB) Events(ctx context.Context, f Filter) ([]StoredEvent, error) {
	var out []StoredEvent
	err := db.EachEvent(ctx, f, func(e StoredEvent) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// EachEvent calls fn for each aggregated event matching f, in id order,
// streaming rows; an error from fn stops the walk and is returned.
func (db *DB) EachEvent(ctx context.Context, f Filter, fn func(StoredEvent) error) error {
	where, args, err := f.where()
	if err != nil {
		return err
	}
	if f.Text != "" {
		var n int
		if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1)", NormalizeText(f.Text)).Scan(&n); err != nil {
			return fmt.Errorf("text query %q: %w", f.Text, err)
		}
	}
	q := `SELECT e.id, e.json, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.source_url, COALESCE((SELECT ia.input FROM articles ia WHERE ia.id = e.article_id), ''), e.confidence
		FROM events e` + where + " ORDER BY e.id"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return db.queryErr(f, err)
	}
	defer rows.Close()
	for rows.Next() {
		var se StoredEvent
		var js, first string
		var conf float64
		if err := rows.Scan(&se.GlobalEventID, &js, &se.NumMentions, &se.NumSources, &se.NumArticles, &first, &se.SourceURL, &se.Input, &conf); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(js), &se.Event); err != nil {
			return fmt.Errorf("%s: event %d: %w", db.path, se.GlobalEventID, err)
		}
		BoundAlso(&se.Event) // (a store written before it was bounded)
		se.Confidence = conf // the surest mention's
		se.FirstSeen, _ = time.Parse(time.RFC3339, first)
		if err := fn(se); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return db.queryErr(f, err)
	}
	return nil
}

func (db *DB) queryErr(_ Filter, err error) error {
	return fmt.Errorf("%s: %w", db.path, err)
}

// Mentions returns the mentions of the aggregated event id, in the order
// they were stored.
func (db *DB) Mentions(ctx context.Context, eventID int64) ([]Mention, error) {
	var out []Mention
	err := db.EachMention(ctx, eventID, func(m Mention) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// EachMention calls fn for each mention of the aggregated event id, in
// the order they were stored, streaming rows (an event told by 700,000
// sentences is never held whole); an error from fn stops the walk and is
// returned.
func (db *DB) EachMention(ctx context.Context, eventID int64, fn func(Mention) error) error {
	rows, err := db.db.QueryContext(ctx, `SELECT m.event_id, m.article_id, m.sentence, m.status, m.confidence, m.json, a.added, a.url, a.source
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ? ORDER BY m.rowid`, eventID)
	if err != nil {
		return fmt.Errorf("%s: %w", db.path, err)
	}
	return db.eachMentionRow(rows, fmt.Sprintf("mention of event %d", eventID), fn)
}

// scanMentions reads rows of (event_id, article_id, sentence, status,
// confidence, json, added, url, source) into mentions appended to out;
// what names a row in errors ("mention of event 7").
func (db *DB) scanMentions(rows *sql.Rows, out []Mention, what string) ([]Mention, error) {
	err := db.eachMentionRow(rows, what, func(m Mention) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// eachMentionRow calls fn for each row of mentions, as scanMentions
// reads them (their events' Also bounded: BoundAlso), and closes rows.
func (db *DB) eachMentionRow(rows *sql.Rows, what string, fn func(Mention) error) error {
	defer rows.Close()
	for rows.Next() {
		var m Mention
		var js, added, status string
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.Sentence, &status, &m.Confidence, &js, &added, &m.URL, &m.Source); err != nil {
			return err
		}
		m.Status = dyad.Status(status)
		if err := json.Unmarshal([]byte(js), &m.Event); err != nil {
			return fmt.Errorf("%s: %s: %w", db.path, what, err)
		}
		BoundAlso(&m.Event)
		m.Added, _ = time.Parse(time.RFC3339, added)
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Article returns the stored article id, or an error wrapping ErrNotFound.
// Its Published and Updated are RFC 3339 or a day (dyad.RFC3339Stamp: a
// time an older store holds with no zone gets dyad.UnknownOffset).
func (db *DB) Article(ctx context.Context, id string) (*StoredArticle, error) {
	var js, added, text, input string
	var h int64
	sa := &StoredArticle{}
	err := db.db.QueryRowContext(ctx, "SELECT json, dup_group, simhash, added, text, input FROM articles WHERE id = ?", id).
		Scan(&js, &sa.DupGroup, &h, &added, &text, &input)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	if err := json.Unmarshal([]byte(js), &sa.Article); err != nil {
		return nil, fmt.Errorf("%s: article %s: %w", db.path, id, err)
	}
	if sa.Body == nil && text != "" {
		// stored without its body, which its text gives back (articleJSON)
		sa.Body = strings.Split(text, "\n\n")
	}
	sa.ID = id
	if sa.Input == "" {
		sa.Input = input // (the column holds it when the JSON does not)
	}
	sa.SimHash = uint64(h)
	sa.Added, _ = time.Parse(time.RFC3339, added)
	// (a time read without a zone, as older stores hold it, in RFC 3339)
	sa.Published, sa.Updated = dyad.RFC3339Stamp(sa.Published), dyad.RFC3339Stamp(sa.Updated)
	return sa, nil
}

// ArticleText returns the body of the stored article id, its paragraphs
// joined by blank lines (what Article's Body joins to), or an error
// wrapping ErrNotFound. It reads one column: ingest compares a re-read
// article's text with it.
func (db *DB) ArticleText(ctx context.Context, id string) (string, error) {
	st, err := db.textStmt.get(db, "SELECT text FROM articles WHERE id = ?")
	if err != nil {
		return "", err
	}
	var text string
	err = st.QueryRowContext(ctx, id).Scan(&text)
	if err == sql.ErrNoRows {
		return "", fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", db.path, err)
	}
	return text, nil
}

// HasArticle reports whether an article with this id is stored. The
// first call reads the stored articles' ids and SimHashes (as the first
// SaveBatch does); an id not among them, nor among the articles saved
// since, is answered without a query. An article stored by another
// process after that read can be reported absent: the writer skips it
// when it comes to be saved.
func (db *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	if err := db.loadHashes(ctx); err != nil {
		return false, err
	}
	db.mu.Lock()
	_, maybe := db.stored[idKey(id)]
	db.mu.Unlock()
	if !maybe {
		return false, nil
	}
	st, err := db.hasStmt.get(db, "SELECT 1 FROM articles WHERE id = ?")
	if err != nil {
		return false, err
	}
	var one int
	err = st.QueryRowContext(ctx, id).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", db.path, err)
	}
	return true, nil
}

// Counts returns the number of rows of each kind.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(DISTINCT dup_group) FROM articles),
		(SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)`).
		Scan(&c.Articles, &c.DupGroups, &c.Sentences, &c.Events, &c.Mentions, &c.Actors)
	if err != nil {
		return c, fmt.Errorf("%s: %w", db.path, err)
	}
	return c, nil
}

// Actors returns the actors by descending mention count, then code; limit
// 0 returns all.
func (db *DB) Actors(ctx context.Context, limit int) ([]ActorCount, error) {
	q := "SELECT code, name, count FROM actors ORDER BY count DESC, code"
	var args []any
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	return db.actorCounts(ctx, nil, q, args...)
}

// actorCounts runs q, a query of actors' code, name and count rows, and
// appends the rows to out: nil or empty, the answer when there are none.
// Errors are the query's, named by the store's path, or a row's.
func (db *DB) actorCounts(ctx context.Context, out []ActorCount, q string, args ...any) ([]ActorCount, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", db.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Count); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
