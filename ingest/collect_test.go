package ingest

import (
	"strings"
	"sync"
)

// collect returns a Config.Warn for tests that appends each warning to
// *into, with every cut removed when cut is not empty, under a lock:
// Run calls Warn from its worker goroutines concurrently (Config.Warn).
// Read *into after Run returns.
func collect(into *[]string, cut string) func(string) {
	var mu sync.Mutex
	return func(s string) {
		mu.Lock()
		defer mu.Unlock()
		if cut != "" {
			s = strings.ReplaceAll(s, cut, "")
		}
		*into = append(*into, s)
	}
}
