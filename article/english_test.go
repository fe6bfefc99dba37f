package article

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// germanText has 50 prose (lower-case) words and more; written for this
// test.
const germanText = "Die Regierung in Berlin hat am Montag angekündigt, dass sie die Hilfen für die betroffenen Regionen deutlich erhöhen wird. " +
	"Der Minister sagte, man werde die Gelder schnell und ohne große Hürden auszahlen, damit die Menschen vor dem Winter wieder in ihre Häuser ziehen können. " +
	"Die Opposition kritisierte den Plan als zu spät und zu klein, und sie forderte eine unabhängige Prüfung der bisherigen Maßnahmen. " +
	"Nach Angaben der Behörden sind noch immer viele Straßen gesperrt, und in einigen Dörfern gibt es seit Tagen keinen Strom. " +
	"Die Hilfsorganisationen warnten, dass sich die Lage weiter verschlechtern könnte, wenn es in den nächsten Tagen erneut stark regnet."

// englishText has 50 prose words and more; written for this test.
const englishText = "The government in Berlin said on Monday that it would sharply raise aid to the regions hit by the floods. " +
	"The minister said the money would be paid quickly and without red tape, so that people could move back into their homes before winter. " +
	"The opposition called the plan too late and too small and demanded an independent review of the steps taken so far. " +
	"Officials said many roads were still closed and some villages had been without power for days."

// TestEnglishCheck: an article of 50 prose words or more is judged alone,
// shorter ones together; names and capitals do not count.
func TestEnglishCheck(t *testing.T) {
	art := func(body ...string) *dyad.Article { return &dyad.Article{Title: "Hilfe", Body: body} }
	short := strings.SplitAfter(germanText, ". ") // five sentences, each under 50 words
	for _, c := range []struct {
		name  string
		arts  []*dyad.Article
		n, of int
	}{
		{"german", []*dyad.Article{art(germanText)}, 1, 1},
		{"english", []*dyad.Article{art(englishText)}, 0, 1},
		{"german and english", []*dyad.Article{art(englishText), art(germanText), art(englishText)}, 1, 3},
		{"german feed items pooled", []*dyad.Article{art(short[0]), art(short[1]), art(short[2]), art(short[3]), art(short[4])}, 5, 5},
		{"one short german item", []*dyad.Article{art(short[1])}, 0, 1},
		{"menu in capitals", []*dyad.Article{art(strings.Repeat("NEWS SPORT WEATHER Berlin Paris London ", 20))}, 0, 1},
		{"none", nil, 0, 0},
	} {
		var e EnglishCheck
		for _, a := range c.arts {
			e.Add(a)
		}
		if n, of := e.Foreign(); n != c.n || of != c.of {
			t.Errorf("%s: Foreign() = %d of %d, want %d of %d", c.name, n, of, c.n, c.of)
		}
	}
	if w, e := englishCount(englishText); w < EnglishMinWords || float64(e) < 0.3*float64(w) {
		t.Errorf("englishText: %d of %d prose words English", e, w)
	}
	if w, e := englishCount(germanText); w < EnglishMinWords || float64(e) > 0.08*float64(w) {
		t.Errorf("germanText: %d of %d prose words English", e, w)
	}
}
