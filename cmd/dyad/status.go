package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad/internal/secret"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/store"
)

// statusReport is what dyad status prints.
type statusReport struct {
	Queue *queue.Status `json:"queue,omitempty"`
	Store *store.Counts `json:"store,omitempty"`
	// Rate is articles stored per second over --interval (with --db).
	Rate *float64 `json:"articles_per_second,omitempty"`
}

func newStatusCmd() *cobra.Command {
	var queueURL, dbDSN string
	var interval time.Duration
	var asJSON bool
	cmd := &cobra.Command{
		Use: "status [--queue nats://HOST:PORT] [--db postgres://…|FILE]",
		// (signalContext takes a signal held since dyad started)
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		Short:       "queue depth, articles in flight, redeliveries, failures, store counts and rate",
		Long: `status reports the article queue (pending: queued and not yet delivered;
in_flight: delivered to a worker and not yet acked; redelivered: of those,
delivered more than once; failed: given up on, in the DYAD_FAILED stream)
and the store's counts (articles, events, mentions…). With --interval and
--db it measures the store's articles per second over that interval.`,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if len(args) > 0 {
				return &exitError{2, fmt.Errorf("status takes no arguments\n%s", cmd.UsageString())}
			}
			if err := positiveFlags(cmd, "interval"); err != nil {
				return err
			}
			if queueURL == "" && dbDSN == "" {
				return &exitError{2, fmt.Errorf("status needs --queue, --db or both\n%s", cmd.UsageString())}
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			// an error a signal caused (the queue's "context canceled")
			// is "interrupted (…)", exit 130, as for dyad ingest
			defer func() { err = interrupted(ctx, err) }()
			var rep statusReport
			if queueURL != "" {
				nc, js, err := connectQueue(queueURL, "dyad status")
				if err != nil {
					return err
				}
				defer nc.Close()
				st, err := queue.Stat(ctx, js)
				if err != nil {
					return &exitError{1, fmt.Errorf("--queue %s: %w", secret.Redact(queueURL), err)}
				}
				rep.Queue = &st
			}
			if dbDSN != "" {
				// read-only, as events and export: status never creates
				// or migrates a store
				db, err := openStore(dbDSN, false)
				if err != nil {
					return err
				}
				defer db.Close()
				c, err := db.Counts(ctx)
				if err != nil {
					return &exitError{1, err}
				}
				if interval > 0 {
					t0 := time.Now()
					select {
					case <-time.After(interval):
					case <-ctx.Done():
						return &exitError{1, ctx.Err()}
					}
					c2, err := db.Counts(ctx)
					if err != nil {
						return &exitError{1, err}
					}
					r := float64(c2.Articles-c.Articles) / time.Since(t0).Seconds()
					rep.Rate, c = &r, c2
				}
				rep.Store = &c
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
			if q := rep.Queue; q != nil {
				fmt.Fprintf(tw, "pending\t%d\t\n", q.Pending)
				fmt.Fprintf(tw, "in flight\t%d\t\n", q.InFlight)
				fmt.Fprintf(tw, "redelivered\t%d\t\n", q.Redelivered)
				fmt.Fprintf(tw, "failed\t%d\t\n", q.Failed)
			}
			if c := rep.Store; c != nil {
				fmt.Fprintf(tw, "articles\t%d\t\n", c.Articles)
				fmt.Fprintf(tw, "stories\t%d\t\n", c.DupGroups)
				fmt.Fprintf(tw, "events\t%d\t\n", c.Events)
				fmt.Fprintf(tw, "mentions\t%d\t\n", c.Mentions)
				fmt.Fprintf(tw, "actors\t%d\t\n", c.Actors)
			}
			if rep.Rate != nil {
				fmt.Fprintf(tw, "articles/s\t%.1f\t\n", *rep.Rate)
			}
			return tw.Flush()
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&queueURL, "queue", "", "NATS server URL(s) (nats://host:4222)")
	fl.StringVar(&dbDSN, "db", "", "store: postgres:// URL or SQLite file (opened read-only: never created or migrated)")
	single(fl, "db")
	fl.DurationVar(&interval, "interval", 0, "measure the store's articles per second over this interval (needs --db)")
	fl.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
