package events

import (
	"testing"

	"github.com/dyad-events/dyad"
)

func TestDiscard(t *testing.T) {
	ix := newTopicIndex()
	tests := []struct {
		name string
		a    dyad.Article
		want bool
	}{
		{"sport", dyad.Article{Title: "Spain beat England", Body: []string{"The striker scored two goals as the club won the league title on penalties."}}, true},
		{"section", dyad.Article{Section: "Sport", Body: []string{"Russia attacked Ukraine."}}, true},
		{"weather", dyad.Article{Body: []string{"Heavy rain and snow: the forecast says temperatures fall to minus five degrees Celsius."}}, true},
		{"politics", dyad.Article{Body: []string{"The minister said troops and police were sent to the border after the attack; the government condemned the war."}}, false},
		{"mixed", dyad.Article{Body: []string{"The football club's stadium was shelled by troops; the government and the army blamed rebels for the attack and the war."}}, false},
	}
	for _, tt := range tests {
		if got := ix.discard(&tt.a); got != tt.want {
			t.Errorf("%s: discard = %v, want %v", tt.name, got, tt.want)
		}
	}
}
