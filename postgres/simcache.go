package postgres

import (
	"context"
	"math/bits"
	"slices"
	"sync"

	"github.com/jackc/pgx/v5"
)

const (
	// qSimAll reads every stored SimHash with the xmin of the statement's
	// snapshot (the oldest transaction it saw running); qSimSince reads
	// those written by transactions from $1 on, the ones that may have
	// committed since a snapshot of xmin $1. Both return one row:
	// (xmin, seqs, hashes, writer transaction ids; 0 for rows stored
	// before schema version 4).
	qSimAll = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::int8,
		coalesce(array_agg(seq), '{}'), coalesce(array_agg(simhash), '{}'), coalesce(array_agg(coalesce(writer_xid, 0)), '{}')
		FROM articles WHERE simhash <> 0`
	qSimSince = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::int8,
		coalesce(array_agg(seq), '{}'), coalesce(array_agg(simhash), '{}'), coalesce(array_agg(writer_xid), '{}')
		FROM articles WHERE writer_xid >= $1 AND simhash <> 0`
	// qCandidateTexts reads the candidates chosen in memory.
	qCandidateTexts = `SELECT seq, id, dup_group, text FROM articles WHERE seq = ANY($1::int8[])`
)

// simCache is a process's copy of the stored articles' SimHashes (16 bytes
// an article), so that the near-duplicate search scans the worker's
// memory rather than every article row on the shared server for every
// article stored. The server then reads only the rows that may have
// committed since the last batch: each row carries its writer's
// transaction id (writer_xid, schema version 4), and a row whose writer is
// older than a snapshot's xmin was visible in that snapshot, or never will
// be. The invariant: every committed row written by a transaction older
// than horizon is in the cache; recent holds the cached rows written from
// horizon on (by seq), which a later read may return again. A
// transaction left open on the server holds xmin, and so the horizon,
// back: reads then return every row written since it began (correct,
// slower) until it ends.
type simCache struct {
	mu      sync.Mutex
	loaded  bool
	horizon int64
	seqs    []int64
	hashes  []uint64
	recent  map[int64]int64 // seq → writer_xid
}

// query queues the read that brings the cache up to date on b; the rows
// are merged when the batch's results are read.
func (c *simCache) query(b *pgx.Batch) {
	c.mu.Lock()
	loaded, horizon := c.loaded, c.horizon
	c.mu.Unlock()
	var q *pgx.QueuedQuery
	if loaded {
		q = b.Queue(qSimSince, horizon)
	} else {
		q = b.Queue(qSimAll)
	}
	q.QueryRow(func(row pgx.Row) error {
		var xmin int64
		var seqs, hashes, xids []int64
		if err := row.Scan(&xmin, &seqs, &hashes, &xids); err != nil {
			return err
		}
		c.merge(xmin, seqs, hashes, xids)
		return nil
	})
}

func (c *simCache) merge(xmin int64, seqs, hashes, xids []int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.recent == nil {
		c.recent = map[int64]int64{}
	}
	for i, seq := range seqs {
		if xids[i] < c.horizon {
			continue // cached already (the invariant)
		}
		if _, ok := c.recent[seq]; ok {
			continue
		}
		c.recent[seq] = xids[i]
		c.seqs = append(c.seqs, seq)
		c.hashes = append(c.hashes, uint64(hashes[i]))
	}
	c.loaded = true
	if xmin > c.horizon {
		c.horizon = xmin
		for seq, x := range c.recent {
			if x < c.horizon {
				delete(c.recent, seq)
			}
		}
	}
}

// near is a stored article within the distance of a hash.
type near struct {
	seq int64
	d   int
}

// nearest returns the cached articles within maxDist bits of hash,
// nearest first, earliest stored (lowest seq) first on a tie, at most
// limit: what the sqlite package's candidates returns from its stored
// articles.
func (c *simCache) nearest(hash uint64, maxDist, limit int) []near {
	c.mu.Lock()
	seqs, hashes := c.seqs, c.hashes // appended to only: a consistent prefix
	c.mu.Unlock()
	var out []near
	for i, h := range hashes {
		d := bits.OnesCount64(h ^ hash)
		if d > maxDist {
			continue
		}
		n := near{seqs[i], d}
		k, _ := slices.BinarySearchFunc(out, n, func(a, b near) int {
			if a.d != b.d {
				return a.d - b.d
			}
			return int(a.seq - b.seq)
		})
		if k >= limit {
			continue
		}
		out = slices.Insert(out, k, n)
		if len(out) > limit {
			out = out[:limit]
		}
	}
	return out
}

// candidateTexts reads the id, group and text of the articles seqs.
func candidateTexts(ctx context.Context, tx *pgx.Conn, seqs []int64) (map[int64]candidate, error) {
	rows, err := tx.Query(ctx, qCandidateTexts, seqs)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]candidate{}
	for rows.Next() {
		var seq int64
		var c candidate
		if err := rows.Scan(&seq, &c.id, &c.group, &c.text); err != nil {
			return nil, err
		}
		out[seq] = c
	}
	return out, rows.Err()
}
