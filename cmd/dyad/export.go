package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/output"
	"github.com/dyad-events/dyad/sentences"
	"github.com/dyad-events/dyad/sqlite"
)

func newExportCmd() *cobra.Command {
	var f filterFlags
	var format string
	var allStatuses bool
	cmd := &cobra.Command{
		Annotations: map[string]string{formatsKey: "gdelt gdelt-mentions csv jsonl json plover"},
		Use:         "export --db FILE --format gdelt|gdelt-mentions|csv|jsonl|plover [filters]",
		Short:       "export the stored events (GDELT 2.0, CSV, JSON Lines, PLOVER)",
		Long: `export writes the store's aggregated events, filtered as by "dyad events":

  gdelt           GDELT 2.0 events table: 61 tab-separated columns, no header,
                  with the store's NumMentions (sentences), NumSources
                  (outlets), NumArticles (articles, copies of a story
                  each counted, as GDELT counts source documents),
                  first-seen time (DATEADDED) and the URL of the article
                  whose sentence the event shows (README: the same
                  whatever order the articles came in)
  gdelt-mentions  GDELT 2.0 mentions table: one 16-column row per mention,
                  its offsets and document length counted in characters in
                  the article's text (title, then paragraphs, separated by
                  blank lines), SentenceID from 1 (the title, then the body)
  csv             a header row, then one row per event: the columns of
                  "dyad code --format csv", then global_event_id,
                  num_mentions, num_sources, num_articles, first_seen,
                  source_url (joining to gdelt-mentions on global_event_id)
                  and input (the file or URL its article was read from);
                  with --one-a-day a last column, merged_event_ids (the
                  group's stored event ids joined by ";")
  jsonl           one JSON object per event: the event record plus
                  global_event_id and the counts (as "dyad events")
  plover          PLOVER/POLECAT-style JSON, one object per line, ending
                  with the same seven aggregate fields as csv; the events
                  whose CAMEO code has no PLOVER type (01, 010–014, 017:
                  statements and comments) are left out, counted in a note
                  at the end

GDELT's SQLDATE is always a day: an event dated to a month has SQLDATE day
01 of it, one dated to a year January 1st, and MonthYear, Year and
FractionDate are that day written otherwise, as GDELT's codebook defines
them (a year-only 2022 has MonthYear 202201, a YYYYMM); an undated event
has the four date columns empty. csv and jsonl carry date_precision, and
a gdelt export says at its end how many rows are not dated to a day.

GDELT's tables have no status column, so gdelt and gdelt-mentions export
only the events whose status is asserted or future (intents and plans are
stated acts): not the acts a text says did not happen (negated), alleges,
denies or supposes (hypothetical), counted in a note at the end.
--all-statuses exports them all; --status exports that status alone. The other formats carry the status and export
every event.

--one-a-day exports one event per day, source country, target country,
CAMEO root and status, num_mentions summed over the group, num_sources and
num_articles its distinct outlets and articles (see "dyad events"); not
with gdelt-mentions.`,
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
			if f.oneADay && format == "gdelt-mentions" {
				return &exitError{2, fmt.Errorf("--one-a-day and --format gdelt-mentions: mentions belong to the stored events; export them without --one-a-day")}
			}
			if allStatuses && flt.Status != "" {
				return &exitError{2, fmt.Errorf("--all-statuses and --status %s contradict each other: give one", flt.Status)}
			}
			db, ctx, done, err := openQueryStore(cmd, f.db, flt.Text)
			if err != nil {
				return err
			}
			defer done()
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			var each func(sqlite.StoredEvent) error
			var closeFn func() error
			var dates output.GDELTDates // (rows not dated to a day, said at the end)
			leftOut := 0                // events of a status GDELT cannot tell, said at the end
			noPlover := 0               // events with no PLOVER type, left out of plover and said at the end
			switch format {
			case "gdelt":
				each = func(e sqlite.StoredEvent) error {
					dates.Add(e.Event)
					_, err := fmt.Fprintln(out, strings.Join(output.GDELTRow(e.Event, countsOf(e)), "\t"))
					return err
				}
			case "gdelt-mentions":
				// the offsets count in each mention's article (the last
				// one read is kept: an event's mentions in one article
				// come together;
				// one, laid out once for its rows: dyad.NewDoc)
				var last *dyad.Doc
				each = func(e sqlite.StoredEvent) error {
					// streamed: an event may have 700,000 mentions
					return db.EachMention(ctx, e.GlobalEventID, func(m sqlite.Mention) error {
						if last == nil || last.Article().ID != m.ArticleID {
							sa, err := db.Article(ctx, m.ArticleID)
							if err != nil {
								return err
							}
							last = dyad.NewDoc(&sa.Article, sentences.SplitText)
						}
						conf := output.GDELTConfidence(m.Confidence)
						// named as SOURCEURL names the article (its URL, else
						// outlet, else input), not left empty
						source, ident := output.MentionCitation(last.Article())
						row := output.GDELTMentionRow(m.Event, last, countsOf(e), m.Added, source, ident, conf)
						_, err := fmt.Fprintln(out, strings.Join(row, "\t"))
						return err
					})
				}
			case "jsonl", "json":
				enc := json.NewEncoder(out)
				each = func(e sqlite.StoredEvent) error { return enc.Encode(e) }
			default: // csv, plover
				ont, err := cameo.Default()
				if err != nil {
					return err
				}
				// The records take URL, outlet, headline and date from the
				// representative mention's article; keep the last one read.
				var last *dyad.Article
				article := func(id string) (*dyad.Article, error) {
					if last == nil || last.ID != id {
						sa, err := db.Article(ctx, id)
						if err != nil {
							return nil, err
						}
						last = &sa.Article
					}
					return last, nil
				}
				if format == "csv" {
					w := csv.NewWriter(out)
					header := append(output.CSVHeader(), aggregateColumns...)
					if f.oneADay {
						// (a last column, as the JSON Lines and PLOVER
						// records end with merged_event_ids)
						header = append(header, "merged_event_ids")
					}
					if err := w.Write(header); err != nil {
						return err
					}
					each = func(e sqlite.StoredEvent) error {
						a, err := article(e.ArticleID)
						if err != nil {
							return err
						}
						row := append(output.CSVRow(e.Event, a.URL), aggregateFields(e)...)
						if f.oneADay {
							row = append(row, mergedField(e.Merged))
						}
						return w.Write(row)
					}
					closeFn = func() error { w.Flush(); return w.Error() }
					break
				}
				enc := json.NewEncoder(out)
				each = func(e sqlite.StoredEvent) error {
					a, err := article(e.ArticleID)
					if err != nil {
						return err
					}
					rec, ok := output.Plover(a, e.Event, ont)
					if !ok {
						noPlover++
						return nil
					}
					return enc.Encode(ploverAggregate{rec, aggregateOf(e)})
				}
			}
			if (format == "gdelt" || format == "gdelt-mentions") && flt.Status == "" && !allStatuses {
				// GDELT's tables have no status column (output.InGDELT, as
				// dyad code --format gdelt)
				all := each
				each = func(e sqlite.StoredEvent) error {
					if !output.InGDELT(e.Status) {
						leftOut++
						return nil
					}
					return all(e)
				}
			}
			if err := f.each(ctx, db, flt, each); err != nil {
				return interrupted(ctx, &exitError{1, err})
			}
			if closeFn != nil {
				if err := closeFn(); err != nil {
					return err
				}
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if notesUnread(cmd.OutOrStdout(), dates.Note() != "" || noPlover > 0 || leftOut > 0) {
				return nil // "| head -1": the reader took one row of them
			}
			if msg := dates.Note(); msg != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "dyad: warning:", msg)
			}
			if msg := output.PloverLeftOut(noPlover, "jsonl or csv"); msg != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "dyad: note:", msg)
			}
			if leftOut > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "dyad: note: %s left out: alleged, denied, negated or hypothetical (GDELT's tables have no status column); --all-statuses exports them\n", plural(leftOut, "event"))
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "gdelt|gdelt-mentions|csv|jsonl|plover")
	cmd.Flags().BoolVar(&allStatuses, "all-statuses", false, "gdelt, gdelt-mentions: also export the events whose status is alleged, denied, negated or hypothetical")
	return cmd
}

// aggregateColumns are the columns "dyad export --format csv" adds after
// output.CSVHeader's: the aggregated event's id and counts, named as in
// the JSON Lines export, so that a CSV row joins to gdelt-mentions rows on
// global_event_id, and input, where the article of source_url was read
// from (as the JSON Lines export's "input").
var aggregateColumns = []string{"global_event_id", "num_mentions", "num_sources", "num_articles", "first_seen", "source_url", "input"}

// aggregate holds a stored event's aggregate fields, appended to each
// PLOVER record under the JSON Lines export's names.
type aggregate struct {
	GlobalEventID int64  `json:"global_event_id"`
	NumMentions   int    `json:"num_mentions"`
	NumSources    int    `json:"num_sources"`
	NumArticles   int    `json:"num_articles"`
	FirstSeen     string `json:"first_seen"`
	SourceURL     string `json:"source_url"`
	Input         string `json:"input"`
	// Merged lists the stored events a --one-a-day group stands for, its
	// own id first, as the JSON Lines export's merged_event_ids (left out
	// without --one-a-day)
	Merged []int64 `json:"merged_event_ids,omitempty"`
}

// ploverAggregate is a PLOVER record followed by its aggregate fields, as
// dyad's own fields follow PLOVER's in output.PloverRecord.
type ploverAggregate struct {
	output.PloverRecord
	aggregate
}

// aggregateOf gives e's aggregate fields; first_seen is RFC 3339 in UTC
// ("2024-07-13T08:00:00Z", with fractional seconds when stored), "" when
// unknown.
func aggregateOf(e sqlite.StoredEvent) aggregate {
	first := ""
	if !e.FirstSeen.IsZero() {
		first = e.FirstSeen.UTC().Format(time.RFC3339Nano)
	}
	return aggregate{GlobalEventID: e.GlobalEventID, NumMentions: e.NumMentions, NumSources: e.NumSources,
		NumArticles: e.NumArticles, FirstSeen: first, SourceURL: e.SourceURL, Input: e.Input, Merged: e.Merged}
}

// aggregateFields gives the values of aggregateColumns for e.
func aggregateFields(e sqlite.StoredEvent) []string {
	a := aggregateOf(e)
	return []string{strconv.FormatInt(a.GlobalEventID, 10), strconv.Itoa(a.NumMentions), strconv.Itoa(a.NumSources),
		strconv.Itoa(a.NumArticles), a.FirstSeen, output.CSVText(a.SourceURL), output.CSVText(a.Input)}
}

// mergedField is the merged_event_ids cell of a --one-a-day CSV row:
// the group's stored event ids joined by ";", as a CSV row lists an
// actor's sectors ("1;2"); an event standing alone (not dated to a day,
// or alone in its day's group) has its own id only.
func mergedField(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ";")
}

// countsOf gives a stored event's GDELT counts.
func countsOf(e sqlite.StoredEvent) output.Counts {
	return output.Counts{NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles,
		DateAdded: e.FirstSeen, SourceURL: e.SourceURL, GlobalEventID: e.GlobalEventID}
}
