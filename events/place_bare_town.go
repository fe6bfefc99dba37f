package events

// A town whose name the gazetteer gives to towns of several countries,
// named bare, takes its country from the text: the namesake in a country
// the story, the sentence or the place the story named last (its
// dateline at first: "JUBA (Reuters) -") names; without one it gives the
// people of the sentence no country. "Armed young men killed more than
// 30 cattle herders near Bor" may be South Sudan's Bor as well as
// Russia's (the gazetteer's first, by population), and CODING.md codes an
// actor's state only from what the text says: no country is better than
// a wrong one. A namesake far larger than the others is what news means
// by the bare name and keeps its country: a city of a million people or
// more ("Hyderabad" is India's, "Odessa" Ukraine's), or at least three
// times as large as every namesake elsewhere ("Manchester" is England's,
// "Donetsk" Ukraine's). Countries and regions always keep theirs, as
// does a town of one name ("near Kharkiv"); so does a capital ("in
// Paris", "Colombo"), but for one smaller than a city of its name
// elsewhere. Such a capital of 100,000 people or more is a national city
// that world news names bare ("Protesters in San Jose clashed with
// police" are Costa Rica's, though California's San Jose is three times
// as large): it keeps its country unless the story names a namesake's
// (a story of the United States, its dateline "SAN FRANCISCO", means
// California's). A smaller one gives way: "Protesters in Victoria
// clashed with police" may be in the Seychelles' capital of 23,000
// people, in British Columbia's capital of 290,000 or in Victoria,
// Texas, and without a story that says which they get no country (the
// gazetteer's preference of a capital over a city is a default for
// places, not evidence of the actors' state). Of the 199 capitals only
// these two are smaller than a namesake.

import "github.com/dyad-events/dyad/gazetteer"

const (
	bareTownMajor     = 1000000 // people: a city news names bare
	bareTownFarLarger = 3       // times the population of every namesake elsewhere
	bareCapitalMajor  = 100000  // people: a capital news names bare though a namesake is larger
)

// bareTownCountry returns the country a city p, the gazetteer's
// preferred place of its name (not a namesake the text chose), gives when it shares its name with a city
// of another country and is not far larger than it (ambiguousTown): the country of the
// namesake whose country the story before st, st itself or the place the
// story named last names (p's own first), else p's country for a capital
// of bareCapitalMajor people or more, else "" (no country). decided
// is false when p is no such town: its country is the caller's to give.
func (c *Coder) bareTownCountry(st *sentence, p gazetteer.Place) (country string, decided bool) {
	all := c.ambiguousTown(p)
	if all == nil {
		return "", false
	}
	town := func(q gazetteer.Place) bool { return q == p || q.Kind == gazetteer.KindCity }
	for _, q := range all { // p first
		if town(q) && storyNames(st, q.Country) {
			return q.Country, true
		}
	}
	for _, q := range all {
		if town(q) && q.Country == st.prevPlace {
			return q.Country, true
		}
	}
	if p.Kind == gazetteer.KindCapital && p.Population >= bareCapitalMajor {
		return p.Country, true // "in San Jose": Costa Rica's
	}
	return "", true
}

// ambiguousTown returns the places of p's name, p first, when p, the
// gazetteer's preferred place of its name, is a city or capital named
// bare that shares its name with a city of another country and is not far
// larger than it (the file's comment); nil when p keeps its country.
func (c *Coder) ambiguousTown(p gazetteer.Place) []gazetteer.Place {
	if p.Kind != gazetteer.KindCity && p.Kind != gazetteer.KindCapital || p.Population >= bareTownMajor {
		return nil
	}
	if c.gaz.Count(p.Name) < 2 {
		return nil // (before All, which allocates)
	}
	all := c.gaz.All(p.Name)
	if len(all) < 2 || all[0] != p {
		return nil // the text chose a namesake ("Birmingham, Alabama": place_names.go)
	}
	rival := -1
	for _, q := range all {
		if q.Country != p.Country && q.Kind == gazetteer.KindCity && q.Population > rival {
			rival = q.Population
		}
	}
	if rival < 0 || p.Kind == gazetteer.KindCity && p.Population >= bareTownFarLarger*rival || p.Kind == gazetteer.KindCapital && p.Population >= rival {
		return nil
	}
	return all
}
