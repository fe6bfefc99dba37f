package queue

import (
	"testing"

	"github.com/nats-io/nats.go/jetstream"
)

// TestWorkedOff: a consumer is done with the queue when it has acked or
// ended every message the stream holds or held, not merely when it
// reports nothing pending or in flight: the consumer being created
// reports none (and an ack floor of 0) until the server has counted its
// messages, and `dyad worker --drain` read that as an empty queue and
// stopped before storing an article (TestWorkerCommand under load).
func TestWorkedOff(t *testing.T) {
	tests := []struct {
		name          string
		msgs, lastSeq uint64
		pending       uint64
		inFlight      int
		ackFloor      uint64
		want          bool
	}{
		{"consumer being created: nothing counted yet", 20, 20, 0, 0, 0, false},
		{"messages pending", 20, 20, 16, 4, 0, false},
		{"last batch in flight", 4, 20, 0, 4, 16, false},
		{"one handed back, waiting for redelivery", 1, 20, 0, 1, 19, false},
		{"every message acked or ended", 0, 20, 0, 0, 20, true},
		{"a new consumer of a stream worked off before", 0, 3, 0, 0, 3, true},
		{"nothing ever queued", 0, 0, 0, 0, 0, true},
	}
	for _, tt := range tests {
		ci := &jetstream.ConsumerInfo{NumPending: tt.pending, NumAckPending: tt.inFlight,
			AckFloor: jetstream.SequenceInfo{Stream: tt.ackFloor}}
		if got := workedOff(jetstream.StreamState{Msgs: tt.msgs, LastSeq: tt.lastSeq}, ci); got != tt.want {
			t.Errorf("%s: worked off %v, want %v", tt.name, got, tt.want)
		}
	}
}
