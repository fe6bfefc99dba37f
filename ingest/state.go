package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
	"github.com/dyad-events/dyad/sqlite"
	"github.com/dyad-events/dyad/warc"
)

// state holds a run's counters; workers and the writer update it.
type state struct {
	mu    sync.Mutex
	sum   Summary
	total int // inputs expanded
	done  int // inputs finished
	// coded counts the articles coded for the writer, settled those the
	// writer added, found stored or failed: on a run that stops early the
	// difference is what was read and not stored (Summary.NotStored)
	coded, settled int
	turns          *turns
	// keys[i] places sum.Failures[i] in the run's input order; seqOf maps
	// an input's name to its place (set once the inputs are expanded).
	keys []failKey
	// english[i] is the place of sum.NotEnglish[i] (input.seq).
	english  []int
	seqOf    map[string]int
	expanded int // inputs expanded so far, while expanding
	// undated articles (no publication date) of all read over the run,
	// with the first undated one by input place (firstSeq) and then by
	// the input's own order
	// (each article id counted once: counted holds those counted)
	undatedN, undatedOf int
	counted             map[string]struct{}
	firstUndated        *dyad.Article
	firstSeq            int
	// firstStored maps the id of each article this run stores, from the
	// moment the writer sends it to the store, to its input ("one.warc:
	// record 1"): a later input's article of the same id is skipped as
	// stored, and warned of when its id is its address's (storedEarlier).
	firstStored map[string]string
	// earlier counts, by input and address, the articles skipped as
	// stored earlier in the run beyond the first (storedEarlier);
	// earlierOrder holds its keys in the order met
	earlier      map[earlierKey]*earlierCount
	earlierOrder []earlierKey
	warn         func(string) // Config.Warn, may be nil
	// recode codes an article again, given a new id (ownStory) by the
	// writer; nil: such an article is skipped as stored, as it was
	recode func(context.Context, *dyad.Article) ([]dyad.Event, error)
	// fault is the first store fault (storeFault) met by a worker's
	// look-up in the store (a lost PostgreSQL connection), which stops
	// the run as the writer's does; cancel cancels the run's context
	fault  error
	cancel context.CancelFunc
	// begun holds, by place (input.seq), each input whose reading
	// began, with what of it was read and stored, and queued the input
	// place of each article coded for the writer and not yet settled: a
	// run that stops early names the inputs it did not finish
	// (Summary.Unfinished)
	begun  map[int]*progress
	queued map[*dyad.Article]int
}

// progress is what was read and stored of one input.
type progress struct {
	name                  string
	read, stored, pending int  // pending: articles coded, not yet settled by the writer
	done                  bool // its worker returned before the run stopped
	// whole: its bytes were read to their end and its articles taken
	// from them (a page, a text file, a feed), though the run stopped
	// before they were all stored
	whole bool
}

// progressOf returns the progress of the input at seq, made when
// missing (the caller holds s.mu).
func (s *state) progressOf(seq int) *progress {
	if s.begun == nil {
		s.begun = map[int]*progress{}
	}
	p := s.begun[seq]
	if p == nil {
		p = &progress{}
		s.begun[seq] = p
	}
	return p
}

// begin counts the input at seq, named name, as read (Summary.Inputs):
// its reading began.
func (s *state) begin(seq int, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sum.Inputs++
	s.progressOf(seq).name = name
}

// waitedOn records the input at seq, named name, as one the run stopped
// while waiting on its bytes (a slow URL, a pipe no program writes): not
// read (it counts in Summary.Unread, not in Summary.Inputs), and named
// among the inputs not finished with nothing of it read.
func (s *state) waitedOn(seq int, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.progressOf(seq).name = name
}

// readWhole records that the input at seq was read to its end, all its
// articles in hand: stopped before they are stored, it is said read, not
// all stored (Unfinished.ReadToEnd), not partly read.
func (s *state) readWhole(seq int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.progressOf(seq).whole = true
}

// finish records that the worker of the input at seq returned, ok when
// the run had not stopped by then (the input read to its end) or when it
// had handed all the input's articles to the writer (worker.handed). An input
// finished, its articles all settled, is forgotten: begun holds the
// inputs in progress alone, whatever the number of inputs.
func (s *state) finish(seq int, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.begun[seq]; p != nil {
		p.done = ok
		if ok && p.pending == 0 {
			delete(s.begun, seq)
		}
	}
}

// queue records arts, coded from the input at seq, as handed to the
// writer, each until the writer is done with it (writerDone).
func (s *state) queue(seq int, arts []*dyad.Article) {
	if len(arts) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.queued == nil {
		s.queued = map[*dyad.Article]int{}
	}
	for _, a := range arts {
		s.queued[a] = seq
	}
	s.progressOf(seq).pending += len(arts)
}

// writerDone records that the writer is done with a, stored (added, or
// found stored) or not (failed).
func (s *state) writerDone(a *dyad.Article, stored bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seq, ok := s.queued[a]
	if !ok {
		return
	}
	delete(s.queued, a)
	p := s.progressOf(seq)
	p.pending--
	if stored {
		p.stored++
	}
	if p.done && p.pending == 0 {
		delete(s.begun, seq) // (finished)
	}
}

// unfinished lists, in input order, the inputs begun whose worker had
// not returned when the run stopped or with articles not settled.
func (s *state) unfinished() []Unfinished {
	s.mu.Lock()
	defer s.mu.Unlock()
	seqs := make([]int, 0, len(s.begun))
	for seq, p := range s.begun {
		if p.name != "" && (!p.done || p.pending > 0) {
			seqs = append(seqs, seq)
		}
	}
	sort.Ints(seqs)
	var out []Unfinished
	for _, seq := range seqs {
		p := s.begun[seq]
		out = append(out, Unfinished{Input: p.name, Read: p.read, Stored: p.stored, ReadToEnd: p.done || p.whole})
	}
	return out
}

// halt stops the run at err, a store fault a worker met looking up an
// article (HasArticle, the stored text): the first is kept for the run's
// error and the run's context cancelled, as the writer stops at a fault
// of its own. Articles read and not yet stored are counted so, the
// inputs not reached unread: a run again stores them.
func (s *state) halt(err error) {
	s.mu.Lock()
	if s.fault == nil {
		s.fault = err
	}
	cancel := s.cancel
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// faulted returns the store fault that halted the run, or nil.
func (s *state) faulted() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fault
}

// claim records the articles of a batch about to be stored, each id
// once, by the first input that gives it.
func (s *state) claim(items []sqlite.Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.firstStored == nil {
		s.firstStored = map[string]string{}
	}
	for _, it := range items {
		if _, ok := s.firstStored[it.Article.ID]; !ok {
			s.firstStored[it.Article.ID] = it.Article.InputName()
		}
	}
}

// unclaim drops the claim of a's id by a's own input: a was not stored
// by this run (stored before it, or failed).
func (s *state) unclaim(a *dyad.Article) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.firstStored[a.ID] == a.InputName() {
		delete(s.firstStored, a.ID)
	}
}

// storedEarlier warns, once the article of url (its id the address's,
// dyad.ArticleID(url, "")) from input is skipped as stored, when an
// earlier input of this run stored it: "two.warc:record 1:
// https://example.org/kenya was stored from one.warc:record 1 earlier in
// this run; the first stored is kept, this one is not stored (one article
// an address)". Only the first such article of an input (a file, a feed,
// an archive) at an address is warned of at once; the others are counted
// for one warning when the run ends (earlierTotals). An article stored by
// an earlier run is skipped silently.
func (s *state) storedEarlier(input, url, id string) {
	if s.warn == nil || url == "" {
		return
	}
	s.mu.Lock()
	from, ok := s.firstStored[id]
	s.mu.Unlock()
	if !ok || from == input {
		return
	}
	// the first of an input's articles at an address is warned of, the
	// others counted for one warning at the end (earlierTotals): a feed
	// whose items all link to one page said it once an item
	key := earlierKey{Failure{Input: input}.InputName(), url}
	s.mu.Lock()
	if s.earlier == nil {
		s.earlier = map[earlierKey]*earlierCount{}
	}
	c, seen := s.earlier[key]
	if !seen {
		s.earlier[key] = &earlierCount{from: from}
		s.earlierOrder = append(s.earlierOrder, key)
	} else {
		c.more++
		c.last = input
	}
	s.mu.Unlock()
	if seen {
		return
	}
	s.warn(fmt.Sprintf("%s: %s was stored from %s earlier in this run; the first stored is kept, this one is not stored (one article an address)", input, url, from))
}

// earlierKey is an input (its name without the line or record number)
// and an address its articles have.
type earlierKey struct{ input, url string }

// earlierCount counts the articles of an input at an address stored
// earlier in the run, beyond the first (warned of at once): more of them,
// the last one's name, and where the address was stored from.
type earlierCount struct {
	more       int
	last, from string
}

// earlierTotals returns the warnings for the inputs that gave more than
// one article at an address stored earlier in the run, in the order they
// were first met: "feed.xml: 2998 more articles at
// https://example.org/live (the last feed.xml:3000) were not stored: the
// address's article was stored from feed.xml:1 earlier in this run (one
// article an address)".
func (s *state) earlierTotals() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, k := range s.earlierOrder {
		c := s.earlier[k]
		if c.more == 0 {
			continue
		}
		what := "more articles"
		if c.more == 1 {
			what = "more article"
		}
		out = append(out, fmt.Sprintf("%s: %d %s at %s (the last %s) were not stored: the address's article was stored from %s earlier in this run (one article an address)", k.input, c.more, what, k.url, c.last, c.from))
	}
	return out
}

// failKey orders failures as their inputs: by the input's place (a source
// refused while expanding: just before the input expanded after it), then
// by the line or WARC record number its name ends with.
type failKey struct{ seq, sub int }

// subRE matches the line, item or record a failure's name ends with
// ("a.jsonl:12", "feed.rss item 2", "c.warc:record 3").
var subRE = regexp.MustCompile(`(?::(?:record )?| item )(\d+)$`)

// splitRecord splits a failure's name into its input's name and the line,
// item or record number it ends with ("c.warc:record 3": "c.warc", 3,
// true); a name with none is its own input (name, 0, false).
func splitRecord(name string) (input string, n int, ok bool) {
	m := subRE.FindStringSubmatchIndex(name)
	if m == nil {
		return name, 0, false
	}
	n, _ = strconv.Atoi(name[m[2]:m[3]])
	return name[:m[0]], n, true
}

// InputName is the input a failure belongs to: its Input without the
// line, item or record number of a failure of one record ("a.jsonl:12",
// "feed.xml:3", "c.warc:record 3" belong to a.jsonl, feed.xml, c.warc).
func (f Failure) InputName() string {
	in, _, _ := splitRecord(f.Input)
	return in
}

// keyOf places the failure of input name found by the input at seq (-2:
// unknown, looked up by name in seqOf).
func (s *state) keyOf(seq int, name string) failKey {
	k := failKey{seq: seq}
	base, sub, _ := splitRecord(name)
	k.sub = sub
	if seq == -2 {
		if s.seqOf == nil {
			k.seq, k.sub = s.expanded, -1 // refused while expanding
		} else {
			k.seq = s.total // not an input's own name: last
			if n, ok := s.seqOf[name]; ok {
				k.seq = n
			} else if n, ok := s.seqOf[base]; ok {
				k.seq = n
			}
		}
	}
	return k
}

// turns orders the writing of a run's inputs: input i queues its coded
// articles for the writer only after every input before it has finished
// (read, coded and queued, or failed). Inputs are still read and coded in
// parallel; a worker holds one input's coded articles (a JSON Lines batch,
// a feed) while it waits. Within a WARC archive, whose pages are coded by
// a pool, the pages' order is not fixed.
type turns struct {
	mu    sync.Mutex
	open  []chan struct{} // open[i] is closed when input i may write
	ended []bool
	next  int // the first input not ended
}

func newTurns(n int) *turns {
	t := &turns{open: make([]chan struct{}, n), ended: make([]bool, n)}
	for i := range t.open {
		t.open[i] = make(chan struct{})
	}
	if n > 0 {
		close(t.open[0])
	}
	return t
}

// wait blocks until input i may write; it reports false when ctx ends
// first.
func (t *turns) wait(ctx context.Context, i int) bool {
	select {
	case <-t.open[i]:
		return true
	case <-ctx.Done():
		return false
	}
}

// end records that input i has finished, letting the next inputs write.
func (t *turns) end(i int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ended[i] = true
	for t.next < len(t.ended) && t.ended[t.next] {
		t.next++
		if t.next < len(t.open) {
			close(t.open[t.next])
		}
	}
}

// fail records a failure of input, placed by its name.
func (s *state) fail(input string, err error) { s.failAt(-2, input, err, false) }

// refuse records an input that could not be read at all.
func (s *state) refuse(input string, err error) { s.failAt(-2, input, err, true) }

// failAt records a failure of input, found by the input at seq (-2 when
// not known: placed by its name).
func (s *state) failAt(seq int, input string, err error, refused bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if refused {
		s.sum.Refused++
	}
	f := NewFailure(input, err)
	s.sum.Failures = append(s.sum.Failures, f)
	s.keys = append(s.keys, s.keyOf(seq, f.Input))
}

// notEnglish records the input at seq as not English.
func (s *state) notEnglish(seq int, ne NotEnglish) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sum.NotEnglish = append(s.sum.NotEnglish, ne)
	s.english = append(s.english, seq)
}

// undated adds the count u of the input at place seq, each article id
// once over the run.
func (s *state) undated(seq int, u *undatedCount) {
	u.mu.Lock()
	defer u.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counted == nil {
		s.counted = map[string]struct{}{}
	}
	for id, undated := range u.undated {
		if _, ok := s.counted[id]; ok {
			continue // given by an earlier input of the run too
		}
		s.counted[id] = struct{}{}
		s.undatedOf++
		if undated {
			s.undatedN++
		}
	}
	if u.first != nil && (s.firstUndated == nil || seq < s.firstSeq) {
		s.firstUndated, s.firstSeq = u.first, seq
	}
}

// undatedTotal returns the run's undated articles, of all read, and the
// first of them.
func (s *state) undatedTotal() (n, of int, first *dyad.Article) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.undatedN, s.undatedOf, s.firstUndated
}

// readTotal is the number of articles read so far (Summary.Read).
func (s *state) readTotal() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sum.Read
}

func (s *state) inputDone() { s.mu.Lock(); s.done++; s.mu.Unlock() }

// addRead counts an article read from the input at seq.
func (s *state) addRead(seq int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sum.Read++
	s.progressOf(seq).read++
}

// addSkipped counts an article of the input at seq skipped as stored
// already, by the worker that read it.
func (s *state) addSkipped(seq int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sum.Skipped++
	s.progressOf(seq).stored++
}

func (s *state) addIgnored()       { s.mu.Lock(); s.sum.Ignored++; s.mu.Unlock() }
func (s *state) addIgnoredEvents() { s.mu.Lock(); s.sum.IgnoredEvents++; s.mu.Unlock() }
func (s *state) addHidden()        { s.mu.Lock(); s.sum.Hidden++; s.mu.Unlock() }
func (s *state) hidden() int       { s.mu.Lock(); defer s.mu.Unlock(); return s.sum.Hidden }
func (s *state) addSkippedRecords(skips []warc.Skip) {
	s.mu.Lock()
	s.sum.SkippedRecords += len(skips)
	if s.sum.SkippedKinds == nil {
		s.sum.SkippedKinds = map[string]int{}
	}
	for _, k := range skips {
		s.sum.SkippedKinds[k.Kind]++
	}
	s.mu.Unlock()
}
func (s *state) addCoded(n int) { s.mu.Lock(); s.coded += n; s.mu.Unlock() }
func (s *state) settle(n int)   { s.mu.Lock(); s.settled += n; s.mu.Unlock() }

func (s *state) summary() Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	sum := s.sum
	sum.Failures = make([]Failure, len(s.sum.Failures)) // [] in JSON when none
	idx := make([]int, len(s.keys))
	for i := range idx {
		idx[i] = i
	}
	// in input order, whatever order the workers finished in
	sort.SliceStable(idx, func(a, b int) bool {
		ka, kb := s.keys[idx[a]], s.keys[idx[b]]
		if ka.seq != kb.seq {
			return ka.seq < kb.seq
		}
		return ka.sub < kb.sub
	})
	for i, j := range idx {
		sum.Failures[i] = s.sum.Failures[j]
	}
	sum.NotEnglish = make([]NotEnglish, len(s.sum.NotEnglish))
	idx = idx[:0]
	for i := range s.english {
		idx = append(idx, i)
	}
	sort.Slice(idx, func(a, b int) bool { return s.english[idx[a]] < s.english[idx[b]] })
	for i, j := range idx {
		sum.NotEnglish[i] = s.sum.NotEnglish[j]
	}
	sum.SkippedKinds = make(map[string]int, len(s.sum.SkippedKinds)) // {} in JSON when none; a copy
	for k, n := range s.sum.SkippedKinds {
		sum.SkippedKinds[k] = n
	}
	return sum
}

// write stores items in batches of up to n, one transaction each, until
// items is closed. A batch is stored when it is full, or when wait has
// passed since its first item arrived (so a slow source, a feed fetched
// article by article, still lands within wait), never merely because the
// queue ran dry: every transaction costs a full-text index segment and a
// WAL write of the B-tree pages it touched, so batches of 5 articles made
// the writer twice as costly per article as batches of 64.
func (s *state) write(ctx context.Context, db DB, items <-chan sqlite.Item, n int, wait time.Duration) error {
	buf := make([]sqlite.Item, 0, n)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		s.claim(buf)
		res, err := db.SaveBatch(ctx, buf)
		saved := buf // saved[i] is the item of res[i]
		if err != nil {
			if ctx.Err() != nil || storeFault(err) {
				return err
			}
			// Store the batch article by article so that one bad
			// article fails alone.
			res, saved = res[:0], nil
			for _, it := range buf {
				r, err := db.SaveBatch(ctx, []sqlite.Item{it})
				if err != nil {
					if ctx.Err() != nil || storeFault(err) {
						return err
					}
					s.unclaim(it.Article)
					s.fail(it.Article.InputName(), err)
					s.settle(1)
					s.writerDone(it.Article, false)
					continue
				}
				res = append(res, r[0])
				saved = append(saved, it)
			}
		}
		s.settle(len(res))
		for i, r := range res {
			if !r.Added {
				// stored meanwhile: by an earlier record of this run
				a := saved[i].Article
				s.unclaim(a)
				if s.recode != nil {
					// a page claiming the address with another story
					// (ownStory): stored under its text's id
					again, msg, err := s.storeOwn(ctx, db, saved[i])
					if err != nil {
						return err // (the store failed)
					}
					if again != nil {
						r = *again
						if r.Added && msg != "" && s.warn != nil {
							s.warn(msg)
						}
					}
				}
			}
			if !r.Added {
				a := saved[i].Article
				if err := checkStored(ctx, db, a); err != nil {
					if ctx.Err() != nil || storeFault(err) {
						return err // (the store failed, not the article)
					}
					s.fail(a.InputName(), err)
					s.writerDone(a, false)
				} else {
					s.mu.Lock()
					s.sum.Skipped++
					s.mu.Unlock()
					s.writerDone(a, true)
					if !explicitID(a) {
						s.storedEarlier(a.InputName(), a.URL, a.ID)
					}
				}
				continue
			}
			s.mu.Lock()
			s.sum.Added++
			if r.NearDuplicate {
				s.sum.NearDuplicates++
			}
			s.sum.Events += r.NewEvents
			s.sum.Mentions += r.Mentions
			s.mu.Unlock()
			s.writerDone(saved[i].Article, true)
		}
		clear(buf) // let the stored articles be collected
		buf = buf[:0]
		return nil
	}
	timer := time.NewTimer(wait)
	timer.Stop()
	for {
		var it sqlite.Item
		var ok bool
		if len(buf) == 0 {
			it, ok = <-items
		} else {
			select {
			case it, ok = <-items:
			case <-timer.C:
				if err := flush(); err != nil {
					return err
				}
				continue
			}
		}
		if !ok {
			return flush()
		}
		if len(buf) == 0 {
			timer.Reset(wait)
		}
		buf = append(buf, it)
		if len(buf) >= n {
			timer.Stop()
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// storeFault reports whether err is the store failing rather than one
// article: a full disk, an I/O error, a read-only, corrupt or unopenable
// database, no memory (SQLite result codes, from any driver error with a
// Code() int method), or on PostgreSQL a lost connection or the server's
// resources (SQLSTATE classes 08, 53, 57, 58 and 25006, from any error
// with a SQLState() string method) or a connection cut without the
// server's word (a network error, net.Error, or a stream cut short,
// io.ErrUnexpectedEOF: the server killed, the network down). Writing on
// would fail the same way for every article, so the run stops at the
// first one.
func storeFault(err error) bool {
	var lite interface{ Code() int }
	if errors.As(err, &lite) {
		switch lite.Code() & 0xff { // the primary result code
		case 3, 7, 8, 10, 11, 13, 14, 26: // PERM, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB
			return true
		}
	}
	var pg interface{ SQLState() string }
	if errors.As(err, &pg) {
		st := pg.SQLState()
		return st == "25006" || len(st) == 5 && strings.Contains(" 08 53 57 58 ", " "+st[:2]+" ")
	}
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF)
}

func (s *state) progress(w io.Writer, start time.Time, stop <-chan struct{}) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			s.line(w, start, false)
		}
	}
}

// line writes the status line: inputs done, articles, events, rate, ETA.
func (s *state) line(w io.Writer, start time.Time, final bool) {
	s.mu.Lock()
	done, total, sum := s.done, s.total, s.sum
	s.mu.Unlock()
	el := time.Since(start)
	rate := float64(sum.Read) / el.Seconds()
	eta := "?"
	if done > 0 && total > done {
		eta = (time.Duration(float64(el) / float64(done) * float64(total-done))).Round(time.Second).String()
	} else if total <= done {
		eta = "0s"
	}
	end := ""
	if final {
		end = "\n"
	}
	fmt.Fprintf(w, "\r\x1b[K%d/%d inputs  %d articles (%d new)  %d events  %d mentions  %.1f articles/s  ETA %s%s",
		done, total, sum.Read, sum.Added, sum.Events, sum.Mentions, rate, eta, end)
}

// notRegular records path, a file of type typ that is neither regular nor
// a folder, found in a folder or by a pattern, as ignored, and warns of it
// (Config.Warn), as it is not what "not news" tells: "news/feed.txt: a
// named pipe, not a regular file: not read (a folder or a pattern gives
// dyad ingest its regular files only; name the pipe alone to read what a
// program writes to it)". A named pipe's open would wait for a writer,
// for ever with none.
func (s *state) notRegular(path string, typ fs.FileMode) {
	s.addIgnored()
	if s.warn != nil {
		hint := ""
		if typ&fs.ModeNamedPipe != 0 {
			hint = "; name the pipe alone to read what a program writes to it"
		}
		s.warn(fmt.Sprintf("%s: %s, not a regular file: not read (a folder or a pattern gives dyad ingest its regular files only%s)", article.InputName(path), cmp.Or(FileKind(typ), "a special file"), hint))
	}
}

// brokenLink reports whether err, path's os.Stat error, is that of a
// symbolic link to nothing (its target missing, or a loop of links) and
// then counts path ignored and warns of it (Config.Warn), as of a named
// pipe in a folder: a link with no file behind it holds nothing to read,
// so nothing is lost, and a run over a folder holding a stale link is not
// failed for it (exit 1) every time. "news/old.txt is a broken symbolic
// link, skipped (it points to /mnt/old/story.txt, which does not exist)".
// A link whose target exists and cannot be read (permission denied) is
// no broken link: it fails, as an unreadable file does.
func (s *state) brokenLink(path string, err error) bool {
	fi, lerr := os.Lstat(path)
	if lerr != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return false // (a missing file, not a link)
	}
	why := "which does not exist"
	switch {
	case errors.Is(err, syscall.ELOOP):
		why = "a loop of links"
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
	default:
		return false
	}
	s.addIgnored()
	if s.warn != nil {
		target, _ := os.Readlink(path)
		s.warn(fmt.Sprintf("%s is a broken symbolic link, skipped (it points to %s, %s)", article.InputName(path), article.InputName(target), why))
	}
	return true
}

// FileKind names the kind of a file that is neither regular nor a
// folder, by its mode: "a device", "a named pipe", "a socket"; "" for
// any other.
func FileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return ""
}
