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
		{"section path", dyad.Article{Section: "sports/formula_one_crash", Body: []string{"Russia attacked Ukraine."}}, true},
		{"section path, world", dyad.Article{Section: "world/border_clash", Body: []string{"Russia attacked Ukraine."}}, false},
		{"obituary lead", dyad.Article{Body: []string{"Amara Okafor, who has died aged 81, led her country's foreign ministry for a decade. She met the president of France in 1979."}}, true},
		{"obituary title", dyad.Article{Title: "Veteran diplomat dies at 90", Body: []string{"The government sent troops to the border."}}, true},
		{"obituary lead, place first", dyad.Article{Body: []string{"Former Senator Ruth Adeyemi, who brokered the 1998 peace accord, has died at her home in Lagos at the age of 88."}}, true},
		{"died at a time", dyad.Article{Body: []string{"The soldier died at 11 pm after an attack by rebels on the border, the army said."}}, false},
		{"deaths in war", dyad.Article{Body: []string{"Three soldiers have died in an attack on the border. The army said rebels fired at 40 troops aged 19 to 30."}}, false},
		{"died later", dyad.Article{Body: []string{"The government sent troops to the border. The general, who died aged 70 in 2001, built the fort."}}, false},
		{"weather", dyad.Article{Body: []string{"A blizzard and thunderstorms hit the state; meteorologists said gusts and drizzle would follow, and officials urged people to stay home."}}, true},
		{"zoo", dyad.Article{Body: []string{"The zoo said the gorilla was shot after a boy fell into its enclosure; keepers and animal groups asked people to give money."}}, true},
		// an election told in the words of a race: not sport
		{"election race, politics section", dyad.Article{Section: "Politics", Title: "Rivals enter the final sprint of a close race",
			Body: []string{"The premier hopes a late surge brings victory; a win in the north would settle it, and a draw in the south would not hurt."}}, false},
		{"election race, no section", dyad.Article{Title: "Rivals enter the final sprint of a close race",
			Body: []string{"The premier hopes a late surge brings victory; a win in the north would settle it.",
				"Democrats and Republicans court voters ahead of the presidential election, and the candidates debate on Tuesday."}}, false},
		{"race, sport section", dyad.Article{Section: "Sport/Politics", Body: []string{"The minister attended the final of the cup."}}, true},
		{"zoo, world section", dyad.Article{Section: "world/zoo_gorilla", Body: []string{"The zoo said the gorilla was shot after a boy fell into its enclosure; keepers and animal groups asked people to give money."}}, true},
		{"mixed", dyad.Article{Body: []string{"The football club's stadium was shelled by troops; the government and the army blamed rebels for the attack and the war."}}, false},
	}
	for _, tt := range tests {
		if got := ix.discard(&tt.a); got != tt.want {
			t.Errorf("%s: discard = %v, want %v", tt.name, got, tt.want)
		}
	}
}
