// Package earlysignal holds the interrupt, terminate and hangup signals
// (SIGINT, SIGTERM, SIGHUP: Ctrl-C, kill, a closed terminal) that come
// while dyad starts: from its packages' initialisation, which takes
// from a tenth of a second to over a second on a busy machine (the date
// parser's language data), until a command handles them itself or has
// no use for them (Release). Without it such a signal ended dyad ingest
// at once, exit 143 and not a word, where the same signal a moment later
// stopped the run with its summary and "interrupted" (exit 130).
//
// It is imported for its init, which starts holding the signals; its one
// package-level variable is the channel signal.Notify needs from then
// until Release, the exception to the rule of no mutable package state.
package earlysignal

import (
	"os"
	"os/signal"
	"syscall"
)

var held = make(chan os.Signal, 1)

func init() {
	signal.Notify(held, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
}

// Release stops holding the signals and sends the process again the one
// held, if any: to the handler the caller installed before calling it
// (signal.NotifyContext), or, with none, to the signal's default action,
// which ends the process as if it had come then. Further calls do
// nothing.
func Release() {
	Take() // no signal is taken: a held one is sent again
}

// Take stops holding the signals, as Release does, and returns the one
// held if it is one of sigs, for the caller to act on at once (a command
// whose start-up takes its own context: the signal is not left to arrive
// some time later); a held signal not among sigs is sent again as Release
// sends it. nil when none was held.
func Take(sigs ...os.Signal) os.Signal {
	signal.Stop(held) // (no signal is sent to held after it returns)
	select {
	case s := <-held:
		for _, w := range sigs {
			if s == w {
				return s
			}
		}
		if p, err := os.FindProcess(os.Getpid()); err == nil {
			p.Signal(s)
		}
	default:
	}
	return nil
}
