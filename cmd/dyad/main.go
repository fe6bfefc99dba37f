// Command dyad turns news articles into CAMEO-coded event data.
//
// It only wires the pipeline's packages together: each subcommand lives in
// its own file (code.go, extract.go, ingest.go, …).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dyad-events/dyad/internal/earlysignal"
	"github.com/dyad-events/dyad/internal/secret"
	"github.com/dyad-events/dyad/internal/termsafe"
)

// exitError carries an exit status out of a subcommand: 1 for a failed
// input, 2 for a usage error (DESIGN.md).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "dyad",
		Short:         "dyad turns news into CAMEO-coded event data",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetVersionTemplate("dyad {{.Version}}\n")
	// what the commands print on standard error (messages quoting the
	// input, --why's sentences, warnings) has its control characters
	// escaped: an article must not drive the user's terminal
	root.PersistentPreRun = func(cmd *cobra.Command, _ []string) {
		cmd.SetErr(termsafe.Writer(cmd.ErrOrStderr()))
		if cmd.Annotations[holdsSignalsKey] == "" {
			// a signal held since dyad started takes its default
			// action now; dyad code and dyad ingest keep holding it
			// until their own handling starts (storeContext), before
			// the dictionaries load
			earlysignal.Release()
		}
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		if plain := plainValueError(err); plain != nil {
			// a number or duration that does not read: said as the
			// flags' other checks say theirs, without Go's parser
			return &exitError{2, plain}
		}
		if f := formatFlagNamed(c, err); f != "" {
			err = fmt.Errorf("%w (did you mean --format %s?)", err, f)
		}
		// pflag quotes the value: a --db or --queue URL's password
		// ("--db postgres://u:s3cret@…" given twice) is not printed
		return &exitError{2, fmt.Errorf("%s\n%s", secret.Redact(err.Error()), c.UsageString())}
	})
	root.AddCommand(
		newCodeCmd(),
		newExtractCmd(),
		newIngestCmd(),
		newEventsCmd(),
		newExportCmd(),
		newServeCmd(),
		newEvalCmd(),
		newBenchCmd(),
		newWorkerCmd(),
		newStatusCmd(),
	)
	return root
}

// holdsSignalsKey is the annotation ("yes") of a command that calls
// storeContext before its slow start (loading the dictionaries): the
// interrupt signals held since dyad started (internal/earlysignal) are
// released there, not before it runs.
const holdsSignalsKey = "holds-signals"

// formatsKey is the annotation of a command with a --format flag that
// lists the values it takes, separated by spaces.
const formatsKey = "formats"

// plainValueError is the plain message for pflag's error on a number
// or duration flag whose value does not read (`invalid argument "abc" for
// "--min-confidence" flag: strconv.ParseFloat: parsing "abc": invalid
// syntax`): `--min-confidence "abc": want a number from 0 to 1`, as dyad
// says of "--min-confidence 2"; `--limit "ten": want a whole number`,
// `--interval "5": want a duration such as 90s, 5m or 1h`, `--why=maybe`:
// `--why "maybe": want true or false`. It is nil
// for any other error (a value given twice, an unknown flag), said as
// pflag says it.
func plainValueError(err error) error {
	var ive *pflag.InvalidValueError
	if !errors.As(err, &ive) || ive.GetFlag() == nil {
		return nil
	}
	f := ive.GetFlag()
	var ne *strconv.NumError
	num := errors.As(err, &ne)
	var want string
	switch t := f.Value.Type(); {
	case num && f.Name == "min-confidence":
		want = "a number from 0 to 1"
	case num && (t == "float64" || t == "float32"):
		want = "a number"
	case num && (strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint")):
		want = "a whole number"
	case num && t == "bool":
		want = "true or false"
	case t == "duration":
		want = "a duration such as 90s, 5m or 1h"
	default:
		return nil
	}
	return fmt.Errorf("--%s %q: want %s", f.Name, secret.Redact(ive.GetValue()), want)
}

// formatFlagNamed returns F when err is pflag's "unknown flag: --F" and F
// is a value of c's --format ("dyad events --json" means --format json:
// the commands that print events take their format there, and --json is
// the flag of commands that print one report: ingest, worker, status,
// bench), else "".
func formatFlagNamed(c *cobra.Command, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return ""
	}
	for _, f := range strings.Fields(c.Annotations[formatsKey]) {
		if f == name {
			return f
		}
	}
	return ""
}

func main() {
	tuneGC()
	// a write to a closed pipe is an error the command returns
	// (closedStdout), not a SIGPIPE ending dyad with status 141
	signal.Ignore(syscall.SIGPIPE)
	err := newRoot().Execute()
	earlysignal.Release() // (after --help or --version, which run no command)
	if err == nil || closedStdout(err) {
		return
	}
	printError(termsafe.Writer(os.Stderr), err)
	os.Exit(exitCode(err))
}

// closedStdout reports whether err is a write to standard output that
// failed because its reader has gone (EPIPE: "dyad events | head -1" once
// head has its line). dyad then stops and exits 0 without a word, as
// most Unix tools that stop on SIGPIPE do quietly; a broken pipe to
// anything else (a database connection) stays an error.
func closedStdout(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && pe.Path == os.Stdout.Name() && errors.Is(pe.Err, syscall.EPIPE)
}

// outputStopped is the error of a run whose output could not be written
// (werr) after failed of its total inputs had failed. A closed standard
// output ("dyad code missing.txt good.jsonl | head -1") ends the run
// quietly, exit 0, when every input read was well; after a failed input,
// said above, the run exits 1 as it would have at its end: "1 of 2 inputs
// failed before standard output was closed", so that a script sees the
// failure. Any other write error (a full disk) is itself the error.
func outputStopped(werr error, failed, total int) error {
	if failed > 0 && closedStdout(werr) {
		return &exitError{1, fmt.Errorf("%s failed before standard output was closed", ofInputs(failed, total))}
	}
	return &exitError{1, werr}
}

// printError writes err to w prefixed "dyad: ". An error joining several
// (errors.Join: one per dictionary line at fault) prints each of its lines
// prefixed, so that every line of the report says which program it comes
// from; another error's own lines (a usage text after a flag's error) are
// printed as they are.
func printError(w io.Writer, err error) {
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) {
		fmt.Fprintln(w, "dyad:", err)
		return
	}
	for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
		fmt.Fprintln(w, "dyad:", line)
	}
}

// exitCode is the exit status for a command's error err (DESIGN.md): an
// *exitError's own; 1 for a file operation that failed (*fs.PathError:
// output that cannot be written, "write /dev/stdout: no space left on
// device", is a failure, not a usage error); 2 for any other error, the
// command line's (cobra's unknown commands and arguments).
func exitCode(err error) int {
	var ee *exitError
	var pe *fs.PathError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &pe):
		return 1
	}
	return 2
}

// GC settings for a batch coder, unless the user set GOGC or GOMEMLIMIT:
// dyad's live heap is mostly the dictionaries (~70 MB) and per-article
// garbage, so collecting at 5× the live heap instead of 2× cuts the GC's
// share of CPU (~15 % of dyad code and ingest at GOGC=100), and the soft
// memory limit keeps the heap, and so the process, under the 300 MB that
// PERFORMANCE.md promises for any input.
const (
	gcPercent   = 400
	memoryLimit = 240 << 20 // bytes
)

func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// positiveFlags is a usage error (exit 2) naming the first of cmd's named
// int or duration flags that was given on the command line with a value
// under 1 ("--workers 0: want 1 or more"); a flag left at its default
// (where 0 may mean "the default") is not checked.
func positiveFlags(cmd *cobra.Command, names ...string) error {
	fl := cmd.Flags()
	for _, name := range names {
		if !fl.Changed(name) {
			continue
		}
		switch fl.Lookup(name).Value.Type() {
		case "int":
			if v, err := fl.GetInt(name); err == nil && v < 1 {
				return &exitError{2, fmt.Errorf("--%s %d: want 1 or more", name, v)}
			}
		case "duration":
			if v, err := fl.GetDuration(name); err == nil && v <= 0 {
				return &exitError{2, fmt.Errorf("--%s %v: want a duration over 0 (as 30s)", name, v)}
			}
		}
	}
	return nil
}

// onceValue is a flag value that takes one occurrence: a second is an
// error, not a silent replacement of the first.
type onceValue struct {
	pflag.Value
	first string
	set   bool
}

func (v *onceValue) Set(s string) error {
	if v.set {
		return fmt.Errorf("given twice, first as %q: it takes one value for the whole run; give it once", v.first)
	}
	v.first, v.set = s, true
	return v.Value.Set(s)
}

// single makes each of fs's named flags refuse a second occurrence (a
// usage error, exit 2, through the root's flag error function). It is
// for flags that say what the data is — a publication date, an input
// kind, a dictionary, a store, a filter of dyad events and dyad export —
// where the last of two values silently winning mislabels or drops data
// ("--date 2024-07-13 a.txt --date 2024-07-14 b.txt" would date both
// files the 14th; "--root 19 --root 18" would list root 18 alone as if
// it were both). Flags
// that shape output (--format, --limit) keep pflag's last-wins.
func single(fs *pflag.FlagSet, names ...string) {
	for _, name := range names {
		if f := fs.Lookup(name); f != nil {
			f.Value = &onceValue{Value: f.Value}
		}
	}
}
