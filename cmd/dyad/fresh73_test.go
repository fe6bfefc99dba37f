package main

import "testing"

// TestQuerySuggestsEvents: "dyad query" and "dyad search", the words a
// new user reaches for, are a usage error (exit 2) that names dyad
// events; they were "unknown command" with no hint (session 73's
// new-user trial).
func TestQuerySuggestsEvents(t *testing.T) {
	for _, word := range []string{"query", "search", "list"} {
		_, stderr, code := run(t, word, "--db", "x.db")
		want := "dyad: unknown command \"" + word + "\" for \"dyad\"\n\nDid you mean this?\n\tevents\n"
		if code != 2 || stderr[:min(len(stderr), len(want))] != want {
			t.Errorf("dyad %s: exit %d, stderr %q; want exit 2 and %q first", word, code, stderr, want)
		}
	}
}
