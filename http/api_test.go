package http

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// newTestServer serves a store built from testArticles with the real
// coder, answering from SQL or (indexed) from the in-memory index.
func newTestServer(t *testing.T, indexed bool) *httptest.Server {
	t.Helper()
	db, err := sqlite.OpenReadOnly(buildStore(t, testArticles))
	if err != nil {
		t.Fatal(err)
	}
	h := New(db)
	if indexed {
		if err := h.LoadIndex(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); db.Close() })
	return srv
}

// get fetches path and decodes the JSON body into v (when not nil),
// returning the status code and the raw body.
func get(t *testing.T, srv *httptest.Server, path string, v any) (int, string) {
	t.Helper()
	r, err := nethttp.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(path, "/api/") {
		if ct := r.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", path, ct)
		}
	}
	if v != nil && r.StatusCode == 200 {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v in %s", path, err, b)
		}
	}
	return r.StatusCode, string(b)
}

// TestAPI runs the API tests against SQL and against the in-memory index:
// both must give the same answers.
func TestAPI(t *testing.T) {
	for _, mode := range []string{"sql", "index"} {
		srv := newTestServer(t, mode == "index")
		t.Run(mode+"/events", func(t *testing.T) { testEvents(t, srv) })
		t.Run(mode+"/article", func(t *testing.T) { testArticle(t, srv) })
		t.Run(mode+"/lists", func(t *testing.T) { testLists(t, srv) })
		t.Run(mode+"/errors", func(t *testing.T) { testErrors(t, srv) })
		t.Run(mode+"/page", func(t *testing.T) { testPage(t, srv) })
		t.Run(mode+"/head", func(t *testing.T) { testHead(t, srv) })
	}
}

func ids(evs []sqlite.StoredEvent) []int64 {
	out := []int64{}
	for _, e := range evs {
		out = append(out, e.GlobalEventID)
	}
	return out
}

func testEvents(t *testing.T, srv *httptest.Server) {
	var all EventsPage
	get(t, srv, "/api/events", &all)
	if len(all.Events) < 4 || all.NextCursor != "" {
		t.Fatalf("/api/events: %d events, next %q; want all of them (at least 4), no next page", len(all.Events), all.NextCursor)
	}
	n := len(all.Events)

	// Paging: pages of 3 follow each other without gaps or repeats.
	var seen []int64
	cursor := ""
	for pages := 0; pages < 10; pages++ {
		var p EventsPage
		get(t, srv, "/api/events?limit=3&cursor="+cursor, &p)
		if len(p.Events) > 3 {
			t.Fatalf("page of %d events with limit 3", len(p.Events))
		}
		seen = append(seen, ids(p.Events)...)
		if p.NextCursor == "" {
			break
		}
		cursor = p.NextCursor
	}
	if !reflect.DeepEqual(seen, ids(all.Events)) {
		t.Errorf("paged ids %v, want %v", seen, ids(all.Events))
	}
	if len(seen) != n {
		t.Errorf("paged %d events, want %d", len(seen), n)
	}

	// The North Korean accusation of the first article.
	var p EventsPage
	get(t, srv, "/api/events?dyad=prk,KOR&root=11", &p)
	if len(p.Events) != 1 {
		t.Fatalf("dyad PRK,KOR root 11: %d events, want 1", len(p.Events))
	}
	e := p.Events[0]
	if e.Source.Code != "PRKGOV" || e.Target.Code != "KOR" || e.CAMEO != "111" || e.QuadClass != 3 || e.Goldstein != -2 ||
		e.Date != "2024-07-13" || e.Evidence.Verb != "condemned" || e.Evidence.Span != [2]int{43, 52} ||
		e.Source.Span != [2]int{0, 30} || e.Target.Span != [2]int{53, 64} || e.NumMentions != 2 || e.SourceURL != "https://example.org/korea" {
		t.Errorf("PRK→KOR event = %+v", e)
	}
	accusation := e.GlobalEventID

	// Filters on the Israeli strike.
	for _, q := range []string{"actor=ISR", "country=syr", "cameo=19", "root=19", "quad=4", "plover=assault",
		"from=2024-07-31&to=2024-07-31", "q=warplanes&actor=ISRMIL", "dyad=ISR,", "actor=ISR&min_confidence=0.3"} {
		var p EventsPage
		if code, body := get(t, srv, "/api/events?"+q, &p); code != 200 {
			t.Errorf("%s: %d %s", q, code, body)
			continue
		}
		if len(p.Events) != 1 || p.Events[0].Source.Code != "ISRMIL" || p.Events[0].Target.Code != "SYRMIL" ||
			p.Events[0].CAMEO != "195" || p.Events[0].Goldstein != -10 || p.Events[0].Location.Name != "Damascus" {
			t.Errorf("%s: events %+v, want the one ISRMIL→SYRMIL 195", q, p.Events)
		}
	}
	// root=N is root=0N: a one-digit root as a user types it.
	for n := 1; n <= 20; n++ {
		var one, two EventsPage
		c1, b1 := get(t, srv, "/api/events?root="+itoa(int64(n)), &one)
		c2, _ := get(t, srv, fmt.Sprintf("/api/events?root=%02d", n), &two)
		if c1 != 200 || c2 != 200 || !reflect.DeepEqual(ids(one.Events), ids(two.Events)) {
			t.Errorf("root=%d: %d %v (%s); root=%02d: %d %v", n, c1, ids(one.Events), b1, n, c2, ids(two.Events))
		}
	}
	// Filters that match nothing give an empty list, not null.
	if _, body := get(t, srv, "/api/events?from=2030-01-01", nil); body != "{\"events\":[],\"next_cursor\":\"\"}\n" {
		t.Errorf("no match: %s", body)
	}

	// One event with its mentions: the accusation is told again by the
	// title (its also), a mention of its own, with the actors the title
	// names: the country ("North Korea", PRK) for the first sentence's
	// "North Korea's foreign ministry" (PRKGOV), and no target.
	var d EventDetail
	get(t, srv, "/api/events/"+itoa(accusation), &d)
	if d.Event.GlobalEventID != accusation || len(d.Mentions) != 2 || d.Mentions[0].ArticleID != "art-korea" ||
		d.Mentions[0].Sentence != 0 || d.Mentions[0].Source != "Test Wire" ||
		d.Mentions[0].Event.Evidence.Text != testArticles[0].Body[0] {
		t.Errorf("/api/events/%d = %+v", accusation, d)
	} else if m := d.Mentions[1]; m.ArticleID != "art-korea" || m.Sentence != -1 || m.Event.ID != d.Mentions[0].Event.ID+"@-1" ||
		m.Event.Evidence != (dyad.Evidence{Text: "North Korea condemns drills", Verb: "condemns", Span: [2]int{12, 20}}) ||
		m.Event.Source.Code != "PRK" || m.Event.Source.Text != "North Korea" || m.Event.Source.Span != [2]int{0, 11} || m.Event.Target != nil {
		t.Errorf("/api/events/%d: the title's telling %+v", accusation, m)
	}
	// the same by the id of the event as coded (the "id" of its JSON), or
	// of its telling in the title
	for _, id := range []string{d.Mentions[0].Event.ID, d.Mentions[0].Event.ID + "@-1"} {
		var byID EventDetail
		if code, body := get(t, srv, "/api/events/"+id, &byID); code != 200 || !reflect.DeepEqual(byID, d) {
			t.Errorf("/api/events/%s: %d %s\nwant the event %d", id, code, body, accusation)
		}
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func testArticle(t *testing.T, srv *httptest.Server) {
	var a ArticleView
	if code, body := get(t, srv, "/api/articles/art-korea", &a); code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	if a.Title != "North Korea condemns drills" || a.Source != "Test Wire" || a.Published != "2024-07-13" ||
		!reflect.DeepEqual(a.Body, testArticles[0].Body) {
		t.Errorf("article = %+v", a)
	}
	var found bool
	for _, sp := range a.Spans {
		if sp.Event.CAMEO == "111" && sp.Paragraph == 0 {
			found = true
			want := Span{EventID: sp.EventID, Index: 0, Paragraph: 0, Sentence: [2]int{0, 108}, Verb: [2]int{43, 52},
				Source: [2]int{0, 30}, Target: [2]int{53, 64}, Event: sp.Event}
			if !reflect.DeepEqual(sp, want) {
				t.Errorf("span = %+v, want %+v", sp, want)
			}
			if got := a.Body[0][sp.Verb[0]:sp.Verb[1]]; got != "condemned" {
				t.Errorf("verb span gives %q", got)
			}
		}
		if sp.Paragraph == -2 {
			t.Errorf("span of event %d not located", sp.EventID)
		}
	}
	if !found {
		t.Errorf("no span for the 111 event in paragraph 0: %+v", a.Spans)
	}
	// the input it was read from traces it, and its events (the first
	// article's input beside source_url); art-iran was given none
	if a.Input != "wire/korea.txt" {
		t.Errorf("article input %q, want wire/korea.txt", a.Input)
	}
	var d EventDetail
	if len(a.Spans) > 0 {
		if code, body := get(t, srv, "/api/events/"+itoa(a.Spans[0].EventID), &d); code != 200 || d.Event == nil || d.Event.Input != "wire/korea.txt" {
			t.Errorf("/api/events/%d: %d %s\nwant input wire/korea.txt", a.Spans[0].EventID, code, body)
		}
	}
	var iran ArticleView
	if code, body := get(t, srv, "/api/articles/art-iran", &iran); code != 200 || iran.Input != "" || !strings.Contains(body, `"input":""`) {
		t.Errorf("/api/articles/art-iran: %d input %q, want an empty input", code, iran.Input)
	}
}

func testLists(t *testing.T, srv *httptest.Server) {
	var as struct{ Actors []sqlite.ActorCount }
	get(t, srv, "/api/actors?q=isr", &as)
	if !reflect.DeepEqual(as.Actors, []sqlite.ActorCount{{Code: "ISRMIL", Name: "Israel", Count: 1}}) {
		t.Errorf("actors q=isr = %+v", as.Actors)
	}

	var tl struct {
		By, Bucket string
		Points     []sqlite.TimelinePoint
	}
	get(t, srv, "/api/timeline?actor=ISR&bucket=month", &tl)
	if tl.By != "quad" || tl.Bucket != "month" || !reflect.DeepEqual(tl.Points, []sqlite.TimelinePoint{{Period: "2024-07", Key: "4", Events: 1, Mentions: 1}}) {
		t.Errorf("timeline = %+v", tl)
	}
	get(t, srv, "/api/timeline?by=root&actor=PRK&from=2024-07-13&to=2024-07-13", &tl)
	if tl.By != "root" || tl.Bucket != "day" || len(tl.Points) != 1 || tl.Points[0].Period != "2024-07-13" || tl.Points[0].Key != "11" {
		t.Errorf("timeline by root = %+v", tl)
	}

	var ds struct{ Dyads []sqlite.DyadCount }
	get(t, srv, "/api/dyads?quad=4", &ds)
	if !reflect.DeepEqual(ds.Dyads, []sqlite.DyadCount{{Source: "ISRMIL", SourceName: "Israel", Target: "SYRMIL",
		TargetName: "Syria", Events: 1, Mentions: 1, MeanGoldstein: -10}}) {
		t.Errorf("dyads quad=4 = %+v", ds.Dyads)
	}

	var ps struct{ Places []sqlite.PlaceCount }
	get(t, srv, "/api/places?quad=4", &ps)
	if !reflect.DeepEqual(ps.Places, []sqlite.PlaceCount{{Name: "Damascus", Country: "SYR", Lat: 33.5102, Lon: 36.29128, Events: 1}}) {
		t.Errorf("places quad=4 = %+v", ps.Places)
	}
}

func testErrors(t *testing.T, srv *httptest.Server) {
	for _, c := range []struct {
		path string
		code int
		msg  string
	}{
		{"/api/events?from=2024-13-01", 400, `from "2024-13-01": no such date`},
		{"/api/events?from=13/01/2024", 400, `from "13/01/2024": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"/api/events?to=2024-02-30", 400, `to "2024-02-30": no such date`},
		{"/api/events?to=July", 400, `to "July": want YYYY-MM-DD, YYYY-MM or YYYY`},
		{"/api/events?country=GER", 400, `country "GER": no such ISO 3166 alpha-3 code (Germany is DEU, Britain GBR)`},
		{"/api/dyads?country=XYZ", 400, `country "XYZ": no such ISO 3166 alpha-3 code (Germany is DEU, Britain GBR)`},
		{"/api/events?from=2024-08-01&to=2024-07", 400, `from 2024-08-01 is after to 2024-07: no event can match`},
		{"/api/events?quad=5", 400, `quad "5": want 1, 2, 3 or 4`},
		{"/api/events?min_confidence=1.5", 400, `min_confidence "1.5": want a number from 0 to 1`},
		{"/api/events?min_confidence=high", 400, `min_confidence "high": want a number from 0 to 1`},
		{"/api/events?quad=x", 400, `quad "x": want 1, 2, 3 or 4`},
		{"/api/events?root=21", 400, `root "21": want a CAMEO root 1–20 (or 01–20)`},
		{"/api/events?root=abc", 400, `root "abc": want a CAMEO root 1–20 (or 01–20)`},
		{"/api/events?root=1a", 400, `root "1a": want a CAMEO root 1–20 (or 01–20)`},
		{"/api/events?root=0", 400, `root "0": want a CAMEO root 1–20 (or 01–20)`},
		{"/api/events?root=011", 400, `root "011": want a CAMEO root 1–20 (or 01–20)`},
		{"/api/events?cameo=1a", 400, `cameo "1a": want digits`},
		// a prefix of no CAMEO code, as dyad events --cameo 999 says (was a 200, no events)
		{"/api/events?cameo=999", 400, `cameo "999": no CAMEO code starts so (codes have 2 to 4 digits: 19, 190, 0251)`},
		{"/api/timeline?cameo=21", 400, `cameo "21": no CAMEO code starts so`},
		{"/api/dyads?cameo=01234", 400, `cameo "01234": no CAMEO code starts so`},
		{"/api/events?country=US", 400, `country "US": want an ISO 3166 alpha-3 code (SYR, USA)`},
		{"/api/places?country=USA1", 400, `country "USA1": want an ISO 3166 alpha-3 code (SYR, USA)`},
		{"/api/events?actor=PR*", 400, `actor "PR*": want letters and digits (a CAMEO code or prefix)`},
		{"/api/events?dyad=PRK", 400, `dyad "PRK": want SRC,TGT (either may be empty)`},
		{"/api/events?status=maybe", 400, `status "maybe": want asserted, alleged, denied, negated, future or hypothetical`},
		{"/api/events?plover=acc-use", 400, `plover "ACC-USE"`},
		{"/api/events?plover=xyz", 400, `plover "XYZ": want a PLOVER event type (AGREE, CONSULT,`},
		// a signed number no event's id can be (+1 was a 404, "not found")
		{"/api/events/+1", 400, `event id "+1": a signed number, want a positive integer without a sign (global_event_id) or an event's id`},
		{"/api/events/%2B7", 400, `event id "+7": a signed number`},
		{"/api/events/-1", 400, `event id "-1": a signed number`},
		{"/api/events/0", 400, `event id "0": want a positive integer (global_event_id) or an event's id`},
		{"/api/events/01", 400, `event id "01": want a positive integer`},
		{"/api/events?q=Korea%20AND", 400, `q "Korea AND": not a valid full-text query`},
		{"/api/events?limit=0", 400, `limit "0": want an integer from 1 to 500`},
		{"/api/events?limit=501", 400, `limit "501": want an integer from 1 to 500`},
		{"/api/events?cursor=-1", 400, `cursor "-1"`},
		{"/api/events?actr=PRK", 400, `unknown parameter "actr"`},
		// a query Go's URL.Query drops pairs of, silently: the filter was ignored, every event listed
		{"/api/events?actor=PRK;root=19", 400, `malformed query "actor=PRK;root=19": invalid semicolon separator in query (separate parameters with &; write a ; in a value as %3B)`},
		{"/api/events?%zz=1&actor=PRK", 400, `malformed query "%zz=1&actor=PRK": invalid URL escape "%zz"`},
		{"/api/actors?q=a%2", 400, `malformed query "q=a%2": invalid URL escape "%2"`},
		{"/api/events?actor=PRK&actor=KOR", 400, `parameter "actor" given 2 times`},
		// an id no event as coded can have, not 16 hex digits (was a
		// 404, "not found", where README says 400)
		{"/api/events/abc", 400, `event id "abc": want a positive integer (global_event_id) or an event's id (16 lower-case hex digits)`},
		{"/api/events/zzz", 400, `event id "zzz": want a positive integer`},
		{"/api/events/a1b2c3d4e5f6070g", 400, `event id "a1b2c3d4e5f6070g": want a positive integer`},
		{"/api/events/a1b2c3d4e5f60708@x", 400, `event id "a1b2c3d4e5f60708@x": want a positive integer`},
		{"/api/events/a1b2c3d4e5f60708", 404, `event a1b2c3d4e5f60708: not found`},
		{"/api/events/a1b2c3d4e5f60708@-1", 404, `event a1b2c3d4e5f60708@-1: not found`},
		// a telling's sentence is -1 (the title) or a body sentence, 0
		// or more: "@-2" is malformed (was a 404, "not found")
		{"/api/events/a1b2c3d4e5f60708@-2", 400, `event id "a1b2c3d4e5f60708@-2": want a positive integer (global_event_id) or an event's id (16 lower-case hex digits)`},
		{"/api/events/1234567890123456", 404, `event 1234567890123456: not found`},
		// a number no event can have: too long for a global_event_id,
		// not an event's 16 hex digits (was a 404, "not found")
		{"/api/events/12345678901234567890", 400, `event id "12345678901234567890": a number of 20 digits, want a global_event_id (up to 15 digits) or an event's id (16 lower-case hex digits)`},
		{"/api/events/00000000000000001", 400, `event id "00000000000000001": a number of 17 digits`},
		{"/api/events/1?limit=2", 400, `unknown parameter "limit"`},
		{"/api/timeline?by=plover", 400, `by "plover": want quad or root`},
		{"/api/timeline?bucket=week", 400, `bucket "week": want day, month or year`},
		{"/api/actors?limit=5000", 400, `limit "5000": want an integer from 1 to 1000`},
		{"/api/dyads?limit=-3", 400, `limit "-3"`},
		{"/api/places?from=yesterday", 400, `from "yesterday"`},
		{"/api/events/999999", 404, "event 999999: not found"},
		// any text can be an article's id (a JSON Lines record's
		// "id"): an unknown one is a 404 saying what ids are, not
		// /api/events/nope's 400
		{"/api/articles/nope", 404, "article nope: not found (an article's id is the article_id its events carry: 16 lower-case hex digits, or the id its JSON Lines record gave)"},
		{"/api/nothing", 404, "no endpoint GET /api/nothing"},
		// the path as written: %2F is no separator (it named /api/events/1, which exists)
		{"/api/events%2F1", 404, `no endpoint GET /api/events%2F1 (%2F is a "/" inside a path segment, not a separator: did you mean /api/events/1?)`},
		{"/api/caf%C3%A9", 404, "no endpoint GET /api/caf%C3%A9"},
		// a path the mux would redirect, answered in HTML: said in JSON
		{"/api/events//1", 400, `path "/api/events//1" has an empty, "." or ".." segment: want /api/events/1`},
		{"/api/./events", 400, `want /api/events`},
		// and so is any other path the mux would redirect: a 400, as
		// README says of a ".." segment, not a 307
		// but a ".." that climbs out of the path's first segment is
		// told no path outside it (it was "want /etc/passwd")
		{"/../../etc/passwd", 400, `path "/../../etc/passwd" has a ".." segment that climbs above the root: paths are not resolved outside it`},
		{"/assets/%2e%2e/%2e%2e/etc/passwd", 400, `path "/assets/%2e%2e/%2e%2e/etc/passwd" has a ".." segment that climbs out of /assets/: paths are not resolved outside it`},
		{"/assets/../index.html", 400, `path "/assets/../index.html" has a ".." segment that climbs out of /assets/: paths are not resolved outside it`},
		{"/api/..", 400, `path "/api/.." has a ".." segment that climbs out of /api/: paths are not resolved outside it`},
		{"/assets/x/../app.js", 400, `path "/assets/x/../app.js" has an empty, "." or ".." segment: want /assets/app.js`},
		{"//index.html", 400, `want /index.html`},
	} {
		code, body := get(t, srv, c.path, nil)
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Errorf("%s: body %q is not JSON: %v", c.path, body, err)
			continue
		}
		if code != c.code || !strings.Contains(e.Error, c.msg) {
			t.Errorf("%s: %d %q, want %d with %q", c.path, code, e.Error, c.code, c.msg)
		}
	}

	// "/api" alone is an unknown endpoint said in JSON, as "/api/nothing"
	// is, not a redirect to "/api/" answered in HTML
	noRedirect := &nethttp.Client{CheckRedirect: func(*nethttp.Request, []*nethttp.Request) error { return nethttp.ErrUseLastResponse }}
	if r, err := noRedirect.Get(srv.URL + "/api"); err != nil {
		t.Fatal(err)
	} else {
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if r.StatusCode != 404 || r.Header.Get("Content-Type") != "application/json; charset=utf-8" || string(b) != `{"error":"no endpoint GET /api"}`+"\n" {
			t.Errorf("/api: %d %s %q, want 404 and {\"error\":\"no endpoint GET /api\"}", r.StatusCode, r.Header.Get("Content-Type"), b)
		}
	}

	r, err := nethttp.Post(srv.URL+"/api/events", "application/json", strings.NewReader(strings.Repeat("x", 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 405 || r.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d Allow %q, want 405 GET, HEAD", r.StatusCode, r.Header.Get("Allow"))
	}

	req, err := nethttp.NewRequest("GET", srv.URL+"/api/events", strings.NewReader(strings.Repeat("x", 5<<10)))
	if err != nil {
		t.Fatal(err)
	}
	r, err = nethttp.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if r.StatusCode != 413 || !strings.Contains(string(b), "request body of 5120 bytes") {
		t.Errorf("GET with a 5 KiB body: %d %s, want 413", r.StatusCode, b)
	}
}

func testPage(t *testing.T, srv *httptest.Server) {
	for _, c := range []struct{ path, ctype, has string }{
		{"/", "text/html; charset=utf-8", `<script src="/assets/app.js">`},
		{"/assets/app.js", "text/javascript; charset=utf-8", "function highlight("},
		{"/assets/app.css", "text/css; charset=utf-8", "mark.verb"},
		{"/assets/icon.svg", "image/svg+xml", "<svg"},
	} {
		r, err := nethttp.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if r.StatusCode != 200 || r.Header.Get("Content-Type") != c.ctype || !strings.Contains(string(b), c.has) {
			t.Errorf("%s: %d %q, has %q: %v", c.path, r.StatusCode, r.Header.Get("Content-Type"), c.has, strings.Contains(string(b), c.has))
		}
		if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: CSP %q", c.path, csp)
		}
	}
	if code, _ := get(t, srv, "/assets/nope.js", nil); code != 404 {
		t.Errorf("/assets/nope.js: %d, want 404", code)
	}
}

func TestCache(t *testing.T) {
	db, err := sqlite.OpenReadOnly(buildStore(t, testArticles))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := New(db)
	srv := httptest.NewServer(h)
	defer srv.Close()
	_, first := get(t, srv, "/api/dyads?quad=4", nil)
	if len(h.cache) != 0 {
		t.Errorf("cached %d responses without an index", len(h.cache))
	}
	ctx := context.Background()
	if err := h.LoadIndex(ctx); err != nil {
		t.Fatal(err)
	}
	_, second := get(t, srv, "/api/dyads?quad=4", nil)
	_, third := get(t, srv, "/api/dyads?quad=4", nil)
	get(t, srv, "/api/dyads?quad=9", nil)
	if first != second || second != third || len(h.cache) != 1 || h.cacheBytes != len(third)+len("/api/dyads?quad=4") {
		t.Errorf("cache: %d entries, %d bytes; bodies %q %q %q", len(h.cache), h.cacheBytes, first, second, third)
	}
	old := h.cacheIx
	h.LoadIndex(ctx)
	get(t, srv, "/api/places", nil)
	if h.cacheIx == old || len(h.cache) != 1 {
		t.Errorf("cache not reset by a new index: %d entries", len(h.cache))
	}
}

// TestConcurrent sends identical and different requests from many
// goroutines while the index reloads: every answer must be the one a
// lone request gets (run with -race).
func TestConcurrent(t *testing.T) {
	srv := newTestServer(t, true)
	paths := []string{"/api/dyads", "/api/timeline?bucket=month", "/api/events?q=talks", "/api/places", "/api/events?limit=2"}
	want := map[string]string{}
	for _, p := range paths {
		_, want[p] = get(t, srv, p, nil)
	}
	h := srv.Config.Handler.(*Handler)
	var wg sync.WaitGroup
	errs := make(chan string, 200)
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				p := paths[(g+i)%len(paths)]
				r, err := nethttp.Get(srv.URL + p)
				if err != nil {
					errs <- err.Error()
					return
				}
				b, _ := io.ReadAll(r.Body)
				r.Body.Close()
				if string(b) != want[p] {
					errs <- p + ": " + string(b)
				}
			}
		}(g)
	}
	for k := 0; k < 3; k++ {
		if err := h.LoadIndex(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// testHead: a HEAD request answers a GET's status and headers (type,
// length, cache control) with no body, for answers and errors alike; the
// error of an unknown endpoint named HEAD, a byte longer than its GET.
func testHead(t *testing.T, srv *httptest.Server) {
	for _, path := range []string{"/", "/assets/app.js", "/api/events?limit=2", "/api/events/1", "/api/events/999999",
		"/api/events/12345678901234567890", "/api/actors?q=kor", "/api/timeline", "/api/dyads", "/api/places",
		"/api/events?root=21", "/api/nothing", "/api", "/api/"} {
		g, err := nethttp.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(g.Body)
		g.Body.Close()
		h, err := nethttp.Head(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		hb, _ := io.ReadAll(h.Body)
		h.Body.Close()
		if h.StatusCode != g.StatusCode || len(hb) != 0 {
			t.Errorf("HEAD %s: %d with %d body bytes, want GET's %d and none", path, h.StatusCode, len(hb), g.StatusCode)
		}
		for _, k := range []string{"Content-Type", "Content-Length", "Cache-Control"} {
			if h.Header.Get(k) != g.Header.Get(k) {
				t.Errorf("HEAD %s: %s %q, GET's %q", path, k, h.Header.Get(k), g.Header.Get(k))
			}
		}
		if n := g.Header.Get("Content-Length"); n != strconv.Itoa(len(body)) {
			t.Errorf("GET %s: Content-Length %s for %d bytes", path, n, len(body))
		}
	}
}
