package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/ingest"
	"github.com/dyad-events/dyad/internal/secret"
	"github.com/dyad-events/dyad/internal/termsafe"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/store"
	"github.com/dyad-events/dyad/warc"
)

// openStore opens the --db store, a SQLite file path or a postgres:// URL,
// for ingest (create set: a SQLite file is created if absent, an older
// schema migrated) or for reading only (events, export, ingest --queue):
// the store must exist and have this dyad's schema version, and is never
// written or migrated, so an older dyad still writing to it keeps a
// schema it understands.
func openStore(path string, create bool) (store.Store, error) {
	if path == "" {
		return nil, &exitError{2, fmt.Errorf("--db FILE is required")}
	}
	if err := checkDBPath(path); err != nil {
		return nil, err
	}
	if !create {
		if store.IsPostgres(path) {
			db, err := postgres.OpenReadOnly(context.Background(), path)
			if err != nil {
				// named "--db …" as dyad ingest names it, not "open …"
				return nil, &exitError{1, notStoreFile(postgres.Redact(path), err)}
			}
			return db, nil
		}
		if _, err := os.Stat(path); err != nil {
			return nil, &exitError{1, fmt.Errorf("--db %s: no such store (dyad ingest creates one)", path)}
		}
		db, err := sqlite.OpenReadOnly(path)
		if err != nil {
			return nil, &exitError{1, notStoreFile(path, err)}
		}
		return db, nil
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		return nil, &exitError{1, notStoreFile(path, err)}
	}
	return db, nil
}

// sqliteNotADB is SQLite's primary result code SQLITE_NOTADB: the file
// opened is no database.
const sqliteNotADB = 26

// sqliteCorrupt is SQLite's primary result code SQLITE_CORRUPT: the file
// is a database whose pages are damaged or missing (a truncated copy).
const sqliteCorrupt = 11

// notStoreFile is the error opening the SQLite store path, err, named as
// the other --db errors are when the file is no SQLite database at all
// ("--db notes.txt: file is not a database (give a new file name for a
// new store, or your store's)") and when the store's own error names the
// file as "open FILE: …" or "store: open FILE: …" ("--db empty.db: no
// dyad store (…)"), when it is a damaged or truncated database ("--db
// part.db: the store is damaged or truncated (…)"); err itself otherwise.
func notStoreFile(path string, err error) error {
	if lite := interface{ Code() int }(nil); errors.As(err, &lite) {
		switch lite.Code() & 0xff {
		case sqliteNotADB:
			return fmt.Errorf("--db %s: file is not a database (give a new file name for a new store, or your store's)", path)
		case sqliteCorrupt:
			return &dbError{"--db " + path + ": the store is damaged or truncated (SQLite: database disk image is malformed): " +
				"restore it from a copy, or give a new file name for a new store", err}
		}
	}
	if rest, ok := strings.CutPrefix(strings.TrimPrefix(err.Error(), "store: "), "open "+path+": "); ok {
		return &dbError{"--db " + path + ": " + rest, err}
	}
	return err
}

// dbError is a store's error said naming the --db flag (notStoreFile).
type dbError struct {
	msg string
	err error
}

func (e *dbError) Error() string { return e.msg }

// Unwrap returns the store's error.
func (e *dbError) Unwrap() error { return e.err }

// warnSnapshot tells w when a read-only command reads a copy of st taken
// when it was opened (a SQLite store in a folder it cannot write: see
// sqlite.OpenReadOnly): events stored after that are not seen.
func warnSnapshot(w io.Writer, st any, path string) {
	if s, ok := st.(interface{ Snapshot() bool }); ok && s.Snapshot() {
		fmt.Fprintf(w, "dyad: warning: --db %s: its folder is not writable, so a copy of the store taken now is read (in TMPDIR, removed when dyad ends or is interrupted; if dyad is killed, by the next copy taken there): events ingested after this are not seen (copy the store to a writable folder to follow a live store)\n", path)
	}
}

// checkDBPath is a usage error (exit 2) when the --db value path is an
// existing directory: a SQLite store is a file (news.db), and a directory
// is never one; and when it is a URL that is no postgres:// URL, of
// another scheme ("mysql://…", "postgress://…", "POSTGRES://…") or a
// postgres: one written wrong ("postgres:/host/db"), and names no file:
// it was taken for a SQLite file name ("open mysql://u@h/x: no such file
// or directory", exit 1). Any other path, or a postgres:// URL, gives nil.
func checkDBPath(path string) error {
	if store.IsPostgres(path) {
		return nil
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return &exitError{2, fmt.Errorf("--db %s: is a directory, not a store file (give a file path, as news.db)", path)}
	} else if err == nil && !fi.Mode().IsRegular() {
		// (SQLite said "disk I/O error (1034)" of /dev/null)
		return &exitError{2, fmt.Errorf("--db %s: not a regular file (%s), not a store file (give a file path, as news.db)", path, cmp.Or(ingest.FileKind(fi.Mode()), "not a file of data"))}
	} else if err == nil {
		return nil // a file of that name, however odd
	}
	if scheme, rest, ok := strings.Cut(path, ":"); ok && urlScheme.MatchString(scheme) &&
		(strings.HasPrefix(rest, "//") || strings.HasPrefix(strings.ToLower(scheme), "postgres")) {
		return &exitError{2, fmt.Errorf("--db %s: want a SQLite file path or a postgres:// URL (postgres://USER@HOST:PORT/DATABASE), not %s:%s", secret.Redact(path), scheme, rest[:len(rest)-len(strings.TrimLeft(rest, "/"))])}
	}
	return nil
}

// urlScheme is a URL scheme (RFC 3986) of two letters or more: one letter
// before a colon is a Windows drive ("C:\news.db").
var urlScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+$`)

// lockStore takes the writer lock of a SQLite --db store
// (sqlite.LockWriter), so that a second dyad ingest on the same file fails
// at once instead of grouping near-duplicates wrongly; a PostgreSQL store
// needs none. Call the returned func after closing the store.
func lockStore(path string) (func(), error) {
	if path == "" || store.IsPostgres(path) {
		return func() {}, nil
	}
	if err := checkDBPath(path); err != nil {
		return nil, err
	}
	_, statErr := os.Stat(path)
	unlock, err := sqlite.LockWriter(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && errors.Is(statErr, fs.ErrNotExist) {
			dir := filepath.Dir(path)
			if _, derr := os.Stat(dir); errors.Is(derr, fs.ErrNotExist) {
				err = noFolder(path)
			} else {
				err = fmt.Errorf("--db %s: cannot create the store: the folder %s takes no new files (no such file or directory; give a path in a folder of yours)", path, dir)
			}
		} else if why := notWritable(err); why != "" {
			if errors.Is(statErr, fs.ErrNotExist) {
				err = fmt.Errorf("--db %s: cannot create the store: %s (the folder %s is not writable by this user)", path, why, filepath.Dir(path))
			} else {
				err = fmt.Errorf("--db %s: cannot write the store: %s (the file is not writable by this user)", path, why)
			}
		}
		return nil, &exitError{1, err}
	}
	if why := folderNotWritable(path); why != "" {
		unlock()
		return nil, &exitError{1, fmt.Errorf("--db %s: cannot write the store: %s (its folder %s is not writable by this user, and SQLite writes its -wal and -shm files beside the store)", path, why, filepath.Dir(path))}
	}
	return func() { unlock() }, nil
}

// noFolder is the error for a new SQLite store path whose folder does not
// exist: "--db /no/such/x.db: cannot create the store: the folder
// /no/such does not exist (…)".
func noFolder(path string) error {
	return fmt.Errorf("--db %s: cannot create the store: the folder %s does not exist (create it first, or give a path in an existing folder)", path, filepath.Dir(path))
}

// notWritable returns the reason err gives, "permission denied",
// "operation not permitted" or "read-only file system", when err refuses
// a write for want of permission or on a read-only file system; else "".
func notWritable(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) || !errors.Is(err, fs.ErrPermission) && errno != syscall.EROFS {
		return ""
	}
	return errno.Error()
}

// folderNotWritable returns why (notWritable) no file can be created in
// the folder of the store file at path, where SQLite makes the store's
// -wal and -shm files when they are absent; else "" (they are there, or
// a probe file could be made, or the probe failed otherwise).
func folderNotWritable(path string) string {
	if _, err := os.Stat(path + "-wal"); err == nil {
		return ""
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".dyad-write-probe-*")
	if err != nil {
		return notWritable(err)
	}
	f.Close()
	os.Remove(f.Name())
	return ""
}

// migrateStore opens (creating or migrating) the --db store for
// `dyad ingest --db FILE` given no sources, and says what it did.
func migrateStore(w io.Writer, path string) error {
	unlock, err := lockStore(path)
	if err != nil {
		return err
	}
	defer unlock()
	st, err := openStore(path, true)
	if err != nil {
		return err
	}
	if db, ok := st.(*sqlite.DB); ok {
		switch from := db.OpenedVersion(); from {
		case 0:
			fmt.Fprintf(w, "dyad ingest: created store %s (schema version %d)\n", path, sqlite.SchemaVersion)
		case sqlite.SchemaVersion:
			fmt.Fprintf(w, "dyad ingest: store %s has schema version %d already; nothing to migrate\n", path, from)
		default:
			fmt.Fprintf(w, "dyad ingest: migrated store %s from schema version %d to %d\n", path, from, sqlite.SchemaVersion)
		}
	} else {
		fmt.Fprintf(w, "dyad ingest: store %s has this dyad's schema version\n", postgres.Redact(path))
	}
	if err := st.Close(); err != nil {
		return &exitError{1, err}
	}
	return nil
}

func newIngestCmd() *cobra.Command {
	var f codingFlags
	var dbPath, queueURL, cpuProfile string
	var workers, batch int
	var jsonSummary, follow bool
	cmd := &cobra.Command{
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		Use:         "ingest SRC... --db FILE",
		Short:       "read, code and store articles from files, folders, globs, URLs, feeds and WARC archives",
		Long: `ingest reads every source — "-" for standard input, a file, a folder (recursively, following
symbolic links to files and folders, each folder walked once; only its text, web page, feed,
JSON Lines and WARC files: .txt .html .htm .xml .rss .atom .jsonl .warc(.gz),
script-named pages such as .php and .aspx, files with no extension, and .json JSON Feeds; a site's
robots.txt, ads.txt, security.txt and humans.txt, as a wget crawl saves them, are no page, nor is
an .xml file of XML data, a sitemap.xml or an SVG image; a folder's documentation, README,
LICENSE, NOTICE and COPYING files (bare, .txt, .md, …) and *.md files, is not read, with a warning
naming them; nor is a text file of data there (GDELT records, a table, a JSON document), with a
warning naming it; names starting with "." (hidden: .git,
.DS_Store) are not read, and counted; a named pipe, a socket, a device or a
broken symbolic link there, or matched by a glob, is not read, with a
warning naming it), a glob, an
http(s) URL, an RSS/Atom/JSON feed or a WARC archive (.warc, .warc.gz) —
codes its articles and stores articles, events and mentions in the --db
SQLite file (created on first use). Articles already stored are skipped, so
re-running adds nothing and completes an interrupted run; an article whose
id, given by its input (a JSON Lines "id"), is stored with another text is
a failure. Near-duplicate
articles (syndicated copies) add mentions to the events already stored.

A summary goes to standard error; with --json it goes to standard output as
JSON instead, and standard error has only the warnings given during the
run and the closing error line. Failed inputs are listed and do not stop the run; the exit status
is then 1.

One dyad ingest writes a SQLite store at a time: a second one fails at
once (readers are unaffected). With --db and no sources, ingest only creates the store or migrates an
older one to this dyad's schema (stop any older dyad writing to it first);
events, export and serve never migrate.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C (or SIGTERM, SIGHUP) stops the run at once, within
			// a sentence's coding even in a huge article
			// (ingest.ContextCoder), as in dyad events and export: the
			// summary then tells what was stored before it (interrupt.go).
			// Handled from here, before the dictionaries load and the
			// store opens: a signal that came while dyad started stops
			// the run so too, before its first input
			ctx, stopSignals := storeContext(cmd.Context(), nil)
			defer stopSignals()
			if err := positiveFlags(cmd, "workers", "batch"); err != nil {
				return err
			}
			if cmd.Flags().Changed("queue") {
				// (before any input is read: http://x was dialled as a NATS server)
				if err := checkQueueURL(queueURL); err != nil {
					return err
				}
			}
			if queueURL != "" && f.dict != "" {
				// the workers code the queued articles with their own dictionary
				return &exitError{2, fmt.Errorf("--dict applies in dyad worker, which codes the queued articles: run dyad worker --dict %s (dyad ingest --queue only reads and queues)", f.dict)}
			}
			if len(args) == 0 && dbPath != "" && queueURL == "" {
				// no sources: create or migrate the store only
				return migrateStore(cmd.ErrOrStderr(), dbPath)
			}
			if len(args) == 0 {
				return &exitError{2, fmt.Errorf("ingest needs at least one source\n%s", cmd.UsageString())}
			}
			opt, err := f.options()
			if err != nil {
				return err
			}
			var db ingest.DB
			var coder ingest.Coder
			var sink *queue.Sink
			if queueURL != "" {
				// publish the articles for `dyad worker` instead of coding here;
				// with --db, articles already stored are not queued again
				var st store.Store
				// a SQLite store not there yet (dyad worker --db creates
				// it) holds nothing: every article is queued, for it
				_, serr := os.Stat(dbPath)
				newStore := dbPath != "" && errors.Is(serr, fs.ErrNotExist) && !store.IsPostgres(dbPath) && checkDBPath(dbPath) == nil
				if dbPath != "" && !newStore {
					if st, err = openStore(dbPath, false); err != nil {
						return unopened(cmd, jsonSummary, args, err)
					}
					defer st.Close()
				}
				if newStore {
					// a worker could not create it either: refused before
					// anything is queued for it, as dyad ingest --db refuses
					if _, derr := os.Stat(filepath.Dir(dbPath)); errors.Is(derr, fs.ErrNotExist) {
						return unopened(cmd, jsonSummary, args, &exitError{1, noFolder(dbPath)})
					}
				}
				nc, _, err := connectQueue(queueURL, "dyad ingest")
				if err != nil {
					return &exitError{1, err}
				}
				defer nc.Close()
				if st != nil {
					// queued for this store: an article queued within the
					// duplicate window for another store (or none) is
					// queued again for it (queue.StoreKey)
					sink = queue.NewSink(nc, st).For(dbPath)
				} else if newStore {
					sink = queue.NewSink(nc, nil).For(dbPath)
				} else {
					sink = queue.NewSink(nc, nil)
				}
				db = sink
				coder = queue.NoCoder{}
			} else {
				// the coder first: a --dict mistake is a usage error that
				// must not leave a new, empty store behind (it created one)
				c, _, err := f.newCoder()
				if err != nil {
					return err
				}
				unlock, err := lockStore(dbPath)
				if err != nil {
					return unopened(cmd, jsonSummary, args, err)
				}
				defer unlock() // after st.Close
				st, err := openStore(dbPath, true)
				if err != nil {
					return unopened(cmd, jsonSummary, args, err)
				}
				defer st.Close()
				db, coder = st, c
			}
			dict, err := f.dictID()
			if err != nil {
				return err
			}
			errw := cmd.ErrOrStderr()
			var cfg ingest.Config // (its Read warns through cfg.Warn)
			cfg = ingest.Config{
				DB:      db,
				Coder:   coder,
				Dict:    dict,
				DictDir: f.dict,
				Read: func(name string, data []byte, url string) ([]*dyad.Article, error) {
					o := opt
					o.URL = url
					o.Warn = cfg.Warn // (set below; an HTML page declaring UTF-8 with bytes that are not)
					// (a page cut off mid-body: ingest stores it up
					// to the cut, with a warning)
					return article.Read(name, data, o)
				},
				Fetch: article.Fetch,
				Date:  opt.Date,
				Stream: func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
					o := opt
					o.Warn = cfg.Warn // (terminal escapes removed from the records' text)
					return article.EachJSONL(name, r, o, fn, bad)
				},
				FollowLinks: follow,
				Workers:     workers,
				Batch:       batch,
				WarnUndated: opt.Date == "",
			}
			if c, ok := coder.(*events.Coder); ok {
				cfg.UndatedCountry = c.OfficeCountry
			}
			term := terminalFile(errw)
			if term != nil {
				cfg.Progress = term // dyad's own line, no input text: not escaped
			}
			var warnMu sync.Mutex
			cfg.Warn = func(w string) {
				warnMu.Lock()
				defer warnMu.Unlock()
				if term != nil {
					io.WriteString(term, "\r\x1b[K") // over the progress line, not after it
				}
				fmt.Fprintln(errw, "dyad: warning:", w)
			}
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			sum, runErr := ingest.Run(ctx, cfg, args)
			stop()
			if sink != nil {
				sum.QueueDropped = sink.Dropped()
			}
			if runErr != nil && bySignal(ctx) {
				sum.Stopped = interrupted(ctx, runErr).Error()
			}
			where := "listed above"
			if jsonSummary {
				// the summary once, as JSON: not the text too
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(sum); err != nil {
					return err
				}
				where = "listed in the JSON summary"
			} else {
				printSummary(errw, sum, queueURL != "")
				if sum.QueueDropped > 0 {
					fmt.Fprintln(errw, queueDroppedNote(sum.QueueDropped, dbPath))
				}
			}
			if runErr != nil {
				return interrupted(ctx, &exitError{1, runErr})
			}
			if len(sum.Failures) > 0 {
				return &exitError{1, failedMessage(sum.Failures, where)}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&dbPath, "db", "", "store: a SQLite file (created if absent) or a postgres:// URL")
	single(cmd.Flags(), "db")
	cmd.Flags().StringVar(&queueURL, "queue", "", "nats:// URL: publish the articles to the JetStream work queue for dyad worker instead of coding them here")
	cmd.Flags().IntVar(&workers, "workers", 0, "parallel readers/coders (default GOMAXPROCS)")
	cmd.Flags().IntVar(&batch, "batch", ingest.DefaultBatch, "articles stored per transaction")
	cmd.Flags().BoolVar(&jsonSummary, "json", false, "print the summary as JSON on standard output (and not as text on standard error)")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	cmd.Flags().BoolVar(&follow, "follow", false, "fetch and read the page of each feed item instead of storing the item's summary (a page that cannot be read: its item's summary, with a failure saying so; a link that is no http(s) URL, file:// or ftp://, is not fetched: its item's summary, with a warning saying so)")
	return cmd
}

// unopened is dyad ingest's error when the store cannot be opened (or is
// locked by another ingest), err: with --json (asJSON) the summary is
// printed on standard output first, as after any run, with the error as
// "stopped" and every source given, srcs, "unread"; the error is returned
// as it is (its exit status unchanged).
func unopened(cmd *cobra.Command, asJSON bool, srcs []string, err error) error {
	if !asJSON {
		return err
	}
	sum := ingest.Summary{Failures: []ingest.Failure{}, NotEnglish: []ingest.NotEnglish{}, SkippedKinds: map[string]int{}, Stopped: err.Error(), Unread: len(srcs)}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	if werr := enc.Encode(sum); werr != nil {
		return werr
	}
	return err
}

// failedMessage is dyad ingest's last line when inputs failed: the inputs
// (a file with six bad JSON Lines records, or a WARC file with bad records,
// is one input; so is a JSON Lines file or a feed whose records were read
// but not stored, whose failures name the record as "a.jsonl:2"), then the
// failures when they are more.
func failedMessage(fs []ingest.Failure, where string) error {
	inputs := map[string]bool{}
	for _, f := range fs {
		inputs[f.InputName()] = true
	}
	if len(fs) == len(inputs) {
		return fmt.Errorf("%s failed (%s)", plural(len(inputs), "input"), where)
	}
	return fmt.Errorf("%s failed: %s (%s)", plural(len(inputs), "input"), plural(len(fs), "failure"), where)
}

// plural is "1 input", "2 inputs".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// printSummary writes s: a warning for each input that does not look
// English (as dyad code's), then the summary line, then, for a run that
// stopped early (a full disk, or an interrupt: s.Stopped "interrupted
// (…)"), what it did not store, then the failures. For a run that queued
// its articles for dyad worker (queued: --queue) the line says so and
// counts no events: "queued 2 inputs: 2 articles read, 1 queued, 1
// already stored; 0 failures; …" (the workers code and store).
// failuresSaid is the summary's count of n failures, of which refused
// are inputs refused unread (counted apart in the summary's head): "8
// failures (1 input refused, 7 in the inputs read)", so that they do not
// read as failures of the inputs read alone; "3 failures" when none was
// refused.
func failuresSaid(n, refused int) string {
	if refused == 0 || refused > n {
		return plural(n, "failure")
	}
	return fmt.Sprintf("%s (%s refused, %d in the inputs read)", plural(n, "failure"), plural(refused, "input"), n-refused)
}

// unfinishedSaid is the clause of a stopped run's summary line naming the
// inputs it began and did not finish (ingest.Summary.Unfinished), the
// first three, each as README says: "; big.jsonl partly read, not
// finished (9984 of its articles stored)", "; a.txt read, not all stored
// (0 of its articles stored)" (read whole, its articles coded or waiting
// for the inputs before it to be stored), "; slow.html not read (stopped
// while waiting on it)" (nothing of it read: a slow URL, a named pipe no
// program writes); then "; 2 more inputs not finished"; "" when none.
// (Several were named apart from the one form: "2 inputs not finished:
// a.txt read (0 of its articles stored), held.html not read (0 stored)".)
func unfinishedSaid(us []ingest.Unfinished) string {
	var b strings.Builder
	for i, u := range us {
		if i == 3 {
			noun := "inputs"
			if len(us) == 4 {
				noun = "input"
			}
			fmt.Fprintf(&b, "; %d more %s not finished", len(us)-3, noun)
			break
		}
		switch {
		case u.ReadToEnd:
			fmt.Fprintf(&b, "; %s read, not all stored (%d of its articles stored)", u.Input, u.Stored)
		case u.Read == 0 && u.Stored == 0:
			fmt.Fprintf(&b, "; %s not read (stopped while waiting on it)", u.Input)
		default:
			fmt.Fprintf(&b, "; %s partly read, not finished (%d of its articles stored)", u.Input, u.Stored)
		}
	}
	return b.String()
}

// windowSaid is queue.DuplicateWindow in words: "10 minutes".
func windowSaid() string {
	return plural(int(queue.DuplicateWindow/time.Minute), "minute")
}

// queueDroppedNote says what the n articles the queue dropped as queued
// within its duplicate window (Summary.QueueDropped) mean for the user of
// dyad ingest --queue, with --db db or without (db ""): where they went
// and how to have them stored.
func queueDroppedNote(n int, db string) string {
	them, were, obj := "they", "were", "them"
	if n == 1 {
		them, were, obj = "it", "was", "it"
	}
	if db != "" {
		db = secret.RedactURL(db)
		return fmt.Sprintf("  the queue dropped %s: queued for %s less than %s ago and not stored in it yet (JetStream keeps one message an article within its %s duplicate window); "+
			"a dyad worker --db %s stores the one queued; if %s %s taken by a worker for another store, run this command again after the window to queue %s for this one",
			plural(n, "article"), db, windowSaid(), strings.Replace(windowSaid(), " ", "-", 1)[:len(windowSaid())-1], db, them, were, obj)
	}
	return fmt.Sprintf("  the queue dropped %s: queued less than %s ago (JetStream keeps one message an article within its %s duplicate window), "+
		"perhaps stored since by a worker into another store; with --db STORE, dyad ingest --queue queues again for STORE the articles it does not hold",
		plural(n, "article"), windowSaid(), strings.Replace(windowSaid(), " ", "-", 1)[:len(windowSaid())-1])
}

func printSummary(w io.Writer, s ingest.Summary, queued bool) {
	for _, ne := range s.NotEnglish {
		fmt.Fprintln(w, notEnglishWarning(ne.Input, ne.Articles, ne.Of))
	}
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	refused := ""
	if s.Refused > 0 {
		refused = fmt.Sprintf(" (%s refused)", plural(s.Refused, "input"))
	}
	if queued {
		// (with --db, one the workers stored is not queued; JetStream
		// drops an article queued again within its duplicate window:
		// queueDroppedNote says what that means)
		dropped := ""
		if s.QueueDropped > 0 {
			dropped = fmt.Sprintf(", %d dropped by the queue as queued in the last %s", s.QueueDropped, windowSaid())
		}
		fmt.Fprintf(w, "queued %s%s: %s read, %d queued, %d already stored%s; %s; %.1fs (%.1f articles/s)\n",
			plural(s.Inputs, "input"), refused, plural(s.Read, "article"), s.Added, s.Skipped-s.QueueDropped, dropped,
			failuresSaid(len(s.Failures), s.Refused), s.Elapsed.Seconds(), rate)
	} else {
		fmt.Fprintf(w, "ingested %s%s: %s read, %d added (%s), %d already stored; "+
			"%s, %s; %s; %.1fs (%.1f articles/s)\n",
			plural(s.Inputs, "input"), refused, plural(s.Read, "article"), s.Added, plural(s.NearDuplicates, "near-duplicate"), s.Skipped,
			plural(s.Events, "new event"), plural(s.Mentions, "mention"), failuresSaid(len(s.Failures), s.Refused), s.Elapsed.Seconds(), rate)
	}
	if s.Stopped != "" {
		were := "were"
		if s.NotStored == 1 {
			were = "was"
		}
		why, then := "stopped early by the error below", "once it is fixed"
		if strings.HasPrefix(s.Stopped, "interrupted (") {
			// Ctrl-C: the counts above were stored before it
			why, then = s.Stopped, "to complete the run"
		}
		fmt.Fprintf(w, "  %s: %s read %s not stored, %d of %s not read%s; run the same command again %s (the articles stored are skipped)\n",
			why, plural(s.NotStored, "article"), were, s.Unread, plural(s.Inputs+s.Refused+s.Unread, "input"), unfinishedSaid(s.Unfinished), then)
	}
	if s.SkippedRecords > 0 {
		// a response that held no page apart from a page's other capture
		noPage, again := map[string]int{}, map[string]int{}
		nNoPage, nAgain := 0, 0
		for k, n := range s.SkippedKinds {
			if warc.Recapture(k) {
				again[k], nAgain = n, nAgain+n
			} else {
				noPage[k], nNoPage = n, nNoPage+n
			}
		}
		if nNoPage > 0 {
			fmt.Fprintf(w, "  skipped %s of WARC archives, no HTML or text page to read: %s; named in the warnings above\n", plural(nNoPage, "response"), warc.SkipCounts(noPage))
		}
		if nAgain > 0 {
			what := "1 repeated capture of a page"
			if nAgain > 1 {
				what = fmt.Sprintf("%d repeated captures of pages", nAgain)
			}
			fmt.Fprintf(w, "  skipped %s in WARC archives, each page read once: %s; named in the warnings above\n", what, warc.SkipCounts(again))
		}
	}
	switch {
	case s.Ignored > 0 && s.IgnoredEvents == s.Ignored:
		fmt.Fprintf(w, "  ignored %s in folders that hold coded events, not news (JSON Lines of event records, as examples/*.expected.jsonl: the events each example should give)\n", plural(s.Ignored, "file"))
	case s.IgnoredEvents > 0:
		fmt.Fprintf(w, "  ignored %s in folders that are not news: %d of coded events (JSON Lines of event records, as examples/*.expected.jsonl), %d others (images, data, documentation, a folder reached again through a link; see dyad ingest --help; any pipe or broken link among them is named in a warning above)\n",
			plural(s.Ignored, "file"), s.IgnoredEvents, s.Ignored-s.IgnoredEvents)
	case s.Ignored > 0:
		fmt.Fprintf(w, "  ignored %s in folders that are not news (images, data, documentation, a folder reached again through a link; see dyad ingest --help; any pipe or broken link among them is named in a warning above)\n", plural(s.Ignored, "file"))
	}
	if s.Hidden > 0 {
		what := "1 hidden file or folder"
		if s.Hidden > 1 {
			what = fmt.Sprintf("%d hidden files and folders", s.Hidden)
		}
		fmt.Fprintf(w, "  skipped %s in the folders walked (names starting with \".\": .git, .DS_Store), not read\n", what)
	}
	for _, fl := range s.Failures {
		fmt.Fprintln(w, "  failed:", fl.String())
	}
}

// terminalFile returns the file under w — standard error under the
// termsafe.Writer every command's messages go through — when it is a
// terminal, else nil. The ingest progress line goes to it directly: its
// "\r\x1b[K" rewrites the line in place and must not be escaped, and it
// holds only counts, no text of the input.
func terminalFile(w io.Writer) *os.File {
	if fl, ok := termsafe.Unwrap(w).(*os.File); ok && isatty.IsTerminal(fl.Fd()) {
		return fl
	}
	return nil
}
