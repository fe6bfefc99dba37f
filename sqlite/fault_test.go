package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/sqlite"
)

// Store faults: a read-only file, a database locked by another writer, a
// full disk. Each must give a clear error, never corrupt the file, and
// keep everything stored before.

// faultArticle returns a distinct article n with one event; pad adds
// filler paragraphs (to fill a disk faster).
func faultArticle(n, pad int) (*dyad.Article, []dyad.Event) {
	text := fmt.Sprintf("Delegation %d from Japan met Australian envoys in Tokyo about fishery quota %d.", n, n*7919)
	a := &dyad.Article{ID: fmt.Sprintf("fault-%d", n), URL: fmt.Sprintf("https://example.org/fault/%d", n),
		Source: "Example Wire", Published: "2024-03-04", Body: []string{text}}
	for i := range pad {
		a.Body = append(a.Body, fmt.Sprintf("Filler paragraph %d of article %d: %s", i, n, strings.Repeat(fmt.Sprintf("word%d ", n*pad+i), 40)))
	}
	ev := dyad.Event{ID: fmt.Sprintf("fault-ev-%d", n), ArticleID: a.ID, Date: "2024-03-04", DatePrecision: dyad.Day,
		Source: &dyad.Actor{Code: "JPNGOV", Country: "JPN", Name: "Japan"},
		Target: &dyad.Actor{Code: "AUSGOV", Country: "AUS", Name: "Australia"},
		CAMEO:  "040", CAMEORoot: "04", QuadClass: 1, Goldstein: 1, Status: dyad.Asserted,
		Evidence: dyad.Evidence{Text: text, Verb: "met", Span: [2]int{strings.Index(text, "met"), strings.Index(text, "met") + 3}}}
	return a, []dyad.Event{ev}
}

// faultStore creates a store at path holding articles 0..n-1.
func faultStore(t *testing.T, path string, n int) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.MaxDistance = 0 // distinct stories; keep the test about faults
	for i := range n {
		a, evs := faultArticle(i, 0)
		if _, err := db.SaveArticle(context.Background(), a, evs); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// checkIntact reopens path and checks integrity_check is "ok" and that
// articles 0..n-1 are all there.
func checkIntact(t *testing.T, path string, n int) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen after fault: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
		t.Fatalf("integrity_check = %q, %v", s, err)
	}
	for i := range n {
		a, _ := faultArticle(i, 0)
		if ok, err := db.HasArticle(ctx, a.ID); err != nil || !ok {
			t.Fatalf("article %s lost after the fault (%v, %v)", a.ID, ok, err)
		}
	}
	return db
}

func TestFaultReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ro.db")
	db := faultStore(t, path, 5)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Permission bits do not stop root: make the file and its folder
	// immutable there instead.
	lock := func(on bool) error {
		mode, flag := os.FileMode(0o444), "+i"
		dmode := os.FileMode(0o555)
		if !on {
			mode, flag, dmode = 0o644, "-i", 0o755
		}
		os.Chmod(path, mode)
		os.Chmod(dir, dmode)
		if os.Geteuid() == 0 {
			if out, err := exec.Command("chattr", flag, path, dir).CombinedOutput(); err != nil {
				return fmt.Errorf("chattr %s: %v: %s", flag, err, out)
			}
		}
		return nil
	}
	if err := lock(true); err != nil {
		lock(false)
		t.Skipf("cannot make a read-only file here: %v", err)
	}
	defer lock(false)
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Skip("the file is still writable (no way to make it read-only here)")
	}

	ro, err := sqlite.Open(path)
	if err != nil {
		// Refusing to open is fine when the error names the file.
		if !strings.Contains(err.Error(), path) {
			t.Errorf("open error does not name the file: %v", err)
		}
		t.Logf("open read-only store: %v", err)
	} else {
		a, evs := faultArticle(99, 0)
		_, err := ro.SaveArticle(context.Background(), a, evs)
		t.Logf("save into read-only store: %v", err)
		if err == nil {
			t.Errorf("saving into a read-only store reported success")
		}
		ro.Close()
	}
	if err := lock(false); err != nil {
		t.Fatal(err)
	}
	checkIntact(t, path, 5)
}

func TestFaultLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.db")
	db := faultStore(t, path, 3)
	defer db.Close()

	// Another process's connection takes the write lock.
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(100)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	ctx := context.Background()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "INSERT INTO articles(id) VALUES ('uncommitted')"); err != nil {
		t.Logf("insert under the lock: %v (the lock is what matters)", err)
	}

	// A lock released within the busy timeout: the save waits and succeeds.
	released := make(chan error, 1)
	go func() {
		time.Sleep(500 * time.Millisecond)
		_, err := conn.ExecContext(ctx, "ROLLBACK")
		released <- err
	}()
	a, evs := faultArticle(3, 0)
	start := time.Now()
	if _, err := db.SaveArticle(ctx, a, evs); err != nil {
		t.Errorf("save behind a lock released after 0.5 s: %v", err)
	}
	t.Logf("save waited %v for the lock", time.Since(start).Round(time.Millisecond))
	if err := <-released; err != nil {
		t.Fatal(err)
	}

	// A lock held past the caller's deadline: a clear error, in time.
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer cancel()
	b, bevs := faultArticle(4, 0)
	start = time.Now()
	_, err = db.SaveArticle(tctx, b, bevs)
	waited := time.Since(start)
	t.Logf("save behind a held lock: %v after %v", err, waited.Round(time.Millisecond))
	if err == nil {
		t.Errorf("save behind a held write lock reported success")
	}
	if waited > 12*time.Second {
		t.Errorf("save behind a held lock took %v (busy timeout is 10 s)", waited)
	}
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	// The same save now goes through, and nothing was lost.
	if _, err := db.SaveArticle(ctx, b, bevs); err != nil {
		t.Errorf("save after the lock was released: %v", err)
	}
	checkIntact(t, path, 5)
}

func TestFaultDiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "full.db")
	db := faultStore(t, path, 10)
	ctx := context.Background()
	// Checkpoint the WAL so the main file holds everything before the fault.
	if _, err := db.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	size := func(p string) int64 {
		if fi, err := os.Stat(p); err == nil {
			return fi.Size()
		}
		return 0
	}
	limit := max(size(path), size(path+"-wal")) + 256<<10

	// A full disk, simulated with RLIMIT_FSIZE: writes past limit bytes in
	// any file fail with EFBIG (SIGXFSZ ignored).
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skipf("getrlimit: %v", err)
	}
	signal.Ignore(syscall.SIGXFSZ)
	defer signal.Reset(syscall.SIGXFSZ)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: uint64(limit), Max: old.Max}); err != nil {
		t.Skipf("setrlimit: %v", err)
	}
	var saveErr error
	saved := 10
	for i := 10; i < 400; i++ {
		a, evs := faultArticle(i, 20)
		if _, err := db.SaveArticle(ctx, a, evs); err != nil {
			saveErr = err
			break
		}
		saved++
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	t.Logf("disk full after %d articles: %v", saved, saveErr)
	if saveErr == nil {
		t.Fatalf("no error writing %d articles past a %d-byte file limit", saved, limit)
	}
	// The store must go on working once space is back.
	a, evs := faultArticle(1000, 0)
	if _, err := db.SaveArticle(ctx, a, evs); err != nil {
		t.Errorf("save after space came back: %v", err)
	}
	db.Close()
	re := checkIntact(t, path, saved)
	c, err := re.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("after the fault: %+v", c)
}
