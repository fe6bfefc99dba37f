package http

import (
	"context"
	"encoding/json"
	nethttp "net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sqlite"
)

// fuzzPaths are the API's endpoints; the fuzzer picks one by index and
// appends its own id segment and query string.
var fuzzPaths = []string{
	"/api/events", "/api/events/", "/api/articles/", "/api/actors",
	"/api/timeline", "/api/dyads", "/api/places",
}

// FuzzQuery sends arbitrary query strings (and ids) to every API endpoint,
// answered from SQL and from the in-memory index: the answer is a 200 with
// JSON, a 4xx with a JSON error or the mux's redirect of an unclean path,
// never a panic or a 500, and the two modes agree on the status.
func FuzzQuery(f *testing.F) {
	db, err := sqlite.OpenReadOnly(buildStore(f, testArticles))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	sqlH, ixH := New(db), New(db)
	if err := ixH.LoadIndex(context.Background()); err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), "", "from=2024-01-01&to=2024-12-31&actor=PRK&root=19&limit=5")
	f.Add(uint8(0), "", "q=%22foreign+minister%22+AND+NOT+tokyo*&quad=4&cursor=3")
	f.Add(uint8(1), "1", "")
	f.Add(uint8(1), "99999999999999999999", "")
	f.Add(uint8(2), "nope", "")
	f.Add(uint8(3), "", "limit=-1&q=kim")
	f.Add(uint8(4), "", "by=root&dyad=PRK-KOR&plover=ASSAULT&status=denied")
	f.Add(uint8(5), "", "limit=1000000&min=2&country=%00")
	f.Add(uint8(6), "", "cameo=190&from=2024-13-45&to=9999")
	f.Add(uint8(0), "", "q=NEAR(japan+australia,+2)&q=second&unknown=1")
	f.Fuzz(func(t *testing.T, which uint8, id, query string) {
		target := fuzzPaths[int(which)%len(fuzzPaths)] + id + "?" + query
		req, err := nethttp.NewRequest("GET", "http://dyad.test/", nil)
		if err != nil {
			t.Skip()
		}
		// set the path and query raw, as a client could send them
		req.URL.Path, req.URL.RawQuery = fuzzPaths[int(which)%len(fuzzPaths)]+id, query
		var codes [2]int
		for i, h := range []*Handler{sqlH, ixH} {
			w := httptest.NewRecorder()
			testutil.Within(t, 10*time.Second, func() { h.ServeHTTP(w, req.Clone(context.Background())) })
			codes[i] = w.Code
			if w.Code >= 500 {
				t.Fatalf("%s: status %d: %s", target, w.Code, w.Body)
			}
			if w.Code >= 300 && w.Code < 400 {
				// the mux's redirect of an unclean path ("/api/events/.")
				if w.Header().Get("Location") == "" {
					t.Fatalf("%s: status %d without a Location", target, w.Code)
				}
				continue
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("%s: status %d, body not JSON: %q", target, w.Code, w.Body)
			}
		}
		if codes[0] != codes[1] {
			t.Fatalf("%s: status %d from SQL, %d from the index", target, codes[0], codes[1])
		}
	})
}
