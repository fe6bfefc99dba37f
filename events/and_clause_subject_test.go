package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestAndClauseSubject codes and_clause_subject.go: an actor named right
// after "and" (no comma) that is the subject of a finite verb opens a
// clause of its own, and is never the target (nor the place) of the verb
// before "and"; an object list followed by no finite verb stays a list,
// and so does one a comma ends.
func TestAndClauseSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"North Korea fired a missile into the sea and South Korea condemned the launch.",
			[]string{"PRK 150 - asserted", "KOR 111 PRK asserted"}},
		{"Russian forces shelled Kharkiv and Turkey condemned the attack.",
			[]string{"RUSMIL 194 UKR asserted", "TUR 111 RUS asserted"}},
		{"Russia shelled the city of Kharkiv and Israel struck Gaza.",
			[]string{"RUS 194 UKR asserted", "ISR 190 PSE asserted"}},
		{"Israeli forces raided Jenin and Palestinian officials condemned the raid.",
			[]string{"ISRMIL 190 PSE asserted", "PSEGOV 111 ISRMIL asserted"}},
		// no finite verb after the list: both are targets
		{"The United States sanctioned Russia and Iran on Monday.",
			[]string{"USA 163 RUS asserted", "USA 163 IRN asserted"}},
		{"Israel struck Hamas and Hezbollah fighters based in Lebanon.",
			[]string{"ISR 190 PSEREB asserted", "ISR 190 LBNREB asserted"}},
		{"Mali expelled diplomats from Algeria and Ivory Coast, state television reported.",
			[]string{"MLI 161 DZAGOV asserted", "MLI 161 CIVGOV asserted"}},
		// with a comma before "and" it was right already
		{"Russian forces shelled Kharkiv, and Turkey condemned the attack.",
			[]string{"RUSMIL 194 UKR asserted", "TUR 111 RUS asserted"}},
	}, false)
}

// TestAndClauseSubjectDateAndPlace checks the date and place of a
// shelling before "and Israel struck Gaza": its own day and city, not
// Israel's.
func TestAndClauseSubjectDateAndPlace(t *testing.T) {
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-05-01", Body: []string{"Russia shelled Kharkiv on Monday and Israel struck Gaza on Tuesday."}}
	type ev struct{ line, date, place string }
	want := []ev{{"RUS 194 UKR", "2024-04-29", "Kharkiv"}, {"ISR 190 PSE", "2024-04-30", "Gaza"}}
	var got []ev
	for _, e := range c.Code(a) {
		place := ""
		if e.Location != nil {
			place = e.Location.Name
		}
		got = append(got, ev{dyadLine(e), e.Date, place})
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d: got %v, want %v", i, got[i], want[i])
		}
	}
}
