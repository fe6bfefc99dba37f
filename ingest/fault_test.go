package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dyad-events/dyad/sqlite"
)

// TestFaultConcurrentIngests runs two ingests into one database file at
// once, each through its own handle (as two dyad processes would), with
// overlapping inputs. Both must finish without error, each article stored
// once, the file intact, and the store equal to a sequential run's.
func TestFaultConcurrentIngests(t *testing.T) {
	dir := t.TempDir()
	const n = 90
	for i := range n {
		write(t, filepath.Join(dir, "in", fmt.Sprintf("s%03d.txt", i)), story(i))
	}
	var first, second []string
	for i := range n {
		p := filepath.Join(dir, "in", fmt.Sprintf("s%03d.txt", i))
		if i < 60 {
			first = append(first, p)
		}
		if i >= 30 {
			second = append(second, p)
		}
	}
	ctx := context.Background()

	// Reference: the same inputs, one after the other.
	ref := openDB(t, filepath.Join(dir, "ref.db"))
	for _, srcs := range [][]string{first, second} {
		if _, err := Run(ctx, Config{DB: ref, Coder: fakeCoder{}, Read: fakeRead, Workers: 2, Batch: 4}, srcs); err != nil {
			t.Fatal(err)
		}
	}
	want, err := ref.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(dir, "shared.db")
	a, b := openDB(t, path), openDB(t, path)
	var wg sync.WaitGroup
	sums := make([]Summary, 2)
	errs := make([]error, 2)
	for k, srcs := range [][]string{first, second} {
		db := []*sqlite.DB{a, b}[k]
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[k], errs[k] = Run(ctx, Config{DB: db, Coder: fakeCoder{}, Read: fakeRead, Workers: 2, Batch: 4}, srcs)
		}()
	}
	wg.Wait()
	for k := range 2 {
		if errs[k] != nil || len(sums[k].Failures) > 0 {
			t.Errorf("ingest %d: %v, failures %v", k+1, errs[k], sums[k].Failures)
		}
	}
	if added := sums[0].Added + sums[1].Added; added != n {
		t.Errorf("added %d + %d = %d articles, want %d (skipped %d + %d)", sums[0].Added, sums[1].Added, added, n, sums[0].Skipped, sums[1].Skipped)
	}
	if s, err := a.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity_check = %q, %v", s, err)
	}
	got, err := b.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Articles != want.Articles || got.Events != want.Events || got.Mentions != want.Mentions || got.Sentences != want.Sentences {
		t.Errorf("concurrent ingests stored %+v, sequential %+v", got, want)
	}
	if got.DupGroups != want.DupGroups {
		t.Logf("near-duplicate groups differ: concurrent %d, sequential %d", got.DupGroups, want.DupGroups)
	}
	// A re-run adds nothing.
	again, err := Run(ctx, Config{DB: a, Coder: fakeCoder{}, Read: fakeRead, Workers: 2}, []string{filepath.Join(dir, "in")})
	if err != nil || again.Added != 0 || again.Skipped != n {
		t.Errorf("re-run: added %d, skipped %d, err %v; want 0, %d", again.Added, again.Skipped, err, n)
	}
}
