package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	nethttp "net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/store"
)

// openServeStore opens the store named by --db for reading only: a
// postgres:// URL with postgres.OpenReadOnly, else a SQLite file with
// sqlite.OpenReadOnly. It returns the store, a name for messages (a URL
// without its password) and its Close.
func openServeStore(ctx context.Context, dsn string) (dyadhttp.Store, string, func() error, error) {
	if store.IsPostgres(dsn) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		db, err := postgres.OpenReadOnly(ctx, dsn)
		if err != nil {
			return nil, "", nil, err
		}
		return db, db.Name(), db.Close, nil
	}
	if _, err := os.Stat(dsn); err != nil {
		return nil, "", nil, fmt.Errorf("--db %s: no such store (dyad ingest creates one)", dsn)
	}
	db, err := sqlite.OpenReadOnly(dsn)
	if err != nil {
		return nil, "", nil, notStoreFile(dsn, err)
	}
	return db, dsn, db.Close, nil
}

func newServeCmd() *cobra.Command {
	var dbPath, addr string
	cmd := &cobra.Command{
		Use: "serve --db FILE|postgres://URL [--addr 127.0.0.1:8080]",
		// (signalContext takes a signal held since dyad started)
		Annotations: map[string]string{holdsSignalsKey: "yes"},
		Short:       "serve the store's JSON API and web page (read-only)",
		Long: `serve opens a store read-only and serves the JSON API (/api/events,
/api/events/{id}, /api/articles/{id}, /api/actors, /api/timeline,
/api/dyads, /api/places) and the web page at / until interrupted.

--db is a SQLite file or a postgres:// URL (the database dyad worker
writes); both give the same answers. serve never writes to either, and
follows a concurrent ingest or worker by reloading its in-memory index.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if dbPath == "" {
				return &exitError{2, fmt.Errorf("--db FILE is required (a SQLite file or a postgres:// URL)")}
			}
			_, port, err := net.SplitHostPort(addr)
			if err != nil {
				return &exitError{2, fmt.Errorf("--addr %q: want HOST:PORT", addr)}
			}
			if port != "" && strings.Trim(port, "+-0123456789") == "" { // (a service name, "127.0.0.1:http", is the listener's to look up)
				if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
					return &exitError{2, fmt.Errorf("--addr %q: want HOST:PORT, PORT a number from 0 to 65535", addr)}
				}
			}
			if err := checkDBPath(dbPath); err != nil {
				return err
			}
			// a signal from here until the server listens (opening the
			// store, taking a copy of it) is "interrupted (…)", exit 130,
			// as for dyad ingest; one after it shuts the server down
			ctx, stop := signalContext(cmd.Context())
			defer stop()
			db, name, closeDB, err := openServeStore(ctx, dbPath)
			if err != nil {
				return interrupted(ctx, &exitError{1, err})
			}
			defer closeDB()
			warnSnapshot(cmd.ErrOrStderr(), db, name)
			h := dyadhttp.New(db)
			h.Log = log.New(cmd.ErrOrStderr(), "dyad serve: ", log.LstdFlags)
			srv := dyadhttp.NewServer(addr, h)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return interrupted(ctx, &exitError{1, fmt.Errorf("--addr %s: %w", addr, err)})
			}
			if err := ctx.Err(); err != nil {
				ln.Close()
				return interrupted(ctx, &exitError{1, err})
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad serve: %s on http://%s/\n", name, ln.Addr())
			// The in-memory index loads in the background (SQL answers
			// until it is ready) and follows a concurrent ingest.
			go h.KeepIndexed(ctx, 10*time.Second)
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return &exitError{1, err}
			case <-ctx.Done():
			}
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
				return &exitError{1, err}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dbPath, "db", "", "SQLite store file or postgres:// URL (opened read-only)")
	single(cmd.Flags(), "db")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address HOST:PORT")
	return cmd
}
