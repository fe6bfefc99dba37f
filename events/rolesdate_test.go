package events_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/events"
)

// coderWithPeople returns a coder whose dictionary adds lines (a user's
// --dict file) to the built-in one.
func coderWithPeople(t *testing.T, lines string) *events.Coder {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	dict, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := dict.AddDir(dir); err != nil {
		t.Fatal(err)
	}
	c, err := events.New(events.Config{Actors: dict})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRoleOnEventDate codes a person of dated roles on the event's own
// date (day or month precision), the article's date only when the event
// has none of its own (rolesdate.go).
func TestRoleOnEventDate(t *testing.T) {
	c := coderWithPeople(t, "Mira Kalden | NORGOV | person | 2021-01-01..2023-06-30\nTomas Vreel | DNKGOV | person | 2019-03-01..2022-09-15\n")
	checkPublishedLines(t, c, []datedCase{
		// the event's month inside the term, the story's day after it
		{"2023-08-15", "In May, Mira Kalden met Xi Jinping in Beijing.",
			[]string{"NORGOV 040 CHNGOV asserted 2023-05", "CHNGOV 040 NORGOV asserted 2023-05"}},
		// the event's month before the term, the story's day inside it
		{"2021-01-20", "Last month, Mira Kalden met Xi Jinping in Beijing.",
			[]string{"NOR 040 CHNGOV asserted 2020-12", "CHNGOV 040 NOR asserted 2020-12"}},
		// a day inside the term, other verb and order
		{"2022-11-02", "Tomas Vreel criticised Russia on Sept. 12, the ministry said.",
			[]string{"DNKGOV 111 RUS asserted 2022-09-12"}},
		// a month the term ends in counts: in office on some of its days
		{"2022-12-01", "In September, Russia accused Tomas Vreel of lying.",
			[]string{"RUS 112 DNKGOV asserted 2022-09"}},
		// a pronoun standing for her is recoded alike
		{"2023-08-15", "Mira Kalden said in March that she had met Xi Jinping in Beijing.",
			[]string{"NORGOV 040 CHNGOV asserted 2023-03", "CHNGOV 040 NORGOV asserted 2023-03"}},
		// near misses: no date of the event's own, the article's decides
		{"2023-08-15", "Mira Kalden met Xi Jinping in Beijing.",
			[]string{"NOR 040 CHNGOV asserted 2023-08-15", "CHNGOV 040 NOR asserted 2023-08-15"}},
		{"2022-10-20", "Tomas Vreel criticised Russia on Monday, the ministry said.",
			[]string{"DNK 111 RUS asserted 2022-10-17"}},
		// "former" puts her out of office whatever the event's date
		{"2023-08-15", "Former minister Mira Kalden met Xi Jinping in Beijing in May.",
			[]string{"NOR 040 CHNGOV asserted 2023-05", "CHNGOV 040 NOR asserted 2023-05"}},
	}, true)
}
