package article

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTwoCityDateline: a dateline naming two cities filed from
// ("BEIRUT/THE HAGUE, March 7 (Reuters) - ") leaves the body as one naming
// one; a slash inside the story's words is no dateline.
func TestTwoCityDateline(t *testing.T) {
	for _, tc := range []struct {
		in, body, dateline, source string
	}{
		{"BEIRUT/THE HAGUE, March 7 (Reuters) - A tank crew fired on a group of reporters, the inquiry found.",
			"A tank crew fired on a group of reporters, the inquiry found.", "BEIRUT/THE HAGUE", "Reuters"},
		{"NEW YORK/LONDON (Reuters) - Oil prices rose on Monday.",
			"Oil prices rose on Monday.", "NEW YORK/LONDON", "Reuters"},
		{"KYIV/MOSCOW/WARSAW, Jan 5 (Reuters) -- Talks resumed.",
			"Talks resumed.", "KYIV/MOSCOW/WARSAW", "Reuters"},
		{"SEOUL, July 13 (Yonhap) -- Talks resumed.", "Talks resumed.", "SEOUL", "Yonhap"},
		// a town, its country and the date
		{"DNIPRO, Ukraine, Jan 15 (Reuters) - Russian missiles hit a power plant.",
			"Russian missiles hit a power plant.", "DNIPRO, Ukraine", "Reuters"},
		{"SAN JOSE, Costa Rica, May 2 (AP) — Talks resumed.", "Talks resumed.", "SAN JOSE, Costa Rica", "AP"},
		{"UN/AU forces withdrew from the town on Sunday.", "UN/AU forces withdrew from the town on Sunday.", "", ""},
	} {
		a := &dyad.Article{Body: []string{tc.in}}
		StripDateline(a)
		if a.Body[0] != tc.body || a.Dateline != tc.dateline || a.Source != tc.source {
			t.Errorf("%q: body %q, dateline %q, source %q; want %q, %q, %q", tc.in, a.Body[0], a.Dateline, a.Source, tc.body, tc.dateline, tc.source)
		}
	}
}
