package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestPlaceRef: "the city", "the town" in a later sentence are the place
// the story named before, for the target of an attack and for its dead.
func TestPlaceRef(t *testing.T) {
	checkLastParagraph(t, newCoder(t), []articleCase{
		{[]string{"Russian missiles struck Kharkiv on Thursday.", "Russian forces shelled the city again on Friday."},
			[]string{"RUSMIL 194 UKR asserted 2024-07-12"}},
		{[]string{"Air raid sirens sounded across Kharkiv overnight.", "Russian forces shelled the town on Friday, killing two people."},
			[]string{"RUSMIL 194 UKR asserted 2024-07-12"}},
		{[]string{"Israeli tanks pushed into Rafah on Tuesday.", "Israeli jets bombed the city on Wednesday, killing 12 people."},
			[]string{"ISRMIL 195 PSE asserted 2024-07-10"}},
		// the dead of a foreign force's strike are where the story is
		{[]string{"Israeli tanks pushed into Rafah on Tuesday.", "Israeli jets bombed a refugee camp on Wednesday, killing 12 people."},
			[]string{"ISRMIL 195 PSE asserted 2024-07-10"}}, // unnamed dead of a foreign strike: the place's state (casualtyState)
		{[]string{"Troops entered Sagaing on Monday.", "Myanmar jets bombed a village on Wednesday, killing 12 people."},
			[]string{"MMRMIL 195 MMRCVL asserted 2024-07-10"}},
		// a body located by the place right after it
		{[]string{"Cambodia's prime minister Hun Manet criticised Thailand on Monday.", "The court in Bangkok sentenced a prominent activist to four years in prison on Tuesday."},
			[]string{"THAJUD 173 THACVL asserted 2024-07-09"}},
		{[]string{"Kenya's President William Ruto said his government would send police officers to Haiti.", "The Sudanese army retook the presidential palace in Khartoum on Friday."},
			nil}, // from no one named (unaimed.go)
		{[]string{"Kenya's President William Ruto said his government would send police officers to Haiti.", "The Sudanese army retook the presidential palace in Khartoum from the RSF on Friday."},
			[]string{"SDNMIL 192 SDNREB asserted 2024-07-12"}},
		// "the city of X" names its own place
		{[]string{"Air raid sirens sounded across Kharkiv overnight.", "Russian drones struck the city of Odesa on Friday."},
			[]string{"RUSMIL 1952 UKR asserted 2024-07-12"}},
	})
	// a dateline is the place named first
	a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: "KHARKIV, Ukraine", Body: []string{"Russian forces shelled the city overnight, killing two people, the regional governor said."}}
	evs := newCoder(t).Code(a)
	if len(evs) != 1 || evs[0].Target == nil || evs[0].Target.Code != "UKR" || evs[0].Source.Code != "RUSMIL" {
		t.Fatalf("got %+v, want one RUSMIL event on UKR", evs)
	}
}
