package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/output"
)

// codingFlags are the flags shared by commands that code articles.
type codingFlags struct {
	input string
	date  string
	dict  string
}

func (f *codingFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.input, "input", "auto", "input kind: auto|text|html|jsonl")
	c.Flags().StringVar(&f.date, "date", "", "publication date YYYY-MM-DD for inputs that carry none")
	c.Flags().StringVar(&f.dict, "dict", "", "directory of extra actor dictionary files (*.txt)")
}

func (f *codingFlags) options() (article.Options, error) {
	switch f.input {
	case "auto", "text", "html", "jsonl":
	default:
		return article.Options{}, &exitError{2, fmt.Errorf("--input %q: want auto, text, html or jsonl", f.input)}
	}
	if f.date != "" && !validDate(f.date) {
		return article.Options{}, &exitError{2, fmt.Errorf("--date %q: want YYYY-MM-DD", f.date)}
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
	dict, err := actors.Default()
	if err != nil {
		return nil, nil, err
	}
	if f.dict != "" {
		if err := dict.AddDir(f.dict); err != nil {
			return nil, nil, &exitError{2, err}
		}
		for _, w := range dict.Warnings {
			fmt.Fprintln(os.Stderr, "dyad: warning:", w)
		}
	}
	c, err := events.New(events.Config{Ontology: ont, Actors: dict})
	return c, ont, err
}

func newCodeCmd() *cobra.Command {
	var f codingFlags
	var format string
	cmd := &cobra.Command{
		Use:   "code [FILE|URL|-]...",
		Short: "extract articles and print their CAMEO-coded events",
		Long: `code reads each input (a file, an http(s) URL, or - for standard input),
extracts its article(s) and prints the events coded from them: a table on a
terminal, JSON Lines otherwise (--format json|table|gdelt|csv|plover).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			opt, err := f.options()
			if err != nil {
				return err
			}
			if format == "" {
				format = "json"
				if isatty.IsTerminal(os.Stdout.Fd()) {
					format = "table"
				}
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
			failed := codeInputs(cmd.Context(), args, opt, coder, w, cmd.ErrOrStderr())
			if err := w.Close(); err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return &exitError{1, fmt.Errorf("%d of %d inputs failed", failed, len(args))}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "", "output format: json|table|gdelt|csv|plover (default: table on a terminal, else json)")
	return cmd
}

// codeInputs codes each input in turn, reporting failures on errw and
// going on with the rest; it returns the number of failed inputs.
func codeInputs(ctx context.Context, args []string, opt article.Options, coder *events.Coder, w output.Writer, errw io.Writer) int {
	if ctx == nil {
		ctx = context.Background()
	}
	failed := 0
	for _, arg := range args {
		if streamable(arg, opt) {
			// JSON Lines stream article by article: any input size, bounded memory
			if !streamJSONL(ctx, arg, opt, coder, w, errw) {
				failed++
			}
			continue
		}
		arts, err := loadArticles(ctx, arg, opt)
		if err != nil {
			fmt.Fprintln(errw, "dyad:", err)
			failed++
			if len(arts) == 0 {
				continue
			}
		}
		for _, a := range arts {
			if err := w.Write(a, coder.Code(a)); err != nil {
				if errors.Is(err, os.ErrClosed) {
					return failed
				}
				fmt.Fprintln(errw, "dyad:", err)
			}
		}
	}
	return failed
}

// streamable reports a JSON Lines input read from a file or standard
// input: --input jsonl, or a .jsonl/.ndjson file with --input auto.
func streamable(arg string, opt article.Options) bool {
	if article.IsURL(arg) {
		return false
	}
	if opt.Input == "jsonl" {
		return true
	}
	return (opt.Input == "" || opt.Input == "auto") && (strings.HasSuffix(arg, ".jsonl") || strings.HasSuffix(arg, ".ndjson"))
}

// streamJSONL codes a JSON Lines file (or "-") one line at a time; bad
// lines are reported and skipped. It reports whether every line was read.
func streamJSONL(ctx context.Context, arg string, opt article.Options, coder *events.Coder, w output.Writer, errw io.Writer) bool {
	var r io.Reader = os.Stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			fmt.Fprintln(errw, "dyad:", err)
			return false
		}
		defer f.Close()
		r = f
	}
	ok := true
	err := article.EachJSONL(arg, r, opt, func(a *dyad.Article) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return w.Write(a, coder.Code(a))
	}, func(err error) {
		fmt.Fprintln(errw, "dyad:", err)
		ok = false
	})
	if err != nil {
		fmt.Fprintln(errw, "dyad:", err)
		return false
	}
	return ok
}

// validDate reports a real calendar date written YYYY-MM-DD.
func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
