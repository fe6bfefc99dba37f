package events

import (
	"regexp"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/wordset"
)

// Topics that no event comes from (CODING.md): cue words per topic. An
// article is discarded when one topic has at least four distinct cue
// words and more than the political/conflict vocabulary has.
const (
	sportCues = `match goal goals scored striker midfielder defender league championship
		tournament coach season innings wicket batsman quarter-final semi-final final medal medals
		olympic olympics tennis football soccer cricket rugby golf nba nfl fifa uefa premier
		goalkeeper penalty referee stadium fans club clubs squad win victory defeat draw title
		athletes athlete race grand prix cup bowlers bowler boundaries wickets batting bowling
		sprint marathon`
	// sportSentenceCues are words of sport that tell a sentence alone
	// (sentenceOff), not a whole article: a team's choice of players for
	// a match ("is considering playing left-arm spinner … in the third
	// Test"). An article on a protest outside a match, or on school tests,
	// has them too.
	sportSentenceCues = `player players spinner spinners test`
	weatherCues       = `forecast temperatures temperature rainfall rain snow degrees celsius
		fahrenheit meteorological weather storm showers sunny cloudy humidity heatwave frost
		snowstorm blizzard thunderstorms gusts drizzle flakes meteorologist
		meteorologists forecasters`
	entertainmentCues = `film movie album box office actor actress singer concert
		premiere oscar oscars grammy grammys band song songs celebrity festival starring contest eurovision
		series episode hollywood`
	obituaryCues = `died obituary survived funeral aged passed career tribute tributes
		mourned legacy`
	marketCues = `shares stocks stock index nasdaq dow ftse nikkei traders earnings
		investors percent quarter profit profits revenue bond bonds yields dividend`
	animalCues = `zoo zoos gorilla gorillas animal animals enclosure keeper keepers zookeeper
		zookeepers wildlife species exhibit primate primates pet pets`
	politicsCues = `government minister ministry president military troops army police
		sanctions talks attack attacks missile missiles war rebels militants parliament election
		protest protesters killed forces ceasefire treaty agreement diplomat diplomats embassy
		opposition court arrested nuclear border security united nations nato
		presidential candidate candidates campaign campaigns voters vote votes voting ballot
		ballots electoral senate congress congressional lawmakers governor democrats
		republicans polls airstrike airstrikes air-strikes bombing bombings shelling shelled
		invasion insurgents militia militias hostage hostages`
	discardSections = `sport sports football weather entertainment culture obituaries obituary
		arts lifestyle markets film music`
	// newsSections are sections that say an article is political news: its
	// sport-like words ("the race", "a win", "the final sprint to Election
	// Day") are then the metaphors of a campaign, and the cue-word count
	// does not set it aside. Not "world": a news site files a zoo's
	// gorilla under world/ too.
	newsSections = `politics election elections government`
)

// topicIndex maps a cue word to its topics: bit 0 is politics, bits 1–6
// the discarded topics (sport, weather, entertainment, obituary, markets,
// animals: a zoo's gorilla, a lost pet). Built once in New; read-only
// after.
type topicIndex struct {
	cues     map[string]uint8
	sections map[string]bool
	news     map[string]bool // newsSections
	known    wordset.Filter  // the keys of cues and sentenceSport: most words are none
	// sentenceSport holds sportSentenceCues, counted as sport by
	// sentenceOff only
	sentenceSport map[string]bool
	died          *regexp.Regexp // an obituary's lead: "who has died aged 83"
}

const nTopics = 7 // politics + six discarded topics

func newTopicIndex() *topicIndex {
	ix := &topicIndex{cues: map[string]uint8{}, sections: map[string]bool{}, news: map[string]bool{}, sentenceSport: map[string]bool{},
		died: regexp.MustCompile(`\b(?:has died|died|dies|is dead|dead|passed away)(?:,? (?:aged|at the age of) [0-9]{2,3}\b|,? at [0-9]{2,3}(?:$|[,;:)]|\.(?:$| )| (?:after|in|on|following|from|of|years)\b)| [^.;]{1,50}? (?:aged|at the age of) [0-9]{2,3}\b)`)}
	for bit, list := range []string{politicsCues, sportCues, weatherCues, entertainmentCues, obituaryCues, marketCues, animalCues} {
		for w := range strings.FieldsSeq(list) {
			ix.cues[w] |= 1 << bit
			ix.known.Add(w)
		}
	}
	for w := range strings.FieldsSeq(sportSentenceCues) {
		ix.sentenceSport[w] = true
		ix.known.Add(w)
	}
	for w := range strings.FieldsSeq(discardSections) {
		ix.sections[w] = true
	}
	for w := range strings.FieldsSeq(newsSections) {
		ix.news[w] = true
	}
	return ix
}

// discard reports articles that no event should come from: sport,
// entertainment, obituaries, weather, markets and animal stories. A
// section any of whose parts is such a topic ("Sport", "sports/f1_crash")
// decides; so does an obituary's lead, a death at an age in the title or
// the lead sentence ("Jalal Talabani, who has died aged 83, was …",
// "Actor dies at 77", "has died at his home at the age of 100").
// Otherwise, unless a part of the section is political news
// (newsSections), it scans the text once for cue words, lower-casing
// ASCII words into a stack buffer, without allocating per word.
func (ix *topicIndex) discard(a *dyad.Article) bool {
	news := false
	for _, part := range strings.FieldsFunc(strings.ToLower(a.Section), func(r rune) bool { return r == '/' || r == '>' || r == '|' || r == ',' }) {
		part = strings.TrimSpace(part)
		if ix.sections[part] {
			return true
		}
		news = news || ix.news[part]
	}
	if mayTellDeath(a.Title) && ix.died.MatchString(a.Title) {
		return true
	}
	if len(a.Body) > 0 {
		lead := leadSentence(a.Body[0])
		if mayTellDeath(lead) && ix.died.MatchString(lead) {
			return true
		}
	}
	if news {
		return false
	}
	seen := make(map[string]bool, 32)
	var counts [nTopics]int
	var buf [32]byte
	scan := func(s string) {
		n := 0
		flush := func() {
			if n > 0 && n <= len(buf) && ix.known.HasBytes(buf[:n]) {
				if bits, ok := ix.cues[string(buf[:n])]; ok {
					w := string(buf[:n])
					if !seen[w] {
						seen[w] = true
						for b := 0; b < nTopics; b++ {
							if bits&(1<<b) != 0 {
								counts[b]++
							}
						}
					}
				}
			}
			n = 0
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z' || c == '-':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				flush()
				continue
			}
			if n < len(buf) {
				buf[n] = c
			}
			n++
		}
		flush()
	}
	scan(a.Title)
	for _, p := range a.Body {
		scan(p)
	}
	for b := 1; b < nTopics; b++ {
		if counts[b] >= 4 && counts[b] > counts[0] {
			return true
		}
	}
	return false
}

// mayTellDeath reports s holding a word the died expression of
// newTopicIndex needs ("died", "dies", "dead", "passed away"): the
// expression cannot match a text without one, and this test costs far
// less than the expression.
func mayTellDeath(s string) bool {
	return strings.Contains(s, "die") || strings.Contains(s, "dead") || strings.Contains(s, "passed away")
}

// leadSentence returns p up to its first full stop that ends a
// sentence: one followed by a space, not after an abbreviation or an
// initial ("Former U.S. President", "Mr. Kim", "Gen. Ali").
func leadSentence(p string) string {
	for i := 0; i+1 < len(p); i++ {
		if p[i] != '.' || p[i+1] != ' ' {
			continue
		}
		w := i
		for w > 0 && p[w-1] != ' ' {
			w--
		}
		word := p[w:i]
		if len(word) <= 3 && (strings.ContainsRune(word, '.') || len(word) > 0 && word[0] >= 'A' && word[0] <= 'Z') {
			continue // "U.S.", "Mr.", "Gen."
		}
		return p[:i]
	}
	return p
}

// sentenceOff reports a sentence of a page's furniture (pageChrome) or a
// sentence about a discarded topic on its own: two
// or more distinct cue words of sport, weather, entertainment or markets
// and none of politics ("India bombarded the Pakistani bowlers with
// boundaries to win the Asia Cup final"). Obituary cues are too common in
// conflict news ("died") to decide a sentence alone.
func (ix *topicIndex) sentenceOff(toks []dyad.Token, venues wordList) bool {
	if pageChrome(toks) || explainerBlurb(toks) {
		return true
	}
	var counts [nTopics]int
	var seen [16]string // distinct cue words so far; a sentence has few
	n := 0
	var place []bool // words of a place phrase at a sport venue (discard_venue.go)
	placed := false
	for k, t := range toks {
		if !ix.known.Has(t.Lower) {
			continue
		}
		bits, ok := ix.cues[t.Lower]
		if !ok && ix.sentenceSport[t.Lower] {
			bits, ok = 1<<1, true // sport, for a sentence alone
		}
		if bits&(1<<1) != 0 {
			if !placed {
				place, placed = venuePlaceWords(toks, venues), true
			}
			if place != nil && place[k] {
				bits &^= 1 << 1 // "flogged 12 people in a football stadium"
			}
		}
		if !ok || bits == 0 {
			continue
		}
		dup := false
		for _, w := range seen[:n] {
			dup = dup || w == t.Lower
		}
		if dup {
			continue
		}
		if n < len(seen) {
			seen[n] = t.Lower
			n++
		}
		for b := 0; b < nTopics; b++ {
			if bits&(1<<b) != 0 {
				counts[b]++
			}
		}
	}
	if counts[0] > 0 {
		return false
	}
	return counts[1] >= 2 || counts[2] >= 2 || counts[3] >= 2 || counts[5] >= 2
}

// pageChrome reports a sentence made of a news page's furniture that an
// extractor let through: a video link ("JUST WATCHED US and South Korea
// hold joint drills Replay More Videos ...", "MUST WATCH … 01:46"), a photo gallery's caption
// ("Hide Caption 23 of 25 Photos: …"), a related-story link ("[Read: …]")
// or a most-read list ("MOST READ IN NEWS …"). Their headlines are other
// stories', often years old.
func pageChrome(toks []dyad.Token) bool {
	word := func(k int, w string) bool { return k < len(toks) && toks[k].Text == w }
	if word(0, "[") && word(1, "Read") || word(0, "Hide") && word(1, "Caption") {
		return true
	}
	for k := range toks {
		if (word(k, "JUST") && word(k+1, "WATCHED") || word(k, "MUST") && word(k+1, "WATCH")) && k+2 < len(toks) || word(k, "Replay") && word(k+1, "More") && word(k+2, "Videos") ||
			word(k, "MOST") && word(k+1, "READ") && word(k+2, "IN") {
			return true
		}
	}
	return false
}
