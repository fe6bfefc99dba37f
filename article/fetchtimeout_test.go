package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestFetchTimeout: a server that does not answer in time, or stops
// sending mid-body, is a failure that says it timed out and after how
// long: it was "context deadline exceeded" alone (after FetchTimeout,
// 30 s; here the caller's earlier deadline).
func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/silent", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>Russia attacked")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(release)
	for path, want := range map[string]string{
		"/silent":  srv.URL + "/silent: timed out after 300ms: no answer (context deadline exceeded)",
		"/trickle": srv.URL + "/trickle: timed out after 300ms reading the page, 30 bytes received (context deadline exceeded)",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		_, _, err := Fetch(ctx, srv.URL+path)
		cancel()
		if err == nil || err.Error() != want {
			t.Errorf("Fetch %s: %v\n want %s", path, err, want)
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Fetch %s: %v is not context.DeadlineExceeded", path, err)
		}
		if strings.Count(fmt.Sprint(err), srv.URL) != 1 {
			t.Errorf("Fetch %s: %v names the URL more than once", path, err)
		}
	}
}
