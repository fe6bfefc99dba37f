package postgres_test

// A database or schema holding another program's tables.

import (
	"context"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/postgres"
)

// TestOpenRefusesForeignTables: Open refuses a schema (the first of the
// search_path) that holds another program's tables or views and no dyad
// store, naming the database, the schema and the tables, and leaves it as
// it was (no dyad table created), as the sqlite package refuses a file
// holding them; it wrote dyad's tables beside them. An empty schema and a
// dyad store of its own open.
func TestOpenRefusesForeignTables(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		setup []string
		want  string // in the error; "" for none
	}{
		{"empty schema", nil, ""},
		{"another program's table", []string{"CREATE TABLE foo (x int)"}, `holds table "foo", which dyad did not create`},
		{"tables and a view", []string{"CREATE TABLE orders (x int)", "CREATE TABLE clients (x int)", "CREATE VIEW big AS SELECT x FROM orders"},
			`holds view "big", table "clients", table "orders", which dyad did not create`},
		{"six tables", []string{"CREATE TABLE a1 (x int)", "CREATE TABLE a2 (x int)", "CREATE TABLE a3 (x int)", "CREATE TABLE a4 (x int)", "CREATE TABLE a5 (x int)", "CREATE TABLE a6 (x int)"},
			`holds table "a1", table "a2", table "a3", table "a4", table "a5", …, which`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dsn := pgtest.DSN(t)
			conn, err := pgx.Connect(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			for _, q := range tt.setup {
				if _, err := conn.Exec(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			db, err := postgres.Open(ctx, dsn)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				db.Close()
				// a dyad store of its own opens again
				if db, err = postgres.Open(ctx, dsn); err != nil {
					t.Fatalf("Open again: %v", err)
				}
				db.Close()
				return
			}
			if err == nil {
				db.Close()
				t.Fatalf("Open wrote beside %v, want %q", tt.setup, tt.want)
			}
			var schema string
			conn.QueryRow(ctx, "SELECT current_schema()").Scan(&schema)
			if msg := err.Error(); !strings.Contains(msg, tt.want) || !strings.Contains(msg, `not a dyad store: database "postgres" (schema "`+schema+`")`) {
				t.Errorf("error %q, want the database, schema %s and %q", msg, schema, tt.want)
			}
			var dyadTable bool
			if err := conn.QueryRow(ctx, "SELECT to_regclass('dyad_schema') IS NOT NULL").Scan(&dyadTable); err != nil || dyadTable {
				t.Errorf("dyad_schema created in the refused schema (%v)", err)
			}
		})
	}
}
