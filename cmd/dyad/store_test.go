package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/sqlite"
)

// storeVersion reads a SQLite store's PRAGMA user_version.
func storeVersion(t *testing.T, path string) int {
	t.Helper()
	c, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var v int
	if err := c.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestReadOnlyCommandsDoNotMigrate: events and export refuse a store of
// an older schema (here version 2's full-text index, which an older dyad
// may still be writing to) with a message saying how to migrate, leaving
// it as it is; `dyad ingest --db FILE` with no sources migrates it, and
// then the text search finds its article.
func TestReadOnlyCommandsDoNotMigrate(t *testing.T) {
	db, dir := ingestedStore(t, "old.db", `{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
`)
	// Turn it into a version 2 store: version 2's contentless index with
	// the article id, empty (version 3's migration rebuilds it).
	c, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"DROP TABLE articles_fts",
		"DROP TABLE articles_fts_ids",
		"DROP TABLE IF EXISTS articles_fts_content", // version 2 creates it
		"CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, content='', contentless_unindexed=1)",
		"PRAGMA user_version = 2",
	} {
		if _, err := c.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	c.Close()

	want := "dyad: --db " + db + ": store has schema version 2, this dyad needs 8: stop any older dyad writing to it, " +
		"then run `dyad ingest --db " + db + "` (with no inputs) to migrate\n"
	for _, args := range [][]string{
		{"events", "--db", db},
		{"events", "--db", db, "--q", "missiles"},
		{"export", "--db", db, "--format", "gdelt"},
	} {
		out, errs, code := run(t, args...)
		if code != 1 || out != "" || errs != want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and %q", strings.Join(args, " "), code, out, errs, want)
		}
	}
	if v := storeVersion(t, db); v != 2 {
		t.Fatalf("version %d after events and export, want 2 (untouched)", v)
	}

	for _, c := range []struct{ db, want string }{
		{db, "dyad ingest: migrated store " + db + " from schema version 2 to 8\n"},
		{db, "dyad ingest: store " + db + " has schema version 8 already; nothing to migrate\n"},
		{filepath.Join(dir, "new.db"), "dyad ingest: created store " + filepath.Join(dir, "new.db") + " (schema version 8)\n"},
	} {
		out, errs, code := run(t, "ingest", "--db", c.db)
		if code != 0 || out != "" || errs != c.want {
			t.Errorf("ingest --db %s: exit %d, stdout %q, stderr %q; want exit 0 and %q", c.db, code, out, errs, c.want)
		}
		if v := storeVersion(t, c.db); v != sqlite.SchemaVersion {
			t.Errorf("%s: version %d after ingest --db, want %d", c.db, v, sqlite.SchemaVersion)
		}
	}
	out, errs, code := run(t, "events", "--db", db, "--q", "missiles", "--format", "json")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"article_id":"a1"`) {
		t.Errorf("events --q missiles after the migration: exit %d, %s%s", code, out, errs)
	}
	// Without --db, ingest still needs a source.
	if _, errs, code := run(t, "ingest"); code != 2 || !strings.HasPrefix(errs, "dyad: ingest needs at least one source") {
		t.Errorf("ingest with nothing: exit %d, %q", code, errs)
	}
}

// TestExportGDELTStatuses: the GDELT tables, which have no status column,
// get the acts that happened and stated intents; the negated act and the
// alleged one stay out unless asked for, and the export says how many it
// left out. JSON Lines has every event.
func TestExportGDELTStatuses(t *testing.T) {
	db, _ := ingestedStore(t, "s.db", `{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","date":"2024-03-02","text":"Russian troops did not attack Kharkiv on Friday, Ukraine's army said."}
{"id":"a3","date":"2024-03-02","text":"Ukraine accused Russia on Friday of shelling a hospital in Kherson."}
`)
	codes := func(args ...string) string {
		out, errs, code := run(t, append([]string{"export", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("export %v: exit %d: %s", args, code, errs)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if f := strings.Split(l, "\t"); len(f) == 61 {
				got = append(got, f[26]) // EventCode
			} else if i := strings.Index(l, `"status":"`); i >= 0 {
				got = append(got, strings.SplitN(l[i+10:], `"`, 2)[0])
			}
		}
		sort.Strings(got)
		return strings.Join(got, " ")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "gdelt"}, "112 150"},
		{[]string{"--format", "gdelt", "--all-statuses"}, "112 150 190 194"},
		{[]string{"--format", "gdelt", "--status", "negated"}, "190"},
		{[]string{"--format", "jsonl"}, "alleged asserted asserted negated"},
	} {
		if got := codes(c.args...); got != c.want {
			t.Errorf("export %s: %q, want %q", strings.Join(c.args, " "), got, c.want)
		}
	}
	// the events left out are counted on standard error, once
	wantNote := "dyad: note: 2 events left out: alleged, denied, negated or hypothetical (GDELT's tables have no status column); --all-statuses exports them\n"
	if _, errs, _ := run(t, "export", "--db", db, "--format", "gdelt"); errs != wantNote {
		t.Errorf("export gdelt: stderr %q, want %q", errs, wantNote)
	}
	if _, errs, _ := run(t, "export", "--db", db, "--format", "gdelt", "--all-statuses"); errs != "" {
		t.Errorf("export gdelt --all-statuses: stderr %q, want none", errs)
	}
	_, errs, code := run(t, "export", "--db", db, "--format", "gdelt", "--status", "alleged", "--all-statuses")
	if code != 2 || !strings.Contains(errs, "--all-statuses and --status alleged contradict each other") {
		t.Errorf("contradicting flags: exit %d, %q", code, errs)
	}
}

// TestCodeGDELTStatuses: dyad code applies export's rule to the GDELT
// tables (output.InGDELT): the negated and the alleged act are left out of
// gdelt and gdelt-mentions unless --all-statuses; csv and json carry the
// status and print every event.
func TestCodeGDELTStatuses(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	data := `{"id":"a1","date":"2024-03-02","text":"North Korea fired two ballistic missiles into the sea on Friday."}
{"id":"a2","date":"2024-03-02","text":"Russian troops did not attack Kharkiv on Friday, Ukraine's army said."}
{"id":"a3","date":"2024-03-02","text":"Ukraine accused Russia on Friday of shelling a hospital in Kherson."}
`
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rows := func(args ...string) []string {
		out, errs, code := run(t, append(append([]string{"code"}, args...), in)...)
		if code != 0 {
			t.Fatalf("code %v: exit %d: %s", args, code, errs)
		}
		return strings.Split(strings.TrimRight(out, "\n"), "\n")
	}
	column := func(rows []string, n, i int) string {
		var got []string
		for _, l := range rows {
			f := strings.Split(l, "\t")
			if len(f) != n {
				t.Fatalf("a row of %d columns, want %d: %q", len(f), n, l)
			}
			got = append(got, f[i])
		}
		sort.Strings(got)
		return strings.Join(got, " ")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "gdelt"}, "112 150"},
		{[]string{"--format", "gdelt", "--all-statuses"}, "112 150 190 194"},
	} {
		if got := column(rows(c.args...), 61, 26); got != c.want { // EventCode
			t.Errorf("code %s: %q, want %q", strings.Join(c.args, " "), got, c.want)
		}
	}
	// the mentions rows are those of the events rows (GlobalEventID)
	for _, all := range [][]string{nil, {"--all-statuses"}} {
		ev := column(rows(append([]string{"--format", "gdelt"}, all...)...), 61, 0)
		ms := column(rows(append([]string{"--format", "gdelt-mentions"}, all...)...), 16, 0)
		if ev != ms {
			t.Errorf("code --format gdelt-mentions %v: events %q, want those of gdelt, %q", all, ms, ev)
		}
	}
	var statuses []string
	csvRows := rows("--format", "csv")
	head := strings.Split(csvRows[0], ",")
	col := -1
	for i, h := range head {
		if h == "status" {
			col = i
		}
	}
	for _, l := range csvRows[1:] {
		statuses = append(statuses, strings.Split(l, ",")[col])
	}
	sort.Strings(statuses)
	if got, want := strings.Join(statuses, " "), "alleged asserted asserted negated"; got != want {
		t.Errorf("code --format csv: statuses %q, want %q", got, want)
	}
}

// ingestedStore writes data (JSON Lines) to news.jsonl in a new temporary
// directory, ingests it into NAME there and returns the store's path and
// the directory; a failed ingest fails the test.
func ingestedStore(t *testing.T, name, data string) (db, dir string) {
	t.Helper()
	dir = t.TempDir()
	in := filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, name)
	if _, errs, code := run(t, "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	return db, dir
}

// TestIngestForeignDatabase: dyad ingest refuses a SQLite file holding
// another program's tables and no dyad store, naming the file and its
// tables, and leaves it as it was (its table, its journal mode); an empty
// file becomes a store.
func TestIngestForeignDatabase(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	c, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)"); err != nil {
		t.Fatal(err)
	}
	c.Close()
	in := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(in, []byte("DATE: 2024-03-02\n\nNorth Korea fired two ballistic missiles into the sea on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := run(t, "ingest", "--db", other, in)
	if code != 1 || !strings.Contains(errs, other+": not a dyad store") || !strings.Contains(errs, `table "t"`) {
		t.Errorf("ingest into another program's database: exit %d, %q; want exit 1 naming the file and its table", code, errs)
	}
	c, err = sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var n int
	var mode string
	if err := c.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil || n != 1 {
		t.Errorf("the refused file has %d schema objects (%v), want its one table", n, err)
	}
	if err := c.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "delete" {
		t.Errorf("the refused file's journal mode is %q (%v), want it unchanged, delete", mode, err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := run(t, "ingest", "--db", empty, in); code != 0 {
		t.Errorf("ingest into an empty file: exit %d, %q", code, errs)
	}
}

// TestIngestBadDictLeavesNoStore: a --dict dictionary with a mistake is a
// usage error naming its file and line, said before the store is opened:
// no new, empty store is left behind (one was created, 376 KB of schema),
// and an existing one is left as it was.
func TestIngestBadDictLeavesNoStore(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "dict")
	if err := os.MkdirAll(dict, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dict, "mine.txt"), []byte("Mira Kalden | XXXGOV | person\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	story := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(story, []byte("DATE: 2024-03-04\n\nRussia attacked Ukraine on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "news.db")
	_, errs, code := run(t, "ingest", "--db", db, "--dict", dict, story)
	if code != 2 || !strings.Contains(errs, "mine.txt:1: code \"XXXGOV\"") {
		t.Errorf("exit %d, stderr %q; want 2 naming mine.txt:1", code, errs)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("%s: %v; want no store left behind", db, err)
	}
}
