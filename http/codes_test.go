package http

import (
	"encoding/json"
	"testing"
)

// TestFilterCodesContradict: event code parameters that contradict each
// other are a 400 naming both, as dyad events refuses the flags: cameo=0251
// with root=19 answered an empty list. Parameters that hold together answer
// as before.
func TestFilterCodesContradict(t *testing.T) {
	srv := newTestServer(t, false)
	for _, c := range []struct {
		path string
		code int
		msg  string
	}{
		{"/api/events?cameo=0251&root=19", 400, "cameo 0251 and root 19 contradict each other: code 0251 is of root 02; no event can match"},
		{"/api/timeline?root=1&quad=4", 400, "root 01 and quad 4 contradict each other: root 01 is QuadClass 1; no event can match"},
		{"/api/dyads?cameo=19&quad=1", 400, "cameo 19 and quad 1 contradict each other: code 19 is of root 19, QuadClass 4; no event can match"},
		{"/api/events?cameo=0251&root=2&quad=1", 200, ""},
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

// TestActorCountryName: a country's name where an actor code is wanted
// (actor=Syria, a side of dyad, country=Russia) is a 400 that gives its
// code, as dyad events --actor Syria is a usage error: it matched no code
// and answered an empty list. Codes in any case answer as before.
func TestActorCountryName(t *testing.T) {
	srv := newTestServer(t, false)
	for _, c := range []struct {
		path string
		code int
		msg  string
	}{
		{"/api/events?country=Russia", 400, `country "Russia": want an ISO 3166 alpha-3 code (SYR, USA): Russia is RUS`},
		{"/api/events?country=rus1", 400, `country "rus1": want an ISO 3166 alpha-3 code (SYR, USA)`},
		{"/api/events?actor=Syria", 400, `actor "Syria": actor takes CAMEO actor code prefixes (PRK, USAGOV): Syria is SYR`},
		{"/api/timeline?actor=north%20korea", 400, `actor "north korea": actor takes CAMEO actor code prefixes (PRK, USAGOV): North Korea is PRK`},
		{"/api/dyads?dyad=PRK,South%20Korea", 400, `dyad "PRK,South Korea": dyad takes CAMEO actor code prefixes (PRK,KOR or ,USAGOV): South Korea is KOR`},
		{"/api/places?dyad=Syria,", 400, `dyad "Syria,": dyad takes CAMEO actor code prefixes (PRK,KOR or ,USAGOV): Syria is SYR`},
		{"/api/events?actor=Congo", 400, `actor "Congo": actor takes CAMEO actor code prefixes (PRK, USAGOV): "Congo" is ambiguous: COD (Democratic Republic of the Congo) or COG (Republic of the Congo)`},
		{"/api/events?country=Congo", 400, `country "Congo": want an ISO 3166 alpha-3 code (SYR, USA): "Congo" is ambiguous: COD (Democratic Republic of the Congo) or COG (Republic of the Congo)`},
		{"/api/events?actor=syr", 200, ""},
		{"/api/events?actor=CUBA", 200, ""},
		{"/api/events?dyad=prk,", 200, ""},
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
