package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/ctxio"
	"github.com/dyad-events/dyad/internal/termsafe"
	"github.com/dyad-events/dyad/output"
)

// codingFlags are the flags shared by commands that code articles.
type codingFlags struct {
	input string
	date  string
	dict  string
	flags *pflag.FlagSet // (whether --date was given: an empty one is an error)
}

func (f *codingFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.input, "input", "auto", "input kind: auto|text|html|jsonl")
	f.registerCoding(c)
}

// registerCoding registers --date and --dict alone: for dyad worker,
// which reads no input of its own (dyad ingest --queue extracted the
// articles it codes), so has no --input.
func (f *codingFlags) registerCoding(c *cobra.Command) {
	if f.input == "" {
		f.input = "auto"
	}
	c.Flags().StringVar(&f.date, "date", "", "publication date YYYY-MM-DD for inputs that carry none (an unreadable DATE header stays an error)")
	c.Flags().StringVar(&f.dict, "dict", "", "directory of extra actor dictionary files (*.txt); a line of yours overrides a built-in line coding its phrase otherwise, with a warning")
	single(c.Flags(), "input", "date", "dict") // (input: when registered)
	f.flags = c.Flags()
}

func (f *codingFlags) options() (article.Options, error) {
	switch f.input {
	case "auto", "text", "html", "jsonl":
	default:
		return article.Options{}, &exitError{2, fmt.Errorf("--input %q: want auto, text, html or jsonl", f.input)}
	}
	if (f.date != "" || f.flags != nil && f.flags.Changed("date")) && !validDate(f.date) {
		return article.Options{}, &exitError{2, fmt.Errorf("--date %q: %s", f.date, dateWant(f.date))}
	}
	if p := article.DateProblem(f.date, time.Now()); f.date != "" && p != "" {
		// said once, before any input is read (or a store created): each
		// input failed with it, "2 of 2 inputs failed"
		return article.Options{}, &exitError{2, fmt.Errorf("--date %q: %s", f.date, p)}
	}
	if err := f.checkDict(); err != nil {
		// before a store is opened or created
		return article.Options{}, err
	}
	return article.Options{Input: f.input, Date: f.date}, nil
}

// newCoder builds the event coder with the embedded dictionaries plus the
// user's --dict directory.
func (f *codingFlags) newCoder() (*events.Coder, *cameo.Ontology, error) {
	ont, err := cameo.Default()
	if err != nil {
		return nil, nil, err
	}
	dict, err := f.dictionary()
	if err != nil {
		return nil, nil, err
	}
	c, err := events.New(events.Config{Ontology: ont, Actors: dict})
	return c, ont, err
}

// dictID names the --dict directory's files (actors.DirID), "" without
// --dict: what dyad ingest and dyad worker record with each article they
// store.
func (f *codingFlags) dictID() (string, error) {
	if f.dict == "" {
		return "", nil
	}
	id, err := actors.DirID(f.dict)
	if err != nil {
		return "", &exitError{2, err}
	}
	return id, nil
}

// checkDict is the usage error (exit 2) for a --dict given that names
// no folder of dictionary files (checkDictDir), an empty one too
// (`--dict ""`, as a script with an unset variable writes it: it ran
// with the built-in dictionaries alone, without a word); nil without
// --dict.
func (f *codingFlags) checkDict() error {
	if f.dict == "" {
		if f.flags != nil && f.flags.Changed("dict") {
			return &exitError{2, errors.New(`--dict "": want the folder of your *.txt dictionary files`)}
		}
		return nil
	}
	return checkDictDir(f.dict)
}

// checkDictDir is the usage error (exit 2) for a --dict that is no
// folder of dictionary files, named as the other flags' errors name
// theirs: "--dict mine: no such folder", "--dict a.txt: not a folder
// (--dict takes the folder of your *.txt dictionary files)", "--dict
// mine: no dictionary files (*.txt) in it", "--dict mine: permission
// denied"; nil for a folder holding *.txt files.
func checkDictDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &exitError{2, fmt.Errorf("--dict %s: no such folder", dir)}
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &exitError{2, fmt.Errorf("--dict %s: %w", dir, err)}
	case !st.IsDir():
		return &exitError{2, fmt.Errorf("--dict %s: not a folder (--dict takes the folder of your *.txt dictionary files)", dir)}
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*.txt")); len(names) == 0 {
		if other := notDictEntries(dir); len(other) > 0 {
			return &exitError{2, fmt.Errorf("--dict %s: no dictionary files (*.txt) in it, only %s", dir, strings.Join(other, ", "))}
		}
		return &exitError{2, fmt.Errorf("--dict %s: no dictionary files (*.txt) in it", dir)}
	}
	return nil
}

// dictionary loads the actor dictionary with the files of --dict added
// (a bad file is a usage error; its warnings go to standard error).
func (f *codingFlags) dictionary() (*actors.Dictionary, error) {
	dict, err := actors.Default()
	if err != nil {
		return nil, err
	}
	if err := f.checkDict(); err != nil {
		return nil, err
	}
	if f.dict != "" {
		if err := dict.AddDir(f.dict); err != nil {
			return nil, &exitError{2, err}
		}
		warnings := dict.Warnings
		if w := notDictFiles(f.dict); w != "" {
			warnings = append([]string{w}, warnings...)
		}
		for _, w := range warnings {
			fmt.Fprintln(termsafe.Writer(os.Stderr), "dyad: warning:", w)
		}
	}
	return dict, nil
}

// notDictFiles is the warning for what the --dict folder dir holds
// besides its *.txt dictionary files, which is not read: "--dict mine:
// not read: notes.md, people.TXT, old/ (the dictionary files are the
// folder's *.txt files)", "" when it holds nothing else
// (notDictEntries).
func notDictFiles(dir string) string {
	skipped := notDictEntries(dir)
	if len(skipped) == 0 {
		return ""
	}
	return fmt.Sprintf("--dict %s: not read: %s (the dictionary files are the folder's *.txt files)", dir, strings.Join(skipped, ", "))
}

// notDictEntries names the files and folders (with a "/") of the --dict
// folder dir that are not *.txt files, in name order; hidden ones
// (.DS_Store, an editor's .swp) and backups ending in "~" are left out.
func notDictEntries(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil // (checkDictDir says why a folder cannot be read)
	}
	var skipped []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~"):
		case e.IsDir():
			skipped = append(skipped, name+"/")
		case !strings.HasSuffix(name, ".txt"):
			skipped = append(skipped, name)
		}
	}
	return skipped
}

func newCodeCmd() *cobra.Command {
	var f codingFlags
	var format string
	var why bool
	var minConf float64
	var allStatuses bool
	cmd := &cobra.Command{
		Annotations: map[string]string{formatsKey: "json jsonl table gdelt gdelt-mentions csv plover", holdsSignalsKey: "yes"},
		Use:         "code [FILE|URL|-]...",
		Short:       "extract articles and print their CAMEO-coded events",
		Long: `code reads each input (a file, an http(s) URL, or - for standard input),
extracts its article(s) and prints the events coded from them: a table on a
terminal, JSON Lines otherwise (--format json|table|gdelt|gdelt-mentions|csv|
plover; gdelt-mentions is GDELT 2.0's mentions table, a row per sentence
telling an event, with offsets counted in the article's text). GDELT's
tables have no status column, so gdelt and gdelt-mentions print only the
events whose status is asserted or future, as dyad export does: not the
acts a text negates, alleges, denies or supposes (--all-statuses prints
them all). plover leaves out the events with no PLOVER type (most of
CAMEO's 01: statements and comments) and says how many on standard error,
as dyad export does. The other formats carry the status and print every
event.
With --why it also says, on standard error, what made each event printed
(the pattern and its file:line with the words it matched, the dictionary
entries or the rule that gave the source and target, where the date and
the place came from, the status), which candidate events the coder
matched and set aside, and why (no source found, screened, …), naming the
refinement step that cleared or replaced a candidate's code.
An article read again in one run (the same id, or the same headline, text
and publication date: a feed listing an item twice, one file named twice)
is coded once, with a warning on standard error naming the repeat and the
first.
Ctrl-C (SIGINT, SIGTERM, SIGHUP) stops the run within a sentence of the
article being coded, however long: the events of the articles coded before
it are printed whole, then "interrupted", exit 130 (143 for SIGTERM,
129 for SIGHUP: 128 + the signal's number).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C (or kill, a closed terminal) stops the run at the
			// input being read, within a sentence of the article being
			// coded; the events of the articles coded before it are
			// written whole, then the run says it was interrupted (exit
			// 128 + the signal's number: signalStatus).
			// Handled from here, before the dictionaries load: a signal
			// that came while dyad started stops it so too
			ctx, stop := storeContext(cmd.Context(), nil)
			defer stop()
			if len(args) == 0 {
				args = []string{"-"}
				stdinHint(cmd, "code")
			}
			if err := stdinOnce(args); err != nil {
				return err
			}
			opt, err := f.options()
			if err != nil {
				return err
			}
			if format == "" && cmd.Flags().Changed("format") {
				// (a script's unset variable: it ran with the default)
				return &exitError{2, errors.New(`--format "": want json, table, gdelt, gdelt-mentions, csv or plover`)}
			}
			if format == "" {
				format = "json"
				if isatty.IsTerminal(os.Stdout.Fd()) {
					format = "table"
				}
			}
			if !slices.Contains(output.Formats(), format) && format != "jsonl" {
				// said as events and export say theirs, before the
				// dictionaries load
				return &exitError{2, fmt.Errorf("--format %q: want json, table, gdelt, gdelt-mentions, csv or plover", format)}
			}
			coder, ont, err := f.newCoder()
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			w, err := output.New(out, format, ont)
			if err != nil {
				return &exitError{2, err}
			}
			if (format == "gdelt" || format == "gdelt-mentions") && !allStatuses {
				// GDELT's tables have no status column: as dyad export,
				// the asserted and future events only
				w = output.GDELTStatuses(w)
			}
			errw := cmd.ErrOrStderr()
			if why {
				errw = flushFirst{out, errw} // a reason said after the events before it
			}
			if !(minConf >= 0 && minConf <= 1) { // (NaN too)
				return &exitError{2, fmt.Errorf("--min-confidence %v: want a number from 0 to 1", minConf)}
			}
			failed, finished, werr := codeInputs(ctx, args, opt, coder, w, errw, why, minConf)
			if werr != nil {
				return outputStopped(werr, failed, len(args)) // said once; the run stopped there
			}
			// the last events still buffered (under 64 KiB) are written
			// here: a reader gone by now ("| head -1") fails this write,
			// and a failed input must still exit 1 (outputStopped)
			if err := w.Close(); err != nil {
				return outputStopped(err, failed, len(args))
			}
			if err := out.Flush(); err != nil {
				return outputStopped(err, failed, len(args))
			}
			var notes []string // said at the end, of the rows written
			if n, ok := w.(output.Noter); ok {
				// GDELT rows not dated to a day, which the table cannot tell
				if msg := n.Note(); msg != "" {
					notes = append(notes, "dyad: warning: "+msg)
				}
			}
			if l, ok := w.(output.LeftOuter); ok {
				// events with no PLOVER type, as dyad export says, naming
				// the formats dyad code takes (not export's jsonl)
				if msg := l.LeftOut("json or csv"); msg != "" {
					notes = append(notes, "dyad: note: "+msg)
				}
			}
			if failed == 0 && !bySignal(ctx) && notesUnread(cmd.OutOrStdout(), len(notes) > 0) {
				return nil // "| head -1": the reader took one row of them
			}
			for _, msg := range notes {
				fmt.Fprintln(cmd.ErrOrStderr(), msg)
			}
			if bySignal(ctx) {
				return interruptedInputs(ctx, args, finished)
			}
			if failed > 0 {
				return &exitError{1, fmt.Errorf("%s failed", ofInputs(failed, len(args)))}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "", "output format: json|table|gdelt|gdelt-mentions|csv|plover (default: table on a terminal, else json)")
	cmd.Flags().BoolVar(&allStatuses, "all-statuses", false, "gdelt, gdelt-mentions: also print the events whose status is alleged, denied, negated or hypothetical")
	cmd.Flags().BoolVar(&why, "why", false, "say on standard error what made each event (pattern, dictionary entries, date, place, status), which candidate events were set aside, and why, and which refinement step cleared or replaced a code")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "print only events of at least this confidence (0-1; how often the events above a threshold were right, and how many right ones it keeps: README, Accuracy; dyad eval --min-confidence X measures it on a gold set)")
	return cmd
}

// flushFirst writes to w after flushing out: standard error in step with
// a buffered standard output.
type flushFirst struct {
	out *bufio.Writer
	w   io.Writer
}

func (f flushFirst) Write(p []byte) (int, error) {
	f.out.Flush()
	return f.w.Write(p)
}

// codeGrace is how long dyad code goes on coding the articles already read
// after a Ctrl-C: long enough for an ordinary article (milliseconds), short
// enough that a huge one-line page does not hold the stop.
const codeGrace = time.Second

// codeInputs codes the inputs in order on GOMAXPROCS workers: one
// goroutine reads the inputs (streaming JSON Lines), the workers code
// articles, and the results are written in input order. Failures are
// reported on errw, in order, and the run goes on; it returns the number
// of failed inputs, and werr, the error of the first write to w that
// failed (a full disk, a closed pipe), which stops the run. Memory is bounded by the queue (4 articles a worker).
// With why, the candidate events each article's coding set aside are
// said on errw too (events.Coder.Explain). Events under minConf are not
// written (with why, they are said to be set aside). When ctx is done
// (a Ctrl-C) no more input is read, and the articles being coded are
// given codeGrace to finish (events.Coder.CodeContext): those that do are
// written whole, the others (a 20 MB one-line page) stop within a sentence
// and are not written; finished is the number of inputs, from the first,
// whose articles were all written before the stop (all of them when the
// run was not stopped). wrapStop, for tests, wraps the context the coders
// check before each sentence (TestCodeStopsInLongArticle counts the checks).
func codeInputs(ctx context.Context, args []string, opt article.Options, coder *events.Coder, w output.Writer, errw io.Writer, why bool, minConf float64, wrapStop ...func(context.Context) context.Context) (failed, finished int, werr error) {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// the coders stop codeGrace after the run: an article already read,
	// coded in milliseconds, is finished and written; a long one is cut
	codeCtx, codeStop := context.WithCancel(context.Background())
	defer codeStop()
	stopCtx := context.Context(codeCtx) // (what the coders check)
	for _, wrap := range wrapStop {
		stopCtx = wrap(stopCtx)
	}
	go func() {
		select {
		case <-ctx.Done():
			grace := time.NewTimer(codeGrace)
			defer grace.Stop()
			select {
			case <-grace.C:
			case <-codeCtx.Done():
			}
			codeStop()
		case <-codeCtx.Done():
		}
	}()
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		a     *dyad.Article
		evs   []dyad.Event
		drops []events.Drop // (--why)
		// traces: what made each event (--why), in the events' order
		traces []events.EventTrace
		// offTopic: the article was set aside whole (events.WhyOffTopic)
		offTopic bool
		arg      string // the input, on its "\x00done" job
		msg      string // an error line to print, in order
		done     chan struct{}
		// dropped: the run stopped (an interrupt, a failed write)
		// before the article went to a coder, or while it was coded
		dropped bool
	}
	jobs := make(chan *job, 4*workers)
	order := make(chan *job, 4*workers)
	// the reader: inputs in order, one job per article or error
	go func() {
		defer close(jobs)
		defer close(order)
		emit := func(j *job) bool {
			if ctx.Err() != nil {
				return false // (stopped: nothing more is said or coded)
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			if j.a == nil {
				close(j.done)
				return true
			}
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				j.dropped = true // (in order, the writer must not wait for it)
				close(j.done)
				return false
			}
		}
		fail := func(err error) bool {
			return emit(&job{msg: dyadLines(err), done: make(chan struct{})})
		}
		// articles without a publication date, of all read, over the
		// run: one warning at the end, naming the first
		undated, read := 0, 0
		var firstUndated *dyad.Article
		// (an input that failed, a page cut off, is said so: its articles
		// are left out of the count, the warning would be noise)
		count := func(a *dyad.Article, failed bool) {
			if !failed {
				read++
				if a.Published == "" {
					if undated++; undated == 1 {
						firstUndated = a
					}
				}
			}
			// a page rewritten years later is dated by its update, or as
			// published, and warned of
			if msg := article.DateByUpdate(a); msg != "" {
				emit(&job{msg: "dyad: warning: " + msg, done: make(chan struct{})})
			}
		}
		// articles given again in the run (same id, or same headline,
		// text and date): coded once, the repeats warned of
		repeats := newCodeRepeats()
		// (an HTML page declaring UTF-8 with bytes that are not, read)
		opt := opt
		opt.Warn = func(w string) { emit(&job{msg: "dyad: warning: " + w, done: make(chan struct{})}) }
		for _, arg := range args {
			// name is how messages and articles name the input: arg,
			// as the user typed it (a file URL too), quoted when it
			// holds a control character (article.InputName); path is
			// what is read
			path, err := localArg(arg)
			name := article.InputName(arg)
			if err != nil {
				if !fail(err) || !emit(&job{msg: "\x00failed", done: make(chan struct{})}) {
					return
				}
				continue
			}
			inputFailed := false
			var english article.EnglishCheck
			// WARC archives stream page by page, JSON Lines article by
			// article: any input size, bounded memory
			each := recordStream(ctx, name, path, opt, func(w string) {
				emit(&job{msg: "dyad: warning: " + w, done: make(chan struct{})})
			})
			if each != nil {
				saidFor := map[string]bool{} // the pages whose failure was said
				err := each(func(a *dyad.Article) error {
					// a WARC page with a title alone is said, not
					// coded, as a page file is (and dyad ingest fails
					// its record): the archive counts as failed
					// (said once: a page that failed, cut off, says why)
					if msg, empty := noText(a, name); empty {
						inputFailed = true
						if !saidFor[a.Input] && !emit(&job{msg: "dyad: " + msg, done: make(chan struct{})}) {
							return ctx.Err()
						}
						return nil
					}
					if msg, repeat := repeats.check(a, name); repeat {
						if msg != "" && !emit(&job{msg: "dyad: warning: " + msg, done: make(chan struct{})}) {
							return ctx.Err()
						}
						return nil
					}
					english.Add(a)
					count(a, false)
					if !emit(&job{a: a, done: make(chan struct{})}) {
						return ctx.Err()
					}
					return nil
				}, func(err error) {
					inputFailed = true
					if in := pageOfError(name, err); in != "" {
						saidFor[in] = true
					}
					fail(cutSaid(err, "coded", "nothing coded")) // (a WARC record's page cut off)
				})
				if err != nil {
					inputFailed = true
					fail(err)
				}
			} else {
				arts, err := loadArticles(ctx, arg, path, opt)
				err = cutSaid(err, "coded", "nothing coded") // (dyad ingest stores none of it)
				if err != nil {
					inputFailed = true
					fail(err)
				}
				coded, repeated := 0, 0
				for _, a := range arts {
					// a page with no text (empty, script-only, truncated
					// before its story) is said, not coded: dyad ingest
					// refuses it too; said once: an input that failed
					// says why (a page cut off)
					if msg, empty := noText(a, name); empty {
						if err == nil && !emit(&job{msg: "dyad: " + msg, done: make(chan struct{})}) {
							return
						}
						continue
					}
					if msg, repeat := repeats.check(a, name); repeat {
						// (not coded again: the input does not fail for it)
						repeated++
						if msg != "" && !emit(&job{msg: "dyad: warning: " + msg, done: make(chan struct{})}) {
							return
						}
						continue
					}
					coded++
					english.Add(a)
					count(a, err != nil)
					if !emit(&job{a: a, done: make(chan struct{})}) {
						return
					}
				}
				if coded == 0 && repeated == 0 && err == nil {
					inputFailed = true
					if len(arts) == 0 {
						// never a failure without its input and reason
						if !fail(fmt.Errorf("%s: no articles found", name)) {
							return
						}
					}
				}
			}
			if msg := repeats.more(name); msg != "" {
				if !emit(&job{msg: "dyad: warning: " + msg, done: make(chan struct{})}) {
					return
				}
			}
			if msg := notEnglish(name, &english); msg != "" {
				if !emit(&job{msg: msg, done: make(chan struct{})}) {
					return
				}
			}
			if inputFailed {
				emit(&job{msg: "\x00failed", done: make(chan struct{})})
			}
			// (the input's articles all went before: the writer counts
			// it finished unless one of them was dropped)
			if !emit(&job{msg: "\x00done", arg: arg, done: make(chan struct{})}) {
				return
			}
		}
		if undated > 0 && opt.Date == "" {
			first := firstUndated.InputName()
			if first == "" {
				first = firstUndated.ID
			}
			// (read again for its office holders: a Ctrl-C meanwhile
			// stops it within a sentence, and nothing more is said)
			country, err := coder.OfficeCountryContext(ctx, firstUndated)
			if err != nil {
				return
			}
			msg := article.UndatedWarning(first, undated, read, country)
			emit(&job{msg: "dyad: warning: " + msg, done: make(chan struct{})})
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				// checked between sentences: a Ctrl-C in a 20 MB
				// one-line article stops it within a sentence, and
				// an article not coded to its end is not written
				var err error
				if why {
					j.evs, j.drops, j.traces, err = coder.ExplainEvents(stopCtx, j.a)
				} else {
					j.evs, err = coder.CodeContext(stopCtx, j.a)
					j.offTopic = err == nil && len(j.evs) == 0 && coder.OffTopic(j.a)
				}
				j.dropped = err != nil
				close(j.done)
			}
		}()
	}
	// the writer: results in input order
	stopped := false        // an article was dropped: no input after it is finished
	aside, articles := 0, 0 // the input's articles set aside whole, and all
	for j := range order {
		<-j.done
		if j.dropped {
			stopped = true
			continue
		}
		if j.a != nil {
			articles++
			if j.offTopic {
				aside++
			}
		}
		switch {
		case j.msg == "\x00done":
			if aside > 0 && werr == nil {
				// (without --why, which says it per article: an input
				// that printed no event says why)
				fmt.Fprintln(errw, "dyad: note: "+asideNote(j.arg, aside, articles))
			}
			aside, articles = 0, 0
			if !stopped && werr == nil {
				finished++
			}
		case j.msg == "\x00failed":
			failed++
		case j.msg != "":
			fmt.Fprintln(errw, j.msg)
		default:
			evs := j.evs
			if minConf > 0 {
				evs = make([]dyad.Event, 0, len(j.evs))
				for _, e := range j.evs {
					if e.Confidence >= minConf {
						evs = append(evs, e)
					} else if why {
						j.drops = append(j.drops, events.Drop{Sentence: e.Sentence, Text: e.Evidence.Text, Verb: e.Evidence.Verb, CAMEO: e.CAMEO,
							Reason: fmt.Sprintf("confidence %.2f under --min-confidence %.2f", e.Confidence, minConf)})
					}
				}
			}
			if werr != nil {
				continue // (draining what was read before the stop)
			}
			printed := evs // (what --why traces: the events the writer prints)
			if l, ok := w.(output.LeaverOut); ok && why {
				printed = make([]dyad.Event, 0, len(evs))
				for _, e := range evs {
					if r := l.LeavesOut(e); r != "" {
						j.drops = append(j.drops, events.Drop{Sentence: e.Sentence, Text: e.Evidence.Text, Verb: e.Evidence.Verb, CAMEO: e.CAMEO, Reason: r})
					} else {
						printed = append(printed, e)
					}
				}
			}
			if err := w.Write(j.a, evs); err != nil {
				// output that cannot be written (a full disk, a closed
				// pipe) stops the run: the error is the caller's to say
				werr = err
				cancel()
				continue
			}
			for _, d := range j.drops {
				if d.Verb == "" {
					fmt.Fprintf(errw, "dyad: %s sentence %d: set aside: %s\n", termsafe.Line(j.a.ID), d.Sentence, d.Reason)
					continue
				}
				switch {
				case d.Reason == events.WhyRecoded:
					// a candidate kept under another code: "refinement
					// refine replaced 150 with 195 (…)"
					fmt.Fprintf(errw, "dyad: %s sentence %d: %q (%s) recoded: %s: %s\n", termsafe.Line(j.a.ID), d.Sentence, d.Verb, d.Was, d.Refinement(), termsafe.Line(d.Text))
				case d.Step != "":
					// "no code left after refinement" said with the step
					fmt.Fprintf(errw, "dyad: %s sentence %d: %q (%s) set aside: %s: %s\n", termsafe.Line(j.a.ID), d.Sentence, d.Verb, d.CAMEO, d.Refinement(), termsafe.Line(d.Text))
				default:
					fmt.Fprintf(errw, "dyad: %s sentence %d: %q (%s) set aside: %s: %s\n", termsafe.Line(j.a.ID), d.Sentence, d.Verb, d.CAMEO, d.Reason, termsafe.Line(d.Text))
				}
			}
			// then what made each event printed (after the recoded
			// lines its refinement line points to)
			printTraces(errw, j.a.ID, printed, j.traces)
		}
	}
	wg.Wait()
	return failed, finished, werr
}

// printTraces says, for each event of evs printed (--why), what made it:
// a line naming the event, then its trace's lines indented ("pattern
// events/data/verbs.txt:812 (171) matched …", "source …", "date …").
func printTraces(errw io.Writer, id string, evs []dyad.Event, traces []events.EventTrace) {
	byID := make(map[string]events.EventTrace, len(traces))
	for _, t := range traces {
		byID[t.ID] = t
	}
	for _, e := range evs {
		t, ok := byID[e.ID]
		if !ok {
			continue
		}
		fmt.Fprintf(errw, "dyad: %s sentence %d: emitted %s %s %s %s %q:\n", termsafe.Line(id), e.Sentence, actorCode(e.Source), e.CAMEO, actorCode(e.Target), e.Status, termsafe.Line(e.Evidence.Verb))
		for _, l := range t.Lines {
			fmt.Fprintf(errw, "dyad:     %s\n", termsafe.Line(l))
		}
	}
}

// asideNote is the note of a dyad code input n of whose total articles
// the coder set aside whole (events.WhyOffTopic): "https://example.org/a:
// article set aside (sport, entertainment, obituary, weather, markets):
// no events coded", or "feed.rss: 3 of 20 articles set aside (…): no
// events coded from them".
func asideNote(input string, n, total int) string {
	why := strings.TrimPrefix(events.WhyOffTopic, "article set aside ")
	if total == 1 {
		return fmt.Sprintf("%s: article set aside %s: no events coded", termsafe.Line(input), why)
	}
	return fmt.Sprintf("%s: %d of %d articles set aside %s: no events coded from them", termsafe.Line(input), n, total, why)
}

// interruptedInputs is the error of a dyad code run a signal stopped
// (interrupted, exit 130) naming the inputs of args after the first
// finished ones, which were not coded to their end, as dyad ingest says
// "N of M inputs not read": "interrupted (interrupt signal received): 2
// of 3 inputs not finished (huge.txt, b.txt); run them again"; of one
// input, or with one left, "1 of 1 input not finished (huge.txt); run it
// again" (the noun agreeing with the total, as ingest's "0 of 1 input not
// read").
func interruptedInputs(ctx context.Context, args []string, finished int) error {
	err := interrupted(ctx, context.Canceled)
	e, ok := err.(*exitError)
	if !ok || finished >= len(args) {
		return err
	}
	left := args[finished:]
	names := make([]string, 0, 3)
	for i, a := range left {
		if i == 3 {
			names = append(names, "…")
			break
		}
		names = append(names, article.InputName(a))
	}
	them := "them"
	if len(left) == 1 {
		them = "it"
	}
	return &exitError{e.code, fmt.Errorf("%v: %s not finished (%s); run %s again", e.err, ofInputs(len(left), len(args)), strings.Join(names, ", "), them)}
}

// ofInputs counts n of a run's total inputs, the noun agreeing with the
// total as dyad ingest's "0 of 1 input not read": "1 of 1 input", "1 of
// 2 inputs".
func ofInputs(n, total int) string {
	if total == 1 {
		return fmt.Sprintf("%d of 1 input", n)
	}
	return fmt.Sprintf("%d of %d inputs", n, total)
}

// streamable reports a JSON Lines input read from a file or standard
// input: --input jsonl, or a .jsonl/.ndjson file, gzip'd or not (.jsonl.gz),
// with --input auto.
func streamable(arg string, opt article.Options) bool {
	if article.IsURL(arg) {
		return false
	}
	if opt.Input == "jsonl" {
		return true
	}
	// (a gzip'd one streams too: article.EachJSONL)
	return (opt.Input == "" || opt.Input == "auto") && article.JSONLName(arg)
}

// eachJSONL streams a JSON Lines file, path (or "-"), one line at a time,
// naming it arg, as the user gave it. When ctx is done (a Ctrl-C) while a
// named pipe is opened or standard input read, it stops at once with ctx's
// cause (internal/ctxio).
func eachJSONL(ctx context.Context, arg, path string, opt article.Options, fn func(*dyad.Article) error, bad func(error)) error {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := article.OpenInput(ctx, path, arg)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	return article.EachJSONL(arg, ctxio.Reader(ctx, r), opt, fn, bad)
}

// dateWant says what is wrong with s, not a valid YYYY-MM-DD date.
func dateWant(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && strings.Trim(s[:4]+s[5:7]+s[8:], "0123456789") == "" {
		return "no such date" // "2024-02-30"
	}
	return "want YYYY-MM-DD"
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// stdinHint says, on standard error, that a command given no input reads
// standard input, when that is a terminal: without it dyad code seemed to
// hang.
func stdinHint(cmd *cobra.Command, name string) {
	if in, ok := cmd.InOrStdin().(*os.File); ok && isatty.IsTerminal(in.Fd()) {
		fmt.Fprint(cmd.ErrOrStderr(), stdinHintText(name))
	}
}

// stdinHintText is stdinHint's message for the command name.
func stdinHintText(name string) string {
	return fmt.Sprintf("dyad %s: no file or URL given: reading an article from standard input (type or paste it, then Ctrl-D on a line of its own; Ctrl-C to stop; dyad %[1]s --help)\n", name)
}

// notEnglish is the warning for input arg when articles of it, tallied in
// c, do not look English ("dyad: warning: X: the text does not look
// English; dyad codes English news only", with "(3 of 12 articles)" after
// the text when the input gave more than one), else "".
func notEnglish(arg string, c *article.EnglishCheck) string {
	n, of := c.Foreign()
	return notEnglishWarning(arg, n, of)
}

// notEnglishWarning is notEnglish's warning for n of the input's of
// articles not looking English ("" when n is 0).
func notEnglishWarning(arg string, n, of int) string {
	if n == 0 {
		return ""
	}
	count := ""
	if of > 1 {
		count = fmt.Sprintf(" (%d of %d articles)", n, of)
	}
	return fmt.Sprintf("dyad: warning: %s: the text does not look English%s; dyad codes English news only", arg, count)
}

// pageOfError returns the WARC page, "ARG:record N", that the error err
// of the archive arg names first ("crawl.warc:record 3:9: HTML page cut
// off …", or the archive's own word for a record, "crawl.warc:record 3:
// the HTTP response captured for … is cut off …"), "" for another error.
func pageOfError(arg string, err error) string {
	rest, ok := strings.CutPrefix(err.Error(), arg+":record ")
	if !ok {
		rest, ok = strings.CutPrefix(err.Error(), arg+": record ")
	}
	if !ok {
		return ""
	}
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 {
		return ""
	}
	return arg + ":record " + rest[:n]
}

// recordStream returns how to read the input arg (at path) record by
// record, or nil when it is read whole: a WARC archive page by page, JSON
// Lines article by article (any input size, bounded memory). fn gets each
// article, bad each record that fails; warn gets the archive's warnings.
// dyad code and dyad extract read their inputs so, under ctx: a Ctrl-C
// stops the reading of a pipe at once.
func recordStream(ctx context.Context, arg, path string, opt article.Options, warn func(string)) func(fn func(*dyad.Article) error, bad func(error)) error {
	switch {
	case warcFile(path) && (opt.Input == "" || opt.Input == "auto"):
		return func(fn func(*dyad.Article) error, bad func(error)) error {
			return eachWARC(ctx, arg, path, nil, opt, fn, bad, warn)
		}
	case streamable(path, opt):
		return func(fn func(*dyad.Article) error, bad func(error)) error {
			return eachJSONL(ctx, arg, path, opt, fn, bad)
		}
	}
	return nil
}
