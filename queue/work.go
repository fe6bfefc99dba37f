package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sqlite"
)

// Coder codes an article's events; *events.Coder is one. Code must be
// safe for concurrent use.
type Coder interface {
	Code(*dyad.Article) []dyad.Event
}

// ContextCoder is a Coder that can stop in the middle of an article
// ((*events.Coder).CodeContext checks ctx before each sentence): its
// CodeContext returns Code's events, or, once ctx is done, none and
// ctx.Err(). Work codes with it when the Coder is one, so that a stop
// does not wait for the end of a long article.
type ContextCoder interface {
	CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error)
}

// Store is what a worker needs of a store; store.Store (SQLite or
// PostgreSQL) is one. SaveBatch must be idempotent per article id.
type Store interface {
	HasArticle(ctx context.Context, id string) (bool, error)
	SaveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error)
}

// Config configures Work. Store and Coder are required; zero values take
// the defaults given.
type Config struct {
	Store Store
	Coder Coder
	// Concurrency is the number of fetch–code–store loops in this
	// process (default GOMAXPROCS).
	Concurrency int
	// Batch is the number of messages fetched, coded and stored in one
	// transaction by a loop (default 16).
	Batch int
	// The shared consumer's settings, applied by every worker that starts
	// (the last one wins): AckWait is how long a delivered article may go
	// unacked before it is redelivered (default 60s); MaxAckPending bounds
	// the articles in flight across all workers (default 256).
	AckWait       time.Duration
	MaxAckPending int
	// MaxDeliver is the delivery after which an article that still does
	// not store is failed (default 5). While the store is unreachable
	// articles are handed back without failing: JetStream itself
	// redelivers without limit.
	MaxDeliver int
	// RetryDelay is how long an article handed back after a store error
	// waits before its redelivery, and how long a loop pauses when the
	// store is unreachable (default 5s).
	RetryDelay time.Duration
	// Poll is how long an idle fetch waits for messages (default 1s); it
	// bounds how long Work takes to notice its context is done.
	Poll time.Duration
	// Log receives one line per failed article, and one per fetched
	// batch and stored --dict for the batch's articles found stored
	// already with events coded with other dictionaries than Dict; nil
	// for none.
	Log io.Writer
	// Warn, when not nil, takes the warnings about articles (a page of
	// another story claiming a stored address, stored ones whose --dict
	// or --date is not applied) instead of Log, one line each without
	// its newline: dyad worker prints them "dyad: warning: …", as dyad
	// ingest does.
	Warn func(string)
	// Dict names the user dictionaries this worker codes with
	// (actors.DirID, "" for none). A queued article found stored already
	// keeps its stored events; when those were coded with other
	// dictionaries (actors.SameDict, by content) and Store returns stored
	// articles (sqlite and postgres do), Log says so, counted per batch:
	// "3 queued articles stored already (the first a00), their events
	// coded with --dict old/ sha256:1a2b3c4d5e6f: this worker's --dict new/
	// sha256:0f9e8d7c6b5a is not applied to them (to code them with these
	// dictionaries, queue them for a new store)".
	Dict string
	// Date (YYYY-MM-DD, dyad worker --date; "" for none) is the
	// publication date given to a queued article that has none, with
	// PublishedFrom "flag", as dyad ingest --date gives it: before the
	// article is looked up in the store and coded.
	Date string
}

func (c *Config) defaults() {
	if c.Concurrency <= 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.Batch <= 0 {
		c.Batch = 16
	}
	if c.AckWait <= 0 {
		c.AckWait = 60 * time.Second
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = 256
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.RetryDelay <= 0 {
		c.RetryDelay = 5 * time.Second
	}
	if c.Poll <= 0 {
		c.Poll = time.Second
	}
}

// Stats counts what a worker did.
type Stats struct {
	Stored   int64 // articles stored by this worker
	Skipped  int64 // articles already stored (a redelivery, a re-ingest)
	Failed   int64 // articles moved to the failed stream
	Retried  int64 // articles handed back for redelivery after a store error
	Events   int64 // events created
	Mentions int64 // mentions stored
}

// EnsureConsumer creates the streams and the shared durable consumer, or
// updates the consumer to cfg's AckWait and MaxAckPending. The consumer
// redelivers without limit; workers fail articles (Config.MaxDeliver).
func EnsureConsumer(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.Consumer, error) {
	cfg.defaults()
	if err := EnsureStreams(ctx, js); err != nil {
		return nil, err
	}
	c, err := js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxAckPending: cfg.MaxAckPending,
		MaxDeliver:    -1,
		FilterSubject: Subject,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	return c, nil
}

// Work consumes the article queue until ctx is done: Concurrency loops
// each fetch up to Batch articles, skip those already stored, code the
// others, store them in one transaction and only then ack them. An
// article whose JSON does not decode, whose coding panics, or that failed
// to store on its MaxDeliver-th delivery is copied to the failed stream
// and terminated; a store error otherwise hands the article back for
// redelivery after a delay. When ctx is done Work stores and acks the
// articles of the batches in hand coded before it (within AckWait), hands
// the others back to the queue at once for the next worker (the article
// being coded too: a ContextCoder stops within a sentence of it, not at
// the end of a 20 MB article) and returns the Stats with a nil error; it
// returns an error only when the consumer cannot be set up.
func Work(ctx context.Context, js jetstream.JetStream, cfg Config) (Stats, error) {
	cfg.defaults()
	if cfg.Store == nil || cfg.Coder == nil {
		return Stats{}, errors.New("queue: Work needs a Store and a Coder")
	}
	cons, err := EnsureConsumer(ctx, js, cfg)
	if err != nil {
		return Stats{}, err
	}
	w := &worker{cfg: cfg, js: js}
	var wg sync.WaitGroup
	for range cfg.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.loop(ctx, cons)
		}()
	}
	wg.Wait()
	return w.stats(), nil
}

type worker struct {
	cfg   Config
	js    jetstream.JetStream
	logMu sync.Mutex

	stored, skipped, failed, retried, events, mentions atomic.Int64
}

func (w *worker) stats() Stats {
	return Stats{Stored: w.stored.Load(), Skipped: w.skipped.Load(), Failed: w.failed.Load(),
		Retried: w.retried.Load(), Events: w.events.Load(), Mentions: w.mentions.Load()}
}

// warn gives msg, a warning about an article, to Config.Warn, else
// logs it.
func (w *worker) warn(msg string) {
	if w.cfg.Warn == nil {
		w.logf("%s", msg)
		return
	}
	w.logMu.Lock()
	w.cfg.Warn(msg)
	w.logMu.Unlock()
}

func (w *worker) logf(format string, args ...any) {
	if w.cfg.Log == nil {
		return
	}
	w.logMu.Lock()
	fmt.Fprintf(w.cfg.Log, format+"\n", args...)
	w.logMu.Unlock()
}

func (w *worker) loop(ctx context.Context, cons jetstream.Consumer) {
	for ctx.Err() == nil {
		batch, err := cons.Fetch(w.cfg.Batch, jetstream.FetchMaxWait(w.cfg.Poll))
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			w.logf("fetch: %v", err)
			select {
			case <-time.After(w.cfg.Poll):
			case <-ctx.Done():
			}
			continue
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if len(msgs) == 0 {
			continue
		}
		// The batch in hand is stored even when ctx is done meanwhile,
		// within AckWait: after that it is someone else's; what is not
		// coded when ctx is done goes back to the queue (process)
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.AckWait)
		down := w.process(bctx, ctx, msgs)
		cancel()
		if down {
			select {
			case <-time.After(w.cfg.RetryDelay):
			case <-ctx.Done():
			}
		}
	}
}

// job is one message of a batch on its way through.
type job struct {
	msg jetstream.Msg
	a   *dyad.Article
	evs []dyad.Event
}

// process handles one batch, its store queries under ctx. When stop is
// done the articles not yet coded, and the one being coded, are handed
// back (handBack) and the others stored. It reports whether the store was
// found unreachable (the batch then went back to the queue).
func (w *worker) process(ctx, stop context.Context, msgs []jetstream.Msg) (down bool) {
	var jobs []job
	for _, m := range msgs {
		msg := message{Article: new(dyad.Article)}
		if err := json.Unmarshal(m.Data(), &msg); err != nil {
			w.fail(ctx, m, fmt.Errorf("not an article: %w", err))
			continue
		}
		a := msg.Article
		a.Claimed = msg.Claimed
		if a.ID == "" {
			w.fail(ctx, m, errors.New("article without an id"))
			continue
		}
		if a.Published == "" && w.cfg.Date != "" {
			a.Published, a.PublishedFrom = w.cfg.Date, "flag"
		}
		a.Dict = w.cfg.Dict
		jobs = append(jobs, job{msg: m, a: a})
	}
	stored, err := w.storedAlready(ctx, jobs)
	coded := jobs[:0]
	var otherDict, otherDate storedSkips
	for i, j := range jobs {
		if err != nil {
			down = w.retry(ctx, j.msg, j.a, err) || down
			continue
		}
		if stored[i] == j.a.ID && j.a.Claimed {
			// a page claiming the address stored with another story:
			// an article of its own, known by its text
			has, serr := w.storedOwn(ctx, j.a)
			if serr != nil {
				down = w.retry(ctx, j.msg, j.a, serr) || down
				continue
			}
			if !has {
				stored[i] = ""
			}
		}
		if stored[i] != "" {
			if sa := w.storedArticle(ctx, stored[i]); sa != nil {
				if !actors.SameDict(sa.Dict, w.cfg.Dict) {
					otherDict.add(storedSkip{dict: sa.Dict, first: stored[i]})
				}
				if msg := editWarning(j.a, stored[i], sa); msg != "" {
					w.warn(msg)
				}
				if j.a.PublishedFrom == "flag" && sa.Published != j.a.Published {
					// dated by --date (the worker's or dyad ingest's):
					// the stored article keeps its date and events
					otherDate.add(storedSkip{dated: sa.Published, date: j.a.Published, first: stored[i]})
				}
			}
			w.skipped.Add(1)
			w.ack(j.msg, j.a)
			continue
		}
		if stop.Err() != nil {
			w.handBack(j.msg, j.a)
			continue
		}
		evs, err := w.code(stop, j.a)
		if err != nil && stop.Err() != nil && errors.Is(err, stop.Err()) {
			w.handBack(j.msg, j.a) // (stopped within it: not coded)
			continue
		}
		if err != nil {
			w.fail(ctx, j.msg, err)
			continue
		}
		j.evs = evs
		coded = append(coded, j)
	}
	for _, d := range otherDict {
		w.warn(d.dictWarning(w.cfg.Dict))
	}
	for _, d := range otherDate {
		w.warn(d.dateWarning())
	}
	jobs = coded
	if len(jobs) == 0 {
		return down
	}
	items := make([]sqlite.Item, len(jobs))
	for i, j := range jobs {
		items[i] = sqlite.Item{Article: j.a, Events: j.evs}
	}
	res, err := w.cfg.Store.SaveBatch(ctx, items)
	if err == nil {
		for i, j := range jobs {
			down = w.saved(ctx, stop, j, res[i]) || down
		}
		return down
	}
	// One bad article must not hold back the others: store them one by one.
	for i, j := range jobs {
		r, err := w.cfg.Store.SaveBatch(ctx, items[i:i+1])
		if err != nil {
			down = w.retry(ctx, j.msg, j.a, err) || down
			continue
		}
		down = w.saved(ctx, stop, j, r[0]) || down
	}
	return down
}

// saved counts and acks j, stored with result r. A page claiming an
// address (Claimed) found stored meanwhile (by an article of its batch, or
// another worker's) with another story is coded again under its text's id
// and stored (ownStory) first; a store error then hands it back (retry),
// which it reports as process does.
func (w *worker) saved(ctx, stop context.Context, j job, r sqlite.Result) (down bool) {
	if !r.Added && j.a.Claimed {
		old := j.a.ID
		msg, err := w.ownStory(ctx, j.a)
		if err == nil && msg != "" {
			var evs []dyad.Event
			if evs, err = w.code(stop, j.a); err == nil {
				var res []sqlite.Result
				if res, err = w.cfg.Store.SaveBatch(ctx, []sqlite.Item{{Article: j.a, Events: evs}}); err == nil && len(res) == 1 {
					r = res[0]
					if r.Added {
						w.warn(msg)
					}
				}
			}
		}
		if err != nil {
			j.a.ID = old
			return w.retry(ctx, j.msg, j.a, err)
		}
	}
	w.count(r)
	w.ack(j.msg, j.a)
	return false
}

// storedOwn is called for a, a page claiming the address its id hashes
// (Claimed), found stored under that id. When the stored article tells
// another story, a gets its text's id (ownStory) and it reports whether
// that one is stored, warning when it is not (a is then coded and
// stored); else it reports true, a left as it is.
func (w *worker) storedOwn(ctx context.Context, a *dyad.Article) (bool, error) {
	old := a.ID
	msg, err := w.ownStory(ctx, a)
	if err != nil || msg == "" {
		return true, err
	}
	has, err := w.cfg.Store.HasArticle(ctx, a.ID)
	if err != nil {
		a.ID = old
		return true, err
	}
	if !has {
		w.warn(msg)
	}
	return has, nil
}

// ownStory is the worker's article.OwnStory: when a, a page claiming the
// address its id hashes (Claimed), finds stored under that id an article
// that tells another story (article.OtherStory), it gives a its text's id
// and returns the warning that says so, naming the stored article's
// input. It returns "" and leaves a as it is otherwise, and when the
// store returns no articles.
func (w *worker) ownStory(ctx context.Context, a *dyad.Article) (string, error) {
	g, ok := w.cfg.Store.(articleGetter)
	if !ok || !a.Claimed || a.URL == "" {
		return "", nil
	}
	sa, err := g.Article(ctx, a.ID)
	if errors.Is(err, sqlite.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if !article.OtherStory(strings.Join(a.Body, "\n\n"), strings.Join(sa.Body, "\n\n")) {
		return "", nil
	}
	return article.OwnStory(a, sa.Input), nil
}

// articleGetter is a Store that returns a stored article (sqlite and
// postgres do).
type articleGetter interface {
	Article(ctx context.Context, id string) (*sqlite.StoredArticle, error)
}

// storedArticle returns the stored article id, for the warnings of a
// queued article found stored already; nil when the store returns no
// articles or the look-up fails (a warning is not worth a retry).
func (w *worker) storedArticle(ctx context.Context, id string) *sqlite.StoredArticle {
	g, ok := w.cfg.Store.(articleGetter)
	if !ok {
		return nil
	}
	sa, err := g.Article(ctx, id)
	if err != nil {
		return nil
	}
	return sa
}

// editWarning is the warning for a, a queued page found stored already
// under the id of its address (id) as sa with another text, as dyad
// ingest --db gives it: "p.html: stored already as article 66551d423c02ce9f
// with another text (an edit of it: 78 words, stored 61): the stored text
// and its events are kept, this text is not coded (to code it, queue it
// for a new store)". It is "" for the same words (white space aside), for
// an article known by its text or by an id its input gave, and for one
// found under another id (an older one of its address).
func editWarning(a *dyad.Article, id string, sa *sqlite.StoredArticle) string {
	if id != a.ID {
		return ""
	}
	diff, ok := article.Edited(a, strings.Join(sa.Body, "\n\n"))
	if !ok {
		return ""
	}
	name := a.InputName()
	if name == "" {
		name = a.URL
	}
	return fmt.Sprintf("%s: stored already as article %s with another text (an edit of it: %s): the stored text and its events are kept, this text is not coded (to code it, queue it for a new store)",
		name, a.ID, diff)
}

// storedSkips count a batch's articles found stored already with events
// coded with other dictionaries (dict, the stored --dict), or with
// another publication date than the --date given them (dated, the stored
// one, "" for none; date), by kind, in the order met.
type storedSkips []storedSkip

type storedSkip struct {
	dict        string
	dated, date string
	first       string // the first article's id
	n           int
}

func (ss *storedSkips) add(s storedSkip) {
	for i := range *ss {
		if (*ss)[i].dict == s.dict && (*ss)[i].dated == s.dated && (*ss)[i].date == s.date {
			(*ss)[i].n++
			return
		}
	}
	s.n = 1
	*ss = append(*ss, s)
}

// dateWarning is the log line for d, articles dated by --date stored
// already with another date or none: "queued article a00 stored already
// with no publication date: --date 2024-03-05 is not applied to it (to
// date its events, queue it for a new store)", or, for more, "3 queued
// articles stored already (the first a00) dated 2024-03-01: …", as dyad
// ingest warns of one.
func (d storedSkip) dateWarning() string {
	stored := "with no publication date"
	if d.dated != "" {
		stored = "dated " + d.dated
	}
	if d.n == 1 {
		return fmt.Sprintf("queued article %s stored already %s: --date %s is not applied to it (to date its events, queue it for a new store)",
			d.first, stored, d.date)
	}
	return fmt.Sprintf("%d queued articles stored already (the first %s) %s: --date %s is not applied to them (to date their events, queue them for a new store)",
		d.n, d.first, stored, d.date)
}

// dictWarning is the log line for d, the worker coding with dict: "queued
// article a00 stored already, its events coded with --dict old/ …: this
// worker's --dict new/ … is not applied to it (…)", or, for more, "3
// queued articles stored already (the first a00), their events …".
func (d storedSkip) dictWarning(dict string) string {
	stored, mine := "no --dict", "built-in dictionaries alone (no --dict) are"
	if d.dict != "" {
		stored = "--dict " + d.dict
	}
	if dict != "" {
		mine = "--dict " + dict + " is"
	}
	if d.n == 1 {
		return fmt.Sprintf("queued article %s stored already, its events coded with %s: this worker's %s not applied to it (to code it with these dictionaries, queue it for a new store)",
			d.first, stored, mine)
	}
	return fmt.Sprintf("%d queued articles stored already (the first %s), their events coded with %s: this worker's %s not applied to them (to code them with these dictionaries, queue them for a new store)",
		d.n, d.first, stored, mine)
}

// BatchStore is a Store that also answers HasArticle for many ids in one
// query (*postgres.DB does); workers then ask it once per fetched batch.
type BatchStore interface {
	Store
	HasArticles(ctx context.Context, ids []string) ([]bool, error)
}

// storedAlready returns, for each of the jobs' articles, the id it is
// stored under ("" when not stored): its own, or the id it had in a store
// written before the user's --date was left out of ids
// (article.FlagDatedID) or before ids hashed the canonical URL
// (dyad.RawURLArticleID), as dyad ingest looks them up, so that a text
// queued again with --date, or a page under its tracking link, is
// skipped, not stored twice.
func (w *worker) storedAlready(ctx context.Context, jobs []job) ([]string, error) {
	if len(jobs) == 0 {
		return nil, nil
	}
	var ids []string // each job's id, then its ids in an older store (if any)
	for _, j := range jobs {
		ids = append(ids, j.a.ID)
		ids = append(ids, oldIDs(j.a)...)
	}
	has := make(map[string]bool, len(ids))
	if bs, ok := w.cfg.Store.(BatchStore); ok {
		found, err := bs.HasArticles(ctx, ids)
		if err != nil {
			return nil, err
		}
		for i, id := range ids {
			has[id] = i < len(found) && found[i]
		}
	} else {
		for _, id := range ids {
			var err error
			if has[id], err = w.cfg.Store.HasArticle(ctx, id); err != nil {
				return nil, err
			}
		}
	}
	stored := make([]string, len(jobs))
	for i, j := range jobs {
		if has[j.a.ID] {
			stored[i] = j.a.ID
			continue
		}
		for _, old := range oldIDs(j.a) {
			if has[old] {
				stored[i] = old
				break
			}
		}
	}
	return stored, nil
}

// oldIDs are the ids a is stored under in stores written before its id was
// computed as it is: article.FlagDatedID, dyad.RawURLArticleID (none,
// one or both "" and left out).
func oldIDs(a *dyad.Article) []string {
	var ids []string
	for _, id := range []string{article.FlagDatedID(a), dyad.RawURLArticleID(a.ID, a.URL)} {
		if id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

func (w *worker) count(r sqlite.Result) {
	if r.Added {
		w.stored.Add(1)
	} else {
		w.skipped.Add(1)
	}
	w.events.Add(int64(r.NewEvents))
	w.mentions.Add(int64(r.Mentions))
}

// code runs the coder, turning a panic into an error naming the article;
// a ContextCoder stops when stop is done, with stop's error.
func (w *worker) code(stop context.Context, a *dyad.Article) (evs []dyad.Event, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("coder panicked: %v", p)
		}
	}()
	if cc, ok := w.cfg.Coder.(ContextCoder); ok {
		return cc.CodeContext(stop, a)
	}
	return w.cfg.Coder.Code(a), nil
}

// handBack returns an article not coded, the worker stopping, to the
// queue at once (Nak): the next worker codes it, with no wait for AckWait.
func (w *worker) handBack(m jetstream.Msg, a *dyad.Article) {
	if err := m.Nak(); err != nil {
		w.logf("article %s: hand back: %v", a.ID, err)
	}
}

func (w *worker) ack(m jetstream.Msg, a *dyad.Article) {
	// A lost ack only means a redelivery, which stores nothing twice.
	if err := m.Ack(); err != nil {
		w.logf("article %s: ack: %v", a.ID, err)
	}
}

// retry hands an article back after a store error, or fails it on its
// MaxDeliver-th delivery unless the store is unreachable (a trivial
// query fails too), which it reports.
func (w *worker) retry(ctx context.Context, m jetstream.Msg, a *dyad.Article, err error) (down bool) {
	_, herr := w.cfg.Store.HasArticle(ctx, "")
	down = herr != nil
	if md, merr := m.Metadata(); !down && merr == nil && md.NumDelivered >= uint64(w.cfg.MaxDeliver) {
		w.fail(ctx, m, fmt.Errorf("delivery %d of %d: %w", md.NumDelivered, w.cfg.MaxDeliver, err))
		return false
	}
	w.retried.Add(1)
	w.logf("article %s (%s): will retry: %v", a.ID, a.Input, err)
	if nerr := m.NakWithDelay(w.cfg.RetryDelay); nerr != nil {
		w.logf("article %s: nak: %v", a.ID, nerr)
	}
	return down
}

// fail copies a message to the failed stream with the error and
// terminates it. When the copy cannot be written the message is left
// unacked, to come back after AckWait.
func (w *worker) fail(ctx context.Context, m jetstream.Msg, cause error) {
	name := "message"
	if md, err := m.Metadata(); err == nil {
		name = fmt.Sprintf("message %d", md.Sequence.Stream)
	}
	w.logf("%s: failed: %v", name, cause)
	fm := &nats.Msg{Subject: FailedSubject, Data: m.Data(), Header: nats.Header{}}
	fm.Header.Set(ErrorHeader, cause.Error())
	if _, err := w.js.PublishMsg(ctx, fm); err != nil {
		w.logf("%s: copy to %s: %v", name, FailedStream, err)
		return
	}
	w.failed.Add(1)
	if err := m.TermWithReason(cause.Error()); err != nil {
		w.logf("%s: term: %v", name, err)
	}
}
