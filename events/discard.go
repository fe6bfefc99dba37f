package events

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// topic word lists for discard. An article is discarded when one of these
// topics has at least four distinct cue words and more cues than the
// political/conflict vocabulary.
var topics = map[string][]string{
	"sport": strings.Fields(`match goal goals scored striker midfielder defender league championship
		tournament coach season innings wicket batsman quarter-final semi-final final medal medals
		olympic olympics tennis football soccer cricket rugby golf nba nfl fifa uefa premier
		goalkeeper penalty referee stadium fans club clubs squad win victory defeat draw title
		athletes athlete race grand prix`),
	"weather": strings.Fields(`forecast temperatures temperature rainfall rain snow degrees celsius
		fahrenheit meteorological weather storm showers sunny cloudy humidity heatwave frost`),
	"entertainment": strings.Fields(`film movie album box office actor actress singer concert
		premiere oscar oscars grammy grammys band song songs celebrity festival director starring
		series episode hollywood`),
	"obituary": strings.Fields(`died obituary survived funeral aged passed career tribute tributes
		mourned legacy`),
	"markets": strings.Fields(`shares stocks stock index nasdaq dow ftse nikkei traders earnings
		investors percent quarter profit revenue bond bonds yields dividend`),
}

var politics = strings.Fields(`government minister ministry president military troops army police
	sanctions talks attack attacks missile missiles war rebels militants parliament election
	protest protesters killed forces ceasefire treaty agreement diplomat diplomats embassy
	opposition court arrested nuclear border security united nations nato`)

var sections = map[string]bool{"sport": true, "sports": true, "football": true, "weather": true,
	"entertainment": true, "culture": true, "obituaries": true, "obituary": true, "arts": true,
	"lifestyle": true, "markets": true, "film": true, "music": true}

// discard reports articles that no event should come from: sport,
// entertainment, obituaries, weather and markets.
func discard(a *dyad.Article) bool {
	if sections[strings.ToLower(strings.TrimSpace(a.Section))] {
		return true
	}
	words := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '-')
		}) {
			words[w] = true
		}
	}
	add(a.Title)
	for _, p := range a.Body {
		add(p)
	}
	pol := 0
	for _, w := range politics {
		if words[w] {
			pol++
		}
	}
	for _, cues := range topics {
		n := 0
		for _, w := range cues {
			if words[w] {
				n++
			}
		}
		if n >= 4 && n > pol {
			return true
		}
	}
	return false
}
