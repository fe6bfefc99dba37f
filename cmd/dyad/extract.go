package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// newExtractCmd is "dyad extract [FILE|URL|-]...": print each article as
// indented JSON, or as JSON Lines with --jsonl.
func newExtractCmd() *cobra.Command {
	var opt article.Options
	var jsonl bool
	cmd := &cobra.Command{
		Use:   "extract [FILE|URL|-]...",
		Short: "print each input's article (text, metadata) as JSON",
		Long: `extract reads each input (a file, an http(s) URL, or - for standard input;
standard input when none is given) and prints every article found as an
indented JSON object. A failed input is reported on stderr and the others are
still processed; the exit status is then 1. An article with neither title nor
story text (an empty or script-only page) is still printed, with a warning on
stderr; a page cut off before its story gives its title and an empty body.
An input whose text does not look English is printed with a warning on
stderr, as dyad code gives it (dyad codes English news only).
With --jsonl each article is one line, which dyad ingest and dyad code read
back as they would the input itself (an article with no story text is then
refused, naming its line). A JSON Lines input (--input jsonl, or a .jsonl or
.ndjson file) and a WARC archive file are read record by record, each
article printed as it is read: any size, bounded memory.
Ctrl-C (SIGINT, SIGTERM, SIGHUP) stops the run at the input being read,
even one waiting on a pipe: the articles printed before it are whole, then
"interrupted", exit 130 (143 for SIGTERM, 129 for SIGHUP: 128 + the
signal's number).`,
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			// Ctrl-C (or kill, a closed terminal) stops the run at the
			// input being read (a pipe that gives nothing too), the
			// articles printed before it whole; handled from here, as
			// dyad code handles it
			ctx, stop := storeContext(cmd.Context(), nil)
			defer stop()
			switch opt.Input {
			case "", "auto", "text", "html", "jsonl":
			default:
				return &exitError{2, fmt.Errorf("--input %q: want auto, text, html or jsonl", opt.Input)}
			}
			if opt.Date != "" || cmd.Flags().Changed("date") { // --date "" too
				if _, err := time.Parse("2006-01-02", opt.Date); err != nil {
					return &exitError{2, fmt.Errorf("--date %q: %s", opt.Date, dateWant(opt.Date))}
				}
				if p := article.DateProblem(opt.Date, time.Now()); p != "" {
					return &exitError{2, fmt.Errorf("--date %q: %s", opt.Date, p)} // (as codingFlags.options)
				}
			}
			if len(args) == 0 {
				args = []string{"-"}
				stdinHint(cmd, "extract")
			}
			if err := stdinOnce(args); err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			if !jsonl {
				enc.SetIndent("", "  ")
			}
			enc.SetEscapeHTML(false)
			var failed []error
			// (an HTML page declaring UTF-8 with bytes that are not, read)
			opt.Warn = func(w string) { fmt.Fprintln(cmd.ErrOrStderr(), "dyad: warning: "+w) }
			finished := 0 // the inputs, from the first, read to their end
			for _, arg := range args {
				if ctx.Err() != nil {
					break
				}
				// messages name arg as typed, quoted when it holds a
				// control character (a newline: article.InputName)
				path, err := localArg(arg)
				name := article.InputName(arg)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
					failed = append(failed, err)
					continue
				}
				var english article.EnglishCheck
				// WARC archives stream page by page, JSON Lines article by
				// article, as dyad code reads them: one record out per
				// article in, bounded memory, any input size
				each := recordStream(ctx, name, path, opt, func(w string) {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad: warning: "+w)
				})
				if each != nil {
					inputFailed := false
					saidFor := map[string]bool{} // the pages whose failure was said
					var werr error
					err := each(func(a *dyad.Article) error {
						if ctx.Err() != nil {
							return ctx.Err() // (a Ctrl-C: no more printed)
						}
						if werr = enc.Encode(a); werr != nil {
							return werr
						}
						if msg, empty := noText(a, name); empty {
							if !saidFor[a.Input] {
								fmt.Fprintln(cmd.ErrOrStderr(), "dyad: warning: "+msg)
							}
						} else {
							english.Add(a)
						}
						return nil
					}, func(err error) {
						inputFailed = true
						if in := pageOfError(name, err); in != "" {
							saidFor[in] = true
						}
						fmt.Fprintln(cmd.ErrOrStderr(), dyadLines(cutSaid(err, "printed", "its title alone printed")))
					})
					if werr != nil {
						if inputFailed {
							failed = append(failed, fmt.Errorf("%s failed", name))
						}
						return outputStopped(werr, len(failed), len(args))
					}
					if ctx.Err() != nil {
						break // (said below: interrupted)
					}
					if msg := notEnglish(name, &english); msg != "" {
						fmt.Fprintln(cmd.ErrOrStderr(), msg)
					}
					if err != nil {
						fmt.Fprintln(cmd.ErrOrStderr(), "dyad:", err)
						inputFailed = true
					}
					if inputFailed {
						failed = append(failed, fmt.Errorf("%s failed", name))
					}
					finished++
					continue
				}
				arts, err := loadArticles(ctx, arg, path, opt)
				if ctx.Err() != nil {
					break // (a Ctrl-C while it was read: said below)
				}
				err = cutSaid(err, "printed", "its title alone printed") // (dyad ingest stores none of it)
				for _, a := range arts {
					if werr := enc.Encode(a); werr != nil {
						return outputStopped(werr, len(failed), len(args))
					}
					if msg, empty := noText(a, name); empty {
						// best effort, not a failure; said once: an input
						// that failed says why (a page cut off)
						if err == nil {
							fmt.Fprintln(cmd.ErrOrStderr(), "dyad: warning: "+msg)
						}
					} else {
						english.Add(a)
					}
				}
				if msg := notEnglish(name, &english); msg != "" {
					fmt.Fprintln(cmd.ErrOrStderr(), msg)
				}
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), dyadLines(err))
					failed = append(failed, err)
				}
				finished++
			}
			if bySignal(ctx) {
				return interruptedInputs(ctx, args, finished)
			}
			if len(failed) > 0 {
				return &exitError{1, fmt.Errorf("%s failed", ofInputs(len(failed), len(args)))}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&opt.Input, "input", "auto", "input format: auto|text|html|jsonl")
	cmd.Flags().StringVar(&opt.Date, "date", "", "publication date YYYY-MM-DD for inputs that carry none (an unreadable DATE header stays an error)")
	single(cmd.Flags(), "input", "date")
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, "print one compact JSON object per line (JSON Lines, which dyad ingest and dyad code read back)")
	return cmd
}
