package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeSetAsideNote: dyad code on a page the coder sets aside whole
// (sport, markets, …) says so once on standard error, naming the input,
// where it printed nothing and exited 0 as if the page told no event; a
// feed says how many of its items. A page that is coded says nothing.
// The stories are the team's own.
func TestCodeSetAsideNote(t *testing.T) {
	page := func(section, text string) string {
		return `<!doctype html><html lang="en"><head><title>A story</title>` +
			`<meta property="article:published_time" content="2024-03-04">` +
			`<meta property="article:section" content="` + section + `"></head><body><article>` +
			`<p>` + text + `</p></article></body></html>`
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/sport/derby":
			w.Write([]byte(page("Sport", "Argentina beat Brazil 2-1 in Buenos Aires on Sunday to reach the final of the cup.")))
		default:
			w.Write([]byte(page("World", "Chile and Kenya signed a fisheries pact in Nairobi on Monday, officials of both sides said.")))
		}
	}))
	defer srv.Close()

	sport := srv.URL + "/sport/derby"
	out, errs, code := run(t, "code", "--format", "json", sport)
	want := "dyad: note: " + sport + ": article set aside (sport, entertainment, obituary, weather, markets): no events coded\n"
	if code != 0 || out != "" || errs != want {
		t.Errorf("code %s: exit %d, stdout %q, stderr %q; want exit 0, no events and %q", sport, code, out, errs, want)
	}
	// --why says it per article already: no note besides
	if _, errs, _ := run(t, "code", "--format", "json", "--why", sport); strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "sentence -2: set aside") {
		t.Errorf("code --why %s: stderr %q, want the one --why line", sport, errs)
	}
	news := srv.URL + "/world/pact"
	if out, errs, code := run(t, "code", "--format", "json", news); code != 0 || errs != "" || out == "" {
		t.Errorf("code %s: exit %d, stdout %q, stderr %q; want events and nothing said", news, code, out, errs)
	}

	feed := filepath.Join(t.TempDir(), "wire.rss")
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
		`<item><title>Derby</title><link>https://example.org/sport/1</link><category>Sport</category><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>` +
		`<description>Argentina beat Brazil 2-1 in Buenos Aires on Sunday to reach the final of the cup. The striker scored twice in the second half.</description></item>` +
		`<item><title>Pact</title><link>https://example.org/world/2</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>` +
		`<description>Chile and Kenya signed a fisheries pact in Nairobi on Monday, officials of both sides said.</description></item>` +
		`</channel></rss>`
	if err := os.WriteFile(feed, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, "code", "--format", "json", feed)
	if w := "dyad: note: " + feed + ": 1 of 2 articles set aside (sport, entertainment, obituary, weather, markets): no events coded from them\n"; code != 0 || errs != w {
		t.Errorf("code %s: exit %d, stderr %q; want %q", feed, code, errs, w)
	}
}

// TestCodeOSCEscapes: a text saved from a terminal with OSC sequences (a
// window title ended by BEL, an OSC 8 link ended by ST) around the words
// codes as the plain text does, with the one warning of removed escapes.
func TestCodeOSCEscapes(t *testing.T) {
	in := filepath.Join(t.TempDir(), "term.txt")
	text := "DATE: 2024-03-04\n\x1b]0;wire\a\n\x1b]8;;https://example.org/a\x1b\\Bolivia\x1b]8;;\x1b\\ expelled two Peruvian diplomats on Monday.\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "code", "--format", "json", in)
	var e struct {
		Date   string
		CAMEO  string
		Source struct{ Code string }
		Target struct{ Code string }
		Status string
	}
	if err := json.Unmarshal([]byte(out), &e); err != nil || code != 0 {
		t.Fatalf("code: exit %d, %v in %q (stderr %q)", code, err, out, errs)
	}
	if e.Source.Code != "BOL" || e.CAMEO != "161" || e.Target.Code != "PERGOV" || e.Status != "asserted" || e.Date != "2024-03-04" {
		t.Errorf("event %+v, want BOL 161 PERGOV asserted 2024-03-04", e)
	}
	if w := "dyad: warning: " + in + ":2: 3 terminal escape sequences (ESC ] …: window titles, links, as a terminal shows them) removed: the text is read without them\n"; errs != w {
		t.Errorf("stderr %q, want %q", errs, w)
	}
}
