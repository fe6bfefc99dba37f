// Package http is dyad serve: a read-only JSON API over a dyad store and
// the web page (embedded HTML, JS, CSS, SVG drawn in the browser; no CDN,
// no build step) that browses it.
//
// Endpoints (all GET; JSON; errors are {"error": "…"} with status 400 for a
// malformed parameter, 404 for an unknown id, 405 for another method, 503
// when the work takes over RequestTimeout, 500 otherwise; every request
// is answered, in JSON, within RequestTimeout):
//
//	/api/events         aggregated events matching the filters, in id order, paged;
//	                    each with at most sqlite.MaxAlso "also" entries and
//	                    "also_total" past that; one_a_day=1 gives one event per
//	                    day, source country, target country, CAMEO root and
//	                    status (store.OneADay, as dyad events --one-a-day), the
//	                    group's num_mentions summed, its num_sources and
//	                    num_articles its distinct outlets and articles, and
//	                    "merged_event_ids" listed
//	/api/events/{id}    one aggregated event with its first MaxMentions mentions and
//	                    their evidence ("more_mentions" when it has more), by
//	                    global_event_id or by the id of an event as coded
//	/api/articles/{id}  an article's text (its first MaxArticleText bytes,
//	                    "text_truncated" past that) with its first MaxSpans
//	                    coded spans located in it ("spans_total" past that)
//	/api/actors         actors by mention count; q searches codes and names
//	/api/timeline       events per day, month or year by QuadClass or CAMEO root
//	/api/dyads          source → target pairs with event counts and mean Goldstein
//	/api/places         event locations with counts (the map)
//
// Filters (the flags of dyad events): from, to, actor, country, dyad
// (SRC,TGT), cameo, root, quad, plover, status, q (SQLite FTS5 syntax).
// Unknown parameters are rejected, so a typo is never silently ignored.
//
// The handler reads any Store: a SQLite file (*sqlite.DB, opened with
// sqlite.OpenReadOnly) or a PostgreSQL database (*postgres.DB, opened
// with postgres.OpenReadOnly); both give the same answers.
package http

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	nethttp "net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/store"
)

//go:embed assets
var assets embed.FS

// Limits of the API.
const (
	// DefaultLimit and MaxLimit bound the events of one /api/events page.
	DefaultLimit = 50
	MaxLimit     = 500
	// MaxList caps /api/actors, /api/dyads and /api/places.
	MaxList = 1000
	// MaxBody is the largest request body read (requests are GETs).
	MaxBody = 1 << 10
	// RequestTimeout bounds one request's database work.
	RequestTimeout = 10 * time.Second
)

// Store is what the Handler reads: the aggregated events, their mentions
// and articles, the counts behind the lists, and the in-memory
// EventIndex. *sqlite.DB and *postgres.DB implement it with the same
// semantics (same filters, orders and values); each method is documented
// on sqlite.DB. Errors for an unknown event or article wrap
// sqlite.ErrNotFound.
type Store interface {
	// Events returns the aggregated events matching f in id order.
	Events(ctx context.Context, f sqlite.Filter) ([]sqlite.StoredEvent, error)
	// EachEvent streams them to fn, stopping at fn's first error (what
	// one_a_day reads: store.OneADay).
	EachEvent(ctx context.Context, f sqlite.Filter, fn func(sqlite.StoredEvent) error) error
	// GroupCounts returns the distinct outlets and articles among the
	// mentions of the events ids (a one_a_day group's NumSources and
	// NumArticles).
	GroupCounts(ctx context.Context, ids []int64) (sources, articles int, err error)
	// Event returns one aggregated event.
	Event(ctx context.Context, id int64) (*sqlite.StoredEvent, error)
	// MentionEvent returns the global id of the aggregated event that has
	// the mention with this id (dyad.Event.ID).
	MentionEvent(ctx context.Context, mid string) (int64, error)
	// EventsByID returns these events in the order given, unknown ids
	// left out.
	EventsByID(ctx context.Context, ids []int64) ([]sqlite.StoredEvent, error)
	// EachMention streams an event's mentions in storage order, stopping
	// at fn's first error.
	EachMention(ctx context.Context, eventID int64, fn func(sqlite.Mention) error) error
	// Article returns a stored article.
	Article(ctx context.Context, id string) (*sqlite.StoredArticle, error)
	// ArticleMentions returns an article's first limit mentions (all for
	// 0) by sentence, then storage order, and the number of them all.
	ArticleMentions(ctx context.Context, id string, limit int) ([]sqlite.Mention, int, error)
	// SearchActors returns actors by code prefix or name substring.
	SearchActors(ctx context.Context, q string, limit int) ([]sqlite.ActorCount, error)
	// Timeline, Dyads and Places are the lists computed in the store,
	// used until an index is loaded.
	Timeline(ctx context.Context, f sqlite.Filter, by, bucket string) ([]sqlite.TimelinePoint, error)
	Dyads(ctx context.Context, f sqlite.Filter, limit int) ([]sqlite.DyadCount, error)
	Places(ctx context.Context, f sqlite.Filter, limit int) ([]sqlite.PlaceCount, error)
	// CheckText returns an error when q is not a valid full-text query
	// (Filter.Text), matching errors.ErrUnsupported for valid syntax the
	// store cannot run; TextArticles returns the ids of the articles it
	// matches.
	CheckText(ctx context.Context, q string) error
	TextArticles(ctx context.Context, q string) ([]string, error)
	// LoadEventIndex reads the in-memory index; Stale reports whether
	// mentions were stored since ix was read.
	LoadEventIndex(ctx context.Context) (*sqlite.EventIndex, error)
	Stale(ctx context.Context, ix *sqlite.EventIndex) (bool, error)
}

var _ Store = (*sqlite.DB)(nil)

// Handler serves the API and the page from a Store. It is safe for
// concurrent use.
type Handler struct {
	db  Store
	gaz *gazetteer.Gazetteer // the states a country filter may name, the country names an actor filter is told of (nil: any)
	ont *cameo.Ontology      // the codes a cameo filter may start (nil: any)
	mux *nethttp.ServeMux
	ix  atomic.Pointer[sqlite.EventIndex] // nil: queries go to SQL

	cacheMu    sync.Mutex
	cacheIx    *sqlite.EventIndex // the index the cached responses were computed on
	cache      map[string][]byte  // request URI → 200 response body
	cacheBytes int
	flight     map[string]*call // requests being computed

	textMu sync.Mutex
	textIx *sqlite.EventIndex        // the index texts were computed on
	texts  map[string]map[int64]bool // FTS query → event ids
	// Log, when set, receives one line per failed request (status 500).
	Log *log.Logger

	timeout time.Duration // of one request's work: RequestTimeout
}

// New returns the handler of the API and page over db, which should be
// opened read-only (sqlite.OpenReadOnly, postgres.OpenReadOnly).
func New(db Store) *Handler {
	h := &Handler{db: db, mux: nethttp.NewServeMux(), timeout: RequestTimeout}
	if g, err := gazetteer.Default(); err == nil {
		h.gaz = g // (the embedded gazetteer always parses: TestDefault)
	}
	if o, err := cameo.Default(); err == nil {
		h.ont = o // (as the gazetteer)
	}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := nethttp.FileServerFS(static)
	h.mux.Handle("GET /assets/", nethttp.StripPrefix("/assets/", files))
	h.mux.HandleFunc("GET /{$}", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		nethttp.ServeFileFS(w, r, static, "index.html")
	})
	h.mux.HandleFunc("GET /api/events", h.api(h.events))
	h.mux.HandleFunc("GET /api/events/{id}", h.direct(h.event))
	h.mux.HandleFunc("GET /api/articles/{id}", h.direct(h.article))
	h.mux.HandleFunc("GET /api/actors", h.api(h.actors))
	h.mux.HandleFunc("GET /api/timeline", h.api(h.timeline))
	h.mux.HandleFunc("GET /api/dyads", h.api(h.dyads))
	h.mux.HandleFunc("GET /api/places", h.api(h.places))
	noEndpoint := func(w nethttp.ResponseWriter, r *nethttp.Request) {
		// a HEAD is the GET's headers: the same error, so the same
		// Content-Length ("no endpoint HEAD …" was a byte longer)
		writeErr(w, &apiError{nethttp.StatusNotFound, noEndpointMsg(r.URL)})
	}
	h.mux.HandleFunc("/api/", noEndpoint)
	h.mux.HandleFunc("/api", noEndpoint) // not the mux's redirect to /api/, answered in HTML
	return h
}

// noEndpointMsg is the 404 of a path no endpoint serves, the path as the
// request wrote it (escaped): "/api/events%2F1" is one segment, never
// /api/events/1, and naming it decoded named an endpoint that exists. A
// %2F is said to be a "/" inside a segment (an article id's own "/" is
// sent so, /api/articles/https:%2F%2F…).
func noEndpointMsg(u *url.URL) string {
	p := u.EscapedPath()
	msg := "no endpoint GET " + p
	if strings.Contains(strings.ToUpper(p), "%2F") {
		msg += fmt.Sprintf(` (%%2F is a "/" inside a path segment, not a separator: did you mean %s?)`, u.Path)
	}
	return msg
}

// LoadIndex loads the in-memory event index (sqlite.EventIndex), after
// which filters, timeline, dyads and places are computed from it instead of
// scanning the events table. Without it every query goes to SQL.
func (h *Handler) LoadIndex(ctx context.Context) error {
	ix, err := h.db.LoadEventIndex(ctx)
	if err != nil {
		return err
	}
	h.ix.Store(ix)
	return nil
}

// KeepIndexed loads the index, then reloads it whenever mentions were
// stored since (an ingest running beside serve), checking every interval,
// until ctx is done. Errors go to h.Log; queries fall back to SQL until a
// load succeeds.
func (h *Handler) KeepIndexed(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		ix := h.ix.Load()
		stale := ix == nil
		if ix != nil {
			var err error
			if stale, err = h.db.Stale(ctx, ix); err != nil && h.Log != nil && ctx.Err() == nil {
				h.Log.Printf("index: %v", err)
			}
		}
		if stale {
			start := time.Now()
			if err := h.LoadIndex(ctx); err != nil {
				if h.Log != nil && ctx.Err() == nil {
					h.Log.Printf("index: %v", err)
				}
			} else if h.Log != nil {
				h.Log.Printf("indexed %d events in %v", h.ix.Load().Len(), time.Since(start).Round(time.Millisecond))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// textSet resolves f.Text for ix (nil when empty): the events mentioned
// in the matching articles. The last few sets are kept with the index
// they were computed for, since the page asks for several views of one
// filter.
func (h *Handler) textSet(ctx context.Context, ix *sqlite.EventIndex, f sqlite.Filter) (map[int64]bool, error) {
	if f.Text == "" {
		return nil, nil
	}
	h.textMu.Lock()
	if h.textIx == ix {
		if set, ok := h.texts[f.Text]; ok {
			h.textMu.Unlock()
			return set, nil
		}
	}
	h.textMu.Unlock()
	arts, err := h.db.TextArticles(ctx, f.Text)
	if err != nil {
		return nil, err
	}
	set := ix.ArticleEvents(arts)
	h.textMu.Lock()
	if h.textIx != ix || len(h.texts) >= textCacheSize {
		h.textIx, h.texts = ix, map[string]map[int64]bool{}
	}
	h.texts[f.Text] = set
	h.textMu.Unlock()
	return set, nil
}

// textCacheSize is the number of full-text results kept.
const textCacheSize = 64

// ServeHTTP serves one request: GET and HEAD only, the body capped at
// MaxBody bytes (a declared longer body is a 413), security headers set.
func (h *Handler) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	hd := w.Header()
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
	if r.Method != nethttp.MethodGet && r.Method != nethttp.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		writeErr(w, &apiError{nethttp.StatusMethodNotAllowed, fmt.Sprintf("method %s: the API is read-only, use GET", r.Method)})
		return
	}
	if r.ContentLength > MaxBody {
		writeErr(w, &apiError{nethttp.StatusRequestEntityTooLarge, fmt.Sprintf("request body of %d bytes: at most %d are read (the API takes its parameters in the URL)", r.ContentLength, MaxBody)})
		return
	}
	r.Body = nethttp.MaxBytesReader(w, r.Body, MaxBody)
	if p := r.URL.EscapedPath(); p != "" && cleanAPIPath(dotSegments(p)) != p {
		// the mux would answer a redirect in HTML: a client is told in
		// JSON which path it meant, an API client's or not
		// ("/../../etc/passwd" is a 400, never a redirect), the path as
		// sent, as the mux reads it: an article id's "/" written %2F,
		// "https:%2F%2F…", is no empty segment; a "." or ".." written
		// %2E (RFC 3986 reads it so, as proxies and clients may
		// normalise it) is one, never an article id
		// A ".." that climbs out of the path's first segment
		// ("/assets/%2e%2e/%2e%2e/etc/passwd") gets no suggestion: the
		// path it resolves to ("/etc/passwd") is none the client meant
		// and none the server serves.
		if top, out := climbsOut(dotSegments(p)); out {
			where := "above the root"
			if top != "" {
				where = "out of /" + top + "/"
			}
			writeErr(w, &apiError{nethttp.StatusBadRequest, fmt.Sprintf("path %q has a \"..\" segment that climbs %s: paths are not resolved outside it", p, where)})
			return
		}
		writeErr(w, &apiError{nethttp.StatusBadRequest, fmt.Sprintf("path %q has an empty, \".\" or \"..\" segment: want %s", p, cleanAPIPath(dotSegments(p)))})
		return
	}
	if p := r.URL.EscapedPath(); strings.HasPrefix(p, "/api/") && len(p) > len("/api/") && strings.HasSuffix(p, "/") {
		// "/api/events/1/" is "/api/events/1" (it was "no endpoint"): a
		// trailing slash is no part of an id (an article id's own "/"
		// is sent %2F)
		u := *r.URL
		u.Path = strings.TrimSuffix(u.Path, "/")
		u.RawPath = strings.TrimSuffix(u.RawPath, "/")
		r2 := *r
		r2.URL = &u
		r = &r2
	}
	h.mux.ServeHTTP(w, r)
}

// cleanAPIPath returns p with empty, "." and ".." segments resolved
// (path.Clean), keeping a trailing slash: "/api/events//1" is
// "/api/events/1".
func cleanAPIPath(p string) string {
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c
}

// climbsOut reports whether the escaped path p (its dot segments written
// plain, dotSegments) has a ".." segment that leaves its first segment
// top: "/assets/../../etc/passwd" climbs out of "assets",
// "/../../etc/passwd" above the root (top ""); "/api/articles/.." stays
// in "api". Empty and "." segments do not move.
func climbsOut(p string) (top string, out bool) {
	depth := 0
	for _, s := range strings.Split(strings.TrimPrefix(p, "/"), "/") {
		switch s {
		case "", ".":
		case "..":
			if depth <= 1 {
				return top, true
			}
			depth--
		default:
			if depth == 0 {
				top = s
			}
			depth++
		}
	}
	return top, false
}

// dotSegments returns the escaped path p with each segment that decodes
// to "." or ".." ("%2E", "%2e%2E", ".%2E") written so: "/api/articles/%2E%2E"
// is "/api/articles/..".
func dotSegments(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if d, err := url.PathUnescape(s); err == nil && (d == "." || d == "..") {
			segs[i] = d
		}
	}
	return strings.Join(segs, "/")
}

// NewServer returns an http.Server for h on addr with read, write and idle
// timeouts and a header size cap, so slow or oversized clients cannot hold
// connections.
func NewServer(addr string, h nethttp.Handler) *nethttp.Server {
	return &nethttp.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      RequestTimeout + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    32 << 10,
	}
}

// apiError is an error with its HTTP status.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, a ...any) error {
	return &apiError{nethttp.StatusBadRequest, fmt.Sprintf(format, a...)}
}

func writeErr(w nethttp.ResponseWriter, err error) {
	status := nethttp.StatusInternalServerError
	var ae *apiError
	if errors.As(err, &ae) {
		status = ae.status
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = nethttp.StatusInternalServerError, []byte(`{"error":"encoding the response failed"}`)
	}
	writeBody(w, status, append(b, '\n'))
}

func writeBody(w nethttp.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// api adapts an endpoint: it bounds the request's time and turns the
// returned value or error into JSON.
//
// With the index loaded, successful responses are cached per request URI
// until the index is reloaded: every answer is a function of the index's
// snapshot and of stored rows that only change with new mentions, which
// also make the index reload. Concurrent identical requests that miss the
// cache are computed once.
// direct serves one event or article by id: a primary-key look-up of well
// under a millisecond, computed for each request and not cached, so that
// requests for ids at random do not evict the costly lists, timelines and
// searches from the cache.
func (h *Handler) direct(fn func(context.Context, *nethttp.Request) (any, error)) nethttp.HandlerFunc {
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		status, b := h.compute(context.WithValue(r.Context(), lookupKey{}, true), r, fn)
		writeBody(w, status, b)
	}
}

// lookupKey marks the context of a look-up by id (direct), whose time-out
// says that the store was slow, not that the filters were too broad.
type lookupKey struct{}

func (h *Handler) api(fn func(context.Context, *nethttp.Request) (any, error)) nethttp.HandlerFunc {
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		ix := h.ix.Load()
		if ix == nil {
			status, b := h.compute(r.Context(), r, fn)
			writeBody(w, status, b)
			return
		}
		key := r.URL.RequestURI()
		h.cacheMu.Lock()
		b, ok := h.cache[key]
		if ok && h.cacheIx == ix {
			h.cacheMu.Unlock()
			writeBody(w, nethttp.StatusOK, b)
			return
		}
		c := h.flight[key]
		if c == nil {
			c = &call{done: make(chan struct{})}
			if h.flight == nil {
				h.flight = map[string]*call{}
			}
			h.flight[key] = c
			h.cacheMu.Unlock()
			// Shared by the waiting requests: not cancelled with this one.
			c.status, c.body = h.compute(context.WithoutCancel(r.Context()), r, fn)
			h.cacheMu.Lock()
			delete(h.flight, key)
			if c.status == nethttp.StatusOK {
				if h.cacheIx != ix || h.cacheBytes+len(c.body) > MaxCache {
					h.cacheIx, h.cache, h.cacheBytes = ix, map[string][]byte{}, 0
				}
				h.cache[key] = c.body
				h.cacheBytes += len(c.body) + len(key)
			}
			h.cacheMu.Unlock()
			close(c.done)
		} else {
			h.cacheMu.Unlock()
			select {
			case <-c.done:
			case <-r.Context().Done():
				return
			}
		}
		writeBody(w, c.status, c.body)
	}
}

// call is a response being computed for one or more identical requests.
type call struct {
	done   chan struct{}
	status int
	body   []byte
}

// compute runs fn within RequestTimeout and returns the response's status
// and JSON body.
//
// The answer is JSON within RequestTimeout whatever fn does: fn runs
// (and its value is encoded) on a goroutine of its own, and when the time
// is up first the response is the 503 error, while fn, whose store
// queries are cancelled with ctx, winds down alone. (A value fn could not
// cancel, such as an event of 105 MB of JSON decoded and encoded, held
// the handler past the server's WriteTimeout, which then closed the
// connection with no reply.)
func (h *Handler) compute(ctx context.Context, r *nethttp.Request, fn func(context.Context, *nethttp.Request) (any, error)) (int, []byte) {
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel() // (not on fn's goroutine: its answer must win over ctx.Done)
	done := make(chan answer, 1)
	go func() {
		v, err := fn(ctx, r)
		if err != nil {
			done <- answer{err: err}
			return
		}
		b, err := json.Marshal(v)
		done <- answer{b, err}
	}()
	a := await(ctx, done)
	if a.err == nil {
		return nethttp.StatusOK, append(a.b, '\n')
	}
	err := a.err
	var ae *apiError
	switch {
	case errors.As(err, &ae):
	case errors.Is(err, sqlite.ErrNotFound):
		ae = &apiError{nethttp.StatusNotFound, err.Error()}
	case errors.Is(err, context.DeadlineExceeded) && ctx.Value(lookupKey{}) != nil:
		ae = &apiError{nethttp.StatusServiceUnavailable, "reading it took longer than " + h.timeout.String() + ": the store is busy; try again"}
	case errors.Is(err, context.DeadlineExceeded):
		ae = &apiError{nethttp.StatusServiceUnavailable, "the query took longer than " + h.timeout.String() + "; narrow the filters"}
	default:
		if h.Log != nil {
			h.Log.Printf("%s: %v", r.URL, err)
		}
		ae = &apiError{nethttp.StatusInternalServerError, "internal error"}
	}
	b, _ := json.Marshal(map[string]string{"error": ae.msg})
	return ae.status, append(b, '\n')
}

// answer is an endpoint's JSON, or its error.
type answer struct {
	b   []byte
	err error
}

// await returns the answer sent on done, or ctx's error when ctx is done
// first; an answer ready by then wins over the error (both ready at once
// when fn ended just as the time ran out).
func await(ctx context.Context, done <-chan answer) answer {
	select {
	case a := <-done:
		return a
	case <-ctx.Done():
		select {
		case a := <-done:
			return a
		default:
			return answer{err: ctx.Err()}
		}
	}
}

// MaxCache bounds the bytes of cached responses; the cache is emptied
// when full.
const MaxCache = 64 << 20

// filterParams are the query parameters parsed by parseFilter.
var filterParams = []string{"from", "to", "actor", "country", "dyad", "cameo", "root", "quad", "plover", "status", "min_confidence", "q"}

// boolParam reads the boolean parameter name: absent, "" , "0" or "false"
// is false, "1" or "true" true; another value is a 400 naming it.
func boolParam(r *nethttp.Request, name string) (bool, error) {
	switch v := r.URL.Query().Get(name); strings.ToLower(v) {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	default:
		return false, badRequest("%s %q: want 1 or true (0 or false, or leave it out, for every stored event)", name, v)
	}
}

// checkParams rejects a malformed query (a bad %-escape, pairs separated
// by ";": URL.Query would drop those pairs silently, their filters
// ignored) and parameters other than the filters (when filters is true)
// and extra.
func checkParams(r *nethttp.Request, filters bool, extra ...string) error {
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		msg := err.Error()
		if strings.Contains(msg, "semicolon") {
			msg += " (separate parameters with &; write a ; in a value as %3B)"
		}
		return badRequest("malformed query %q: %s", r.URL.RawQuery, msg)
	}
	for k, vs := range r.URL.Query() {
		ok := false
		for _, e := range extra {
			ok = ok || k == e
		}
		if filters {
			for _, e := range filterParams {
				ok = ok || k == e
			}
		}
		if !ok {
			return badRequest("unknown parameter %q", k)
		}
		if len(vs) > 1 {
			return badRequest("parameter %q given %d times", k, len(vs))
		}
		if !validText(vs[0]) {
			return badRequest("parameter %q: not valid UTF-8 text, or a NUL byte", k)
		}
	}
	return nil
}

// knownCountry reports whether iso3 is a state the gazetteer knows ("":
// no filter, true).
func (h *Handler) knownCountry(iso3 string) bool {
	if iso3 == "" || h.gaz == nil {
		return true
	}
	_, ok := h.gaz.Country(iso3)
	return ok
}

// validText reports whether s is UTF-8 without NUL bytes: text every
// store can compare (PostgreSQL rejects anything else).
func validText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

func validCode(s string) bool {
	if len(s) > 30 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// parseFilter reads the filter parameters of r into a sqlite.Filter.
func (h *Handler) parseFilter(ctx context.Context, r *nethttp.Request) (sqlite.Filter, error) {
	q := r.URL.Query()
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	for _, k := range filterParams {
		// "?actor=" filters nothing: a 400, as dyad events --actor ""
		// is a usage error (a form or script that left it blank)
		if vs, ok := q[k]; ok && len(vs) > 0 && strings.TrimSpace(vs[0]) == "" {
			return sqlite.Filter{}, badRequest("%s %q: an empty value filters nothing: give one or leave the parameter out", k, vs[0])
		}
	}
	f := sqlite.Filter{From: get("from"), To: get("to"), Actor: strings.ToUpper(get("actor")),
		Country: strings.ToUpper(get("country")), CAMEO: get("cameo"), Root: get("root"),
		Plover: strings.ToUpper(get("plover")), Status: dyad.Status(strings.ToLower(get("status"))), Text: get("q")}
	if err := f.CheckDates("from", "to"); err != nil {
		return f, badRequest("%s", err)
	}
	if d := get("dyad"); d != "" {
		src, tgt, ok := strings.Cut(d, ",")
		if !ok {
			return f, badRequest("dyad %q: want SRC,TGT (either may be empty)", d)
		}
		f.Dyad = [2]string{strings.ToUpper(strings.TrimSpace(src)), strings.ToUpper(strings.TrimSpace(tgt))}
	}
	if h.gaz != nil {
		// "actor=Syria" matched no code and answered an empty list: the
		// hint dyad events --actor gives
		for _, k := range []string{"actor", "country", "dyad"} {
			if err := h.gaz.NamedCountryError(k, get(k)); err != nil {
				return f, badRequest("%s", err)
			}
		}
	}
	if f.CAMEO != "" && strings.Trim(f.CAMEO, "0123456789") != "" {
		return f, badRequest("cameo %q: want digits", f.CAMEO)
	}
	for _, c := range []struct{ name, v string }{{"actor", f.Actor}, {"country", f.Country},
		{"dyad", f.Dyad[0]}, {"dyad", f.Dyad[1]}, {"cameo", f.CAMEO}} { // (root: its own message below)
		if !validCode(c.v) {
			return f, badRequest("%s %q: want letters and digits (a CAMEO code or prefix)", c.name, c.v)
		}
	}
	if f.CAMEO != "" && h.ont != nil && !h.ont.HasPrefix(f.CAMEO) {
		// "9999" would answer an empty list as if no event matched: a
		// 400, as dyad events --cameo 9999 is a usage error
		return f, badRequest("cameo %q: no CAMEO code starts so (codes have 2 to 4 digits: 19, 190, 0251)", f.CAMEO)
	}
	if f.Country != "" {
		if err := gazetteer.CheckCountryCode(f.Country); err != nil {
			return f, badRequest("country %q: %v", get("country"), err)
		}
	}
	if !h.knownCountry(f.Country) {
		return f, badRequest("country %q: no such ISO 3166 alpha-3 code (Germany is DEU, Britain GBR)", get("country"))
	}
	if f.Root != "" {
		// root=1 means root 01, as root=01 does
		r, ok := cameo.RootCode(f.Root)
		if !ok {
			return f, badRequest("root %q: want a CAMEO root 1–20 (or 01–20)", f.Root)
		}
		f.Root = r
	}
	if s := get("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return f, badRequest("quad %q: want 1, 2, 3 or 4", s)
		}
		f.QuadClass = n
	}
	if err := f.CheckCodes("cameo", "root", "quad"); err != nil {
		// cameo=0251&root=19 answered an empty list
		return f, badRequest("%s", err)
	}
	if f.Plover != "" && !cameo.IsPloverType(f.Plover) {
		return f, badRequest("plover %q: want a PLOVER event type (%s)", f.Plover, strings.Join(cameo.PloverTypes(), ", "))
	}
	switch f.Status {
	case "", dyad.Asserted, dyad.Alleged, dyad.Denied, dyad.Negated, dyad.Future, dyad.Hypothetical:
	default:
		return f, badRequest("status %q: want asserted, alleged, denied, negated, future or hypothetical", f.Status)
	}
	if mc := get("min_confidence"); mc != "" {
		v, err := strconv.ParseFloat(mc, 64)
		if err != nil || !(v >= 0 && v <= 1) {
			return f, badRequest("min_confidence %q: want a number from 0 to 1", mc)
		}
		f.MinConfidence = v
	}
	if len(f.Text) > 500 {
		return f, badRequest("q: longer than 500 bytes")
	}
	if f.Text != "" {
		if err := h.db.CheckText(ctx, f.Text); err != nil {
			if ctx.Err() != nil {
				return f, ctx.Err()
			}
			if errors.Is(err, errors.ErrUnsupported) {
				return f, badRequest("q %q: %v", f.Text, err)
			}
			return f, badRequest("q %q: %s", f.Text, sqlite.TextHelp)
		}
	}
	return f, nil
}

// intParam parses an optional integer parameter within [lo, hi].
func intParam(r *nethttp.Request, name string, def, lo, hi int64) (int64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s %q: want an integer from %d to %d", name, s, lo, hi)
	}
	return n, nil
}

// EventsPage is the response of /api/events. NextCursor, when not empty,
// is the cursor parameter of the next page.
type EventsPage struct {
	Events     []sqlite.StoredEvent `json:"events"`
	NextCursor string               `json:"next_cursor"`
}

func (h *Handler) events(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, true, "limit", "cursor", "one_a_day"); err != nil {
		return nil, err
	}
	oneADay, err := boolParam(r, "one_a_day")
	if err != nil {
		return nil, err
	}
	f, err := h.parseFilter(ctx, r)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return nil, err
	}
	if f.After, err = intParam(r, "cursor", 0, 0, 1<<62); err != nil {
		return nil, err
	}
	f.Limit = int(limit) + 1
	var evs []sqlite.StoredEvent
	if oneADay {
		// one event per day, country dyad, root and status, as dyad
		// events --one-a-day: the groups in the order of their
		// representatives' ids, paged by them (the matching events are
		// read whole, twice, from the store)
		if err := store.OneADay(ctx, h.db, f, func(e sqlite.StoredEvent) error {
			evs = append(evs, e)
			return nil
		}); err != nil {
			return nil, err
		}
	} else if ix := h.ix.Load(); ix != nil {
		text, err := h.textSet(ctx, ix, f)
		if err != nil {
			return nil, err
		}
		ids, err := ix.EventIDs(f, text)
		if err != nil {
			return nil, err
		}
		evs, err = h.db.EventsByID(ctx, ids)
		if err != nil {
			return nil, err
		}
	} else if evs, err = h.db.Events(ctx, f); err != nil {
		return nil, err
	}
	page := EventsPage{Events: evs}
	if len(evs) > int(limit) {
		page.Events = evs[:limit]
		page.NextCursor = strconv.FormatInt(evs[limit-1].GlobalEventID, 10)
	}
	if page.Events == nil {
		page.Events = []sqlite.StoredEvent{}
	}
	return page, nil
}

// EventDetail is the response of /api/events/{id}: the event and its
// mentions in storage order, at most MaxMentions of them; MoreMentions is
// true when the event has more (its num_mentions counts them all).
type EventDetail struct {
	Event        *sqlite.StoredEvent `json:"event"`
	Mentions     []sqlite.Mention    `json:"mentions"`
	MoreMentions bool                `json:"more_mentions"`
}

// MaxMentions bounds the mentions of one /api/events/{id} response (an
// event a page tells in 700,000 sentences has that many).
const MaxMentions = 1000

// errEnough stops a walk that has what it needs.
var errEnough = errors.New("enough")

func (h *Handler) event(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, false); err != nil {
		return nil, err
	}
	id, err := h.eventID(ctx, r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	ev, err := h.db.Event(ctx, id)
	if err != nil {
		return nil, err
	}
	d := EventDetail{Event: ev, Mentions: []sqlite.Mention{}}
	err = h.db.EachMention(ctx, id, func(m sqlite.Mention) error {
		if len(d.Mentions) == MaxMentions {
			d.MoreMentions = true
			return errEnough
		}
		d.Mentions = append(d.Mentions, m)
		return nil
	})
	if err != nil && err != errEnough {
		return nil, err
	}
	return d, nil
}

// eventID reads the id of /api/events/{id}: a number of up to 15 digits
// is the aggregated event's global_event_id; anything else is the id of
// an event as coded (its "id", dyad.Event.ID: 16 hex digits, a further
// telling's with "@SENTENCE"), looked up among the mentions. An unknown id
// is an error wrapping sqlite.ErrNotFound (404); a malformed one, which no
// event can have, is a 400: "0", "01", a signed number ("+1", "-1": no
// event's id has a sign), a number of 17 digits or more (too long for
// a global_event_id, and not an event's 16 hex digits), or any other id
// that is not 16 lower-case hex digits, with "@SENTENCE" or not ("zzz").
func (h *Handler) eventID(ctx context.Context, s string) (int64, error) {
	digits := s != "" && strings.Trim(s, "0123456789") == ""
	if len(s) > 1 && (s[0] == '+' || s[0] == '-') && strings.Trim(s[1:], "0123456789") == "" {
		return 0, badRequest("event id %q: a signed number, want a positive integer without a sign (global_event_id) or an event's id", s)
	}
	if digits && len(s) < 16 {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id < 1 || s != strconv.FormatInt(id, 10) { // not "0", "01"
			return 0, badRequest("event id %q: want a positive integer (global_event_id) or an event's id", s)
		}
		return id, nil
	}
	if digits && len(s) > 16 {
		return 0, badRequest("event id %q: a number of %d digits, want a global_event_id (up to 15 digits) or an event's id (16 lower-case hex digits)", s, len(s))
	}
	if !codedEventID(s) {
		return 0, badRequest("event id %q: want a positive integer (global_event_id) or an event's id (16 lower-case hex digits)", s)
	}
	return h.db.MentionEvent(ctx, s)
}

// codedEventID reports whether s can be the id of an event as coded
// (dyad.Event.ID): 16 lower-case hex digits, or those then "@" and a
// sentence index, -1 for the title, else 0 or more (a further telling:
// "5d879398143d6172@-1"; "@-2" is none).
func codedEventID(s string) bool {
	id, sentence, telling := strings.Cut(s, "@")
	if len(id) != 16 || strings.Trim(id, "0123456789abcdef") != "" {
		return false
	}
	if !telling {
		return true
	}
	n, err := strconv.Atoi(sentence)
	return err == nil && sentence == strconv.Itoa(n) && n >= -1 // -1 the title, else a sentence of the body
}

func (h *Handler) actors(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, false, "q", "limit"); err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 50, 1, MaxList)
	if err != nil {
		return nil, err
	}
	// "?q=" searches nothing: a 400, as an empty filter of /api/events
	// (leave q out to list every actor)
	if vs, ok := r.URL.Query()["q"]; ok && len(vs) > 0 && strings.TrimSpace(vs[0]) == "" {
		return nil, badRequest("q %q: an empty value filters nothing: give one or leave the parameter out", vs[0])
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 100 {
		return nil, badRequest("q: longer than 100 bytes")
	}
	as, err := h.db.SearchActors(ctx, q, int(limit))
	if err != nil {
		return nil, err
	}
	return map[string]any{"actors": as}, nil
}

func (h *Handler) timeline(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, true, "by", "bucket"); err != nil {
		return nil, err
	}
	f, err := h.parseFilter(ctx, r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	by, bucket := q.Get("by"), q.Get("bucket")
	if by == "" {
		by = "quad"
	}
	if bucket == "" {
		bucket = "day"
	}
	if by != "quad" && by != "root" {
		return nil, badRequest("by %q: want quad or root", by)
	}
	if bucket != "day" && bucket != "month" && bucket != "year" {
		return nil, badRequest("bucket %q: want day, month or year", bucket)
	}
	var pts []sqlite.TimelinePoint
	if ix := h.ix.Load(); ix != nil {
		text, err := h.textSet(ctx, ix, f)
		if err != nil {
			return nil, err
		}
		pts, err = ix.Timeline(f, text, by, bucket)
		if err != nil {
			return nil, err
		}
	} else {
		pts, err = h.db.Timeline(ctx, f, by, bucket)
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"by": by, "bucket": bucket, "points": pts}, nil
}

func (h *Handler) dyads(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, true, "limit"); err != nil {
		return nil, err
	}
	f, err := h.parseFilter(ctx, r)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 60, 1, MaxList)
	if err != nil {
		return nil, err
	}
	var ds []sqlite.DyadCount
	if ix := h.ix.Load(); ix != nil {
		text, err := h.textSet(ctx, ix, f)
		if err != nil {
			return nil, err
		}
		ds, err = ix.Dyads(f, text, int(limit))
		if err != nil {
			return nil, err
		}
	} else {
		ds, err = h.db.Dyads(ctx, f, int(limit))
	}
	if err != nil {
		return nil, err
	}
	roundDyads(ds)
	return map[string]any{"dyads": ds}, nil
}

func (h *Handler) places(ctx context.Context, r *nethttp.Request) (any, error) {
	if err := checkParams(r, true, "limit"); err != nil {
		return nil, err
	}
	f, err := h.parseFilter(ctx, r)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 300, 1, MaxList)
	if err != nil {
		return nil, err
	}
	var ps []sqlite.PlaceCount
	if ix := h.ix.Load(); ix != nil {
		text, err := h.textSet(ctx, ix, f)
		if err != nil {
			return nil, err
		}
		ps, err = ix.Places(f, text, int(limit))
		if err != nil {
			return nil, err
		}
	} else {
		ps, err = h.db.Places(ctx, f, int(limit))
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"places": ps}, nil
}
