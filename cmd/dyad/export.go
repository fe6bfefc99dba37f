package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/output"
	"github.com/dyad-events/dyad/sqlite"
)

func newExportCmd() *cobra.Command {
	var f filterFlags
	var format string
	cmd := &cobra.Command{
		Use:   "export --db FILE --format gdelt|gdelt-mentions|csv|jsonl|plover [filters]",
		Short: "export the stored events (GDELT 2.0, CSV, JSON Lines, PLOVER)",
		Long: `export writes the store's aggregated events, filtered as by "dyad events":

  gdelt           GDELT 2.0 events table: 61 tab-separated columns, no header,
                  with the store's NumMentions, NumSources, NumArticles,
                  first-seen time (DATEADDED) and first article URL
  gdelt-mentions  GDELT 2.0 mentions table: one 16-column row per mention
  csv             a header row, then one row per event
  jsonl           one JSON object per event: the event record plus
                  global_event_id and the counts (as "dyad events")
  plover          PLOVER/POLECAT-style JSON, one object per line`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			switch format {
			case "gdelt", "gdelt-mentions", "csv", "jsonl", "json", "plover":
			default:
				return &exitError{2, fmt.Errorf("--format %q: want gdelt, gdelt-mentions, csv, jsonl or plover", format)}
			}
			db, err := openStore(f.db, false)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := checkText(cmd.Context(), db, flt.Text); err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			ctx := cmd.Context()
			var each func(sqlite.StoredEvent) error
			var closeFn func() error
			switch format {
			case "gdelt":
				each = func(e sqlite.StoredEvent) error {
					_, err := fmt.Fprintln(out, strings.Join(output.GDELTRow(e.Event, countsOf(e)), "\t"))
					return err
				}
			case "gdelt-mentions":
				each = func(e sqlite.StoredEvent) error {
					ms, err := db.Mentions(ctx, e.GlobalEventID)
					if err != nil {
						return err
					}
					for _, m := range ms {
						conf := int(math.Round(m.Confidence * 100))
						row := output.GDELTMentionRow(m.Event, countsOf(e), m.Added, m.Source, m.URL, gdeltSentence(m.Sentence), conf)
						if _, err := fmt.Fprintln(out, strings.Join(row, "\t")); err != nil {
							return err
						}
					}
					return nil
				}
			case "jsonl", "json":
				enc := json.NewEncoder(out)
				each = func(e sqlite.StoredEvent) error { return enc.Encode(e) }
			default: // csv, plover
				ont, err := cameo.Default()
				if err != nil {
					return err
				}
				w, err := output.New(out, format, ont)
				if err != nil {
					return &exitError{2, err}
				}
				// The writers take URL, outlet, headline and date from the
				// representative mention's article; keep the last one read.
				var last *dyad.Article
				each = func(e sqlite.StoredEvent) error {
					if last == nil || last.ID != e.ArticleID {
						sa, err := db.Article(ctx, e.ArticleID)
						if err != nil {
							return err
						}
						last = &sa.Article
					}
					return w.Write(last, []dyad.Event{e.Event})
				}
				closeFn = w.Close
			}
			if err := db.EachEvent(ctx, flt, each); err != nil {
				return &exitError{1, err}
			}
			if closeFn != nil {
				if err := closeFn(); err != nil {
					return err
				}
			}
			return out.Flush()
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "gdelt|gdelt-mentions|csv|jsonl|plover")
	return cmd
}

// countsOf gives a stored event's GDELT counts.
func countsOf(e sqlite.StoredEvent) output.Counts {
	return output.Counts{NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles,
		DateAdded: e.FirstSeen, SourceURL: e.SourceURL, GlobalEventID: e.GlobalEventID}
}

// gdeltSentence numbers sentences as GDELT does, from 1: the headline
// (dyad's -1) and the first body sentence (dyad's 0) are both 1.
func gdeltSentence(i int) int {
	if i < 0 {
		return 1
	}
	return i + 1
}
