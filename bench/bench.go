// Package bench measures dyad's pipeline stage by stage over a corpus of
// article files: read and extract, sentence splitting and tagging, actor
// matching, event coding, end to end and, optionally, the SQLite store.
//
// Each stage runs over the whole corpus on Config.Workers goroutines and is
// measured by the process's CPU time (getrusage: user + system, all threads,
// garbage collection included), wall time, Go heap allocations
// (runtime/metrics) and the process's peak resident set size. Throughput is
// reported per CPU-second, i.e. per core fully used, so figures do not
// depend on how many cores the machine has or how busy it is.
//
// The corpus is held in memory while the stages run (each stage consumes
// the previous one's output), so Run's peak memory grows with the corpus;
// it is a measuring tool, not the production path (see dyad code, dyad
// ingest).
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/feed"
	"github.com/dyad-events/dyad/ingest"
	"github.com/dyad-events/dyad/internal/countio"
	"github.com/dyad-events/dyad/sentences"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/warc"
)

// Stage names, in the order Run measures them.
const (
	StageExtractHTML = "read+extract html"
	StageExtractText = "read+extract text"
	StageExtract     = "read+extract"
	StageSplit       = "split+tag"
	StageMatch       = "actor matching"
	StageCode        = "event coding"
	StageEndToEnd    = "end-to-end"
	StageStore       = "store (sqlite)"
	StageIngest      = "ingest (sqlite)"
)

// Config configures Run.
type Config struct {
	// Coder codes articles (required); its Lexicon and Matcher are used for
	// the split+tag and actor-matching stages.
	Coder *events.Coder
	// Options are passed to article.Read (input kind, fallback date).
	Options article.Options
	// Read, when not nil, reads one file's bytes into articles in place of
	// article.Read with Options: dyad bench reads feeds (their items) and
	// WARC archives (their pages) as dyad ingest does. A JSON Lines file
	// (.jsonl, .ndjson, also gzip'd) is never read whole: every stage
	// streams it record by record (article.EachJSONL with Options), as
	// dyad ingest does.
	Read func(name string, data []byte) ([]*dyad.Article, error)
	// Stream, when not nil, streams a JSON Lines file in place of
	// article.EachJSONL with Options (the ingest.Config.Stream shape).
	Stream func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error
	// Workers is the number of goroutines per stage (0: GOMAXPROCS).
	Workers int
	// Store adds the store stages: saving the coded articles into a fresh
	// SQLite file (one writer, batches of ingest.DefaultBatch) and a full
	// ingest.Run of the corpus into another fresh file.
	Store bool
	// TempDir holds the temporary SQLite files ("": os.TempDir()); they are
	// removed when Run returns.
	TempDir string
	// Repeat runs each stage this many times over the corpus (0: 1) and
	// keeps the run that used the least CPU time: on a shared machine,
	// other processes only ever slow a run down.
	Repeat int
}

// Stage is one measured stage. Rates are per CPU-second (user + system
// time of the whole process, so per core fully used) unless named "wall".
type Stage struct {
	Name      string `json:"stage"`
	Articles  int    `json:"articles"`
	Sentences int    `json:"sentences"`
	Events    int    `json:"events,omitempty"`
	// Bytes is the input size processed: file bytes for stages that read
	// files, else the bytes of the articles' paragraphs.
	Bytes int64         `json:"bytes"`
	Wall  time.Duration `json:"wall_ns"`
	CPU   time.Duration `json:"cpu_ns"`

	ArticlesPerCPUSecond  float64 `json:"articles_per_cpu_s"`
	SentencesPerCPUSecond float64 `json:"sentences_per_cpu_s"`
	MBPerCPUSecond        float64 `json:"mb_per_cpu_s"`
	ArticlesPerSecond     float64 `json:"articles_per_wall_s"`
	// AllocsPerArticle and AllocBytesPerArticle are Go heap allocations
	// (objects, bytes) during the stage divided by Articles.
	AllocsPerArticle     float64 `json:"allocs_per_article"`
	AllocBytesPerArticle float64 `json:"alloc_bytes_per_article"`
	// MaxRSS is the process's peak resident set size (bytes) at the end of
	// the stage: a high-water mark since the process started.
	MaxRSS int64 `json:"max_rss_bytes"`
}

// Report is the result of Run.
type Report struct {
	Inputs    []string `json:"inputs"`
	Files     int      `json:"files"`
	HTMLFiles int      `json:"html_files"`
	// WARCFiles and WETFiles count the WARC archives (.warc, .warc.gz)
	// and Common Crawl WET files (.wet, .warc.wet.gz: text records) among
	// Files; read+extract reads their pages with the text files.
	WARCFiles int `json:"warc_files,omitempty"`
	WETFiles  int `json:"wet_files,omitempty"`
	// JSONLFiles counts the JSON Lines files (.jsonl, .ndjson, also
	// gzip'd) among Files: one article a line.
	JSONLFiles int     `json:"jsonl_files,omitempty"`
	Bytes      int64   `json:"bytes"`
	Workers    int     `json:"workers"`
	GOMAXPROCS int     `json:"gomaxprocs"`
	NumCPU     int     `json:"num_cpu"`
	GoVersion  string  `json:"go_version"`
	Repeat     int     `json:"repeat"`
	Stages     []Stage `json:"stages"`
	// Failures are files that could not be read or parsed, with the
	// error, in the shape of dyad ingest's (ingest.Failure).
	Failures []ingest.Failure `json:"failures,omitempty"`
	// FailuresKept counts the failed files whose complete articles the
	// stages after read+extract still measure: a JSON Lines file's good
	// records, a feed's or archive's items and pages before the fault (as
	// dyad ingest keeps them); the other failed files are left out.
	FailuresKept int `json:"failures_kept,omitempty"`
}

// Stage returns the stage named name, or false.
func (r *Report) Stage(name string) (Stage, bool) {
	for _, s := range r.Stages {
		if s.Name == name {
			return s, true
		}
	}
	return Stage{}, false
}

// noFiles says of a folder that it holds no file to measure.
const noFiles = "no files dyad ingest reads (text, web pages, feeds, JSON Lines, WARC archives)"

// Files lists the corpus files under each path, sorted: a file is taken as
// given (so a JSON Lines file of articles can be named); a directory is
// walked recursively for the files dyad ingest reads from a folder
// (ingest.NewsFile: text, web pages, feeds, JSON Lines of articles, WARC
// archives, a JSON Feed's .json), skipping hidden entries. A path that
// does not exist is an error naming it ("DIR: no such file or directory"),
// and so is a folder holding none of those files, among other paths too
// ("empty: no files dyad ingest reads (…)"), as dyad ingest fails it: it
// was passed over unsaid when another path gave files.
func Files(paths ...string) ([]string, error) {
	var out []string
	for _, root := range paths {
		fi, err := os.Stat(root)
		if err != nil {
			return nil, article.InputError(err, root) // "DIR: no such file or directory"
		}
		if !fi.IsDir() {
			out = append(out, root)
			continue
		}
		before := len(out)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			if ingest.NewsFile(p) {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == before {
			return nil, fmt.Errorf("%s: %s", root, noFiles)
		}
	}
	sort.Strings(out)
	return out, nil
}

// isHTML reports a file measured in the HTML stage: a web page, or a
// WARC archive of them; text, feeds and JSON Lines are the text stage's.
func isHTML(p string) bool {
	p = strings.ToLower(p)
	if strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz") {
		return true
	}
	switch filepath.Ext(p) {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp":
		return true
	}
	return false
}

// Run measures every stage over the corpus files under paths (see Files).
// Files that fail to parse are listed in Report.Failures and left out of
// the stages after read+extract (an HTML page cut off too, though Read
// gives the text before the cut), but for the complete articles read from
// them (a JSON Lines file's good records, a cut feed's items before the
// cut), which stay (Report.FailuresKept counts those files). It returns an error when no file is found, when a
// store cannot be created, or when ctx is cancelled.
func Run(ctx context.Context, cfg Config, paths ...string) (*Report, error) {
	if cfg.Coder == nil {
		return nil, errors.New("bench: Config.Coder is required")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Repeat <= 0 {
		cfg.Repeat = 1
	}
	files, err := Files(paths...)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: %s", strings.Join(paths, ", "), noFiles)
	}
	r := &Report{
		Inputs: paths, Files: len(files), Workers: cfg.Workers, Repeat: cfg.Repeat,
		GOMAXPROCS: runtime.GOMAXPROCS(0), NumCPU: runtime.NumCPU(), GoVersion: runtime.Version(),
	}
	var html, text []string
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			r.Bytes += fi.Size()
		}
		if isHTML(f) {
			html = append(html, f)
		} else {
			text = append(text, f)
		}
		if article.JSONLName(f) {
			r.JSONLFiles++
		}
		if warc.IsArchiveName(f) {
			if strings.HasSuffix(strings.TrimSuffix(f, ".gz"), ".wet") {
				r.WETFiles++
			} else {
				r.WARCFiles++
			}
		}
	}
	r.HTMLFiles = len(html)
	// a file named as a path is read as given; one found in a folder is
	// read as dyad ingest reads a folder's files (readFile)
	given := map[string]bool{}
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			given[p] = true
		}
	}
	read := cfg.Read
	if read == nil {
		read = func(name string, data []byte) ([]*dyad.Article, error) { return article.Read(name, data, cfg.Options) }
	}
	if cfg.Stream == nil {
		cfg.Stream = func(name string, r io.Reader, fn func(*dyad.Article) error, bad func(error)) error {
			return article.EachJSONL(name, r, cfg.Options, fn, bad)
		}
	}

	// Read and extract, HTML and text apart (their costs differ by two
	// orders of magnitude), then their sum.
	perFile := make([][]*dyad.Article, len(files))
	failed := make([]error, len(files))
	extract := func(name string, list []string, offset int) Stage {
		var nbytes atomic.Int64
		st := measure(name, cfg.Repeat, func() {
			parallel(len(list), cfg.Workers, func(i int) {
				arts, n, err := readFile(list[i], !given[list[i]], read, cfg.Stream)
				nbytes.Add(n)
				perFile[offset+i], failed[offset+i] = arts, err
			})
		})
		for _, arts := range perFile[offset : offset+len(list)] {
			st.Articles += len(arts)
		}
		st.Bytes = nbytes.Load() / int64(cfg.Repeat)
		return st.rates()
	}
	// files sorted html first, then text, so perFile indexes line up.
	files = append(append([]string(nil), html...), text...)
	var parts []Stage
	if len(html) > 0 {
		parts = append(parts, extract(StageExtractHTML, html, 0))
	}
	if len(text) > 0 {
		parts = append(parts, extract(StageExtractText, text, len(html)))
	}
	if len(parts) > 1 {
		r.Stages = append(r.Stages, parts...)
		r.Stages = append(r.Stages, sum(StageExtract, parts...))
	} else {
		parts[0].Name = StageExtract
		r.Stages = append(r.Stages, parts[0])
	}
	var arts []*dyad.Article
	var good []string
	for i, f := range files {
		if failed[i] != nil {
			r.Failures = append(r.Failures, ingest.NewFailure(f, failed[i]))
			// a JSON Lines file's good records go on without its bad
			// line; a page cut off does not: its article is the text
			// before the cut, which dyad ingest does not store, and
			// timing it would count a part of a page as an article
			var cut *article.CutError
			if len(perFile[i]) == 0 || errors.As(failed[i], &cut) {
				continue
			}
			r.FailuresKept++
		}
		good = append(good, f)
		arts = append(arts, perFile[i]...)
	}
	perFile = nil
	if err := ctx.Err(); err != nil {
		return r, err
	}
	var textBytes int64
	for _, a := range arts {
		for _, p := range a.Body {
			textBytes += int64(len(p))
		}
		textBytes += int64(len(a.Title))
	}

	// Split and tag.
	lex := cfg.Coder.Lexicon()
	sents := make([][]dyad.Sentence, len(arts))
	st := measure(StageSplit, cfg.Repeat, func() {
		clear(sents) // the previous run's sentences are garbage
		parallel(len(arts), cfg.Workers, func(i int) { sents[i] = sentences.Split(arts[i], lex) })
	})
	nsent := 0
	for _, ss := range sents {
		nsent += len(ss)
	}
	st.Articles, st.Sentences, st.Bytes = len(arts), nsent, textBytes
	r.Stages = append(r.Stages, st.rates())
	if err := ctx.Err(); err != nil {
		return r, err
	}

	// Actor matching on the split sentences, at each article's date.
	m := cfg.Coder.Matcher()
	var nment atomic.Int64
	st = measure(StageMatch, cfg.Repeat, func() {
		parallel(len(arts), cfg.Workers, func(i int) {
			date := ""
			if t, ok := arts[i].PublishedTime(); ok {
				date = t.Format("2006-01-02")
			}
			n := 0
			for k := range sents[i] {
				n += len(m.Find(&sents[i][k], date))
			}
			nment.Add(int64(n))
		})
	})
	st.Articles, st.Sentences, st.Bytes = len(arts), nsent, textBytes
	r.Stages = append(r.Stages, st.rates())
	sents = nil
	if err := ctx.Err(); err != nil {
		return r, err
	}

	// Event coding: Coder.Code, which splits, tags and matches again
	// internally, so this is the coder's whole cost from an Article.
	coded := make([][]dyad.Event, len(arts))
	st = measure(StageCode, cfg.Repeat, func() {
		parallel(len(arts), cfg.Workers, func(i int) { coded[i] = cfg.Coder.Code(arts[i]) })
	})
	for _, evs := range coded {
		st.Events += len(evs)
	}
	st.Articles, st.Sentences, st.Bytes = len(arts), nsent, textBytes
	r.Stages = append(r.Stages, st.rates())
	if err := ctx.Err(); err != nil {
		return r, err
	}

	// End to end: file → article → events, as dyad code does per input.
	var e2eBytes, e2eArts, e2eEvents atomic.Int64
	st = measure(StageEndToEnd, cfg.Repeat, func() {
		e2eBytes.Store(0)
		e2eArts.Store(0)
		e2eEvents.Store(0)
		parallel(len(good), cfg.Workers, func(i int) {
			as, nbytes, err := readFile(good[i], !given[good[i]], read, cfg.Stream)
			if len(as) == 0 && err != nil {
				return
			}
			n := 0
			for _, a := range as {
				n += len(cfg.Coder.Code(a))
			}
			e2eBytes.Add(nbytes)
			e2eArts.Add(int64(len(as)))
			e2eEvents.Add(int64(n))
		})
	})
	st.Articles, st.Sentences, st.Bytes, st.Events = int(e2eArts.Load()), nsent, e2eBytes.Load(), int(e2eEvents.Load())
	r.Stages = append(r.Stages, st.rates())

	if cfg.Store {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		if err := runStore(ctx, cfg, r, arts, coded, good, nsent, textBytes); err != nil {
			return r, err
		}
	}
	return r, nil
}

// runStore adds the store stages to r.
func runStore(ctx context.Context, cfg Config, r *Report, arts []*dyad.Article, coded [][]dyad.Event, files []string, nsent int, textBytes int64) error {
	dir, err := os.MkdirTemp(cfg.TempDir, "dyad-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	// Saving already coded articles: the store's own cost. Each repeat
	// writes a fresh file (a second save of the same articles is a no-op).
	var storeErr error
	run := 0
	st := measure(StageStore, cfg.Repeat, func() {
		run++
		db, err := sqlite.Open(filepath.Join(dir, fmt.Sprintf("store%d.db", run)))
		if err != nil {
			storeErr = err
			return
		}
		defer db.Close()
		const batch = ingest.DefaultBatch
		for i := 0; i < len(arts); i += batch {
			j := min(i+batch, len(arts))
			items := make([]sqlite.Item, 0, j-i)
			for k := i; k < j; k++ {
				items = append(items, sqlite.Item{Article: arts[k], Events: coded[k]})
			}
			if _, err := db.SaveBatch(ctx, items); err != nil {
				storeErr = err
				return
			}
		}
	})
	if storeErr != nil {
		return storeErr
	}
	st.Articles, st.Sentences, st.Bytes = len(arts), nsent, textBytes
	for _, evs := range coded {
		st.Events += len(evs)
	}
	r.Stages = append(r.Stages, st.rates())

	// The full ingest: files read, coded by Workers and stored by one
	// writer, as dyad ingest runs.
	var sum ingest.Summary
	run = 0
	st = measure(StageIngest, cfg.Repeat, func() {
		run++
		db, err := sqlite.Open(filepath.Join(dir, fmt.Sprintf("ingest%d.db", run)))
		if err != nil {
			storeErr = err
			return
		}
		defer db.Close()
		opt := cfg.Options
		s, err := ingest.Run(ctx, ingest.Config{
			DB: db, Coder: cfg.Coder, Workers: cfg.Workers,
			// (--date dates a feed's undated items, as dyad ingest
			// --date does: Read dates the pages and records alone)
			Date: opt.Date,
			Read: func(name string, data []byte, url string) ([]*dyad.Article, error) {
				o := opt
				o.URL = url
				return article.Read(name, data, o)
			},
			// JSON Lines streamed, as dyad ingest streams them: read
			// whole, a file over 50 MiB failed this stage alone
			Stream: cfg.Stream,
		}, files)
		if err != nil {
			storeErr = err
			return
		}
		sum = s
	})
	if storeErr != nil {
		return storeErr
	}
	st.Articles, st.Sentences, st.Bytes, st.Events = sum.Read, nsent, r.Bytes, sum.Mentions
	r.Stages = append(r.Stages, st.rates())
	return nil
}

// readFile reads the corpus file path into articles, returning the
// bytes it read: a JSON Lines file (.jsonl, .ndjson, also gzip'd) record
// by record (with stream), never whole, its bad lines
// joined into the error beside the good records (as article.Read gives
// them); any other file whole, with read, one found in a folder (walked)
// that is not UTF-8 text as Windows-1252 (article.LegacyText), as dyad
// ingest reads it.
func readFile(path string, walked bool, read func(string, []byte) ([]*dyad.Article, error), stream func(string, io.Reader, func(*dyad.Article) error, func(error)) error) ([]*dyad.Article, int64, error) {
	if !article.JSONLName(path) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, 0, err
		}
		n := int64(len(data))
		if walked && !feed.Sniff(data) {
			// a text file found in a folder that is not UTF-8 is read as
			// Windows-1252, as dyad ingest reads it (its warning unsaid,
			// as the others are)
			data, _ = article.LegacyText(data)
		}
		arts, err := read(path, data)
		return arts, n, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	cr := &countio.Reader{R: f}
	var arts []*dyad.Article
	var errs []error
	err = stream(path, cr, func(a *dyad.Article) error {
		arts = append(arts, a)
		return nil
	}, func(err error) { errs = append(errs, err) })
	if err != nil {
		errs = append(errs, err)
	}
	return arts, cr.N, errors.Join(errs...)
}

// measure runs fn repeat times, each after a garbage collection (so the
// previous run's garbage is not charged to this one), and records the CPU
// time, wall time, allocations and peak RSS of the run that used the least
// CPU; the caller fills in the counts.
func measure(name string, repeat int, fn func()) Stage {
	var best Stage
	samples := []metrics.Sample{{Name: "/gc/heap/allocs:objects"}, {Name: "/gc/heap/allocs:bytes"}}
	for k := range repeat {
		runtime.GC()
		metrics.Read(samples)
		objs0, bytes0 := samples[0].Value.Uint64(), samples[1].Value.Uint64()
		cpu0, _ := usage()
		t0 := time.Now()
		fn()
		wall := time.Since(t0)
		cpu1, rss := usage()
		metrics.Read(samples)
		if k == 0 || cpu1-cpu0 < best.CPU {
			best = Stage{
				Name: name, Wall: wall, CPU: cpu1 - cpu0,
				AllocsPerArticle:     float64(samples[0].Value.Uint64() - objs0), // divided in rates
				AllocBytesPerArticle: float64(samples[1].Value.Uint64() - bytes0),
			}
		}
		best.MaxRSS = rss
	}
	return best
}

// rates turns the totals left in s by measure into per-article and
// per-CPU-second figures.
func (s Stage) rates() Stage {
	if s.Articles > 0 {
		s.AllocsPerArticle /= float64(s.Articles)
		s.AllocBytesPerArticle /= float64(s.Articles)
	}
	if c := s.CPU.Seconds(); c > 0 {
		s.ArticlesPerCPUSecond = float64(s.Articles) / c
		s.SentencesPerCPUSecond = float64(s.Sentences) / c
		s.MBPerCPUSecond = float64(s.Bytes) / 1e6 / c
	}
	if w := s.Wall.Seconds(); w > 0 {
		s.ArticlesPerSecond = float64(s.Articles) / w
	}
	return s
}

// sum adds stages measured apart into one (allocations re-weighted by
// articles).
func sum(name string, parts ...Stage) Stage {
	t := Stage{Name: name}
	for _, p := range parts {
		t.Articles += p.Articles
		t.Sentences += p.Sentences
		t.Events += p.Events
		t.Bytes += p.Bytes
		t.Wall += p.Wall
		t.CPU += p.CPU
		t.AllocsPerArticle += p.AllocsPerArticle * float64(p.Articles)
		t.AllocBytesPerArticle += p.AllocBytesPerArticle * float64(p.Articles)
		t.MaxRSS = max(t.MaxRSS, p.MaxRSS)
	}
	return t.rates()
}

// parallel calls fn(i) for i in [0, n) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// WriteTable writes the report as an aligned text table: one row per stage,
// rates per CPU-second.
func (r *Report) WriteTable(w io.Writer) error {
	files := "files"
	if r.Files == 1 {
		files = "file"
	}
	kinds := fmt.Sprintf("%d HTML", r.HTMLFiles)
	if r.WARCFiles > 0 {
		kinds += fmt.Sprintf(", %d WARC %s", r.WARCFiles, noun(r.WARCFiles, "archive"))
	}
	if r.WETFiles > 0 {
		kinds += fmt.Sprintf(", %d WET %s of text records", r.WETFiles, noun(r.WETFiles, "archive"))
	}
	if r.JSONLFiles > 0 {
		kinds += fmt.Sprintf(", %d JSON Lines %s", r.JSONLFiles, noun(r.JSONLFiles, "file"))
	}
	fmt.Fprintf(w, "corpus: %s — %d %s (%s), %.1f MB; workers %d, GOMAXPROCS %d, %d CPUs, %s, repeat %d\n",
		strings.Join(r.Inputs, ", "), r.Files, files, kinds, float64(r.Bytes)/1e6, r.Workers, r.GOMAXPROCS, r.NumCPU, r.GoVersion, r.Repeat)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\tarticles\tsentences\tCPU s\twall s\tarticles/CPU-s\tsentences/CPU-s\tMB/CPU-s\tarticles/s (wall)\tallocs/article\tKB alloc/article\tmax RSS MB\t")
	for _, s := range r.Stages {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.0f\t%.0f\t%.2f\t%.0f\t%.0f\t%.0f\t%.0f\t\n",
			s.Name, s.Articles, s.Sentences, s.CPU.Seconds(), s.Wall.Seconds(),
			s.ArticlesPerCPUSecond, s.SentencesPerCPUSecond, s.MBPerCPUSecond, s.ArticlesPerSecond,
			s.AllocsPerArticle, s.AllocBytesPerArticle/1024, float64(s.MaxRSS)/(1<<20))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Failures) > 0 {
		files = "files"
		if len(r.Failures) == 1 {
			files = "file"
		}
		fmt.Fprintf(w, "%d %s failed:\n", len(r.Failures), files)
		for _, f := range r.Failures {
			fmt.Fprintln(w, "  "+f.String())
		}
	}
	return nil
}

// noun is word, or its plural for n other than 1.
func noun(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
