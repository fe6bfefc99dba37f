//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package bench

import (
	"runtime/metrics"
	"time"
)

// usage falls back on the Go runtime's estimate of CPU time (GOMAXPROCS ×
// wall time minus idle time) and reports no peak RSS.
func usage() (cpu time.Duration, maxRSS int64) {
	s := []metrics.Sample{{Name: "/cpu/classes/total:cpu-seconds"}, {Name: "/cpu/classes/idle:cpu-seconds"}}
	metrics.Read(s)
	sec := s[0].Value.Float64() - s[1].Value.Float64()
	return time.Duration(sec * 1e9), 0
}
