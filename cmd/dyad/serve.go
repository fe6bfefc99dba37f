package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	nethttp "net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	dyadhttp "github.com/dyad-events/dyad/http"
	"github.com/dyad-events/dyad/sqlite"
)

func newServeCmd() *cobra.Command {
	var dbPath, addr string
	cmd := &cobra.Command{
		Use:   "serve --db FILE [--addr 127.0.0.1:8080]",
		Short: "serve the store's JSON API and web page (read-only)",
		Long: `serve opens a store read-only and serves the JSON API (/api/events,
/api/events/{id}, /api/articles/{id}, /api/actors, /api/timeline,
/api/dyads, /api/places) and the web page at / until interrupted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if dbPath == "" {
				return &exitError{2, fmt.Errorf("--db FILE is required")}
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return &exitError{2, fmt.Errorf("--addr %q: want HOST:PORT", addr)}
			}
			if _, err := os.Stat(dbPath); err != nil {
				return &exitError{1, fmt.Errorf("--db %s: no such store (dyad ingest creates one)", dbPath)}
			}
			db, err := sqlite.OpenReadOnly(dbPath)
			if err != nil {
				return &exitError{1, err}
			}
			defer db.Close()
			h := dyadhttp.New(db)
			h.Log = log.New(cmd.ErrOrStderr(), "dyad serve: ", log.LstdFlags)
			srv := dyadhttp.NewServer(addr, h)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &exitError{1, fmt.Errorf("--addr %s: %w", addr, err)}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "dyad serve: %s on http://%s/\n", dbPath, ln.Addr())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
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
	cmd.Flags().StringVar(&dbPath, "db", "", "SQLite store file (opened read-only)")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address HOST:PORT")
	return cmd
}
