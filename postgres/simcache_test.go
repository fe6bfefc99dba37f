package postgres

import (
	"fmt"
	"testing"
)

// TestSimCache merges reads that overlap (a row written by a transaction
// still running at one read's snapshot comes back in the next) and finds
// the nearest hashes, ties by storage order, as the sqlite package does.
func TestSimCache(t *testing.T) {
	var c simCache
	// First read: everything; old rows have no writer (0), the snapshot's xmin is 100.
	c.merge(100, []int64{1, 2, 3}, []int64{0b1111, 0b0111, 0b1110}, []int64{0, 0, 99})
	// Second read, from 100 on: rows 4 and 5 committed since (xid 100, 101),
	// 4 comes again in the third read, which also returns an old row.
	c.merge(101, []int64{4, 5}, []int64{0b1111, 0b0001}, []int64{100, 101})
	c.merge(102, []int64{4, 6, 3}, []int64{0b1111, 0b1011, 0b1110}, []int64{100, 101, 99})
	if got := fmt.Sprint(c.seqs); got != "[1 2 3 4 5 6]" {
		t.Fatalf("cached seqs %s, want [1 2 3 4 5 6]", got)
	}
	if c.horizon != 102 || len(c.recent) != 0 {
		t.Errorf("horizon %d, recent %v; want 102 and none", c.horizon, c.recent)
	}
	tests := []struct {
		hash         uint64
		maxDist, lim int
		want         string
	}{
		{0b1111, 0, 8, "[{1 0} {4 0}]"},
		{0b1111, 1, 8, "[{1 0} {4 0} {2 1} {3 1} {6 1}]"},
		{0b1111, 1, 3, "[{1 0} {4 0} {2 1}]"},
		{0b1111, 64, 1, "[{1 0}]"},
		{0b0001, 2, 8, "[{5 0} {2 2} {6 2}]"},
		{0, 1, 8, "[{5 1}]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(c.nearest(tc.hash, tc.maxDist, tc.lim)); got != tc.want {
			t.Errorf("nearest(%b, %d, %d) = %s, want %s", tc.hash, tc.maxDist, tc.lim, got, tc.want)
		}
	}
}
