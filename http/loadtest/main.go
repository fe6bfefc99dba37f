// Command loadtest measures a running dyad serve: the first view of each
// page tab in headless Chromium, then N concurrent clients requesting a mix
// of API calls for a duration, with latency percentiles per endpoint,
// errors, throughput and the server's memory (from /proc when -pid is given).
// With -synth it writes synthetic articles for a large store instead.
//
//	go run ./http/loadtest -synth 42000 -out /tmp/dyad-web ../shared/corpora/guardian_ngec ../shared/corpora/giveme5w1h
//	go run ./http/loadtest -url http://127.0.0.1:8080 -c 200 -d 30s -pid $(pgrep -n dyad)
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"
)

// mix is the request mix: what the page asks for, with filters a user sets.
var mix = []struct{ name, path string }{
	{"events", "/api/events?limit=100"},
	{"events", "/api/events?limit=100&actor=USA"},
	{"events", "/api/events?limit=100&actor=SYR&quad=4"},
	{"events", "/api/events?limit=100&from=2018-01-01&to=2018-03-31"},
	{"events", "/api/events?limit=100&root=19"},
	{"events", "/api/events?limit=100&q=missile"},
	{"event", "/api/events/%d"},
	{"article", "/api/articles/synth-%06d"},
	{"actors", "/api/actors?q=kor&limit=15"},
	{"timeline", "/api/timeline?bucket=month"},
	{"timeline", "/api/timeline?actor=PRK&bucket=month"},
	{"timeline", "/api/timeline?from=2018-01-01&to=2018-03-31&by=root&bucket=day"},
	{"dyads", "/api/dyads?limit=60"},
	{"dyads", "/api/dyads?limit=60&country=RUS"},
	{"places", "/api/places?limit=500"},
	{"places", "/api/places?limit=500&quad=4"},
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "dyad serve base URL")
	clients := flag.Int("c", 200, "concurrent clients")
	dur := flag.Duration("d", 30*time.Second, "duration of the load")
	pid := flag.Int("pid", 0, "server process id, for its memory (VmRSS, VmHWM)")
	maxEvent := flag.Int("events", 100000, "highest event id to request")
	maxArticle := flag.Int("articles", 40000, "articles synth-000000… to request")
	chrome := flag.String("chromium", "", "Chromium binary for the first-view timing (default: chromium on PATH; none: skip)")
	nsynth := flag.Int("synth", 0, "write this many synthetic JSONL articles into -out from the corpora named as arguments, and exit")
	out := flag.String("out", "", "directory for -synth")
	flag.Parse()
	if *nsynth > 0 {
		if *out == "" || flag.NArg() == 0 {
			log.Fatal("-synth needs -out DIR and corpus folders as arguments")
		}
		if err := synth(*nsynth, *out, flag.Args()); err != nil {
			log.Fatal(err)
		}
		return
	}

	firstView(*base, *chrome)

	tr := &http.Transport{MaxIdleConns: *clients, MaxIdleConnsPerHost: *clients}
	cl := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	type sample struct {
		name string
		d    time.Duration
		ok   bool
	}
	var mu sync.Mutex
	var samples []sample
	errs := map[string]int{}
	stop := time.Now().Add(*dur)
	var wg sync.WaitGroup
	memDone := make(chan struct{})
	var peakRSS string
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-memDone:
				return
			case <-t.C:
				if rss := mem(*pid, "VmRSS"); rss != "" {
					mu.Lock()
					peakRSS = rss
					mu.Unlock()
				}
			}
		}
	}()
	fmt.Printf("memory before: VmRSS %s\n", mem(*pid, "VmRSS"))
	start := time.Now()
	for i := 0; i < *clients; i++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 1))
			var mine []sample
			for time.Now().Before(stop) {
				m := mix[r.IntN(len(mix))]
				path := m.path
				switch m.name {
				case "event":
					path = fmt.Sprintf(path, 1+r.IntN(*maxEvent))
				case "article":
					path = fmt.Sprintf(path, r.IntN(*maxArticle))
				}
				t0 := time.Now()
				resp, err := cl.Get(*base + path)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mine = append(mine, sample{m.name, d, ok})
				if !ok {
					mu.Lock()
					if err != nil {
						errs[err.Error()]++
					} else {
						errs[fmt.Sprintf("%s: HTTP %d", path, resp.StatusCode)]++
					}
					mu.Unlock()
				}
			}
			mu.Lock()
			samples = append(samples, mine...)
			mu.Unlock()
		}(uint64(i))
	}
	wg.Wait()
	close(memDone)
	elapsed := time.Since(start)
	by := map[string][]time.Duration{}
	var all []time.Duration
	nerr := 0
	for _, s := range samples {
		by[s.name] = append(by[s.name], s.d)
		all = append(all, s.d)
		if !s.ok {
			nerr++
		}
	}
	fmt.Printf("%d clients, %v: %d requests (%.0f/s), %d errors\n", *clients, elapsed.Round(time.Millisecond), len(all), float64(len(all))/elapsed.Seconds(), nerr)
	names := []string{}
	for n := range by {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-9s %7s %8s %8s %8s %8s\n", "endpoint", "n", "p50", "p95", "p99", "max")
	for _, n := range append(names, "all") {
		ds := by[n]
		if n == "all" {
			ds = all
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		q := func(p float64) time.Duration {
			return ds[min(len(ds)-1, int(p*float64(len(ds))))].Round(100 * time.Microsecond)
		}
		fmt.Printf("%-9s %7d %8v %8v %8v %8v\n", n, len(ds), q(.5), q(.95), q(.99), ds[len(ds)-1].Round(100*time.Microsecond))
	}
	for e, n := range errs {
		fmt.Printf("error ×%d: %s\n", n, e)
	}
	fmt.Printf("memory at end of load: VmRSS %s; after: VmRSS %s, peak VmHWM %s\n", peakRSS, mem(*pid, "VmRSS"), mem(*pid, "VmHWM"))
}

// mem reads a field of /proc/PID/status.
func mem(pid int, field string) string {
	if pid == 0 {
		return ""
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, field+":") {
			return strings.TrimSpace(strings.TrimPrefix(l, field+":"))
		}
	}
	return ""
}

// firstView loads each tab of the page in a fresh tab of headless Chromium
// and prints the time from navigation to its content being drawn.
func firstView(base, bin string) {
	if bin == "none" {
		return
	}
	if bin == "" {
		p, err := exec.LookPath("chromium")
		if err != nil {
			fmt.Println("first view: no chromium on PATH, skipped")
			return
		}
		bin = p
	}
	dir, _ := os.MkdirTemp("", "dyad-load")
	defer os.RemoveAll(dir)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(dir), chromedp.WindowSize(1400, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	for _, v := range []struct{ name, hash, wait string }{
		{"events", "", `#events tbody tr`},
		{"events actor=USA", "#actor=USA", `#events tbody tr`},
		{"timeline", "#view=timeline", `#timeline rect.bar`},
		{"network", "#view=network", `#network circle.node`},
		{"map", "#view=map", `#map circle.dot`},
	} {
		ctx, cancel := chromedp.NewContext(actx)
		ctx, cancel2 := context.WithTimeout(ctx, 30*time.Second)
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
			log.Fatalf("first view: %v", err)
		}
		t0 := time.Now()
		err := chromedp.Do(ctx, chromedp.Navigate(base+"/"+v.hash), chromedp.WaitVisible(v.wait))
		fmt.Printf("first view %-17s %v", v.name, time.Since(t0).Round(time.Millisecond))
		if err != nil {
			fmt.Printf(" (%v)", err)
		}
		fmt.Println()
		cancel2()
		cancel()
	}
}
