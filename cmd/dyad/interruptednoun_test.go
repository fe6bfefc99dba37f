package main

import (
	"context"
	"errors"
	"testing"
)

// TestInterruptedInputsNoun: dyad code or extract stopped by a signal
// says "1 of 1 input not finished (a.txt); run it again", the noun
// agreeing with the total as ingest's "0 of 1 input not read" does, and
// "it" for one input left; it said "1 of 1 inputs" and "run them again".
func TestInterruptedInputsNoun(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("interrupt signal received"))
	for _, c := range []struct {
		args     []string
		finished int
		want     string
	}{
		{[]string{"a.txt"}, 0, "interrupted (interrupt signal received): 1 of 1 input not finished (a.txt); run it again"},
		{[]string{"a.txt", "b.txt"}, 1, "interrupted (interrupt signal received): 1 of 2 inputs not finished (b.txt); run it again"},
		{[]string{"a.txt", "b.txt", "c.txt"}, 1, "interrupted (interrupt signal received): 2 of 3 inputs not finished (b.txt, c.txt); run them again"},
	} {
		err := interruptedInputs(ctx, c.args, c.finished)
		var e *exitError
		if !errors.As(err, &e) || e.code != 130 || err.Error() != c.want {
			t.Errorf("%v, %d finished: %v; want exit 130, %q", c.args, c.finished, err, c.want)
		}
	}
}
