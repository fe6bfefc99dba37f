package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/internal/testutil"
	"github.com/dyad-events/dyad/sqlite"
)

// findChromium returns a Chromium or Chrome binary: $DYAD_CHROMIUM, else
// the first of the usual names on PATH, else "".
func findChromium() string {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserArticles reads the Guardian sample of ../shared/corpora when
// present, else (or with DYAD_BROWSER_EXAMPLES=1) the repository's examples/.
func browserArticles(t *testing.T) ([]*dyad.Article, string) {
	root := testutil.RepoRoot(t)
	dir := filepath.Join(testutil.CorporaDir(root), "guardian_ngec")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if os.Getenv("DYAD_BROWSER_EXAMPLES") == "1" {
		files = nil
	}
	if len(files) == 0 {
		t.Logf("using examples/ (%s absent or DYAD_BROWSER_EXAMPLES=1)", dir)
		dir = filepath.Join(root, "examples")
		files, _ = filepath.Glob(filepath.Join(dir, "*.txt"))
	}
	var arts []*dyad.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as, err := article.Read(f, data, article.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		arts = append(arts, as...)
	}
	if len(arts) == 0 {
		t.Skipf("no articles in %s", dir)
	}
	return arts, dir
}

// TestBrowser drives the page in headless Chromium: it filters, opens an
// event and its article, switches views and follows a link, asserting what
// a user sees against the store.
func TestBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("no chromium binary found (apt-get install chromium, or set DYAD_CHROMIUM): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	arts, dir := browserArticles(t)
	db, err := sqlite.OpenReadOnly(buildStore(t, arts))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := New(db)
	if err := h.LoadIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	t.Logf("%d articles from %s", len(arts), dir)

	// What the user should see, from the store.
	ctx := context.Background()
	busiest, err := db.Actors(ctx, 1)
	if err != nil || len(busiest) == 0 {
		t.Fatalf("no actors in the store: %v", err)
	}
	country := busiest[0].Code[:3]
	want, err := db.Events(ctx, sqlite.Filter{Actor: country, Limit: 101})
	if err != nil || len(want) == 0 {
		t.Fatalf("no events for %s: %v", country, err)
	}
	first := want[0]
	a, err := db.Article(ctx, first.ArticleID)
	if err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 120*time.Second) // generous: a loaded 2-core machine starts Chromium slowly
	defer cancel()

	b := &browser{t: t, ctx: bctx}
	b.do("start the browser", chromedp.Navigate("about:blank"))
	start := time.Now()
	b.do("first view", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`#events tbody tr`))
	t.Logf("first view (page, scripts, first events) in %v", time.Since(start).Round(time.Millisecond))

	// Filter on the busiest country: wait until the rows and the status
	// line both show the filtered view (the page may reload the view once
	// more, for the hash change, after the first rows are drawn).
	wantRows := min(len(want), 100)
	wantStatus := fmt.Sprintf("%d events", len(want))
	if len(want) == 1 {
		wantStatus = "1 event"
	}
	if len(want) > 100 {
		wantStatus = "100+ events"
	}
	b.do("filter on "+country,
		chromedp.SetValue(`input[name=actor]`, strings.ToLower(country)),
		chromedp.Click(`#filters button[type=submit]`),
		chromedp.Poll[chromedp.Void](settled(fmt.Sprintf(`document.querySelector('#events tbody tr') && document.querySelector('#events tbody tr').dataset.id === "%d" && document.querySelectorAll('#events tbody tr').length === %d && document.querySelector('#status').textContent === %q`, first.GlobalEventID, wantRows, wantStatus)), chromedp.WithPollingTimeout(30*time.Second)))
	rows := eval[int](b, `document.querySelectorAll('#events tbody tr').length`)
	hash := eval[string](b, `location.hash`)
	if rows != wantRows || hash != "#actor="+country {
		t.Errorf("after filtering on %s: %d rows, hash %q; want %d rows, #actor=%s", country, rows, hash, wantRows, country)
	}
	if status := b.text(`#status`); status != wantStatus {
		t.Errorf("status %q, want %q", status, wantStatus)
	}

	// The next page, when there is one.
	if len(want) > 100 {
		all, err := db.Events(ctx, sqlite.Filter{Actor: country, Limit: 201})
		if err != nil {
			t.Fatal(err)
		}
		wantMore := min(len(all), 200)
		// The button sits under 100 rows: a mouse click (chromedp.Click)
		// scrolls, measures and clicks, and missed the button once on a
		// loaded machine; the DOM click runs the same handler.
		b.do("more events", chromedp.WaitVisible(`#more`), chromedp.Evaluate[chromedp.Void](`document.querySelector('#more').click()`),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('#events tbody tr').length === %d`, wantMore), chromedp.WithPollingTimeout(30*time.Second)))
		if last := eval[string](b, `document.querySelector('#events tbody tr:last-child').dataset.id`); last != fmt.Sprint(all[wantMore-1].GlobalEventID) {
			t.Errorf("after More: last row %s, want event %d", last, all[wantMore-1].GlobalEventID)
		}
	}

	// Open the first event: its codes and the verb highlighted in its evidence.
	b.do("open the first event", chromedp.Click(`#events tbody tr:first-child td.ev`), chromedp.WaitVisible(`#detail .mention mark.verb`))
	title, verb := b.text(`#detail h2`), b.text(`#detail .mention mark.verb`)
	hash = eval[string](b, `location.hash`)
	wantTitle := fmt.Sprintf("%s → %s → %s", code(first.Source), first.CAMEO, code(first.Target))
	wantVerb := first.Evidence.Text[first.Evidence.Span[0]:first.Evidence.Span[1]]
	if title != wantTitle || verb != wantVerb || hash != fmt.Sprintf("#actor=%s&event=%d", country, first.GlobalEventID) {
		t.Errorf("event pane: title %q verb %q hash %q; want %q, %q, event=%d", title, verb, hash, wantTitle, wantVerb, first.GlobalEventID)
	}

	// Its counts, singular for one ("1 mentions, 1 sources" before).
	plural := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	wantCounts := plural(first.NumMentions, "mention", "mentions") + ", " + plural(first.NumSources, "source", "sources") + ", " + plural(first.NumArticles, "story", "stories")
	if counts := eval[string](b, `[...document.querySelectorAll('#detail dl.kv dt')].find((d) => d.textContent === 'counts').nextElementSibling.textContent`); counts != wantCounts {
		t.Errorf("event pane: counts %q, want %q", counts, wantCounts)
	}

	// Its article, with the coded sentence marked.
	b.do("open the article", chromedp.Click(`#detail a.open-article`), chromedp.WaitVisible(`#detail .article mark.sent`))
	artTitle := b.text(`#detail .article h2`)
	sentText := eval[string](b, fmt.Sprintf(`[...document.querySelectorAll('#detail .article mark[data-events~="%d"]')].map(m => m.textContent).join('')`, first.GlobalEventID))
	if artTitle != a.Title && !(a.Title == "" && artTitle == "(untitled)") {
		t.Errorf("article title %q, want %q", artTitle, a.Title)
	}
	if sentText != first.Evidence.Text {
		t.Errorf("article's marked sentence %q, want the evidence %q", sentText, first.Evidence.Text)
	}

	// The other views, for the same filter.
	tl, _ := db.Timeline(ctx, sqlite.Filter{Actor: country}, "quad", "month")
	ds, _ := db.Dyads(ctx, sqlite.Filter{Actor: country}, 60)
	ps, _ := db.Places(ctx, sqlite.Filter{Actor: country}, 500)
	dated := 0
	for _, p := range tl {
		dated += p.Events
	}
	actorsSeen := map[string]bool{}
	for _, d := range ds {
		actorsSeen[d.Source], actorsSeen[d.Target] = true, true
	}
	b.do("timeline", chromedp.Click(`#tabs a[data-view=timeline]`), chromedp.WaitVisible(`#timeline rect.bar`))
	status := b.text(`#status`)
	bars := eval[int](b, `document.querySelectorAll('#timeline rect.bar').length`)
	if !strings.HasPrefix(status, fmt.Sprintf("%d dated events per ", dated)) || bars == 0 {
		t.Errorf("timeline: status %q, %d bars; want %d dated events", status, bars, dated)
	}
	// the y axis is titled and labelled: ticks 0, s, 2s … with s 1, 2 or
	// 5 × 10^k, the last at or above the highest bar (it had bare
	// numbers at rounded quarters, no title)
	bucket := strings.TrimPrefix(status, fmt.Sprintf("%d dated events per ", dated))
	if title := eval[string](b, `document.querySelector("#timeline text.ytitle").textContent`); title != "events per "+bucket {
		t.Errorf("timeline: y axis title %q, want %q", title, "events per "+bucket)
	}
	ticks := eval[[]string](b, `[...document.querySelectorAll('#timeline text.ytick')].map((e) => e.textContent)`)
	barTop := eval[float64](b, `Math.min(...[...document.querySelectorAll('#timeline rect.bar')].map((r) => +r.getAttribute('y')))`)
	tickTop := eval[float64](b, `Math.min(...[...document.querySelectorAll('#timeline text.ytick')].map((e) => +e.getAttribute('y') - 4))`)
	if barTop < tickTop-0.01 {
		t.Errorf("timeline: the highest bar (top at y %.1f) stands above the top tick (y %.1f)", barTop, tickTop)
	}
	if len(ticks) < 2 || ticks[0] != "0" {
		t.Errorf("timeline: y ticks %q, want 0 then steps", ticks)
	} else {
		step := ticks[1]
		okStep := false
		for _, s := range []string{"1", "2", "5", "10", "20", "50", "100", "200", "500", "1,000"} {
			okStep = okStep || s == step
		}
		for i, v := range ticks {
			if want := strconv.Itoa(i * mustAtoi(strings.ReplaceAll(step, ",", ""))); strings.ReplaceAll(v, ",", "") != want {
				okStep = false
			}
		}
		if !okStep || len(ticks) > 6 {
			t.Errorf("timeline: y ticks %q, want 0, s, 2s … with s 1, 2 or 5 × 10^k, at most 5 steps", ticks)
		}
	}
	b.do("network", chromedp.Click(`#tabs a[data-view=network]`), chromedp.WaitVisible(`#network circle.node`))
	if nodes := eval[int](b, `document.querySelectorAll('#network circle.node').length`); nodes != len(actorsSeen) {
		t.Errorf("network: %d nodes, want %d", nodes, len(actorsSeen))
	}
	b.do("map", chromedp.Click(`#tabs a[data-view=map]`),
		chromedp.Poll[chromedp.Void](`document.querySelector('#status').textContent.includes('located')`, chromedp.WithPollingTimeout(30*time.Second)))
	if dots := eval[int](b, `document.querySelectorAll('#map circle.dot').length`); dots != len(ps) {
		t.Errorf("map: %d dots, want %d", dots, len(ps))
	}

	// A link opens its view with its filters; a bad filter shows the API's error.
	b.do("linked view", chromedp.Navigate(srv.URL+"/#view=network&actor="+country), chromedp.WaitVisible(`#network circle.node`))
	actorVal, _ := chromedp.Run(bctx, chromedp.Value(`input[name=actor]`))
	if tab := b.text(`#tabs a.active`); actorVal != country || tab != "Network" {
		t.Errorf("linked view: actor %q, tab %q; want %s, Network", actorVal, tab, country)
	}
	b.do("bad filter", chromedp.Navigate(srv.URL+"/#quad=9"), chromedp.WaitVisible(`#error`))
	if e := b.text(`#error`); e != `quad "9": want 1, 2, 3 or 4` {
		t.Errorf("error shown %q", e)
	}
	// the status line does not go on saying "loading…" under the error
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](settled(`document.querySelector('#status').textContent === ''`), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("status under the error: %q, want it empty (%v)", eval[string](b, `document.querySelector('#status').textContent`), err)
	}
	// an unknown event: the detail pane says so too, not "loading…" for ever
	b.do("unknown event", chromedp.Navigate(srv.URL+"/#event=999999"), chromedp.WaitVisible(`#error`))
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](settled(`document.querySelector('#detail-body').textContent === 'event 999999: not found'`), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("detail pane of an unknown event: %q, want %q (%v)", eval[string](b, `document.querySelector('#detail-body').textContent`), "event 999999: not found", err)
	}
}

// browser runs chromedp actions, failing the test with the step's name.
type browser struct {
	t   *testing.T
	ctx context.Context
}

// settled wraps a JavaScript condition so that it holds only once it has
// stayed true for a second: a view the page draws and then loads once
// more (a loaded machine showed "loading…" right after the filtered rows)
// is waited out before the test reads or clicks it.
func settled(cond string) string {
	return `(() => { if (!(` + cond + `)) { window.__settledSince = 0; return false; } if (!window.__settledSince) window.__settledSince = Date.now(); return Date.now() - window.__settledSince >= 1000; })()`
}

func (b *browser) do(step string, acts ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, acts...); err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(sel))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func code(a *dyad.Actor) string {
	if a == nil {
		return "–"
	}
	return a.Code
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
