package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/sqlite"
)

func TestParseText(t *testing.T) {
	const (
		ph     = "phraseto_tsquery('simple', regexp_replace(dyad_fold($%d), '[[:punct:]]+', ' ', 'g'))"
		both   = "(a.tsv_title @@ %[1]s OR a.tsv_text @@ %[1]s)"
		title  = "(a.tsv_title @@ %s)"
		phrase = "tsquery_phrase(%s, %s)"
	)
	p := func(n int) string { return fmt.Sprintf(ph, n) }
	nearTerms := func(_ string, dist int) string {
		var ts []string
		for k := 0; k <= dist+1; k++ {
			ts = append(ts, fmt.Sprintf("tsquery_phrase(%s, %s, %d)", p(1), p(2), k), fmt.Sprintf("tsquery_phrase(%s, %s, %d)", p(2), p(1), k))
		}
		return strings.Join(ts, " || ")
	}
	b := func(q string) string { return fmt.Sprintf(both, q) }
	for _, c := range []struct {
		q, sql, args, err string
	}{
		{q: "korea", sql: b(p(1)), args: `["korea"]`},
		{q: `"foreign ministry"`, sql: b(p(1)), args: `["foreign ministry"]`},
		{q: `"say ""no"""`, sql: b(p(1)), args: `["say \"no\""]`},
		{q: "one + two", sql: b(fmt.Sprintf(phrase, p(1), p(2))), args: `["one" "two"]`},
		{q: "kor*", sql: b("to_tsquery('simple', dyad_fold($1))"), args: `["'kor':*"]`},
		{q: `"joint MILIT" *`, sql: b(fmt.Sprintf(phrase, p(1), "to_tsquery('simple', dyad_fold($2))")), args: `["joint " "'milit':*"]`},
		{q: "nor* + korea", sql: b(fmt.Sprintf(phrase, "to_tsquery('simple', dyad_fold($1))", p(2))), args: `["'nor':*" "korea"]`},
		{q: "a b", sql: "(" + b(p(1)) + " AND " + b(p(2)) + ")", args: `["a" "b"]`},
		{q: "a OR b c", sql: "(" + b(p(1)) + " OR (" + b(p(2)) + " AND " + b(p(3)) + "))", args: `["a" "b" "c"]`},
		{q: "a NOT b c", sql: "(" + b(p(1)) + " AND NOT (" + b(p(2)) + " AND " + b(p(3)) + "))", args: `["a" "b" "c"]`},
		{q: "a OR b AND c NOT d", sql: "(" + b(p(1)) + " OR (" + b(p(2)) + " AND (" + b(p(3)) + " AND NOT " + b(p(4)) + ")))", args: `["a" "b" "c" "d"]`},
		{q: "(a OR b) AND c", sql: "((" + b(p(1)) + " OR " + b(p(2)) + ") AND " + b(p(3)) + ")", args: `["a" "b" "c"]`},
		{q: "title:korea", sql: fmt.Sprintf(title, p(1)), args: `["korea"]`},
		{q: "TITLE : korea drills", sql: "(" + fmt.Sprintf(title, p(1)) + " AND " + b(p(2)) + ")", args: `["korea" "drills"]`},
		{q: "-title:korea", sql: "(a.tsv_text @@ " + p(1) + ")", args: `["korea"]`},
		{q: `{"title" text}:korea`, sql: b(p(1)), args: `["korea"]`},
		{q: "title:(a OR text:b)", sql: "(" + fmt.Sprintf(title, p(1)) + " OR FALSE)", args: `["a"]`},
		{q: "article_id:x", sql: "FALSE", args: `[]`},
		{q: "article_id:x korea", sql: "(FALSE AND " + b(p(1)) + ")", args: `["korea"]`},
		{q: `"!!" korea`, sql: b(p(1)), args: `["korea"]`},
		{q: `"!!" "?"`, sql: "FALSE", args: `[]`},
		{q: `"!!" AND korea`, sql: "FALSE", args: `[]`},
		{q: `"!!" OR korea`, sql: b(p(1)), args: `["korea"]`},
		{q: `korea NOT "!!"`, sql: b(p(1)), args: `["korea"]`},
		{q: "Korea AND", err: `text query "Korea AND": syntax error at the end`},
		{q: "NOT korea", err: `syntax error near "NOT"`},
		{q: "korea's", err: `syntax error near "'" (quote it)`},
		{q: "(korea) drills", err: `syntax error near "drills"`},
		{q: `"open`, err: "unterminated string"},
		{q: "nope:korea", err: "no such column: nope"},
		{q: "korea + title:drills", err: `syntax error near ":"`},
		{q: "^north", err: "initial-token queries (^) are not supported on PostgreSQL (a SQLite store takes them)"},
		{q: "NEAR(a b, 1)", sql: "(a.tsv_title @@ (" + nearTerms("a.tsv_title", 1) + ") OR a.tsv_text @@ (" + nearTerms("a.tsv_text", 1) + "))", args: `["a" "b"]`},
		{q: "NEAR(a b c)", err: "NEAR groups of more than two phrases are not supported on PostgreSQL"},
		{q: "NEAR(a b, 200)", err: "NEAR distances from 101 to 16382 are not supported on PostgreSQL"},
		{q: "NEAR(a b, x)", err: `NEAR distance "x": expected an integer`},
		{q: "  ", err: "empty"},
	} {
		tq, err := parseText(c.q)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.q, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		args := []any{}
		sql := tq.sql(func(v any) string { args = append(args, v); return fmt.Sprintf("$%d", len(args)) })
		if sql != c.sql || fmt.Sprintf("%q", args) != c.args {
			t.Errorf("%q:\n sql %s %q\nwant %s %s", c.q, sql, args, c.sql, c.args)
		}
	}
}

// textQueries are FTS5 queries, valid and not, for the tests that compare
// the stores.
var textQueries = []string{"korea", "Korea AND", "a (b OR c)", "(korea) drills", "korea (drills)",
	"korea NOT iran talks", "NOT korea", `"!!"`, `"!!" korea`, "korea*", "kor*", `"north korea"`,
	"condemns + drills", "al-Assad", `"al-Assad"`, "café", "foo_bar", "korea's", "korea,", "and", "AND",
	"or", "korea and", `""`, "Korea.", "x:y", "korea:", "iran NOT (vienna)", "(iran) NOT vienna",
	"(iran) (vienna)", "* korea", "korea * ", `"korea condemns"*`, "korea + (drills)", "3.5", "3",
	"a_b", "'a'", "a OR b AND c", "((a))", "(a", "a)", "a + ", "+ a", "a * b", "a** b", `"a" "b"`,
	"NEAR", "near(a)", "a NEAR b", "A OR", "OR a", "a AND AND b", "() a", "a ()", "北朝鮮",
	`"!!" OR korea`, `korea OR "!!"`, `korea NOT "!!"`, `"!!" NOT korea`, `"!!" AND korea`, `("!!")`,
	`("!!") OR iran`, `"!!"*`, `"!!" + korea`, `"drills north"`, "TITLE:korea", `"title":korea`,
	"title:(korea OR iran)", "title:(korea) drills", "title:korea ministry", "{title text}:vienna",
	"-title:vienna", "-title:drills", "-{title}:drills", "article_id:a", "article_id:korea",
	"title:(text:korea)", "title : korea", `title:"north korea"`, "title: kor*", "nope:korea", "title:",
	"title:NOT korea", "- title:korea", `-"title":vienna`, "title text:korea", "{title}:korea",
	"{}:korea", "{title text:korea", "title:korea:", "title:(a OR b) c", "iran NOT title:talks",
	"title:korea + drills", "korea + title:drills", "{TITLE}:korea", `"!!" "!!"`,
	`(korea OR "!!") NOT "!!"`, "a:b:c", "nor* + korea", "korea -title:drills", "-korea", "{title",
	"title:-text:korea", "title:{text}:korea", "(title:korea)", "korea title:(drills)", "article_id:x korea",
	"article_id:x OR korea", "korea NOT article_id:x", "drills NOT -title:drills",
	"erdogan", "Erdoğan", "ERDOGAN", "erdo*", "erdoğ*", "sao + paulo", `"são paulo"`, "angstrom", "zurich", "naive", "ax", "ẫx",
	"angel", "ǻngel", "иод", "йод", "ελλαδα", "Ελλάδα", "ore", "øre", "lodz", "aesir", "æsir", "fix", "ﬁx", "ecole", "école", "title:sao",
	"NEAR(alpha charlie, 0)", "NEAR(alpha charlie, 1)", "NEAR(charlie alpha, 1)", "NEAR(charlie alpha, 0)",
	`NEAR("alpha bravo" delta, 1)`, `NEAR("alpha bravo" delta, 0)`, `NEAR("alpha bravo" "bravo charlie", 0)`,
	"NEAR(alpha alpha, 0)", "NEAR(alpha bravo)", "NEAR(alpha)", "NEAR(alpha, 0)", "NEAR(alpha golf, 4)",
	"NEAR(alpha golf, 5)", "NEAR(alpha golf, 99999999999)", "NEAR(alpha golf, 16383)", `NEAR("" bravo)`,
	`NEAR("" "!!")`, "NEAR(alph* charlie, 1)", "NEAR(alpha + bravo delta, 1)", "title:NEAR(alpha bravo)",
	"text:NEAR(alpha bravo)", "NEAR(alpha bravo, 1) OR korea", "NEAR(alpha bravo,)", "NEAR(alpha bravo, x)",
	"NEAR(alpha bravo, -1)", "near(alpha bravo)", "NEAR(alpha OR bravo)", "NEAR()", "NEAR (alpha bravo)",
	"Kim Jong-un", "U.S.", "don't", "nuclear AND NOT korea", "Jong-un*", "title:al-Assad", "-al-Assad", "U.S.-led",
	"NEAR(golf alpha, 100)", "NEAR(NEAR(alpha bravo))", "NEAR(alpha bravo) golf", "NEAR(title:alpha bravo)",
	"NEAR(alpha bravo)*", "NEAR(alpha bravo) + golf", "NEAR(golf korea, 50)", "korea,", "NEAR(alpha, bravo)"}

// TestParseTextLikeFTS5 checks that parseText accepts what SQLite's FTS5
// accepts and rejects what it rejects, but for the syntax it does not
// support (^, NEAR groups of three phrases or distances from 101 to
// 16382), which it always rejects.
func TestParseTextLikeFTS5(t *testing.T) {
	lite, err := sqlite.Open(filepath.Join(t.TempDir(), "fts.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	ctx := context.Background()
	unsupported := []string{"^north", "NEAR(korea drills iran)", "NEAR(a b, 200)", "title:^korea"}
	for _, q := range append(textQueries, unsupported...) {
		lerr := lite.CheckText(ctx, q)
		perr := (&DB{}).CheckText(ctx, q)
		if slices.Contains(unsupported, q) {
			if lerr != nil || perr == nil {
				t.Errorf("%q: SQLite %v, PostgreSQL %v; want SQLite to accept, PostgreSQL to reject", q, lerr, perr)
			}
			continue
		}
		if (lerr == nil) != (perr == nil) {
			t.Errorf("%q: SQLite %v, PostgreSQL %v", q, lerr, perr)
		}
	}
}

// TestTextLikeFTS5 stores three articles in both stores and requires the
// same matching articles for every valid query of textQueries.
func TestTextLikeFTS5(t *testing.T) {
	ctx := context.Background()
	lite, pg := bothStores(t, []*dyad.Article{
		{ID: "a", Title: "North Korea condemns drills", Body: []string{"North Korea said the foreign ministry", "would respond to a_b and c."}},
		{ID: "b", Title: "Iran talks", Body: []string{"Iran agreed to resume talks in Vienna with 北朝鮮 observers."}},
		{ID: "c", Title: "Markets", Body: []string{"Stocks in Seoul rose 3 percent; drills north of the city ended."}},
		{ID: "d", Title: "Erdoğan in São Paulo", Body: []string{"Ångström, Zürich, naïve ẫx Ǻngel йод Ελλάδα øre łodz Æsir ﬁx ÉCOLE."}},
		{ID: "e", Title: "Golf", Body: []string{"Alpha bravo charlie delta echo foxtrot golf."}},
	})
	for _, q := range textQueries {
		if lite.CheckText(ctx, q) != nil {
			continue
		}
		l, err := lite.TextArticles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		p, err := pg.TextArticles(ctx, q)
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		slices.Sort(l)
		if fmt.Sprint(l) != fmt.Sprint(p) {
			t.Errorf("%q: SQLite %v, PostgreSQL %v", q, l, p)
		}
	}
}

// TestReadOnly opens a store with OpenReadOnly: reads work, writes fail,
// and a schema without a dyad store or with another version is refused.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	w, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	a := &dyad.Article{ID: "a1", URL: "https://example.org/a1", Source: "Wire", Published: "2024-07-13",
		Body: []string{"North Korea accused South Korea of flying leaflets over the border."}}
	ev := dyad.Event{ID: "e1", ArticleID: "a1", Date: "2024-07-13", Source: &dyad.Actor{Code: "PRK", Country: "PRK", Name: "North Korea"},
		Target: &dyad.Actor{Code: "KOR", Country: "KOR", Name: "South Korea"}, CAMEO: "112", CAMEORoot: "11", QuadClass: 3,
		Goldstein: -2, Status: dyad.Asserted, Evidence: dyad.Evidence{Text: a.Body[0], Verb: "accused", Span: [2]int{12, 19}}}
	if _, err := w.SaveArticle(ctx, a, []dyad.Event{ev}); err != nil {
		t.Fatal(err)
	}
	r, err := OpenReadOnly(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if e, err := r.Event(ctx, 1); err != nil || e.CAMEO != "112" || e.NumMentions != 1 {
		t.Errorf("Event(1) = %+v, %v", e, err)
	}
	if _, err := r.Event(ctx, 2); err == nil || err.Error() != "event 2: not found" {
		t.Errorf("Event(2): %v", err)
	}
	if _, err := r.SaveArticle(ctx, &dyad.Article{ID: "a2", Body: []string{"x"}}, nil); err == nil || !strings.Contains(err.Error(), "read-only transaction") {
		t.Errorf("save through a read-only store: %v", err)
	}
	if _, err := OpenReadOnly(ctx, pgtest.DSN(t)); err == nil || !strings.Contains(err.Error(), "no dyad store in this database or schema") {
		t.Errorf("empty schema: %v", err)
	}
	if _, err := w.Pool().Exec(ctx, "UPDATE dyad_schema SET version = 99"); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(ctx, dsn); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("schema version 99, want %d", SchemaVersion)) {
		t.Errorf("newer schema: %v", err)
	}
}

// TestIndexStale loads the EventIndex, stores another article and checks
// that Stale notices it and that a reload is no longer stale.
func TestIndexStale(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	w, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	save := func(id string) {
		t.Helper()
		a := &dyad.Article{ID: id, URL: "https://example.org/" + id, Published: "2024-07-13", Body: []string{"Text of " + id + "."}}
		ev := dyad.Event{ID: id + "-e", ArticleID: id, Date: "2024-07-13", Source: &dyad.Actor{Code: "PRKGOV", Country: "PRK", Name: "North Korea"},
			CAMEO: "010", CAMEORoot: "01", QuadClass: 1, Status: dyad.Denied, Evidence: dyad.Evidence{Text: a.Body[0]},
			Location: &dyad.Location{Name: "Seoul", Country: "KOR", Lat: 37.5665, Lon: 126.978}}
		if _, err := w.SaveArticle(ctx, a, []dyad.Event{ev}); err != nil {
			t.Fatal(err)
		}
	}
	save("a1")
	r, err := OpenReadOnly(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// The statistics may hear of the first article's insert after a
	// load: reload until the index is current.
	var ix *sqlite.EventIndex
	deadline := time.Now().Add(20 * time.Second)
	for {
		if ix, err = r.LoadEventIndex(ctx); err != nil {
			t.Fatal(err)
		}
		stale, err := r.Stale(ctx, ix)
		if err != nil {
			t.Fatal(err)
		}
		if !stale {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("index still stale after 20 s without writes")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if ix.Len() != 1 || ix.Mark().LastMention != 1 {
		t.Errorf("index of %d events, mark %+v", ix.Len(), ix.Mark())
	}
	ps, err := ix.Places(sqlite.Filter{Status: dyad.Denied}, nil, 0)
	if err != nil || fmt.Sprint(ps) != "[{Seoul KOR 37.5665 126.978 1}]" {
		t.Errorf("index places = %v, %v", ps, err)
	}
	save("a2")
	if stale, err := r.Stale(ctx, ix); !stale || err != nil {
		t.Errorf("Stale after a new article = %v, %v; want true", stale, err)
	}
}

func ExampleRedact() {
	fmt.Println(Redact("postgres://dyad:s3cret@db.example:5432/events?sslmode=require"))
	// Output: postgres://dyad:xxxxx@db.example:5432/events?sslmode=require
}

// TestMigrateFTS opens a store of schema version 1 holding an article:
// Open migrates it to SchemaVersion, whose title and text vectors cover
// the stored article, accents folded.
func TestMigrateFTS(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, s := range []string{"CREATE TABLE dyad_schema (version INTEGER NOT NULL)", migrations[0],
		"INSERT INTO dyad_schema (version) VALUES (1)",
		`INSERT INTO articles (id, outlet, title, simhash, dup_group, text, json, added)
		 VALUES ('a1', 'wire', 'Iran talks', 0, 'a1', 'Talks resume in Zürich.', '{}', '2024-07-13T00:00:00Z')`} {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	db, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.Version(ctx); v != SchemaVersion || err != nil {
		t.Errorf("version %d, %v; want %d", v, err, SchemaVersion)
	}
	for q, want := range map[string]string{"title:iran": "[a1]", "text:iran": "[]", "zurich": "[a1]", "zürich": "[a1]", `"talks talks"`: "[]"} {
		got, err := db.TextArticles(ctx, q)
		if err != nil || fmt.Sprint(got) != want {
			t.Errorf("%q: %v, %v; want %s", q, got, err, want)
		}
	}
}

// TestTextCommonTerms stores three articles in both stores and requires
// the same exact articles for queries with punctuated names and "AND NOT"
// (rewritten by sqlite.NormalizeText), as sqlite's TestTextCommonTerms.
func TestTextCommonTerms(t *testing.T) {
	ctx := context.Background()
	lite, pg := bothStores(t, []*dyad.Article{
		{ID: "syria", URL: "https://example.org/syria", Title: "Syria", Body: []string{"President Bashar al-Assad met U.S. envoys in Damascus."}},
		{ID: "korea", URL: "https://example.org/korea", Title: "Korea", Body: []string{"Kim Jong-un oversaw a nuclear test, and Seoul said it won't talk."}},
		{ID: "iran", URL: "https://example.org/iran", Title: "Iran", Body: []string{"Iran said it would resume nuclear talks; officials said they don't expect a deal."}},
	})
	for _, c := range []struct{ q, want string }{
		{"al-Assad", "[syria]"},
		{"Kim Jong-un", "[korea]"},
		{"U.S.", "[syria]"},
		{"don't", "[iran]"},
		{"nuclear AND NOT Korea", "[iran]"},
		{"Jong-u*", "[korea]"},
		{"title:Iran OR al-Assad", "[iran syria]"},
	} {
		for name, s := range map[string]interface {
			CheckText(context.Context, string) error
			TextArticles(context.Context, string) ([]string, error)
		}{"sqlite": lite, "postgres": pg} {
			if err := s.CheckText(ctx, c.q); err != nil {
				t.Errorf("%s CheckText(%q): %v", name, c.q, err)
			}
			got, err := s.TextArticles(ctx, c.q)
			if err != nil {
				t.Errorf("%s %q: %v", name, c.q, err)
				continue
			}
			slices.Sort(got)
			if fmt.Sprint(got) != c.want {
				t.Errorf("%s %q: articles %v, want %s", name, c.q, got, c.want)
			}
		}
	}
	if err := pg.CheckText(ctx, "al-Assad AND"); err == nil || err.Error() != `text query "al-Assad AND" (read as "\"al-Assad\" AND"): syntax error at the end` {
		t.Errorf(`CheckText("al-Assad AND"): %v`, err)
	}
}

// bothStores opens a new SQLite store and the test PostgreSQL database and
// saves arts, without events, into both; both close when the test ends.
func bothStores(t *testing.T, arts []*dyad.Article) (*sqlite.DB, *DB) {
	t.Helper()
	ctx := context.Background()
	lite, err := sqlite.Open(filepath.Join(t.TempDir(), "fts.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lite.Close() })
	pg, err := Open(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	for _, a := range arts {
		if _, err := lite.SaveArticle(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := pg.SaveArticle(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
	}
	return lite, pg
}
