package http

import (
	"encoding/json"
	"testing"
)

// TestEmptyFilterParam: a filter parameter given with an empty value
// ("?actor=", "?q=%20") is a 400 naming it, as dyad events --actor "" is
// a usage error; it was accepted and filtered nothing, every event
// listed. limit, cursor and one_a_day keep their defaults when empty.
// /api/actors?q= is a 400 too (fresh64 N6: it listed every actor, where
// /api/events?q= was refused); /api/actors without q lists them.
func TestEmptyFilterParam(t *testing.T) {
	srv := newTestServer(t, false)
	for _, c := range []struct {
		path string
		code int
		msg  string
	}{
		{"/api/events?actor=", 400, `actor "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/events?actor=PRK&country=", 400, `country "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/events?q=%20", 400, `q " ": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/events?from=", 400, `from "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/timeline?root=", 400, `root "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/dyads?min_confidence=", 400, `min_confidence "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/places?status=", 400, `status "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/events?limit=&cursor=&one_a_day=", 200, ""},
		{"/api/actors?q=", 400, `q "": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/actors?q=%20&limit=5", 400, `q " ": an empty value filters nothing: give one or leave the parameter out`},
		{"/api/actors", 200, ""},
		{"/api/actors?limit=", 200, ""},
	} {
		code, body := get(t, srv, c.path, nil)
		var e struct{ Error string }
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			t.Errorf("%s: body %q is not JSON: %v", c.path, body, err)
			continue
		}
		if code != c.code || e.Error != c.msg {
			t.Errorf("%s: %d %q; want %d %q", c.path, code, e.Error, c.code, c.msg)
		}
	}
}
