package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/ingest"
	"github.com/dyad-events/dyad/sqlite"
)

// noEvents is a coder that finds nothing.
type noEvents struct{}

func (noEvents) Code(*dyad.Article) []dyad.Event { return nil }

func readText(name string, data []byte, url string) ([]*dyad.Article, error) {
	body := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	return []*dyad.Article{{ID: dyad.ArticleID(url, string(data)), URL: url, Input: name, Body: body}}, nil
}

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "ingest")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Ministers met in Lima.\n\nThey agreed to meet again."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("A storm closed the port of Valparaíso on Monday."), 0o644)
	db, _ := sqlite.Open(filepath.Join(dir, "dyad.db"))
	defer db.Close()
	cfg := ingest.Config{DB: db, Coder: noEvents{}, Read: readText}
	for range 2 {
		sum, err := ingest.Run(context.Background(), cfg, []string{filepath.Join(dir, "*.txt")})
		fmt.Println(sum.Inputs, sum.Read, sum.Added, sum.Skipped, err)
	}
	// Output:
	// 2 2 2 0 <nil>
	// 2 2 0 2 <nil>
}
