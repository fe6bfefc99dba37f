// Package queue runs dyad past one machine on a NATS JetStream work queue:
// `dyad ingest --queue` publishes one message per article (Publish) and
// any number of `dyad worker` processes, on any number of machines, code
// the articles and write them to a shared store (Work), usually PostgreSQL.
//
// The queue is a JetStream stream with the work-queue retention policy
// (Stream, subject Subject): a message is removed once a worker acks it. All
// workers pull from one durable consumer (Consumer) with explicit acks: a
// worker acks an article only after its transaction committed, so a worker
// killed at any point leaves its unacked articles to be redelivered to
// another worker after AckWait. Writes are idempotent (an article id
// stored already changes nothing), so an article delivered twice is stored
// once. MaxAckPending bounds the articles in flight across all workers.
// An article that cannot be decoded, or fails MaxDeliver times, is copied
// to the failed stream (FailedStream, subject FailedSubject, with the error
// in the Dyad-Error header) and terminated, so it is never retried again.
//
// Publishing uses the article id as the JetStream message id, so the same
// article published twice within the stream's duplicate window is queued
// once. A Sink for a named store (NewSink's target: dyad ingest --queue
// --db X) adds the store to the message id: an article queued for another
// store, or for none, within the window is queued again for this one.
package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/article"
)

// Names of the JetStream objects dyad uses.
const (
	Stream        = "DYAD_ARTICLES" // the work queue of articles
	Subject       = "dyad.articles" // its subject: one article JSON per message
	Consumer      = "dyad-workers"  // the durable pull consumer all workers share
	FailedStream  = "DYAD_FAILED"   // articles given up on
	FailedSubject = "dyad.failed"   // its subject
	// ErrorHeader holds why a failed message failed.
	ErrorHeader = "Dyad-Error"
)

// DuplicateWindow is how long JetStream remembers a published article id
// to drop a second publication of it.
const DuplicateWindow = 10 * time.Minute

// EnsureStreams creates the article and failed streams, or updates them
// to this package's settings.
func EnsureStreams(ctx context.Context, js jetstream.JetStream) error {
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       Stream,
		Subjects:   []string{Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: DuplicateWindow,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:      FailedStream,
		Subjects:  []string{FailedSubject},
		Retention: jetstream.LimitsPolicy,
		Storage:   jetstream.FileStorage,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", FailedStream, err)
	}
	return nil
}

// Published is what Publish did.
type Published struct {
	Articles   int // messages sent
	Duplicates int // dropped by JetStream as already queued (same id)
	Bytes      int64
}

// Publish queues each article of src as one message on Subject, its JSON
// (the dyad.Article with its Claimed: message) as payload and its id as
// message id (msgID), creating the streams if needed. An article without
// an id gets dyad.ArticleID(URL,
// body paragraphs joined by a blank line), as the stores give it. It
// returns when every message is acknowledged by JetStream; an error names
// the article (id and input) that could not be queued, and stops the run.
func Publish(ctx context.Context, nc *nats.Conn, src iter.Seq[*dyad.Article]) (Published, error) {
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(256))
	if err != nil {
		return Published{}, err
	}
	if err := EnsureStreams(ctx, js); err != nil {
		return Published{}, err
	}
	return publish(ctx, js, nc.MaxPayload(), "", src, nil)
}

// publish is Publish on streams that exist; maxPayload is the server's
// message size limit (0: none known); target, when not "", is the key of
// the store the articles are queued for (msgID); onAck, when not nil,
// learns whether the i-th article of src (0-based) was a duplicate.
func publish(ctx context.Context, js jetstream.JetStream, maxPayload int64, target string, src iter.Seq[*dyad.Article], onAck func(i int, duplicate bool)) (Published, error) {
	var out Published
	type sent struct {
		f    jetstream.PubAckFuture
		name string
		i    int
	}
	var futures []sent
	ready := make(chan struct{}) // always ready: a select that must not wait
	close(ready)
	// check collects the acks of the messages sent: those that arrived
	// (all false) or every one, waiting (all true).
	check := func(all bool) error {
		keep := futures[:0]
		for _, s := range futures {
			var idle <-chan struct{}
			if !all {
				idle = ready
			}
			select {
			case ack := <-s.f.Ok():
				if ack.Duplicate {
					out.Duplicates++
				}
				if onAck != nil {
					onAck(s.i, ack.Duplicate)
				}
			case err := <-s.f.Err():
				return fmt.Errorf("queue article %s: %w", s.name, err)
			case <-ctx.Done():
				return ctx.Err()
			case <-idle:
				keep = append(keep, s)
			}
		}
		futures = keep
		return nil
	}
	i := -1
	for a := range src {
		i++
		if a == nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			return out, err
		}
		if a.ID == "" {
			c := *a // the caller's article is left alone
			c.ID = dyad.ArticleID(a.URL, strings.Join(a.Body, "\n\n"))
			a = &c
		}
		name := a.ID
		if a.Input != "" {
			name += " (" + a.InputName() + ")"
		}
		data, err := json.Marshal(message{a, a.Claimed})
		if err != nil {
			return out, fmt.Errorf("queue article %s: %w", name, err)
		}
		if maxPayload > 0 && int64(len(data)) > maxPayload {
			return out, fmt.Errorf("queue article %s: %d bytes of JSON, over the server's max_payload %d", name, len(data), maxPayload)
		}
		f, err := js.PublishMsgAsync(&nats.Msg{Subject: Subject, Data: data}, jetstream.WithMsgID(msgID(a, target)), jetstream.WithExpectStream(Stream))
		if err != nil {
			return out, fmt.Errorf("queue article %s: %w", name, err)
		}
		futures = append(futures, sent{f, name, i})
		out.Articles++
		out.Bytes += int64(len(data))
		if len(futures) >= 512 {
			if err := check(false); err != nil {
				return out, err
			}
		}
	}
	if err := check(true); err != nil {
		return out, err
	}
	return out, nil
}

// message is the JSON of a queued article: the dyad.Article with its
// Claimed, which the article's own JSON leaves out (it is neither printed
// nor stored), so that the worker tells pages of different stories that
// claim one address apart as dyad ingest does (article.OtherStory). A
// message without "claimed" (queued by an older dyad) is an article that
// claims no address.
type message struct {
	*dyad.Article
	Claimed bool `json:"claimed,omitempty"`
}

// msgID is the JetStream message id of a: its id, which drops the same
// article queued again within DuplicateWindow. A page claiming the address
// its id hashes (Claimed) adds the id of its text: pages of different
// stories claiming one address are all queued, for the worker to store
// each story (the same page queued again is still dropped). target, the
// key of the store the article is queued for (StoreKey; "" for none
// named), is added after "@": an article queued within the window for
// another store, or for none, and so perhaps stored there and acked, is
// queued again for this one (which, asked, did not hold it), not
// dropped.
func msgID(a *dyad.Article, target string) string {
	id := a.ID
	if a.Claimed {
		id += ":" + article.TextID(a)
	}
	if target != "" {
		id += "@" + target
	}
	return id
}

// StoreKey is the key of the store that dsn (a --db value: a SQLite path
// or a postgres:// URL) names, as msgID adds it: a hash of the SQLite
// file's absolute path, or of the URL without its password, so that the
// same store named again (from another folder, with another password)
// has the same key. "" for "".
func StoreKey(dsn string) string {
	if dsn == "" {
		return ""
	}
	name := dsn
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		if q.Has("password") {
			q.Del("password")
			u.RawQuery = q.Encode()
		}
		u.Scheme = "postgres"
		name = u.String()
	} else if abs, err := filepath.Abs(dsn); err == nil {
		name = abs
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			name = real
		}
	}
	sum := sha256.Sum256([]byte(name))
	return hex.EncodeToString(sum[:8])
}

// Status is the state of the queue and the store behind it.
type Status struct {
	// Pending articles are queued and not yet delivered to any worker.
	Pending uint64 `json:"pending"`
	// InFlight articles are delivered and not yet acked; Redelivered of
	// them were delivered more than once (a worker died or was slow).
	InFlight    int `json:"in_flight"`
	Redelivered int `json:"redelivered"`
	// Failed articles were given up on (FailedStream).
	Failed uint64 `json:"failed"`
	// Waiting is the number of pull requests waiting: idle worker loops.
	Waiting int `json:"waiting"`
}

// Stat reads the queue's Status. A queue nothing was published to yet has
// a zero Status.
func Stat(ctx context.Context, js jetstream.JetStream) (Status, error) {
	var st Status
	info, ci, err := queueInfo(ctx, js)
	switch {
	case err != nil:
		return st, err
	case info == nil:
		return st, nil
	case ci == nil:
		st.Pending = info.State.Msgs // no consumer yet: every message waits
	default:
		st.Pending = ci.NumPending
		st.InFlight = ci.NumAckPending
		st.Redelivered = ci.NumRedelivered
		st.Waiting = ci.NumWaiting
	}
	if f, err := js.Stream(ctx, FailedStream); err == nil {
		fi, err := f.Info(ctx)
		if err != nil {
			return st, fmt.Errorf("stream %s: %w", FailedStream, err)
		}
		st.Failed = fi.State.Msgs
	} else if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return st, fmt.Errorf("stream %s: %w", FailedStream, err)
	}
	return st, nil
}

// queueInfo reads the article stream's info and its workers' consumer's:
// a nil info when nothing was published yet, a nil ci when no worker has
// started.
func queueInfo(ctx context.Context, js jetstream.JetStream) (info *jetstream.StreamInfo, ci *jetstream.ConsumerInfo, err error) {
	s, err := js.Stream(ctx, Stream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("stream %s: %w", Stream, err)
	}
	if info, err = s.Info(ctx); err != nil {
		return nil, nil, fmt.Errorf("stream %s: %w", Stream, err)
	}
	c, err := s.Consumer(ctx, Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return info, nil, nil
	}
	if err == nil {
		ci, err = c.Info(ctx)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	return info, ci, nil
}

// Drained reports whether the queue is worked off: the workers' consumer
// has nothing pending or in flight and has acked (or ended) every message
// the article stream holds or held. A consumer just created may report
// nothing pending before the server has counted its messages: read as
// drained, it stopped `dyad worker --drain` before it stored an article.
// A queue with no consumer yet is drained when its stream is empty, one
// nothing was published to always.
func Drained(ctx context.Context, js jetstream.JetStream) (bool, error) {
	info, ci, err := queueInfo(ctx, js)
	switch {
	case err != nil:
		return false, err
	case info == nil:
		return true, nil
	case ci == nil:
		return info.State.Msgs == 0, nil
	}
	return workedOff(info.State, ci), nil
}

// workedOff reports whether consumer ci has worked off the stream of
// state: nothing pending, nothing in flight, every message up to the
// stream's last acked or ended. NATS shows a consumer being created
// before it counts its pending messages (nats-server 2.15's
// addConsumerWithAssignmentAndMode stores it, then setLeader counts): in
// between it reports nothing pending or in flight and an ack floor of 0.
func workedOff(state jetstream.StreamState, ci *jetstream.ConsumerInfo) bool {
	return ci.NumPending == 0 && ci.NumAckPending == 0 && ci.AckFloor.Stream >= state.LastSeq
}
