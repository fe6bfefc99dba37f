package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddMentionSearchesByArticle: counting a new mention into its event
// finds the outlet's earlier mentions by mentions_event_outlet and the
// article's by the primary key's article_id, never by scanning the
// event's mentions (mentions_event_group searched by event_id alone):
// that scan made the ingest of a feed of 5,000 items telling one event
// quadratic (7.9 million page reads).
func TestAddMentionSearchesByArticle(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var plan []string
	for _, detail := range queryPlan(t, db, addMention, 1, "Example Wire", "a1", 1) {
		if strings.Contains(detail, "mentions") {
			plan = append(plan, detail)
		}
	}
	want := []string{
		"SEARCH mentions USING INTEGER PRIMARY KEY (rowid=?)",
		"SEARCH mentions USING COVERING INDEX mentions_event_outlet (event_id=? AND outlet=?)",
		"SEARCH mentions USING INDEX sqlite_autoindex_mentions_1 (article_id=?)",
	}
	if strings.Join(plan, "\n") != strings.Join(want, "\n") {
		t.Errorf("query plan:\n%s\nwant:\n%s", strings.Join(plan, "\n"), strings.Join(want, "\n"))
	}
}

// queryPlan returns the detail column of SQLite's EXPLAIN QUERY PLAN for
// query run with args, one line per step, failing t on any error.
func queryPlan(t *testing.T, db *DB, query string, args ...any) []string {
	t.Helper()
	rows, err := db.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var detail string
		var id, parent, unused int
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}
