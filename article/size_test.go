package article

import "testing"

// TestSize: sizes in messages, the input limit as "50 MiB".
func TestSize(t *testing.T) {
	for n, want := range map[int64]string{MaxInputSize: "50 MiB", 64 << 10: "64 KiB", 59: "59 bytes", 1: "1 byte", 0: "0 bytes", MaxInputSize + 1: "52428801 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
