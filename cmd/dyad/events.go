package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/output"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/store"
)

// filterFlags are the event filters shared by events and export.
type filterFlags struct {
	db                                          string
	from, to, actor, country, dyad, cameo, root string
	plover, status, text                        string
	minConf                                     float64
	quad, limit                                 int
	after                                       int64
	oneADay                                     bool
	flags                                       *pflag.FlagSet
}

func (f *filterFlags) register(c *cobra.Command) {
	fl := c.Flags()
	f.flags = fl
	fl.StringVar(&f.db, "db", "", "store: a SQLite file or a postgres:// URL (opened read-only)")
	fl.StringVar(&f.from, "from", "", "first event date, YYYY-MM-DD, YYYY-MM or YYYY (from the period's first day, inclusive; an event dated to a month or year overlapping the range matches)")
	fl.StringVar(&f.to, "to", "", "last event date, YYYY-MM-DD, YYYY-MM or YYYY (to the period's last day, inclusive)")
	fl.StringVar(&f.actor, "actor", "", "actor code prefix, either side (PRK, USAGOV)")
	fl.StringVar(&f.country, "country", "", "ISO 3166 alpha-3 country of either actor")
	fl.StringVar(&f.dyad, "dyad", "", "SRC,TGT actor code prefixes (either may be empty)")
	fl.StringVar(&f.cameo, "cameo", "", "CAMEO event code prefix (19, 0251)")
	fl.StringVar(&f.root, "root", "", "CAMEO root code (1–20 or 01–20)")
	fl.IntVar(&f.quad, "quad", 0, "QuadClass 1–4")
	fl.StringVar(&f.plover, "plover", "", "PLOVER event type (ACCUSE)")
	fl.StringVar(&f.status, "status", "", "mention status: asserted|alleged|denied|negated|future|hypothetical")
	fl.Float64Var(&f.minConf, "min-confidence", 0, "events with a mention of at least this confidence (0-1)")
	fl.StringVar(&f.text, "q", "", "full-text query over article titles and texts (SQLite FTS5 syntax)")
	fl.IntVar(&f.limit, "limit", 0, "at most this many events (0: all)")
	fl.Int64Var(&f.after, "after", 0, "only events with a global id greater than this (paging cursor)")
	fl.BoolVar(&f.oneADay, "one-a-day", false, "one event per day, source country, target country, CAMEO root and status (outlets' different codings of one act counted once; num_mentions summed, num_sources and num_articles the group's distinct outlets and articles, merged_event_ids listed)")
	single(fl, "db", "from", "to", "actor", "country", "dyad", "cameo", "root", "quad", "plover", "status", "min-confidence", "q")
}

func (f *filterFlags) filter() (sqlite.Filter, error) {
	usage := func(format string, a ...any) error { return &exitError{2, fmt.Errorf(format, a...)} }
	flt := sqlite.Filter{
		From: f.from, To: f.to, Actor: strings.ToUpper(f.actor), Country: strings.ToUpper(f.country),
		CAMEO: f.cameo, Root: f.root, QuadClass: f.quad, Plover: f.plover, Status: dyad.Status(strings.ToLower(f.status)),
		Text: f.text, Limit: f.limit, After: f.after, MinConfidence: f.minConf,
	}
	if err := flt.CheckDates("--from", "--to"); err != nil {
		return flt, usage("%s", err)
	}
	for _, name := range []string{"from", "to"} {
		if f.flags != nil && f.flags.Changed(name) && f.flags.Lookup(name).Value.String() == "" {
			// an empty bound (a script's unset variable) filters
			// nothing: said, as a bad one is
			return flt, usage("--%s \"\": want YYYY-MM-DD, YYYY-MM or YYYY", name)
		}
	}
	for _, name := range []string{"actor", "country", "dyad", "cameo", "root", "plover", "status", "q"} {
		if f.flags == nil || !f.flags.Changed(name) {
			continue
		}
		if v := f.flags.Lookup(name).Value.String(); strings.TrimSpace(v) == "" {
			// likewise an empty filter value: it would filter nothing
			return flt, usage("--%s %q: an empty value filters nothing: give one or leave the flag out", name, v)
		}
	}
	if f.dyad != "" {
		src, tgt, ok := strings.Cut(f.dyad, ",")
		if !ok {
			return flt, usage("--dyad %q: want SRC,TGT", f.dyad)
		}
		flt.Dyad = [2]string{strings.ToUpper(strings.TrimSpace(src)), strings.ToUpper(strings.TrimSpace(tgt))}
		// each side is a code prefix as --actor is (said as the flag,
		// not as the store's "filter dyad target" error, exit 1)
		if err := namedCountry("--dyad", f.dyad); err != nil {
			return flt, usage("%s", err)
		}
		for _, side := range flt.Dyad {
			if !actorPrefix(side) {
				return flt, usage("--dyad %q: want SRC,TGT, each a CAMEO actor code prefix or empty (PRK,KOR or ,USAGOV)", f.dyad)
			}
		}
	}
	if f.root != "" {
		// "--root 1" means root 01, as "--root 01" does
		r, ok := cameo.RootCode(f.root)
		if !ok {
			return flt, usage("--root %q: want a CAMEO root 1–20 (or 01–20)", f.root)
		}
		flt.Root = r
	}
	if f.cameo != "" && strings.Trim(f.cameo, "0123456789") != "" {
		return flt, usage("--cameo %q: want a CAMEO code prefix of digits", f.cameo)
	}
	if f.cameo != "" {
		// "9999" would match nothing and say nothing, as --country GER
		// would: a prefix of no CAMEO code is an error
		if ont, err := cameo.Default(); err == nil && !ont.HasPrefix(f.cameo) {
			return flt, usage("--cameo %q: no CAMEO code starts so (codes have 2 to 4 digits: 19, 190, 0251)", f.cameo)
		}
	}
	if f.quad < 0 || f.quad > 4 || f.quad == 0 && f.flags != nil && f.flags.Changed("quad") {
		return flt, usage("--quad %d: want 1–4", f.quad)
	}
	if err := flt.CheckCodes("--cameo", "--root", "--quad"); err != nil {
		// "--cameo 0251 --root 19" printed nothing and exited 0
		return flt, usage("%s", err)
	}
	if err := namedCountry("--country", f.country); err != nil {
		// "--country Russia" said only what a code looks like
		return flt, usage("%s", err)
	}
	if f.country != "" {
		if err := gazetteer.CheckCountryCode(flt.Country); err != nil {
			return flt, usage("--country %q: %v", f.country, err)
		}
	}
	if f.country != "" {
		// "GER" or "ZZZ" would match nothing and say nothing: a state the
		// gazetteer does not know is an error
		if g, err := gazetteer.Default(); err == nil {
			if _, ok := g.Country(flt.Country); !ok {
				return flt, usage("--country %q: no such ISO 3166 alpha-3 code (Germany is DEU, Britain GBR)", f.country)
			}
		}
	}
	if err := namedCountry("--actor", f.actor); err != nil {
		// "--actor Syria" matched no code and printed nothing
		return flt, usage("%s", err)
	}
	if !actorPrefix(flt.Actor) {
		return flt, usage("--actor %q: want a CAMEO actor code prefix (PRK, USAGOV)", f.actor)
	}
	if f.plover != "" {
		flt.Plover = strings.ToUpper(f.plover)
		if !cameo.IsPloverType(flt.Plover) {
			return flt, usage("--plover %q: want a PLOVER event type (%s)", f.plover, strings.Join(cameo.PloverTypes(), ", "))
		}
	}
	switch flt.Status {
	case "", dyad.Asserted, dyad.Alleged, dyad.Denied, dyad.Negated, dyad.Future, dyad.Hypothetical:
	default:
		return flt, usage("--status %q: want asserted, alleged, denied, negated, future or hypothetical", f.status)
	}
	if f.limit < 0 {
		return flt, usage("--limit %d: want 0 or more", f.limit)
	}
	if f.after < 0 { // (a global id is 1 or more: a negative cursor was a typo read as 0)
		return flt, usage("--after %d: want 0 or more (the last global_event_id of the previous page)", f.after)
	}
	if !(f.minConf >= 0 && f.minConf <= 1) { // (NaN too)
		return flt, usage("--min-confidence %v: want a number from 0 to 1", f.minConf)
	}
	return flt, nil
}

func newEventsCmd() *cobra.Command {
	var f filterFlags
	var format string
	cmd := &cobra.Command{
		Annotations: map[string]string{formatsKey: "table json jsonl"},
		Use:         "events --db FILE [filters]",
		// "dyad query" and "dyad search" (the words users reach for)
		// were an unknown command with no hint
		SuggestFor: []string{"query", "search", "list"},
		Short:      "list the stored, aggregated events matching filters",
		Long: `events lists the aggregated events of a store (one per date, source, target,
CAMEO code and location) with their mention, source and article counts: a
table on a terminal, JSON Lines otherwise (--format table|json). Each JSON
line is the event record of the first mention plus global_event_id,
num_mentions, num_sources, num_articles, first_seen and source_url.

--one-a-day lists one event per day, source country, target country, CAMEO
root and status (PHOENIX's one-a-day filter, on countries and roots): one
act that outlets coded differently (RUSMIL 194 UKR, RUS 194 UKR, RUS 195 UKR
on one day) counts once (a source and target of one country keep their
full codes: SYRMIL 194 SYRREB and SYRREB 194 SYRGOV stay two), as its
most-mentioned event with merged_event_ids listing the group, num_mentions
summed over the group's events, and num_sources and num_articles counted
over the group as for one event: its mentions' distinct outlets and
distinct articles (one Reuters story telling RUSMIL 194 UKR and RUS 195 UKR
is one source and one article, not two). Events dated only to a month or
year, or undated, stand alone.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			flt, err := f.filter()
			if err != nil {
				return err
			}
			if format == "" && cmd.Flags().Changed("format") {
				// (a script's unset variable: it ran with the default)
				return &exitError{2, errors.New(`--format "": want table or json`)}
			}
			if format == "" {
				format = "json"
				if fl, ok := cmd.OutOrStdout().(*os.File); ok && isatty.IsTerminal(fl.Fd()) {
					format = "table"
				}
			}
			if format == "jsonl" {
				format = "json"
			}
			if format != "json" && format != "table" {
				return &exitError{2, fmt.Errorf("--format %q: want table or json", format)}
			}
			db, ctx, done, err := openQueryStore(cmd, f.db, flt.Text)
			if err != nil {
				return err
			}
			defer done()
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			defer out.Flush()
			if format == "json" {
				enc := json.NewEncoder(out)
				err = f.each(ctx, db, flt, func(e sqlite.StoredEvent) error { return enc.Encode(e) })
			} else {
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tCAMEO\tTARGET\tSTATUS\tMENT\tSRC\tART\tEVIDENCE")
				err = f.each(ctx, db, flt, func(e sqlite.StoredEvent) error {
					_, err := fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", e.GlobalEventID, orDash(e.Date),
						actorCode(e.Source), e.CAMEO, actorCode(e.Target), e.Status, e.NumMentions, e.NumSources,
						e.NumArticles, output.Snippet(e.Evidence, 60))
					return err
				})
				tw.Flush()
			}
			if err != nil {
				return interrupted(ctx, &exitError{1, err})
			}
			return out.Flush()
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "", "table|json (default: table on a terminal, else json)")
	return cmd
}

// each streams the events matching flt to fn, one per group with
// --one-a-day (store.OneADay).
func (f *filterFlags) each(ctx context.Context, db store.Store, flt sqlite.Filter, fn func(sqlite.StoredEvent) error) error {
	if f.oneADay {
		return store.OneADay(ctx, db, flt, fn)
	}
	return db.EachEvent(ctx, flt, fn)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func actorCode(a *dyad.Actor) string {
	if a == nil || a.Code == "" {
		return "-"
	}
	return a.Code
}

// openQueryStore opens the store at path (a SQLite file or a PostgreSQL
// URL) to read the events of a query whose --q is text, as dyad events and
// dyad export do: it warns of a snapshot store on cmd's standard error,
// gives the context that a signal cancels (storeContext) and checks text
// (checkText; its error is returned as interrupted gives it). done stops
// the signal handling and closes the store; it is nil with an error.
func openQueryStore(cmd *cobra.Command, path, text string) (db store.Store, ctx context.Context, done func(), err error) {
	db, err = openStore(path, false)
	if err != nil {
		return nil, nil, nil, err
	}
	warnSnapshot(cmd.ErrOrStderr(), db, path)
	ctx, stop := storeContext(cmd.Context(), db)
	done = func() {
		stop()
		db.Close()
	}
	if err := checkText(ctx, db, text); err != nil {
		err = interrupted(ctx, err)
		done()
		return nil, nil, nil, err
	}
	return db, ctx, done, nil
}

// checkText rejects a --q the store cannot parse (a usage error, exit 2)
// before any output, when the store can check one.
func checkText(ctx context.Context, db any, q string) error {
	c, ok := db.(interface {
		CheckText(context.Context, string) error
	})
	if q == "" || !ok {
		return nil
	}
	if err := c.CheckText(ctx, q); err != nil {
		if ctx.Err() != nil {
			return &exitError{1, ctx.Err()}
		}
		if errors.Is(err, errors.ErrUnsupported) {
			return &exitError{2, fmt.Errorf("--q %q: %v", q, err)}
		}
		// the API's wording (http's filter), not the store's parser error
		return &exitError{2, fmt.Errorf("--q %q: %s", q, textSyntax)}
	}
	return nil
}

// textSyntax is what a --q the store cannot parse is told, as the API
// answers a bad q.
const textSyntax = sqlite.TextHelp

// namedCountry is the usage error for v, the value of the filter flag
// name (--actor, --dyad, --country), when it names a country rather than
// giving a code (gazetteer's NamedCountryError, on the embedded
// gazetteer): "Syria" is SYR.
func namedCountry(name, v string) error {
	g, err := gazetteer.Default()
	if err != nil {
		return nil
	}
	return g.NamedCountryError(name, v)
}

// actorPrefix reports whether s (upper-cased) can begin a CAMEO actor code,
// as --actor and each side of --dyad take it: capital letters and digits
// only, or empty.
func actorPrefix(s string) bool {
	return strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == ""
}
