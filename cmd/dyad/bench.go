package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/bench"
)

func newBenchCmd() *cobra.Command {
	var f codingFlags
	var workers, repeat int
	var store, jsonOut bool
	var tmp, cpuProfile string
	cmd := &cobra.Command{
		Use:   "bench DIR|FILE...",
		Short: "measure each pipeline stage over a corpus folder",
		Long: `bench runs the pipeline stage by stage over the files under each DIR that
dyad ingest reads from a folder (recursively: text, web pages, RSS/Atom and
JSON feeds, JSON Lines of articles, WARC archives; a FILE is taken as
given), each read as dyad ingest reads it (a feed's items, an archive's
pages, a folder's text file in Windows-1252): read+extract (HTML pages and archives, and the rest, apart), split+tag, actor
matching, event coding and end-to-end, plus with --store the SQLite store
(saving coded articles) and a full ingest. For each it reports articles,
sentences and MB per CPU-second (user + system time: per core fully used),
articles per wall second, Go heap allocations per article and the process's
peak resident memory so far. A table by default, JSON with --json. Files
that cannot be read (an HTML page cut off before its end too) are listed
after the measures ("failures" in JSON) and left out of the stages after
read+extract; the exit status is then 1.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &exitError{2, fmt.Errorf("bench needs a corpus folder\n%s", cmd.UsageString())}
			}
			if err := positiveFlags(cmd, "workers", "repeat"); err != nil {
				return err
			}
			if tmp != "" { // said before any stage runs
				if fi, err := os.Stat(tmp); errors.Is(err, fs.ErrNotExist) {
					return &exitError{2, fmt.Errorf("--tmp %s: no such folder", tmp)}
				} else if err != nil {
					return &exitError{2, fmt.Errorf("--tmp %w", article.InputError(err, tmp))}
				} else if !fi.IsDir() {
					return &exitError{2, fmt.Errorf("--tmp %s: not a folder (--tmp takes the folder for the temporary stores)", tmp)}
				}
			}
			opt, err := f.options()
			if err != nil {
				return err
			}
			coder, _, err := f.newCoder()
			if err != nil {
				return err
			}
			if workers == 0 {
				workers = runtime.GOMAXPROCS(0)
			}
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			defer stop()
			r, err := bench.Run(cmd.Context(), bench.Config{
				Coder: coder, Options: opt, Workers: workers, Store: store, TempDir: tmp, Repeat: repeat,
				// feeds, gzip'd feeds and WARC archives as dyad ingest
				// reads them (their warnings unsaid: each stage may run
				// --repeat times)
				Read: func(name string, data []byte) ([]*dyad.Article, error) {
					return readLoadedWarn(name, name, data, opt, func(string) {})
				},
			}, args...)
			if err != nil {
				return &exitError{1, err}
			}
			out := cmd.OutOrStdout()
			where := "listed above"
			if jsonOut {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				err = enc.Encode(r)
				where = "listed in the JSON report"
			} else {
				err = r.WriteTable(out)
			}
			if err != nil || len(r.Failures) == 0 {
				return err
			}
			// a failed input fails the run, as in every command (exit 1)
			return &exitError{1, fmt.Errorf("%s failed (%s); %s", plural(len(r.Failures), "file"), where, failedStages(len(r.Failures), r.FailuresKept))}
		},
	}
	f.register(cmd)
	cmd.Flags().IntVar(&workers, "workers", 0, "goroutines per stage (default GOMAXPROCS)")
	cmd.Flags().IntVar(&repeat, "repeat", 1, "run each stage this many times and keep the run with the least CPU time")
	cmd.Flags().BoolVar(&store, "store", false, "also measure the SQLite store and a full ingest (temporary files)")
	cmd.Flags().StringVar(&tmp, "tmp", "", "directory for the temporary SQLite files (default the system's)")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof)")
	cmd.Flags().BoolVar(&jsonOut, "json", false, "print the report as JSON")
	return cmd
}

// failedStages says what the stages after read+extract do with n failed
// files, kept of them giving complete articles that those stages measure
// (bench.Report.FailuresKept): "the stages after read+extract leave it
// out"; "… measure its articles read before the fault" (a feed cut off
// after its 28th item); "… leave 1 out and measure the articles read from
// 2 before the fault".
func failedStages(n, kept int) string {
	const stages = "the stages after read+extract "
	its, it := "its", "it"
	if n > 1 {
		its, it = "their", "them"
	}
	switch kept {
	case 0:
		return stages + "leave " + it + " out"
	case n:
		return stages + "measure " + its + " articles read before the fault"
	}
	return fmt.Sprintf("%sleave %d out and measure the articles read from %d before the fault", stages, n-kept, kept)
}

// startCPUProfile starts writing a CPU profile to path (nothing when path is
// empty); the returned stop ends it and closes the file. A file that cannot
// be created is a usage error (exit 2).
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	if err := notAProfile(path); err != nil {
		return nil, &exitError{2, fmt.Errorf("--cpuprofile: %w", err)}
	}
	pf, err := os.Create(path)
	if err != nil {
		return nil, &exitError{2, fmt.Errorf("--cpuprofile: %w", err)}
	}
	if err := pprof.StartCPUProfile(pf); err != nil {
		pf.Close()
		return nil, &exitError{2, fmt.Errorf("--cpuprofile: %w", err)}
	}
	return func() { pprof.StopCPUProfile(); pf.Close() }, nil
}

// notAProfile returns an error when path names an existing, non-empty file
// that is not a pprof profile (gzip data, first bytes 0x1f 0x8b), so that
// --cpuprofile never overwrites an article, a store or a gold file by a
// typo. A missing or empty file, or an earlier profile, gives nil.
func notAProfile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // missing (or unreadable: os.Create reports it)
	}
	defer f.Close()
	var head [2]byte
	n, _ := io.ReadFull(f, head[:])
	if n == 0 || (n == 2 && head[0] == 0x1f && head[1] == 0x8b) {
		return nil
	}
	return fmt.Errorf("%s exists and is not a CPU profile; remove it or name a new file", path)
}
