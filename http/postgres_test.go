package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/events"
	"github.com/dyad-events/dyad/internal/pgtest"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/postgres"
	"github.com/dyad-events/dyad/sqlite"
)

var _ Store = (*postgres.DB)(nil)

// twinArticles are testArticles with a syndicated copy of the first (its
// events merge into the first's: more mentions, a gap in PostgreSQL's
// event ids), an undated copy of the second and a third story.
var twinArticles = append(append([]*dyad.Article{}, testArticles...),
	&dyad.Article{ID: "art-korea-copy", URL: "https://paper.example/korea", Source: "Daily Paper", Title: "North Korea condemns drills",
		Published: "2024-07-13", Body: testArticles[0].Body},
	&dyad.Article{ID: "art-iran-undated", URL: "https://undated.example/iran", Source: "Undated Wire", Title: "Talks",
		Body: testArticles[1].Body},
	&dyad.Article{ID: "art-sanctions", URL: "https://example.org/sanctions", Source: "Test Wire", Title: "Sanctions on Russia",
		Published: "2024-09-05", Body: []string{
			"The European Union imposed new sanctions on Russia on Thursday over the war in Ukraine.",
			"Russia's foreign ministry denounced the sanctions and threatened to retaliate against EU companies.",
			"Ukrainian forces shelled Russian positions near Kharkiv on Wednesday, the ministry said.",
			"Diplomats said the next round of talks on the sanctions would be held in Genève, as in São Paulo last year.",
		}},
)

// twinStores codes arts once and saves them, in the same order, in a
// fresh SQLite file and a fresh PostgreSQL schema; it returns both opened
// read-only, as dyad serve opens them. The articles' storage times (and
// so the events' first_seen) are copied from SQLite into PostgreSQL, since
// they are the clock's and not the store's. It skips without
// DYAD_TEST_POSTGRES.
func twinStores(t testing.TB, arts []*dyad.Article) (*sqlite.DB, *postgres.DB) {
	t.Helper()
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "twin.db")
	sw, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	pw, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		evs := c.Code(a)
		for _, w := range []interface {
			SaveArticle(context.Context, *dyad.Article, []dyad.Event) (bool, error)
		}{sw, pw} {
			if _, err := w.SaveArticle(ctx, a, evs); err != nil {
				t.Fatalf("%s: %v", a.ID, err)
			}
		}
	}
	for _, a := range arts {
		sa, err := sw.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pw.Pool().Exec(ctx, "UPDATE articles SET added = $1 WHERE id = $2", sa.Added.UTC().Format("2006-01-02T15:04:05Z07:00"), a.ID); err != nil {
			t.Fatal(err)
		}
	}
	// an event's first_seen is when the first article telling it was
	// stored, as SQLite's: its shown telling's article may be a later one
	if _, err := pw.Pool().Exec(ctx, `UPDATE events e SET first_seen = coalesce((SELECT min(a.added) FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = e.id), e.first_seen)`); err != nil {
		t.Fatal(err)
	}
	sw.Close()
	pw.Close()
	sdb, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	pdb, err := postgres.OpenReadOnly(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sdb.Close(); pdb.Close() })
	return sdb, pdb
}

// idMap pairs the two stores' event ids in storage order: PostgreSQL
// takes ids from a sequence that an event merging into another skips, so
// its ids may differ from SQLite's (never their order). It fails unless
// the stores hold the same events.
func idMap(t testing.TB, sdb *sqlite.DB, pdb *postgres.DB) (toPG, toSQLite map[int64]int64) {
	t.Helper()
	ctx := context.Background()
	se, err := sdb.Events(ctx, sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	pe, err := pdb.Events(ctx, sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(se) != len(pe) {
		t.Fatalf("SQLite has %d events, PostgreSQL %d", len(se), len(pe))
	}
	toPG, toSQLite = map[int64]int64{}, map[int64]int64{}
	for i := range se {
		toPG[se[i].GlobalEventID] = pe[i].GlobalEventID
		toSQLite[pe[i].GlobalEventID] = se[i].GlobalEventID
	}
	return toPG, toSQLite
}

var (
	idField   = regexp.MustCompile(`"(global_event_id|next_cursor)":("?)(\d+)`)
	idInPath  = regexp.MustCompile(`^(/api/events/)(\d+)$`) // not an event's hex id
	idInQuery = regexp.MustCompile(`([?&]cursor=)(\d+)`)
)

// mapIDs rewrites the event ids in s (a path or a JSON body) with m; ids
// not in m are left as they are.
func mapIDs(re *regexp.Regexp, s string, m map[int64]int64) string {
	return re.ReplaceAllStringFunc(s, func(x string) string {
		g := re.FindStringSubmatch(x)
		n, _ := strconv.ParseInt(g[len(g)-1], 10, 64)
		if v, ok := m[n]; ok {
			return x[:len(x)-len(g[len(g)-1])] + strconv.FormatInt(v, 10)
		}
		return x
	})
}

func fetch(t testing.TB, h nethttp.Handler, path string) (int, string) {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	b, _ := io.ReadAll(w.Result().Body)
	return w.Code, string(b)
}

// twinPaths are the requests both stores must answer alike: every
// endpoint, every filter, paging, full-text queries and errors.
func twinPaths(sdb *sqlite.DB) []string {
	ps := []string{
		"/api/events", "/api/events?limit=2", "/api/events?limit=1&cursor=1", "/api/events?limit=2&cursor=3",
		"/api/events?dyad=prk,KOR&root=11", "/api/events?actor=ISR", "/api/events?country=syr", "/api/events?cameo=1",
		"/api/events?root=19", "/api/events?quad=4", "/api/events?plover=assault", "/api/events?status=asserted",
		"/api/events?status=denied", "/api/events?from=2024-07-31&to=2024-07-31", "/api/events?to=2024-08",
		"/api/events?from=2024-08-01", "/api/events?to=2024", "/api/events?dyad=ISR,", "/api/events?dyad=,KOR",
		"/api/events?from=2030-01-01", "/api/events?from=2024-08", "/api/events?from=2024&to=2024-07", "/api/events?from=2025",
		"/api/events?q=warplanes&actor=ISRMIL", "/api/events?q=talks",
		"/api/events?q=%22foreign+ministry%22", "/api/events?q=korea+OR+iran", "/api/events?q=kor*",
		"/api/events?q=%22joint+milit%22*", "/api/events?q=korea+NOT+drills", "/api/events?q=sanctions+NOT+%28drills+OR+talks%29",
		"/api/events?q=Vienna+AND+Damascus", "/api/events?q=condemns+%2B+drills", "/api/events?q=nothingmatches",
		"/api/events?q=%22%21%21%22+korea", "/api/events?q=Korea+AND", "/api/events?q=korea%27s",
		"/api/events?q=title%3Akorea", "/api/events?q=-title%3Adrills", "/api/events?q=%7Btitle+text%7D%3A%28iran+OR+russia%29",
		"/api/events?q=text%3Asanctions+NOT+title%3Asanctions", "/api/events?q=nope%3Akorea", "/api/events?q=%22drills+north%22",
		"/api/events?q=%22%21%21%22+AND+korea", "/api/events?q=geneve", "/api/events?q=NEAR%28korea+drills%29",
		"/api/dyads?q=NEAR%28foreign+ministry%2C+0%29", "/api/events?q=NEAR%28korea+drills%2C+2%29", "/api/timeline?q=NEAR%28iran+vienna%2C+3%29", "/api/events?q=gen%C3%A8ve+OR+sao", "/api/dyads?q=%22S%C3%A3o+Paulo%22",
		"/api/events?q=%28korea%29+drills", "/api/events?q=NOT+korea",
		"/api/actors", "/api/actors?q=isr", "/api/actors?q=korea", "/api/actors?q=rus&limit=1", "/api/actors?q=%25",
		"/api/actors?q=_", "/api/actors?q=zzz",
		"/api/timeline", "/api/timeline?bucket=month", "/api/timeline?bucket=year&by=root", "/api/timeline?actor=ISR&bucket=month",
		"/api/timeline?by=root&actor=PRK&from=2024-07-13&to=2024-07-13", "/api/timeline?q=sanctions",
		"/api/dyads", "/api/dyads?quad=4", "/api/dyads?limit=2", "/api/dyads?q=korea", "/api/dyads?status=asserted&country=RUS",
		"/api/places", "/api/places?quad=4", "/api/places?limit=1", "/api/places?q=talks",
		"/api/articles/art-korea", "/api/articles/art-korea-copy", "/api/articles/art-iran-undated", "/api/articles/art-sanctions",
		"/api/articles/nope", "/api/events/999999", "/api/events/abc", "/api/nothing", "/api/events?quad=5",
		"/api/timeline?by=plover", "/api/events?actr=PRK", "/api/actors?q=%00", "/api/actors?q=%FF",
		"/api/events?q=%FFkorea", "/api/articles/%00", "/api/articles/a%FF", "/api/events?q=caf%C3%A9+OR+korea",
	}
	evs, _ := sdb.Events(context.Background(), sqlite.Filter{})
	for _, e := range evs {
		// by global_event_id, and by the id of the event as coded
		ps = append(ps, fmt.Sprintf("/api/events/%d", e.GlobalEventID), "/api/events/"+e.ID)
	}
	return ps
}

// TestPostgresSameAnswers is the contract of dyad serve --db postgres://:
// the same articles stored in SQLite and in PostgreSQL give byte-identical
// answers to every request, answered from SQL and from the in-memory
// index, once PostgreSQL's event ids are mapped to SQLite's.
func TestPostgresSameAnswers(t *testing.T) {
	sdb, pdb := twinStores(t, twinArticles)
	toPG, toSQLite := idMap(t, sdb, pdb)
	gaps := 0
	for s, p := range toPG {
		if s != p {
			gaps++
		}
	}
	t.Logf("%d events, %d with another id in PostgreSQL", len(toPG), gaps)
	compareTwins(t, sdb, pdb, twinPaths(sdb), toPG, toSQLite)

	// The FTS5 syntax PostgreSQL cannot run is refused, naming it.
	for _, c := range []struct{ path, err string }{
		{"/api/events?q=%5Enorth", `{"error":"q \"^north\": initial-token queries (^) are not supported on PostgreSQL (a SQLite store takes them)"}`},
		{"/api/dyads?q=NEAR%28korea+drills+iran%29", `{"error":"q \"NEAR(korea drills iran)\": NEAR groups of more than two phrases are not supported on PostgreSQL (a SQLite store takes them)"}`},
	} {
		if code, _ := fetch(t, New(sdb), c.path); code != 200 {
			t.Errorf("SQLite %s: %d, want 200", c.path, code)
		}
		if code, body := fetch(t, New(pdb), c.path); code != 400 || body != c.err+"\n" {
			t.Errorf("PostgreSQL %s: %d %s, want 400 %s", c.path, code, body, c.err)
		}
	}
}

// TestPostgresSameAnswersCorpus does the same on 40 real dated articles
// (giveme5w1h news clusters) read from ../shared/corpora.
func TestPostgresSameAnswersCorpus(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip(pgtest.Env + " is unset: set it to a postgres:// URL of a scratch server to run the PostgreSQL tests (.ci/run does)")
	}
	dir := testutil.Corpora(t, "giveme5w1h", "news_cluster")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) < 40 {
		t.Fatalf("%s: %d files, %v", dir, len(files), err)
	}
	var arts []*dyad.Article
	for _, f := range files[:40] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as, err := article.Read(f, b, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, as...)
	}
	sdb, pdb := twinStores(t, arts)
	toPG, toSQLite := idMap(t, sdb, pdb)
	paths := []string{
		"/api/events?limit=500", "/api/events?limit=7&cursor=20", "/api/actors?limit=1000", "/api/actors?q=gov",
		"/api/timeline?bucket=day", "/api/timeline?by=root&bucket=month", "/api/dyads?limit=1000", "/api/places?limit=1000",
		"/api/events?actor=PRK&limit=500", "/api/events?country=USA&quad=3&limit=500", "/api/events?q=missile&limit=500",
		"/api/events?q=%22North+Korea%22+NOT+China&limit=500", "/api/dyads?q=nuclear*", "/api/places?q=trump+OR+putin",
		"/api/events?status=alleged&limit=500", "/api/events?min_confidence=0.8&limit=500", "/api/dyads?min_confidence=0.7", "/api/timeline?q=sanction*&by=root", "/api/events?plover=ACCUSE&limit=500",
	}
	for _, a := range arts[:10] {
		paths = append(paths, "/api/articles/"+a.ID)
	}
	evs, _ := sdb.Events(context.Background(), sqlite.Filter{Limit: 30})
	for _, e := range evs {
		paths = append(paths, fmt.Sprintf("/api/events/%d", e.GlobalEventID), "/api/events/"+e.ID)
	}
	t.Logf("%d articles, %d events", len(arts), len(toPG))
	compareTwins(t, sdb, pdb, paths, toPG, toSQLite)
}

// compareTwins requests every path from both stores, from SQL and from
// the index, and requires the same status and bytes.
func compareTwins(t *testing.T, sdb *sqlite.DB, pdb *postgres.DB, paths []string, toPG, toSQLite map[int64]int64) {
	t.Helper()
	ctx := context.Background()
	for _, indexed := range []bool{false, true} {
		sh, ph := New(sdb), New(pdb)
		if indexed {
			if err := sh.LoadIndex(ctx); err != nil {
				t.Fatal(err)
			}
			if err := ph.LoadIndex(ctx); err != nil {
				t.Fatal(err)
			}
		}
		same := 0
		for _, p := range paths {
			sc, sb := fetch(t, sh, p)
			pp := mapIDs(idInQuery, mapIDs(idInPath, p, toPG), toPG)
			pc, pb := fetch(t, ph, pp)
			pb = mapIDs(idField, pb, toSQLite)
			if sc != pc || sb != pb {
				t.Errorf("indexed %v: %s:\nSQLite     %d %s\nPostgreSQL %d %s", indexed, p, sc, sb, pc, pb)
				continue
			}
			same++
		}
		t.Logf("indexed %v: %d of %d answers identical", indexed, same, len(paths))
	}
}

// differentText reports whether the full-text query q may match
// differently in the two stores: PostgreSQL refuses some FTS5 syntax
// (CheckText says errors.ErrUnsupported), folds a combining mark typed
// apart into its letter (FTS5 splits the word there), and its parser
// keeps hyphenated words, host names, e-mail addresses, paths, decimal
// and signed numbers as words of their own, so quoted strings with such
// characters are left out.
func differentText(pdb *postgres.DB, q string) bool {
	if err := pdb.CheckText(context.Background(), q); errors.Is(err, errors.ErrUnsupported) ||
		strings.IndexFunc(q, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) >= 0 {
		return true
	}
	quoted := false
	for _, r := range q {
		if r == '"' {
			quoted = !quoted
		} else if quoted && strings.ContainsRune("-+.,@/\\<>&'_:", r) {
			return true
		}
	}
	return false
}

// FuzzPostgresSameAnswers sends arbitrary query strings (and ids) to every
// endpoint of a SQLite and a PostgreSQL handler over the same articles,
// from SQL and from the index: both stores give the same status and,
// for a 200, the same bytes. Full-text queries outside what both stores
// read alike (differentText) are left out.
func FuzzPostgresSameAnswers(f *testing.F) {
	sdb, pdb := twinStores(f, twinArticles)
	toPG, toSQLite := idMap(f, sdb, pdb)
	ctx := context.Background()
	var hs [2][2]*Handler // [sqlite, postgres][sql, index]
	for i, db := range []Store{sdb, pdb} {
		hs[i][0], hs[i][1] = New(db), New(db)
		if err := hs[i][1].LoadIndex(ctx); err != nil {
			f.Fatal(err)
		}
	}
	f.Add(uint8(0), "", "q=%22foreign+ministry%22+OR+(talks+NOT+iran*)&quad=4")
	f.Add(uint8(0), "", "q=korea+vienna+OR+damascus+AND+kor*+NOT+%22joint+milit%22*&limit=2&cursor=3")
	f.Add(uint8(0), "", "q=a+%2B+b+c&actor=PRK")
	f.Add(uint8(0), "", "q=title%3Akorea+-title%3Adrills+OR+%7Btitle+text%7D%3A%28talks%29")
	f.Add(uint8(5), "", "q=%22%21%21%22+AND+korea+OR+%22drills+north%22")
	f.Add(uint8(6), "", "q=gen%C3%A8ve+s%C3%A3o*+OR+%C3%89COLE")
	f.Add(uint8(3), "", "q=NEAR%28korea+%22south+korea%22%2C+3%29+OR+title%3ANEAR%28iran+talks%29")
	f.Add(uint8(1), "3", "")
	f.Add(uint8(2), "art-korea", "")
	f.Add(uint8(3), "", "q=ISR&limit=2")
	f.Add(uint8(4), "", "by=root&bucket=month&q=(korea+OR+iran)+AND+talks")
	f.Add(uint8(5), "", "country=KOR&status=asserted")
	f.Add(uint8(6), "", "to=2024-08&from=2024-07-01")
	f.Fuzz(func(t *testing.T, which uint8, id, query string) {
		path := fuzzPaths[int(which)%len(fuzzPaths)] + id
		if q, err := url.ParseQuery(query); err == nil {
			for _, v := range q["q"] {
				if differentText(pdb, v) {
					t.Skip("a full-text query the stores read differently")
				}
			}
		}
		var codes [2]int
		var bodies [2]string
		for mode := range 2 {
			for i := range 2 {
				p, rq := path, query
				if i == 1 {
					p, rq = mapIDs(idInPath, p, toPG), mapIDs(regexp.MustCompile(`((?:^|&)cursor=)(\d+)`), rq, toPG)
				}
				// the path and query set raw, as a client could send them
				r := httptest.NewRequest("GET", "/", nil)
				r.URL.Path, r.URL.RawQuery = p, rq
				w := httptest.NewRecorder()
				testutil.Within(t, 10*time.Second, func() { hs[i][mode].ServeHTTP(w, r) })
				codes[i], bodies[i] = w.Code, w.Body.String()
			}
			bodies[1] = mapIDs(idField, bodies[1], toSQLite)
			if codes[0] != codes[1] || codes[0] == 200 && bodies[0] != bodies[1] {
				t.Fatalf("%s?%s (index %v):\nSQLite     %d %s\nPostgreSQL %d %s", path, query, mode == 1, codes[0], bodies[0], codes[1], bodies[1])
			}
		}
	})
}

// TestPostgresKeepIndexed serves a PostgreSQL store while a writer adds
// articles: the handler's index follows, as it follows an ingest beside
// a SQLite file.
func TestPostgresKeepIndexed(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, err := events.New(events.Config{})
	if err != nil {
		t.Fatal(err)
	}
	w, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	save := func(a *dyad.Article) {
		t.Helper()
		if _, err := w.SaveArticle(ctx, a, c.Code(a)); err != nil {
			t.Fatal(err)
		}
	}
	save(testArticles[0])
	r, err := postgres.OpenReadOnly(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	h := New(r)
	go h.KeepIndexed(ctx, 20*time.Millisecond)
	// wait polls /api/dyads?quad=4 (answered from the index once loaded)
	// until it gives want.
	wait := func(want string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, body := fetch(t, h, "/api/dyads?quad=4")
			if h.ix.Load() != nil && body == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("/api/dyads?quad=4 = %s, want %s", body, want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	wait("{\"dyads\":[]}\n")
	save(testArticles[1])
	wait(`{"dyads":[{"source":"ISRMIL","source_name":"Israel","target":"SYRMIL","target_name":"Syria","events":1,"mentions":1,"mean_goldstein":-10}]}` + "\n")
}

// TestPostgresGroupCounts: both stores count a set of events' distinct
// outlets and articles alike (one_a_day's num_sources and num_articles),
// for all the events and for each event alone, where the count is the
// event's own num_sources and num_articles.
func TestPostgresGroupCounts(t *testing.T) {
	sdb, pdb := twinStores(t, twinArticles)
	toPG, _ := idMap(t, sdb, pdb)
	ctx := context.Background()
	evs, err := sdb.Events(ctx, sqlite.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var sids, pids []int64
	for _, e := range evs {
		sids, pids = append(sids, e.GlobalEventID), append(pids, toPG[e.GlobalEventID])
		ss, sa, err1 := sdb.GroupCounts(ctx, []int64{e.GlobalEventID})
		ps, pa, err2 := pdb.GroupCounts(ctx, []int64{toPG[e.GlobalEventID]})
		if err1 != nil || err2 != nil || ss != e.NumSources || sa != e.NumArticles || ps != ss || pa != sa {
			t.Errorf("event %d: SQLite %d sources %d articles (%v), PostgreSQL %d %d (%v); want %d %d", e.GlobalEventID, ss, sa, err1, ps, pa, err2, e.NumSources, e.NumArticles)
		}
	}
	ss, sa, err1 := sdb.GroupCounts(ctx, sids)
	ps, pa, err2 := pdb.GroupCounts(ctx, pids)
	if err1 != nil || err2 != nil || ss == 0 || sa == 0 || ps != ss || pa != sa {
		t.Errorf("all events: SQLite %d sources %d articles (%v), PostgreSQL %d %d (%v)", ss, sa, err1, ps, pa, err2)
	}
}
