package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/earlysignal"
	"github.com/dyad-events/dyad/internal/secret"
	"github.com/dyad-events/dyad/queue"
	"github.com/dyad-events/dyad/store"
)

// connectQueue connects to the NATS server of --queue (nats://host:4222;
// several URLs separated by commas), reconnecting forever.
func connectQueue(url, name string) (*nats.Conn, jetstream.JetStream, error) {
	if url == "" {
		return nil, nil, &exitError{2, fmt.Errorf("--queue nats://HOST:PORT is required")}
	}
	if err := checkQueueURL(url); err != nil {
		return nil, nil, err
	}
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1))
	if err != nil {
		return nil, nil, &exitError{1, fmt.Errorf("--queue %s: %w", secret.Redact(url), err)}
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, &exitError{1, fmt.Errorf("--queue %s: %w", secret.Redact(url), err)}
	}
	return nc, js, nil
}

// checkQueueURL is the usage error (exit 2) for a --queue that names no
// NATS server: each of its comma-separated URLs must be nats://, tls://,
// ws:// or wss://, or a bare HOST[:PORT] (read as nats://), and parse with
// net/url, as nats.Connect parses it, to a host and a port, if any, from
// 1 to 65535. "--queue http://x: want nats://HOST:PORT (or tls://, ws://,
// wss://), not http://" (it was dialled as a NATS server); a URL that does
// not parse, "nats://h:abc", "nats://[::1", was an unreachable queue (exit
// 1), and "nats://:4222" no error at all. nil for a good one.
func checkQueueURL(queueURL string) error {
	shown := secret.Redact(queueURL) // no password in a message
	for _, one := range strings.Split(queueURL, ",") {
		given := strings.TrimSpace(one)
		scheme, _, ok := strings.Cut(given, "://")
		one = given
		if !ok {
			scheme, one = "nats", "nats://"+given
		}
		switch strings.ToLower(scheme) {
		case "nats", "tls", "ws", "wss":
		default:
			return &exitError{2, fmt.Errorf("--queue %s: want nats://HOST:PORT (or tls://, ws://, wss://), not %s://", shown, scheme)}
		}
		u, err := url.Parse(one)
		if err != nil {
			var ue *url.Error
			if errors.As(err, &ue) {
				err = ue.Err // not the URL a second time
			}
			return &exitError{2, fmt.Errorf("--queue %s: want nats://HOST:PORT: %v in %q", shown, err, secret.Redact(given))}
		}
		if u.Hostname() == "" {
			return &exitError{2, fmt.Errorf("--queue %s: want nats://HOST:PORT: no host in %q", shown, secret.Redact(given))}
		}
		if p := u.Port(); p != "" {
			if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
				return &exitError{2, fmt.Errorf("--queue %s: want nats://HOST:PORT, PORT a number from 1 to 65535, not %q", shown, p)}
			}
		}
	}
	return nil
}

// publishArticles queues articles on the NATS server at url for dyad
// workers (queue.Publish); `dyad ingest --queue URL` calls it instead of
// coding and storing.
func publishArticles(ctx context.Context, url string, src iter.Seq[*dyad.Article]) (queue.Published, error) {
	nc, _, err := connectQueue(url, "dyad ingest")
	if err != nil {
		return queue.Published{}, err
	}
	defer nc.Close()
	pub, err := queue.Publish(ctx, nc, src)
	if err != nil {
		return pub, &exitError{1, fmt.Errorf("--queue %s: %w", secret.Redact(url), err)}
	}
	return pub, nil
}

// signalContext is ctx (Background when nil) cancelled by SIGINT or
// SIGTERM, and already cancelled when one came while dyad started (held
// since its packages' initialisation: internal/earlysignal), with the
// same cause ("terminated signal received"), so that the command
// (annotated holdsSignalsKey) says "interrupted" and exits 130 as dyad
// ingest does, where it ended at once, exit 143 and not a word.
func signalContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	sctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	s := earlysignal.Take(os.Interrupt, syscall.SIGTERM)
	if s == nil {
		return sctx, stop
	}
	cctx, cancel := context.WithCancelCause(sctx)
	cancel(heldSignal{s})
	return cctx, func() { cancel(nil); stop() }
}

// heldSignal is the cause of a signalContext cancelled by a signal held
// since dyad started: the words of signal.NotifyContext's.
type heldSignal struct{ s os.Signal }

func (h heldSignal) Error() string { return h.s.String() + " signal received" }

// drainPoll is how often `dyad worker --drain` checks whether the queue is
// empty, and how long its idle fetches wait.
const drainPoll = 200 * time.Millisecond

func newWorkerCmd() *cobra.Command {
	var f codingFlags
	var queueURL, dbDSN, cpuProfile string
	var cfg queue.Config
	var drain, jsonStats bool
	cmd := &cobra.Command{
		Use: "worker --queue nats://HOST:PORT --db postgres://…",
		// (signalContext takes a signal held since dyad started)
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		Short:       "code the articles queued on NATS JetStream into a shared store",
		Long: `worker pulls the articles that "dyad ingest --queue" published to the NATS
JetStream work queue, codes them and stores them in --db (a postgres:// URL,
so that many workers on many machines share one store; a SQLite file works
for a single worker). Each article is acked only after its transaction
committed: a worker killed at any point loses nothing, its articles are
redelivered to other workers after --ack-wait, and an article delivered
twice is stored once. Articles that cannot be decoded, or that still do not
store on their --max-deliver-th delivery, go to the DYAD_FAILED stream (see
dyad status); while the store is unreachable articles wait in the queue.

The articles come extracted, as dyad ingest --queue read them, so worker has
no --input; --date dates those that carry no publication date, and --dict
adds actor dictionaries (every worker should have the same ones).

It runs until SIGINT or SIGTERM (storing the articles of the batches in hand
coded before it; the article being coded stops within a sentence and goes back
to the queue, with those not yet coded), or with --drain until the queue is
empty, then prints what it did to standard error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &exitError{2, fmt.Errorf("worker takes no arguments\n%s", cmd.UsageString())}
			}
			if err := positiveFlags(cmd, "concurrency", "batch", "ack-wait", "max-ack-pending", "max-deliver"); err != nil {
				return err
			}
			if dbDSN == "" {
				return &exitError{2, fmt.Errorf("--db is required: a postgres:// URL (or a SQLite file for one worker)")}
			}
			if err := checkDBPath(dbDSN); err != nil {
				return err
			}
			// a bad --date is a usage error before any connection, as
			// for dyad code and dyad ingest
			opt, err := f.options()
			if err != nil {
				return err
			}
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			nc, js, err := connectQueue(queueURL, "dyad worker")
			if err != nil {
				return interrupted(ctx, err)
			}
			defer nc.Close()
			// a SQLite store is written by one process at a time, this
			// worker or a dyad ingest (each keeps the near-duplicate
			// index in memory): both wrote it at once, grouping
			// near-duplicates wrongly
			unlock, err := lockStore(dbDSN)
			if err != nil {
				return interrupted(ctx, err)
			}
			defer unlock() // after db.Close
			db, err := store.Open(ctx, dbDSN)
			if err != nil {
				// (a signal during start-up: "interrupted (…)", as
				// dyad ingest says, not the store's "context canceled")
				return interrupted(ctx, &exitError{1, notStoreFile(dbDSN, err)})
			}
			defer db.Close()
			coder, _, err := f.newCoder()
			if err != nil {
				return err
			}
			dict, err := f.dictID()
			if err != nil {
				return err
			}
			cfg.Store, cfg.Coder, cfg.Log, cfg.Dict, cfg.Date = db, coder, cmd.ErrOrStderr(), dict, opt.Date
			errw := cmd.ErrOrStderr()
			cfg.Warn = func(w string) { fmt.Fprintln(errw, "dyad: warning:", w) }
			wctx, cancel := context.WithCancel(ctx)
			defer cancel()
			if drain {
				// A batch job ends within a quarter of a second of the
				// queue's emptying: idle fetches wait no longer than that.
				if cfg.Poll == 0 {
					cfg.Poll = drainPoll
				}
				go func() {
					for wctx.Err() == nil {
						select {
						case <-time.After(drainPoll):
						case <-wctx.Done():
							return
						}
						// (queue.Stat's nothing pending or in flight
						// is not enough: a consumer just created
						// reports none before its first delivery)
						if drained, err := queue.Drained(wctx, js); err == nil && drained {
							cancel()
						}
					}
				}()
			}
			stopProfile, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				// a signal during start-up (loading the dictionaries):
				// "interrupted (…)", exit 130, as dyad ingest
				stopProfile()
				return interrupted(ctx, &exitError{1, err})
			}
			start := time.Now()
			st, err := queue.Work(wctx, js, cfg)
			stopProfile()
			if err != nil {
				// SIGTERM while the worker set up its consumer: nothing
				// was taken from the queue
				return interrupted(ctx, &exitError{1, fmt.Errorf("--queue %s: %w", secret.Redact(queueURL), err)})
			}
			el := time.Since(start)
			fmt.Fprintf(cmd.ErrOrStderr(), "worker: %d articles stored, %d already stored, %d failed, %d handed back; %d new events, %d mentions; %.1fs (%.1f articles/s)\n",
				st.Stored, st.Skipped, st.Failed, st.Retried, st.Events, st.Mentions, el.Seconds(), float64(st.Stored)/el.Seconds())
			if jsonStats {
				if err := json.NewEncoder(cmd.OutOrStdout()).Encode(st); err != nil {
					return err
				}
			}
			return nil
		},
	}
	// no --input: the articles come extracted (dyad ingest --queue
	// reads and extracts its inputs)
	f.registerCoding(cmd)
	fl := cmd.Flags()
	fl.StringVar(&queueURL, "queue", "", "NATS server URL(s), comma-separated (nats://host:4222)")
	fl.StringVar(&dbDSN, "db", "", "store: postgres://user:pw@host/db (or a SQLite file path)")
	single(fl, "db")
	fl.IntVar(&cfg.Concurrency, "concurrency", 0, "fetch–code–store loops in this process (default GOMAXPROCS)")
	fl.IntVar(&cfg.Batch, "batch", 16, "articles per fetch and per transaction")
	fl.DurationVar(&cfg.AckWait, "ack-wait", 60*time.Second, "redeliver an article not acked within this time (shared consumer setting)")
	fl.IntVar(&cfg.MaxAckPending, "max-ack-pending", 256, "articles in flight across all workers (shared consumer setting)")
	fl.IntVar(&cfg.MaxDeliver, "max-deliver", 5, "fail an article that still does not store on this delivery (an unreachable store fails nothing)")
	fl.BoolVar(&drain, "drain", false, "exit when the queue is empty (a batch job) instead of waiting for more")
	fl.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	fl.BoolVar(&jsonStats, "json", false, "print the worker's counts as JSON on standard output")
	return cmd
}
