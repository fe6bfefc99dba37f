// Package ingest reads news from many sources — files, folders, globs,
// URLs, RSS/Atom/JSON feeds and WARC archives — codes each article with an
// event coder and stores articles and events in a dyad store (package
// sqlite).
//
// Work runs as a pipeline: the sources are expanded into inputs, GOMAXPROCS
// workers read, parse and code inputs in parallel through bounded queues,
// and one writer goroutine stores coded articles in batches, one
// transaction per batch. Articles already stored (same id) are skipped
// before coding, so re-running an ingest adds nothing, and a run killed at
// any point leaves a valid database that a re-run completes. A failed input
// is recorded in the Summary and does not stop the run.
package ingest

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/feed"
	"github.com/dyad-events/dyad/internal/ctxio"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/warc"
)

// Coder codes an article's events; *events.Coder is one. Code must be safe
// for concurrent use.
type Coder interface {
	Code(*dyad.Article) []dyad.Event
}

// ContextCoder is a Coder that stops coding when a context is done
// ((*events.Coder).CodeContext): CodeContext returns Code's events, or
// ctx.Err() once ctx is done. Run codes with it when Config.Coder has it,
// so that a cancelled run (Ctrl-C) stops within a sentence's work even in
// a 20 MB article, that article left unstored.
type ContextCoder interface {
	Coder
	CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error)
}

// ReadFunc parses one input's bytes into articles: name is the input (a
// path, URL or "file.warc:record N") for errors and Article.Input, url the
// address the bytes came from ("" for local files). The article package's
// Read, with the user's options and url as Options.URL, is the usual one. It
// may return articles together with an error (a JSONL file with some bad
// lines): the articles are stored and the error recorded.
type ReadFunc func(name string, data []byte, url string) ([]*dyad.Article, error)

// FetchFunc downloads a URL, returning its body and final URL
// (article.Fetch).
type FetchFunc func(ctx context.Context, url string) ([]byte, string, error)

// DB is what ingest needs of a store: *sqlite.DB, the PostgreSQL store
// (package store) and a queue sink all satisfy it.
type DB interface {
	// Path names the store; a file path keeps the store's own files out
	// of folder inputs.
	Path() string
	HasArticle(ctx context.Context, id string) (bool, error)
	SaveBatch(ctx context.Context, items []sqlite.Item) ([]sqlite.Result, error)
}

// DefaultBatch is the number of articles the writer stores per
// transaction unless Config.Batch says otherwise. Each transaction writes
// a full-text index segment (merged later) and the B-tree pages it
// touched; on the text corpora SaveBatch takes ~12% less CPU with 256
// articles a transaction than with 64. The coded articles waiting for the
// writer, at most two batches, are what ingest holds in memory.
const DefaultBatch = 256

// Config configures Run.
type Config struct {
	DB    DB        // required
	Coder Coder     // required
	Read  ReadFunc  // required for pages, text and JSONL inputs
	Fetch FetchFunc // required for URL sources
	// Date, when set (YYYY-MM-DD, dyad ingest --date), dates a feed's
	// items that carry no date of their own (PublishedFrom "flag"), as
	// Read and Stream date the pages and records they read
	Date string
	// Stream, when set, reads .jsonl/.ndjson files line by line (any size,
	// bounded memory), calling fn per article and bad per bad line; it is
	// given a .jsonl.gz's bytes as they are, gzip'd: article.EachJSONL,
	// which inflates them, fits it.
	Stream func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error
	// MaxInput caps the size of a file read whole (0: 50 MiB); larger files
	// fail at once, before they are read, naming their size.
	MaxInput int64
	// FollowLinks makes feed items stand for their pages: each item's link
	// is fetched (Fetch) and read (Read), the item's own title, date and
	// summary filling in what the page lacks; when the page cannot be
	// fetched or read, the failure is recorded and the item's summary is
	// stored instead.
	FollowLinks bool
	// Warn, when set, receives each warning about an input that is read
	// all the same (a feed item whose date cannot be read:
	// feed.ReadWarn; an article updated years after it was published,
	// dated as published or by its update: article.DateByUpdate), from the worker
	// goroutines, so concurrently.
	Warn func(string)
	// Dict names the user dictionaries (--dict) the Coder codes with,
	// as actors.DirID gives it, "" for the built-in ones alone: each
	// article stored gets it (dyad.Article.Dict), and an article skipped
	// as stored already with another one is warned of through Warn
	// (dictNotApplied), its stored events kept.
	Dict string
	// DictDir is the folder of those user dictionaries (--dict), "" for
	// none: its *.txt files are dictionaries, never articles, so an
	// ingest of a folder holding it leaves them out.
	DictDir string
	// WarnUndated, with Warn set, warns once per run, when it ends, of
	// how many of the articles read have no publication date, naming the
	// first such record in input order (article.UndatedWarning): set it
	// unless the user gave a date for such articles.
	WarnUndated bool
	// UndatedCountry, when set, gives the ISO 3166 alpha-3 code of the
	// state whose office holders an article names most
	// ((*events.Coder).OfficeCountry), "" for none: the
	// undated warning's example code is the first undated article's
	// ("AUS, not AUSGOV"), none when it returns "".
	UndatedCountry func(*dyad.Article) string
	// Workers is the number of parallel readers/coders (0: GOMAXPROCS).
	Workers int
	// Batch is the number of articles stored per transaction (0:
	// DefaultBatch).
	Batch int
	// MaxWait bounds how long a coded article waits for its batch to fill
	// before the batch is stored anyway (0: 250 ms).
	MaxWait time.Duration
	// Progress receives a one-line status, rewritten in place ("\r"),
	// twice a second; nil for none. Give it a terminal only.
	Progress io.Writer
}

// Failure is an input that could not be read, parsed or stored, or a bad
// record inside one: the one shape of a failure in dyad's JSON reports
// (dyad ingest --json, dyad bench --json), {"input": …, "error": …}.
// Input names the input (a path as given, a URL, "-"), followed for a
// failure of one record by its line or record ("a.jsonl:12",
// "feed.xml:3", "c.warc:record 3"); Err says what failed without naming
// the input again ("bad JSON: unexpected EOF", "no such file or
// directory"). Its text form is Input + ": " + Err (String).
type Failure struct {
	Input string `json:"input"`
	Err   string `json:"error"`
}

// String is the failure as a line of text: "a.jsonl:12: bad JSON: …".
func (f Failure) String() string { return f.Input + ": " + f.Err }

// recordPrefix matches the line or record an error's text starts with,
// after its input's name and a colon ("12: bad JSON", "record 3: …").
var recordPrefix = regexp.MustCompile(`^((?:record )?\d+): `)

// NewFailure is the Failure of input for err, in the one shape: an error
// naming the input first ("a.jsonl:12: bad JSON", as readers name a bad
// line) has the name taken off and the line moved to Input; an error of
// the file system about input itself ("stat a.txt: no such file or
// directory") keeps what it says ("no such file or directory").
func NewFailure(input string, err error) Failure {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == input && msg == pe.Error() {
		return Failure{Input: input, Err: pe.Err.Error()}
	}
	if rest, ok := strings.CutPrefix(msg, input+":"); ok {
		if m := recordPrefix.FindStringSubmatch(rest); m != nil {
			return Failure{Input: input + ":" + m[1], Err: rest[len(m[0]):]}
		}
		return Failure{Input: input, Err: strings.TrimPrefix(rest, " ")}
	}
	return Failure{Input: input, Err: msg}
}

// NotEnglish is an input whose text does not look English: Articles of
// the Of articles read from it (article.EnglishCheck.Foreign).
type NotEnglish struct {
	Input    string `json:"input"`
	Articles int    `json:"articles"`
	Of       int    `json:"of"`
}

// Summary counts what a run did.
type Summary struct {
	Inputs         int       `json:"inputs"`          // files, URLs and feeds read
	Refused        int       `json:"refused"`         // inputs not read (missing, unreadable, too large, matching nothing), each also a Failure
	Read           int       `json:"read"`            // articles parsed
	Added          int       `json:"added"`           // articles stored now
	Skipped        int       `json:"skipped"`         // articles already stored (same id)
	Ignored        int       `json:"ignored"`         // files in folders that are no news (images, data, .json that is no feed), folders reached again through a link
	IgnoredEvents  int       `json:"ignored_events"`  // of Ignored, JSON Lines files of coded events (dyad's output, examples/*.expected.jsonl: the events each example should give), blank ones too
	Hidden         int       `json:"hidden"`          // files and folders in walked folders whose names start with "." (.git, .DS_Store, .story.txt), not read
	SkippedRecords int       `json:"skipped_records"` // WARC responses that held no page (a redirect, a revisit, a 404, an image) or a page read from another capture, named in a warning (warc.SkipSummary)
	NearDuplicates int       `json:"near_duplicates"` // added articles that joined an earlier story's group
	Events         int       `json:"events"`          // aggregated events created
	Mentions       int       `json:"mentions"`        // mentions stored
	Failures       []Failure `json:"failures"`
	// SkippedKinds counts SkippedRecords by kind (warc.SkipRedirect,
	// warc.SkipRevisit, warc.SkipError, warc.SkipNotPage,
	// warc.SkipNotArticle, warc.SkipRecaptured, warc.SkipEmptyRecapture): {"redirect": 2,
	// "error": 1}; {} when none.
	SkippedKinds map[string]int `json:"skipped_kinds"`
	// NotEnglish lists, in input order, the inputs whose text does not
	// look English (article.EnglishCheck), as dyad code warns of them;
	// their articles are stored all the same. [] when none.
	NotEnglish []NotEnglish  `json:"not_english"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	// Stopped says why the run stopped before its end: the store's error
	// (a full disk) or the context's; "" (left out of JSON) when it ran to
	// the end. NotStored then counts the articles read but not stored
	// (neither added, already stored nor failed alone) and Unread the
	// inputs never read (0, and in JSON too, when all were): the same
	// command run again stores them, skipping the articles stored.
	Stopped   string `json:"stopped,omitempty"`
	NotStored int    `json:"not_stored,omitempty"`
	Unread    int    `json:"unread"`
	// Unfinished lists, in input order, the inputs a run that stopped
	// early had begun and not finished: read in part (a large JSON Lines
	// file, an archive), or read whole with articles not yet stored, and
	// the input it was waiting on the bytes of (a slow URL, a named
	// pipe), nothing of it read (counted in Unread too); left out of JSON
	// when none.
	Unfinished []Unfinished `json:"unfinished,omitempty"`
	// QueueDropped counts, of Skipped, the articles of dyad ingest
	// --queue that the queue dropped as queued already within its
	// duplicate window (queue.DuplicateWindow): set by the caller from
	// queue.Sink.Dropped; left out of JSON when none.
	QueueDropped int `json:"queue_dropped,omitempty"`
}

// Unfinished is an input a stopped run began and did not finish: Read
// of its articles read, Stored of them in the store (added by the run or
// stored already), the rest not stored; ReadToEnd when it was read whole
// and the run stopped before all its articles were stored.
type Unfinished struct {
	Input     string `json:"input"`
	Read      int    `json:"read"`
	Stored    int    `json:"stored"`
	ReadToEnd bool   `json:"read_to_end"`
}

// input is one unit of reading: a file or a URL.
type input struct {
	path string // local file, or
	url  string
	// name is what the user typed for a local file when not its path (a
	// file URL): messages and articles name it
	name string
	seq  int // its place in the run's inputs: the writer stores inputs in this order
	// walked: a file found in a folder or matched by a quoted pattern
	// ('crawl/*.txt', expanded by Run), not named by the user: a text
	// file in it that is not UTF-8 is read as Windows-1252
	// (article.LegacyText), with a warning, not failed
	walked bool
}

// String names the input in messages and articles: its URL, what the
// user typed, or its path, quoted when it holds control characters
// (article.InputName: a file name with a newline is one line).
func (in input) String() string {
	switch {
	case in.url != "":
		return in.url
	case in.name != "":
		return article.InputName(in.name)
	}
	return article.InputName(in.path)
}

// Run ingests srcs: each is "-" (standard input), a file, a directory (walked recursively,
// skipping hidden entries and the store's own files), a glob pattern, or an http(s) URL. A file or
// page is read as a WARC archive when its name ends in .warc or .warc.gz
// or it starts with "WARC/1.",
// as a feed when its name ends in .rss, .atom or .xml and it parses as one
// or when its first bytes are a feed's (feed.Sniff: <rss, <feed, <rdf:RDF, prefixed or not, a JSON Feed),
// else with cfg.Read. A source that matches nothing is a failure.
//
// Run returns the Summary and a nil error even when inputs failed (see
// Summary.Failures); it returns an error only when the store fails or ctx
// is cancelled, with the Summary so far.
func Run(ctx context.Context, cfg Config, srcs []string) (Summary, error) {
	start := time.Now()
	if cfg.DB == nil || cfg.Coder == nil {
		return Summary{}, errors.New("ingest: Config needs DB and Coder")
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := cfg.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	wait := cfg.MaxWait
	if wait <= 0 {
		wait = 250 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	st := &state{warn: cfg.Warn, cancel: cancel, recode: recoder(cfg.Coder)}
	skip := storeFiles(cfg.DB.Path())
	if skip == nil {
		skip = map[string]string{}
	}
	for _, f := range dictFiles(cfg.DictDir) {
		skip[f] = "a dictionary file of --dict"
	}
	inputs := expand(srcs, st, skip)
	st.total = len(inputs)
	st.seqOf = make(map[string]int, len(inputs))
	for i := range inputs {
		inputs[i].seq = i
		st.seqOf[inputs[i].String()] = i
	}
	st.turns = newTurns(len(inputs))

	jobs := make(chan input, workers)
	// The coded-article queue holds a batch, so that the workers go on
	// coding while the writer stores the previous one.
	items := make(chan sqlite.Item, batch)
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				w := &worker{cfg: cfg, st: st, items: items, seq: in.seq}
				w.do(ctx, in)
				st.finish(in.seq, ctx.Err() == nil || w.handed)
				w.warnDict(in.String())
				w.warnDate(in.String())
				w.warnText(in.String())
				if n, of := w.english.Foreign(); n > 0 {
					st.notEnglish(in.seq, NotEnglish{Input: in.String(), Articles: n, Of: of})
				}
				st.turns.end(in.seq)
				st.inputDone()
			}
		}()
	}
	go func() { wg.Wait(); close(items) }()

	var stop, stopped chan struct{}
	if cfg.Progress != nil {
		stop, stopped = make(chan struct{}), make(chan struct{})
		go func() { st.progress(cfg.Progress, start, stop); close(stopped) }()
	}
	err := st.write(ctx, cfg.DB, items, batch, wait)
	if err != nil {
		cancel()
		for range items { // let the workers finish
		}
	}
	if stop != nil {
		close(stop)
		<-stopped
		st.line(cfg.Progress, start, true)
	}
	if f := st.faulted(); f != nil && (err == nil || ctx.Err() != nil) {
		err = f // (a worker's look-up met the fault first)
	}
	if err == nil {
		err = ctx.Err()
	}
	if cfg.Warn != nil {
		for _, w := range st.earlierTotals() {
			cfg.Warn(w)
		}
	}
	if cfg.WarnUndated && cfg.Warn != nil {
		if n, of, first := st.undatedTotal(); n > 0 {
			country := ""
			if cfg.UndatedCountry != nil && err == nil { // (a stopped run stops now: no coding the article again)
				country = cfg.UndatedCountry(first)
			}
			name := first.InputName()
			if name == "" {
				name = first.ID
			}
			// (against the articles coded: one stored already is not
			// coded again, nor is one a stopped run left; the summary
			// counts all those read, so the warning names both totals)
			cfg.Warn(article.UndatedWarningRead(name, n, of, st.readTotal(), country))
		}
	}
	sum := st.summary()
	sum.Elapsed = time.Since(start)
	if err != nil {
		sum.Stopped = err.Error()
		sum.NotStored = st.coded - st.settled
		sum.Unread = max(0, st.total-sum.Inputs-sum.Refused)
		sum.Unfinished = st.unfinished()
	}
	return sum, err
}

// storeFiles returns the absolute paths of the store's own files (the
// database, its WAL, shared-memory and journal files), which an ingest of
// the folder holding them must not read, each with what it is.
func storeFiles(db string) map[string]string {
	abs, err := filepath.Abs(db)
	if err != nil {
		return nil
	}
	m := map[string]string{}
	for _, suf := range []string{"", "-wal", "-shm", "-journal"} {
		what := "the store of --db"
		if suf != "" {
			what = "a file of the store of --db"
		}
		m[abs+suf] = what
	}
	return m
}

// dictFiles returns the absolute paths of the *.txt files in the user
// dictionary folder dir (nil for "" or a folder that cannot be read),
// which an ingest of a folder holding it must not read as articles.
func dictFiles(dir string) []string {
	if dir == "" {
		return nil
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil
	}
	var out []string
	for _, n := range names {
		if abs, err := filepath.Abs(n); err == nil {
			out = append(out, abs)
		}
	}
	return out
}

// walk returns the news files under the folder root, following symbolic
// links: a link to a file is read like the file, a link to a folder is
// walked like a subfolder, once: a folder already walked (a link looping
// back to an ancestor, a second link to one folder) counts as ignored, as
// do files that are not news. An entry that is neither a regular file nor
// a folder (a named pipe, whose open would wait for a writer; a socket; a
// device) counts as ignored and is warned of, by name (notRegular).
// Names starting with '.' (hidden: .git, .DS_Store) are not read and are
// counted in Summary.Hidden. A folder's documentation files (docFile:
// README, LICENSE, NOTICE, COPYING, *.md) are not read, counted ignored, and
// warned of once per folder (docsWarning). A folder's real path is absolute, so "." and
// a link back to it by its absolute path are one folder. A broken link,
// to nothing (state.brokenLink), is no file to read: it is skipped and
// warned of, as a named pipe is; a link whose target cannot be looked
// up (permission denied) and an unreadable folder are failures naming
// them, as an unreadable file is. walked holds the real paths of the
// folders walked, shared by the run's sources, so that a folder is walked
// once however it is reached (`dyad ingest news news/self` with news/self
// a link to news); again says root itself was walked already (counted
// ignored, nothing of it given again).
func walk(root string, st *state, walked map[string]bool) (files []string, again bool) {
	var dir func(path string)
	dir = func(path string) {
		real, err := filepath.EvalSymlinks(path)
		if err == nil {
			real, err = filepath.Abs(real) // "." is the folder its absolute link names
		}
		if err != nil {
			st.refuse(article.InputName(path), article.NamedAs(err, path, article.InputName(path)))
			return
		}
		if walked[real] {
			st.addIgnored()
			again = again || path == root
			return
		}
		walked[real] = true
		ents, err := os.ReadDir(path)
		if err != nil {
			// (the entries read before the error are still walked)
			st.refuse(article.InputName(path), article.NamedAs(err, path, article.InputName(path)))
		}
		if msg := docsWarning(path, docNames(path, ents)); msg != "" && st.warn != nil {
			st.warn(msg) // (before its subfolders' warnings)
		}
		for _, d := range ents {
			if strings.HasPrefix(d.Name(), ".") {
				st.addHidden()
				continue
			}
			p := filepath.Join(path, d.Name())
			typ := d.Type()
			if typ&fs.ModeSymlink != 0 {
				fi, err := os.Stat(p)
				if err != nil && st.brokenLink(p, err) {
					continue
				}
				if err != nil {
					st.refuse(article.InputName(p), fmt.Errorf("symbolic link: %w", article.NamedAs(err, p, article.InputName(p))))
					continue
				}
				typ = fi.Mode().Type()
			}
			switch {
			case typ.IsDir():
				dir(p)
			case !typ.IsRegular():
				st.notRegular(p, typ)
			case docFile(p):
				st.addIgnored() // (warned of above)
			case newsFile(p):
				files = append(files, p)
			case eventRecords(p):
				st.addIgnored()
				st.addIgnoredEvents()
			default:
				st.addIgnored()
			}
		}
	}
	dir(root)
	return files, again
}

// expand turns the sources into inputs, in source order, directories and
// globs sorted; sources that match nothing become failures. The files in
// skip (absolute paths, with what each is) are left out, with a warning
// when named on the command line ("dyad ingest --db news.db news.db").
func expand(srcs []string, st *state, skip map[string]string) []input {
	var out []input
	seen := map[string]bool{}
	walked := map[string]bool{} // real paths of the folders walked (walk)
	add := func(in input) {
		if in.path != "" {
			if abs, err := filepath.Abs(in.path); err == nil && skip[abs] != "" {
				if !in.walked && st.warn != nil {
					// named, it was left out without a word: "ingested 0
					// inputs", exit 0
					st.warn(fmt.Sprintf("%s: %s, not news: not read", in, skip[abs]))
				}
				return
			}
		}
		// one file is read once, whether named by path or file URL, or
		// reached through a link to it or to a folder above it
		// ("news/a.txt" and "link/a.txt", link a link to news)
		key := in.String()
		if in.path != "" && in.path != "-" {
			if abs, err := filepath.Abs(in.path); err == nil {
				key = "file " + abs
				if real, err := filepath.EvalSymlinks(abs); err == nil {
					key = "file " + real
				}
			}
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, in)
			st.expanded = len(out)
		}
	}
	// addPath adds the file p, or the files in the folder p, that the
	// user named as typed (a file URL; "" when p itself)
	var addPath func(p, typed string, explicit bool)
	addPath = func(p, typed string, explicit bool) {
		name := article.InputName(p)
		if typed != "" {
			name = article.InputName(typed)
		}
		fi, err := os.Stat(p)
		if err != nil && !explicit && st.brokenLink(p, err) {
			return // (matched by a quoted pattern)
		}
		if err != nil {
			st.refuse(name, article.SchemeError(name, article.NamedAs(err, p, name)))
			return
		}
		if !fi.IsDir() {
			// (a file a quoted pattern matched is found, not named: a
			// site file or dyad's own event records it matched are
			// ignored, as in a folder, and so is a named pipe, a
			// socket or a device, said)
			if !explicit && !fi.Mode().IsRegular() {
				st.notRegular(p, fi.Mode().Type())
				return
			}
			if !explicit && article.SiteFile(p) != "" {
				st.addIgnored()
				return
			}
			if !explicit && docFile(p) {
				st.addIgnored()
				if st.warn != nil {
					st.warn(docsWarning(filepath.Dir(p), []string{filepath.Base(p)}))
				}
				return
			}
			if !explicit && eventRecords(p) {
				st.addIgnored()
				st.addIgnoredEvents()
				return
			}
			add(input{path: p, name: typed, walked: !explicit})
			return
		}
		hidden := st.hidden()
		files, again := walk(p, st, walked)
		if again {
			return // (walked already, by another source or a link in one)
		}
		sort.Strings(files)
		if len(files) == 0 && explicit {
			msg := "no files in directory"
			if h := st.hidden() - hidden; h == 1 {
				msg += ` (1 entry whose name starts with ".", hidden, not read)`
			} else if h > 1 {
				msg += fmt.Sprintf(` (%d entries whose names start with ".", hidden, not read)`, h)
			}
			st.refuse(name, errors.New(msg))
		}
		for _, f := range files {
			in := input{path: f, walked: true}
			if typed != "" { // a folder's files named as the folder was
				in.name = (&url.URL{Scheme: "file", Path: f}).String()
			}
			add(in)
		}
	}
	for _, s := range srcs {
		switch {
		case s == "-":
			add(input{path: "-"})
		case article.IsURL(s):
			add(input{url: s})
		case len(s) >= 7 && strings.EqualFold(s[:7], "file://"):
			// a file URL is the file or folder it names
			if p, _, err := article.FilePath(s); err != nil {
				st.refuse(s, err)
			} else {
				addPath(p, s, true)
			}
		case strings.ContainsAny(s, "*?["):
			if _, err := os.Stat(s); err == nil { // a real name with glob characters
				addPath(s, "", true)
				continue
			}
			ms, err := filepath.Glob(s)
			if err != nil {
				st.refuse(article.InputName(s), fmt.Errorf("bad pattern: %w", err))
				continue
			}
			if len(ms) == 0 {
				st.refuse(article.InputName(s), errors.New("no files match"))
			}
			sort.Strings(ms)
			for _, m := range ms {
				addPath(m, "", false)
			}
		default:
			addPath(s, "", true)
		}
	}
	return out
}

type worker struct {
	cfg   Config
	st    *state
	items chan<- sqlite.Item
	seq   int // the input's place (input.seq)
	// english tallies the input's articles, all read (stored before or
	// not): a WARC archive's pages are read by a pool, hence the lock.
	englishMu sync.Mutex
	english   article.EnglishCheck
	// dictSkips are the input's articles skipped as stored already with
	// events coded with other dictionaries, by the stored --dict (a WARC
	// archive's pages are read by a pool, hence the lock): warned once
	// per input and stored --dict, with a count (warnDict).
	dictMu    sync.Mutex
	dictSkips []skipGroup
	// dateSkips are the input's articles dated by --date skipped as
	// stored already with another date or none, by the stored date
	// (under dictMu): warned once per input and stored date (warnDate)
	dateSkips []skipGroup
	// textSkips are the input's articles skipped as stored already
	// whose stored text is another (an edit of the page: textEdited),
	// under dictMu: warned once per input, with a count (warnText)
	textSkips []skipGroup
	// handed says the input, read whole (a page, a text file, a feed),
	// had all its articles handed to the writer (or skipped, or failed)
	// when do returned: it is finished but for the writer's storing,
	// even when the run stopped right after (state.finish)
	handed bool
}

// skipGroup counts an input's articles skipped as stored already that
// share a key: the --dict their events were coded with (an
// actors.DirID, "" for none), not this run's (warnDict), or the date they
// were stored with, where this run's --date is not applied (warnDate).
// first is the first such article in input order; n counts articles, not
// records: an article the input gives twice (a JSON Lines line repeated,
// a page captured twice) is one.
type skipGroup struct {
	key   string
	n     int
	first *dyad.Article
	ids   map[string]bool
}

// noteSkip adds a to the group of gs keyed key, or to a new one, and
// returns gs; the caller holds w.dictMu.
func noteSkip(gs []skipGroup, key string, a *dyad.Article) []skipGroup {
	for i := range gs {
		if d := &gs[i]; d.key == key {
			if !d.ids[a.ID] {
				d.ids[a.ID] = true
				d.n++
			}
			// the first in input order: a WARC archive's pages are
			// read by a pool
			if _, n, ok := splitRecord(a.Input); ok {
				if _, m, ok := splitRecord(d.first.Input); ok && n < m {
					d.first = a
				}
			}
			return gs
		}
	}
	return append(gs, skipGroup{key: key, n: 1, first: a, ids: map[string]bool{a.ID: true}})
}

// skippedDict notes a (stored already, coded with dict) for warnDict.
func (w *worker) skippedDict(a *dyad.Article, dict string) {
	w.dictMu.Lock()
	defer w.dictMu.Unlock()
	w.dictSkips = noteSkip(w.dictSkips, dict, a)
}

// warnDict gives the input's warnings for articles stored already whose
// events were coded with other dictionaries than this run's: one line
// per stored --dict, the article named when it is one (dictNotApplied),
// else counted: "news.jsonl: 1204 articles stored already (the first
// news.jsonl:1, article 66551d423c02ce9f), their events coded with
// --dict old/ sha256:1a2b3c4d5e6f: this run's --dict new/
// sha256:0f9e8d7c6b5a is not applied to them (to code them with these
// dictionaries, ingest them into a new store)".
func (w *worker) warnDict(name string) {
	if w.cfg.Warn == nil {
		return
	}
	for _, d := range w.dictSkips {
		w.cfg.Warn(dictWarning(name, d, w.cfg.Dict))
	}
}

// textEdited reports whether an article skipped as stored already (its
// id its URL's) differs from the stored text, white space aside: an edit
// of the page (a paragraph added, a line reworded), which README's rule
// keeps out, the stored text and events kept. It returns how the two
// differ in length ("78 words, stored 61"). It is false for an id of the
// text itself or given by the input (checkStored fails those that
// differ), and when db cannot return articles (a queue sink with no store behind it).
func textEdited(ctx context.Context, db DB, a *dyad.Article) (string, bool) {
	if a.URL == "" || explicitID(a) {
		return "", false
	}
	stored, _, ok, err := storedBody(ctx, db, a.ID, false)
	if err != nil || !ok {
		return "", false
	}
	return article.Edited(a, stored)
}

// warnText gives the input's warning for articles stored already with
// another text (textEdited): the article named when it is one,
// "upd/a.html: stored already as article 66551d423c02ce9f with another
// text (an edit of it: 78 words, stored 61): the stored text and its
// events are kept, this text is not coded (to code it, ingest it into a
// new store)", else counted, the first named: "feed.rss: 2 articles
// stored already with other texts (edits of them; the first feed.rss
// item 1, article 66551d423c02ce9f): …".
func (w *worker) warnText(name string) {
	if w.cfg.Warn == nil {
		return
	}
	var n int
	var first *dyad.Article
	var edit string
	for _, d := range w.textSkips {
		n += d.n
		if first == nil {
			first, edit = d.first, d.key
		} else if _, i, ok := splitRecord(d.first.Input); ok {
			if _, j, ok := splitRecord(first.Input); ok && i < j {
				first, edit = d.first, d.key
			}
		}
	}
	if n == 0 {
		return
	}
	in := first.InputName()
	if in == "" {
		in = name
	}
	if n == 1 {
		w.cfg.Warn(fmt.Sprintf("%s: stored already as article %s with another text (an edit of it: %s): the stored text and its events are kept, this text is not coded (to code it, ingest it into a new store)",
			in, first.ID, edit))
		return
	}
	w.cfg.Warn(fmt.Sprintf("%s: %d articles stored already with other texts (edits of them; the first %s, article %s: %s): the stored texts and their events are kept, these texts are not coded (to code them, ingest them into a new store)",
		name, n, in, first.ID, edit))
}

// fail records a failure of the worker's input (a line, item or record
// of it when name says so).
func (w *worker) fail(name string, err error) { w.st.failAt(w.seq, name, err, false) }

// failEach records each of the errors err joins (a feed's items left
// out, each named by its line and item, and the cut after them) as a
// failure of its own, as a JSON Lines file's bad lines are; nothing for a
// nil err.
func (w *worker) failEach(name string, err error) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			w.fail(name, e)
		}
		return
	}
	w.fail(name, err)
}

// refuse records the worker's input as not read at all.
func (w *worker) refuse(name string, err error) { w.st.failAt(w.seq, name, err, true) }

func isWARC(name string) bool {
	n := strings.ToLower(name)
	if i := strings.IndexAny(n, "?#"); i >= 0 && strings.Contains(n, "://") {
		n = n[:i]
	}
	return warc.IsArchiveName(n)
}

// newsExts are the extensions of the files taken from a folder: text,
// web pages (saved as such or by their server's script name), feeds, JSON
// Lines and WARC archives. Other files in a folder are taken only when
// their first bytes are a WARC record or a feed (a JSON Feed's .json);
// images, style sheets, data and test fixtures (.json, .csv, .tsv) are
// ignored, and so are a web site's files for crawlers and contacts
// (robots.txt, ads.txt, security.txt, humans.txt: article.SiteFile), which
// a wget crawl saves beside the pages, and a folder's documentation
// (README, LICENSE, NOTICE, COPYING, *.md: docFile). A file named on the command
// line is always read.
var newsExts = map[string]bool{
	"": true, ".txt": true, ".text": true, ".htm": true, ".html": true, ".xhtml": true, ".shtml": true,
	".php": true, ".asp": true, ".aspx": true, ".jsp": true, ".xml": true, ".rss": true, ".atom": true,
	".jsonl": true, ".ndjson": true, ".warc": true, ".wet": true, ".gz": true,
}

// NewsFile reports whether dyad ingest reads a file it finds in a folder
// (newsFile): dyad bench walks a folder for the same files.
func NewsFile(path string) bool { return !docFile(path) && newsFile(path) }

// newsFile reports whether a file found in a folder is read: no site file
// (robots.txt: article.SiteFile), a news extension (newsExts) — but not JSON Lines of event records, dyad's own
// output (article.IsEventRecord), nor a blank JSON Lines file, which is
// such output for a story with no event, nor an .xml file of XML data
// whose root is neither a feed's nor <html> (a sitemap, an SVG image:
// feed.XMLRoot) — or first bytes of a WARC record or a feed.
func newsFile(path string) bool {
	if article.SiteFile(path) != "" {
		return false // no page
	}
	ext := strings.ToLower(filepath.Ext(path))
	jsonl := ext == ".jsonl" || ext == ".ndjson"
	if newsExts[ext] && !jsonl && ext != ".xml" {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return true // let the reader report it
	}
	defer f.Close()
	size := 2048
	if jsonl {
		size = 1 << 16 // a whole first record, evidence text and all
	}
	head := make([]byte, size)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if jsonl {
		if n < size && len(bytes.TrimSpace(head)) == 0 {
			return false // blank: no records of any kind
		}
		return !article.IsEventRecord(head)
	}
	if ext == ".xml" {
		// XML data (a sitemap's <urlset>, an <svg>) is no page; a feed,
		// an XHTML page or text are read
		root := feed.XMLRoot(head)
		return root == "" || root == "html" || feed.Sniff(head)
	}
	return bytes.HasPrefix(head, []byte("WARC/")) || feed.Sniff(head)
}

// eventRecords reports a JSON Lines file of event records, dyad's own
// output (examples/*.expected.jsonl), which newsFile leaves out.
func eventRecords(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".jsonl" && ext != ".ndjson" {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 1<<16)
	n, _ := io.ReadFull(f, head)
	return article.IsEventRecord(head[:n]) || n == 0 || len(bytes.TrimSpace(head[:n])) == 0 && n < len(head)
}

func feedExt(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".rss") || strings.HasSuffix(n, ".atom") || strings.HasSuffix(n, ".xml")
}

// do reads one input and hands its coded articles to the writer.
func (w *worker) do(ctx context.Context, in input) {
	if ctx.Err() != nil {
		return
	}
	name := in.String()
	var data []byte
	var url string
	var err error
	if in.url != "" && !isWARC(in.url) && w.stored(ctx, in.String(), in.url) {
		w.st.begin(w.seq, name)
		return
	}
	if in.url != "" {
		if w.cfg.Fetch == nil {
			w.refuse(name, errors.New("no fetcher configured for URLs"))
			return
		}
		data, url, err = w.cfg.Fetch(ctx, in.url)
		if url == "" {
			url = in.url
		}
	} else if isWARC(in.path) {
		// (a named pipe: its open and its copy stop at a Ctrl-C, ctxio)
		f, err := ctxio.Open(ctx, in.path)
		if err != nil {
			if ctx.Err() == nil {
				w.refuse(name, article.NamedAs(err, in.path, name))
			} else {
				w.st.waitedOn(w.seq, name)
			}
			return
		}
		defer f.Close()
		r, done, err := warc.Seekable(ctx, name, f) // (a named pipe: copied)
		if err != nil {
			if ctx.Err() == nil {
				w.refuse(name, err)
			} else {
				w.st.waitedOn(w.seq, name)
			}
			return
		}
		defer done()
		w.st.begin(w.seq, name)
		w.warc(ctx, name, r)
		return
	} else if w.cfg.Stream != nil && article.JSONLName(in.path) {
		w.stream(ctx, name, in.path)
		return
	} else if in.path == "-" {
		// (a pipe or terminal: a Ctrl-C stops the read, ctxio)
		data, err = io.ReadAll(io.LimitReader(ctxio.Reader(ctx, os.Stdin), w.maxInput()+1))
		if err == nil && int64(len(data)) > w.maxInput() {
			err = fmt.Errorf("input over %s", article.Size(w.maxInput()))
		}
	} else {
		if st, serr := os.Stat(in.path); serr == nil && st.Size() > w.maxInput() {
			w.refuse(name, fmt.Errorf("%d bytes, over the %s limit for one article file (use JSON Lines for bulk input)", st.Size(), article.Size(w.maxInput())))
			return
		}
		data, err = article.ReadFileUpTo(ctx, in.path, w.maxInput())
		err = article.NamedAs(err, in.path, name)
		if err == nil && int64(len(data)) > w.maxInput() {
			// a device or pipe, whose size Stat does not give (/dev/zero):
			// read up to the limit, never forever
			w.refuse(name, fmt.Errorf("over the %s limit for one article file (not a regular file: read up to the limit; use JSON Lines for bulk input)", article.Size(w.maxInput())))
			return
		}
		if err == nil && in.walked && !feed.Sniff(data) {
			// (a feed is decoded by its own rules, its warning naming
			// the declared encoding and the first byte not ASCII)
			var legacy bool
			if data, legacy = article.LegacyText(data); legacy && w.cfg.Warn != nil {
				w.cfg.Warn(name + ": not UTF-8: read as Windows-1252 (Latin-1), as a page that declares no charset is; save it as UTF-8 to silence this")
			}
		}
	}
	// a response the server cut off (article.FetchCutError): an archive's
	// records and a feed's items before the cut are read and stored, a
	// page is not (the whole page, fetched again, could not replace it);
	// the input fails, the message saying which
	var cut *article.FetchCutError
	if !(err != nil && errors.As(err, &cut) && len(data) > 0) {
		cut = nil
	}
	if err != nil && cut == nil {
		if ctx.Err() != nil {
			// the run stopped (Ctrl-C) while this input was read (a
			// slow URL, a pipe no program writes): no failure of its
			// own; not read (Summary.Unread), and named, nothing of it
			// read (Summary.Unfinished)
			w.st.waitedOn(w.seq, name)
			return
		}
		w.refuse(name, err)
		return
	}
	w.st.begin(w.seq, name)
	// a WARC archive by its URL, its first record or its first gzip
	// member (cat crawl.warc.gz | dyad ingest -)
	gzWARC := bytes.HasPrefix(data, []byte{0x1f, 0x8b}) && warc.Sniff(data)
	if (in.url != "" && isWARC(in.url)) || bytes.HasPrefix(data, []byte("WARC/1.")) || gzWARC {
		w.warc(ctx, name, bytes.NewReader(data))
		if cut != nil {
			w.fail(name, cut.With("the archive's records before the cut are read"))
		}
		return
	}
	if !feed.Sniff(data) {
		// a gzip'd feed (feed.xml.gz): its items, not one page of its text
		if dec, err := article.Gunzip(data); err == nil && len(dec) != len(data) && feed.Sniff(dec) {
			data = dec
		}
	}
	if feed.Sniff(data) || feedExt(cmp.Or(in.url, in.path)) {
		arts, ferr := feed.ReadWarn(name, data, w.cfg.Warn)
		if cut != nil {
			read := fmt.Sprintf("%d feed items before the cut read", len(arts))
			if len(arts) == 1 {
				read = "1 feed item before the cut read"
			}
			ferr = cut.With(read)
		}
		if ferr == nil || len(arts) > 0 {
			// a feed cut off after complete items: they are stored, the
			// input is reported failed
			w.failEach(name, ferr)
			if w.cfg.FollowLinks {
				arts = w.follow(ctx, name, arts)
			}
			if w.cfg.Date != "" {
				for _, a := range arts {
					if a != nil && a.Published == "" {
						a.Published, a.PublishedFrom = w.cfg.Date, "flag"
					}
				}
			}
			if ctx.Err() == nil {
				w.st.readWhole(w.seq)
			}
			done, all := w.articlesAll(ctx, arts)
			w.handed = all
			w.undated(name, done)
			return
		}
		if feed.Sniff(data) {
			w.failEach(name, ferr)
			return
		}
		// An .xml file that is not a feed: an ordinary page.
	}
	if cut != nil {
		w.fail(name, cut.With(CutNotStored))
		return
	}
	if w.cfg.Read == nil {
		w.fail(name, errors.New("no reader configured"))
		return
	}
	arts, err := w.readPage(name, data, url)
	var notArt *article.NotArticleError
	if in.walked && errors.As(err, &notArt) {
		// a file of data found in a folder (a GDELT record, a table,
		// JSON): ignored, as a .csv there is, and named in a warning;
		// named on the command line it fails
		w.st.addIgnored()
		if w.cfg.Warn != nil {
			w.cfg.Warn(fmt.Sprintf("%s: not read: %s, not an article (name the file with --input text to read it as text anyway)", name, notArt.What))
		}
		w.st.readWhole(w.seq)
		w.handed = true // (nothing of it to store)
		return
	}
	if err != nil {
		w.fail(name, err)
	}
	arts = w.withText(name, arts)
	if ctx.Err() == nil {
		w.st.readWhole(w.seq)
	}
	done, all := w.articlesAll(ctx, arts)
	w.handed = all
	w.undated(name, done)
}

// undated counts the input's articles with no publication date for the
// run's warning (Config.WarnUndated).
func (w *worker) undated(name string, arts []codedArticle) {
	var u undatedCount
	u.add(arts, 0)
	w.warnUndated(name, &u)
}

// warnUndated adds the input's count u to the run's (state.undated),
// warned of once when the run ends.
func (w *worker) warnUndated(name string, u *undatedCount) {
	w.st.undated(w.seq, u)
}

// undatedCount tallies an input's articles, each article id once, and
// whether each has no publication date, with the first undated one
// (Article.Input) by the order of the key given with each batch (a WARC
// record's number: the archive's pages are read by a pool, hence the
// lock). An article given twice (the same page in two records, a JSON
// Lines line repeated) is one article: the run stores it once.
type undatedCount struct {
	mu       sync.Mutex
	undated  map[string]bool // article id → no publication date
	first    *dyad.Article
	firstKey int
}

// add counts arts, read at place key of the input.
func (u *undatedCount) add(arts []codedArticle, key int) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.undated == nil {
		u.undated = map[string]bool{}
	}
	for _, c := range arts {
		id := c.id
		if id == "" {
			id = fmt.Sprintf("\x00%p", c.a) // (no id: an article of its own)
		}
		if _, ok := u.undated[id]; ok {
			continue
		}
		u.undated[id] = c.undated
		if c.undated && (u.first == nil || key < u.firstKey) {
			u.first, u.firstKey = c.a, key
		}
	}
}

// codedArticle is an article articlesAll coded, with its id and whether it has
// no publication date as they were when it was handed to the writer: the
// writer may store it under another id (state.storeOwn) while the worker
// counts it, so the count reads these, never the article's fields.
type codedArticle struct {
	a       *dyad.Article
	id      string
	undated bool
}

// hasText reports whether any paragraph has more than white space.
func hasText(body []string) bool {
	for _, p := range body {
		if strings.TrimSpace(p) != "" {
			return true
		}
	}
	return false
}

// withText drops, as failures, the pages read with no story text (an
// empty or truncated page, a title and menu only): storing one would keep
// the full page at the same URL out of the store, as the same article.
func (w *worker) withText(name string, arts []*dyad.Article) []*dyad.Article {
	out := arts[:0]
	for _, a := range arts {
		if a != nil && !hasText(a.Body) {
			// (in dyad code's words: article.NoText)
			w.fail(name, errors.New(article.NoText(a)+": not stored"))
			continue
		}
		out = append(out, a)
	}
	return out
}

func (w *worker) maxInput() int64 {
	if w.cfg.MaxInput > 0 {
		return w.cfg.MaxInput
	}
	return 50 << 20
}

// stream codes a JSON Lines file in batches, never holding it whole; a
// named pipe's open and reads stop when ctx is done (ctxio).
func (w *worker) stream(ctx context.Context, name, path string) {
	f, err := ctxio.Open(ctx, path)
	if err != nil {
		if ctx.Err() == nil {
			w.refuse(name, article.NamedAs(err, path, name))
		} else {
			w.st.waitedOn(w.seq, name)
		}
		return
	}
	defer f.Close()
	var r io.Reader = ctxio.Reader(ctx, f)
	if strings.HasSuffix(path, ".gz") {
		// gzip'd JSON Lines stream as plain ones do, Stream inflating
		// them (article.EachJSONL knows gzip by its first bytes); a .gz
		// that is no gzip is the input's failure, not each line's
		br := bufio.NewReader(r)
		if head, err := br.Peek(2); err != nil || head[0] != 0x1f || head[1] != 0x8b {
			if err == nil {
				err = gzip.ErrHeader
			}
			w.refuse(name, fmt.Errorf("not a readable gzip file: %w", err))
			return
		}
		r = br
	}
	w.st.begin(w.seq, name)
	var u undatedCount
	batch := make([]*dyad.Article, 0, 64)
	err = w.cfg.Stream(name, r, func(a *dyad.Article) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		batch = append(batch, a)
		if len(batch) == cap(batch) {
			u.add(w.articles(ctx, batch), 0)
			batch = make([]*dyad.Article, 0, 64)
		}
		return nil
	}, func(err error) { w.fail(name, err) })
	if len(batch) > 0 {
		u.add(w.articles(ctx, batch), 0)
	}
	w.warnUndated(name, &u)
	if err != nil && ctx.Err() == nil {
		w.fail(name, err)
	}
}

// follow replaces feed items by the pages they link to (Config.FollowLinks).
// Items whose link is no http(s) URL (file://, ftp://) are kept as they
// are, warned of once for the feed, name; an item whose page cannot be
// fetched or read is kept as it is too, with a warning naming the item
// and the page ("feed.rss item 2: https://…/b: unreadable: the feed
// item's own text is read instead"), not a failure.
func (w *worker) follow(ctx context.Context, name string, items []*dyad.Article) []*dyad.Article {
	if w.cfg.Fetch == nil || w.cfg.Read == nil {
		w.fail(items[0].InputName(), errors.New("cannot follow feed links: no fetcher or reader configured"))
		return items
	}
	out := make([]*dyad.Article, 0, len(items))
	var notFetched []*dyad.Article
	defer func() {
		if len(notFetched) > 0 && w.cfg.Warn != nil {
			w.cfg.Warn(followSkipWarning(name, notFetched))
		}
	}()
	for _, it := range items {
		if it.URL != "" && !article.IsURL(it.URL) {
			notFetched = append(notFetched, it)
		}
		if it.URL == "" || !article.IsURL(it.URL) || ctx.Err() != nil {
			out = append(out, it)
			continue
		}
		data, final, err := w.cfg.Fetch(ctx, it.URL)
		if final == "" {
			final = it.URL
		}
		const instead = "the feed item's own text is read instead"
		if cut := (*article.FetchCutError)(nil); errors.As(err, &cut) {
			err = cut.With(instead)
		} else if err != nil {
			err = fmt.Errorf("%w: %s", err, instead)
		}
		var pages []*dyad.Article
		if err == nil {
			if pages, err = w.cfg.Read(it.URL, data, final); err != nil {
				err = fmt.Errorf("%w: %s", err, instead)
			}
		}
		if err == nil && (len(pages) != 1 || len(pages[0].Body) == 0) {
			err = fmt.Errorf("%s: no article text on the page: %s", it.URL, instead)
		}
		if err != nil {
			// a warning, not a failure: the item's own text is stored,
			// nothing is lost (it failed the run, exit status 1, though
			// every item was stored)
			if w.cfg.Warn != nil {
				w.cfg.Warn(fmt.Sprintf("%s: %v", it.InputName(), err))
			}
			out = append(out, it)
			continue
		}
		p := pages[0]
		if p.Title == "" {
			p.Title = it.Title
		}
		if p.Published == "" {
			p.Published, p.PublishedFrom = it.Published, it.PublishedFrom
		}
		if p.Source == "" {
			p.Source = it.Source
		}
		if len(p.Authors) == 0 {
			p.Authors = it.Authors
		}
		out = append(out, p)
	}
	return out
}

// followSkipWarning is the warning of --follow for the items of feed name
// whose links are no http(s) URL: "feed.rss: --follow fetches http(s)
// links only: 2 items link elsewhere (the first, item 1, to
// file:///news/a.html): their own text is read instead".
func followSkipWarning(name string, items []*dyad.Article) string {
	it := items[0]
	which := fmt.Sprintf("item %d links to %s", it.Item, it.URL)
	if len(items) > 1 {
		which = fmt.Sprintf("%d items link elsewhere (the first, item %d, to %s)", len(items), it.Item, it.URL)
	}
	their := "its"
	if len(items) > 1 {
		their = "their"
	}
	return fmt.Sprintf("%s: --follow fetches http(s) links only: %s: %s own text is read instead", name, which, their)
}

// warc reads the pages of a WARC file: this worker walks the records while
// a pool of Config.Workers goroutines extracts and codes the pages, so one
// large archive uses every core.
func (w *worker) warc(ctx context.Context, name string, r io.ReadSeeker) {
	if w.cfg.Read == nil {
		w.fail(name, errors.New("no reader configured"))
		return
	}
	n := w.cfg.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	pages := make(chan warc.Page, n)
	var u undatedCount
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range pages {
				rec := fmt.Sprintf("%s:record %d", name, p.Record)
				if w.stored(ctx, rec, p.URI) {
					continue
				}
				arts, err := w.readPage(rec, p.Body, p.URI)
				if err != nil {
					w.fail(rec, err)
				}
				article.CaptureDate(arts, p.Date)
				arts = w.withText(rec, arts)
				u.add(w.articles(ctx, arts), p.Record)
			}
		}()
	}
	var skips []warc.Skip
	err := warc.WalkSkips(name, r, func(p warc.Page) error {
		if msg := warc.UnclosedWarning(name, p); msg != "" && w.cfg.Warn != nil {
			w.cfg.Warn(msg)
		}
		if cut := warc.CutError(name, p); cut != nil {
			// a response the crawler saved cut off is not stored, as a
			// page a server cut off is not: the whole page, fetched
			// again, could not replace it (dyad code codes it up to the
			// cut)
			var re *warc.RecordError
			errors.As(cut, &re)
			w.fail(fmt.Sprintf("%s:record %d", name, re.Record), fmt.Errorf("%s: %s", re.Reason(), CutNotStored))
			return nil
		}
		select {
		case pages <- p:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, func(err error) {
		var re *warc.RecordError
		if errors.As(err, &re) {
			// the input names the file and record; the error says the rest
			if at := re.Where(); at != "" {
				err = fmt.Errorf("%s: %s", at, re.Reason())
			} else {
				err = errors.New(re.Reason())
			}
			w.fail(fmt.Sprintf("%s:record %d", name, re.Record), err)
			return
		}
		w.fail(name, err)
	}, func(k warc.Skip) { skips = append(skips, k) })
	close(pages)
	wg.Wait()
	if len(skips) > 0 {
		w.st.addSkippedRecords(skips)
		if w.cfg.Warn != nil {
			w.cfg.Warn(warc.SkipSummary(name, skips))
		}
	}
	w.warnUndated(name, &u)
	if err != nil && ctx.Err() == nil {
		w.fail(name, err)
	}
}

// CutNotStored is what dyad ingest says it did with a page cut off before
// its end, after the cut's own message: a response the server cut off
// (article.FetchCutError), one a crawler saved cut off (warc.CutError), an
// HTML page that never closes (article.CutError) with no paragraph before
// the cut. It stores none of it: the whole page, fetched again, could not
// replace it. (dyad code codes such a page up to the cut.)
const CutNotStored = "not stored; ingest the whole page"

// CutStored is what dyad ingest says, in a warning after the cut's own
// message, it did with an HTML page that never closes (article.CutError)
// and has paragraphs before the cut: it stores them, as dyad code codes
// them (readPage).
const CutStored = "stored up to the cut"

// readPage is Config.Read for one page's bytes, name the input, url where
// they came from. An HTML page cut off mid-body (article.CutError: it
// opens <html> or <body> and never closes it) is stored up to the cut, as
// dyad code codes it, with a warning: "cut.html:4: HTML page cut off after
// 2 paragraphs (it opens <html> or <body> and never closes it): stored up
// to the cut". Its article takes the id of its text, not of its URL, so
// that the whole page, ingested later, is stored too (a near-duplicate of
// it) rather than found already stored. A page cut before its first
// paragraph is an error, "…: no story text before the cut, not stored;
// ingest the whole page". Other results are Read's.
func (w *worker) readPage(name string, data []byte, url string) ([]*dyad.Article, error) {
	arts, err := w.cfg.Read(name, data, url)
	var cut *article.CutError
	if !errors.As(err, &cut) {
		return arts, err
	}
	if cut.Paragraphs == 0 {
		return nil, fmt.Errorf("%w: no story text before the cut, %s", err, CutNotStored)
	}
	for _, a := range arts {
		if a != nil && a.URL != "" {
			a.ID = dyad.ArticleID("", article.NormalText(a))
		}
	}
	if w.cfg.Warn != nil {
		w.cfg.Warn(fmt.Sprintf("%v: %s", err, CutStored))
	}
	return arts, nil
}

// stored reports whether the article of url (id dyad.ArticleID(url, ""))
// is already stored, counting it read and skipped: a re-run then neither
// fetches nor extracts it. A page that declares another canonical URL has
// another id and is read again (and then skipped by id). When an earlier
// input of this run stored it, input (the page's name, "two.warc:record
// 1") is warned of (state.storedEarlier).
func (w *worker) stored(ctx context.Context, input, url string) bool {
	if url == "" {
		return false
	}
	id := dyad.ArticleID(url, "")
	has, err := w.cfg.DB.HasArticle(ctx, id)
	if old := dyad.RawURLArticleID(id, url); err == nil && !has && old != "" {
		id = old
		has, err = w.cfg.DB.HasArticle(ctx, id)
	}
	if err != nil && storeFault(err) {
		w.st.halt(err) // (the input is then not read: the run stops)
		return false
	}
	if err != nil || !has {
		return false
	}
	w.st.addRead(w.seq)
	w.st.addSkipped(w.seq)
	w.st.storedEarlier(input, url, id)
	if w.cfg.Warn != nil {
		// skipped unread: its stored events stay, coded with the
		// dictionaries of the run that stored it (warnDict)
		a := &dyad.Article{ID: id, URL: url, Input: input}
		if dict, other := dictNotApplied(ctx, w.cfg.DB, a, w.cfg.Dict); other {
			w.skippedDict(a, dict)
		}
	}
	return true
}

// articles codes the articles not yet stored and queues them for the
// writer once the earlier inputs of the run are queued (turns): the run
// stores the same articles in the same order whatever the timing, so that
// of two inputs giving one article id the earlier is stored, the later
// skipped, and a near-duplicate group starts with the same article (its
// id, its publication date) every run. It returns the articles it coded:
// those stored already are not (the run's undated warning counts the
// coded ones alone, as a stored article's events are not coded again).
func (w *worker) articles(ctx context.Context, arts []*dyad.Article) []codedArticle {
	done, _ := w.articlesAll(ctx, arts)
	return done
}

// articlesAll is articles that also says whether all arts were handed to
// the writer, skipped as stored or failed: none was left uncoded or
// unsent, the run stopping.
func (w *worker) articlesAll(ctx context.Context, arts []*dyad.Article) (_ []codedArticle, all bool) {
	coded := make([]sqlite.Item, 0, len(arts))
	cc, _ := w.cfg.Coder.(ContextCoder)
	stopped := 0 // articles read and, the run stopping, left uncoded (Summary.NotStored)
	for _, a := range arts {
		if a == nil {
			continue
		}
		w.st.addRead(w.seq)
		if ctx.Err() != nil {
			stopped++
			continue
		}
		w.englishMu.Lock()
		w.english.Add(a)
		w.englishMu.Unlock()
		if a.ID == "" {
			a.ID = dyad.ArticleID(a.URL, article.NormalText(a))
		}
		has, err := w.cfg.DB.HasArticle(ctx, a.ID)
		if old := article.FlagDatedID(a); err == nil && !has && old != "" {
			has, err = w.cfg.DB.HasArticle(ctx, old)
		}
		if old := dyad.RawURLArticleID(a.ID, a.URL); err == nil && !has && old != "" {
			has, err = w.cfg.DB.HasArticle(ctx, old)
		}
		if err == nil && has {
			// a page claiming an address stored with another story is
			// an article of its own, known by its text
			var msg string
			if msg, err = ownStory(ctx, w.cfg.DB, a, w.st.storedFrom(a.ID)); err == nil && msg != "" {
				if has, err = w.cfg.DB.HasArticle(ctx, a.ID); err == nil && !has && w.cfg.Warn != nil {
					w.cfg.Warn(msg)
				}
			}
		}
		if err == nil && has {
			err = checkStored(ctx, w.cfg.DB, a)
		}
		if err != nil && (ctx.Err() != nil || storeFault(err)) {
			// the store failed (a lost PostgreSQL connection), not the
			// article: the run stops at once, as the writer stops at
			// the store's fault; the article, read and not stored, is
			// stored by a run again (or the run was stopped: Ctrl-C)
			if ctx.Err() == nil {
				w.st.halt(err)
			}
			stopped++
			continue
		}
		if err != nil {
			w.fail(a.InputName(), err)
			continue
		}
		if has {
			if w.cfg.Warn != nil {
				if stored, ok := dateNotApplied(ctx, w.cfg.DB, a); ok {
					w.skippedDate(a, stored)
				}
				if dict, other := dictNotApplied(ctx, w.cfg.DB, a, w.cfg.Dict); other {
					w.skippedDict(a, dict)
				}
				if edit, ok := textEdited(ctx, w.cfg.DB, a); ok {
					w.dictMu.Lock()
					w.textSkips = noteSkip(w.textSkips, edit, a)
					w.dictMu.Unlock()
				}
			}
			w.st.addSkipped(w.seq)
			if !explicitID(a) {
				w.st.storedEarlier(a.InputName(), a.URL, a.ID)
			}
			continue
		}
		a.Dict = w.cfg.Dict
		// a page rewritten years later is dated by its update, or as
		// published, and warned of
		if msg := article.DateByUpdate(a); msg != "" && w.cfg.Warn != nil {
			w.cfg.Warn(msg)
		}
		var evs []dyad.Event
		if cc != nil {
			var err error
			if evs, err = cc.CodeContext(ctx, a); err != nil {
				stopped++ // (ctx's error: the run stops)
				continue
			}
		} else {
			evs = w.cfg.Coder.Code(a)
		}
		hash, shingles := sqlite.ArticleSketch(a)
		coded = append(coded, sqlite.Item{Article: a, Events: evs, SimHash: hash, Shingles: shingles})
	}
	w.st.addCoded(len(coded) + stopped)
	queued := make([]*dyad.Article, len(coded))
	done := make([]codedArticle, len(coded))
	for i, it := range coded {
		queued[i] = it.Article
		done[i] = codedArticle{a: it.Article, id: it.Article.ID, undated: it.Article.Published == ""}
	}
	w.st.queue(w.seq, queued) // (those not sent, the run stopping, are not stored)
	if len(coded) == 0 {
		return done, stopped == 0
	}
	if !w.st.turns.wait(ctx, w.seq) {
		return done, false
	}
	for _, it := range coded {
		select {
		case w.items <- it:
		case <-ctx.Done():
			return done, false
		}
	}
	return done, stopped == 0
}

// articleGetter is a store that returns stored articles: *sqlite.DB and
// the PostgreSQL store are.
type articleGetter interface {
	Article(ctx context.Context, id string) (*sqlite.StoredArticle, error)
}

// textGetter is a store that returns a stored article's text alone
// (*sqlite.DB): cheaper than the whole article.
type textGetter interface {
	ArticleText(ctx context.Context, id string) (string, error)
}

// explicitID reports whether a's id was given by its input (a JSON Lines
// record's "id", a text file's "id:" header) rather than computed from its
// URL or text as article.Read computes it (or as ingest does for a reader
// that set none). An id computed from a URL is the URL's hash alone, so
// the text is hashed only for an article without one.
func explicitID(a *dyad.Article) bool {
	if a.URL != "" {
		return a.ID != dyad.ArticleID(a.URL, "")
	}
	return a.ID != dyad.ArticleID("", article.NormalText(a)) &&
		a.ID != dyad.ArticleID("", strings.Join(a.Body, "\n"))
}

// dateNotApplied reports an article dated by the user (--date) that is
// skipped as stored already with another publication date or none, and
// says the stored one's: "with no publication date", "dated 2024-03-05".
// The stored article keeps its date and events, the date given is not
// applied (warnDate says so): a text file, a page, a feed's item (stored
// by its link) and a JSON Lines record (stored by its id) alike. It is
// false when the dates agree, for an article with a date of its own, and
// when db cannot return articles (a queue sink with no store behind it).
func dateNotApplied(ctx context.Context, db DB, a *dyad.Article) (string, bool) {
	g, ok := db.(articleGetter)
	if !ok || a.PublishedFrom != "flag" {
		return "", false
	}
	sa, err := g.Article(ctx, a.ID)
	if err != nil || sa.Published == a.Published {
		return "", false // stored under its older id (article.FlagDatedID): the same date
	}
	if sa.Published != "" {
		return "dated " + sa.Published, true
	}
	return "with no publication date", true
}

// skippedDate counts a, skipped as stored already, stored ("with no
// publication date", "dated 2024-03-05"), its --date not applied
// (dateNotApplied).
func (w *worker) skippedDate(a *dyad.Article, stored string) {
	w.dictMu.Lock()
	defer w.dictMu.Unlock()
	w.dateSkips = noteSkip(w.dateSkips, stored, a)
}

// warnDate gives the input's warnings for articles dated by --date and
// stored already with another date or none: one line per stored date, the
// article named when it is one, "a.txt: stored already as article
// 66551d423c02ce9f with no publication date: --date 2001-12-06 is not
// applied to it (to date its events, ingest it into a new store with
// --date)", else counted, the first named: "feed.rss: 2 articles stored
// already (the first feed.rss item 1, article 66551d423c02ce9f) with no
// publication date: --date 2001-12-06 is not applied to them (to date
// their events, ingest them into a new store with --date)".
func (w *worker) warnDate(name string) {
	if w.cfg.Warn == nil {
		return
	}
	for _, d := range w.dateSkips {
		a := d.first
		if d.n == 1 {
			first := a.InputName()
			if first == "" {
				first = a.ID
			}
			w.cfg.Warn(fmt.Sprintf("%s: stored already as article %s %s: --date %s is not applied to it (to date its events, ingest it into a new store with --date)",
				first, a.ID, d.key, a.Published))
			continue
		}
		w.cfg.Warn(fmt.Sprintf("%s: %d articles stored already (the first %s, article %s) %s: --date %s is not applied to them (to date their events, ingest them into a new store with --date)",
			name, d.n, a.InputName(), a.ID, d.key, a.Published))
	}
}

// dictNotApplied reports whether an article skipped as stored already
// had its stored events coded with other user dictionaries than this
// run's, dict (an actors.DirID, "" for none), and returns the stored
// article's (""  for none): the stored events are kept, this run's
// dictionaries are not applied to it (warnDict says so). It is false
// when the dictionaries agree (actors.SameDict, by content) and when db
// cannot return articles, and for a queue sink, which codes nothing (the
// workers code with their --dict). An article stored by a dyad that did
// not record its dictionaries counts as coded with none.
func dictNotApplied(ctx context.Context, db DB, a *dyad.Article, dict string) (string, bool) {
	g, ok := db.(articleGetter)
	if q, queues := db.(interface{ Queues() bool }); !ok || queues && q.Queues() {
		// (a queue sink codes nothing: dyad worker's --dict codes)
		return "", false
	}
	sa, err := g.Article(ctx, a.ID)
	if err != nil || actors.SameDict(sa.Dict, dict) {
		return "", false
	}
	return sa.Dict, true
}

// dictWarning is the warning for d, articles of the input name skipped as
// stored already whose events were coded with d.key, not this run's
// dict. One article is named: "a.txt: stored already as article
// 66551d423c02ce9f, its events coded with --dict old/
// sha256:1a2b3c4d5e6f: this run's --dict new/ sha256:0f9e8d7c6b5a is not
// applied to it (to code it with these dictionaries, ingest it into a new
// store)"; more are counted, the first named (see warnDict).
func dictWarning(name string, d skipGroup, dict string) string {
	stored, mine := "no --dict", "built-in dictionaries alone (no --dict) are"
	if d.key != "" {
		stored = "--dict " + d.key
	}
	if dict != "" {
		mine = "--dict " + dict + " is"
	}
	first := d.first.InputName()
	if first == "" {
		first = name
	}
	if d.n == 1 {
		return fmt.Sprintf("%s: stored already as article %s, its events coded with %s: this run's %s not applied to it (to code it with these dictionaries, ingest it into a new store)",
			first, d.first.ID, stored, mine)
	}
	return fmt.Sprintf("%s: %d articles stored already (the first %s, article %s), their events coded with %s: this run's %s not applied to them (to code them with these dictionaries, ingest them into a new store)",
		name, d.n, first, d.first.ID, stored, mine)
}

// checkStored is called for an article whose id is stored already. It
// returns an error when the id was given by the input and the article
// stored under it has another text (compared word by word, white space
// aside): two different articles given one id, the second of which would
// otherwise be dropped as "already stored". For an id computed from the
// URL it returns an error when the stored text is less than half as long
// (50 words or more apart): the page stored as its feed's summary, which
// keeps the full page out. It returns nil when the texts agree, when the
// id was computed and the texts are alike in length (an edited page keeps
// its URL's id and is skipped as stored), or when db cannot return
// articles (a queue sink with no store behind it).
func checkStored(ctx context.Context, db DB, a *dyad.Article) error {
	explicit := explicitID(a)
	if !explicit && a.URL == "" {
		return nil // an id of the text itself: the same text
	}
	var stored string
	switch g := db.(type) {
	case textGetter:
		text, err := g.ArticleText(ctx, a.ID)
		if errors.Is(err, sqlite.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		stored = text
	case articleGetter:
		sa, err := g.Article(ctx, a.ID)
		if errors.Is(err, sqlite.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		stored = strings.Join(sa.Body, "\n\n")
	default:
		return nil
	}
	text := strings.Join(a.Body, "\n\n")
	if !explicit {
		// The same URL: a page stored as its feed's summary keeps the
		// fuller page out (one id a URL); say so rather than skip it.
		if n, m := len(strings.Fields(stored)), len(strings.Fields(text)); m >= 2*n && m-n >= 50 {
			return fmt.Errorf("%s is stored already with a shorter text (%d words, this copy %d; a feed's summary?): this copy is not stored; ingest pages before their feeds, or feeds with --follow", a.URL, n, m)
		}
		return nil
	}
	if text == stored || article.SameWords(text, stored) {
		return nil
	}
	return fmt.Errorf("article id %s is stored already with a different text", a.ID)
}
