package events

// A dateline names its town, and often after a comma the town's state,
// province or country: "PARIS, Texas (AP) —", "WESTMINSTER, Colo.",
// "VICTORIA, British Columbia", "HYDERABAD, Pakistan". The town is the
// one of that name in the qualifier (Gazetteer.Within: "London, Ontario"
// is Canada's London, "Athens, Ga." Georgia's Athens, "NEWARK, Del." not
// New Jersey's), and a town the gazetteer does not know there (it keeps
// few under 50,000 people) is placed at the qualifier itself, the state
// or the country, never at a namesake elsewhere: "PARIS, Texas" is Texas,
// not France. A qualifier that names several places ("Georgia": the
// country and the U.S. state) with no town of the name in any of them
// places the story nowhere: "DALTON, Georgia" is a U.S. town the
// gazetteer lacks, and the country would make its police Georgia's (no
// country is better than a wrong one); "TBILISI, Georgia" is the
// country's capital, "ATHENS, Georgia" the state's city. A town whose
// name the gazetteer knows elsewhere ("ROME, Georgia": Italy's capital)
// takes the qualifier that is a region, as the same words in a sentence
// do ("police in Rome, Georgia": qualifiedPlace, place_names.go): a
// country qualifier would have listed its own town of the name, and a
// name borrowed from a city abroad is a U.S. state's custom (Rome,
// Athens, Columbus), not the country's. The
// dateline's country then gives the story's unnamed police and officials
// their state, as any dateline does (CODING.md codes an actor's state
// from what the text says; the dateline is the story's first place).
// A qualifier the gazetteer does not know ("NEW YORK, May 5" with the
// date left on, "UNITED NATIONS, New York") leaves the town read alone.
// A town read alone follows the rule of a bare town in a sentence
// (place_bare_town.go) with no story before it: one whose name the
// gazetteer gives to towns of several countries and that is not far
// larger than them places the story nowhere ("VICTORIA (Reuters) -" may
// be the Seychelles' capital, British Columbia's or Victoria, Texas, and
// its police get no country, as "Police in Victoria" do), while a city
// of a million, one three times its namesakes or a capital of 100,000
// people or more keeps its country ("NAIROBI", "SAN JOSE", "HYDERABAD").

import (
	"strings"

	"github.com/dyad-events/dyad/gazetteer"
)

// datelineLocation returns the place a story's dateline (Article.Dateline,
// "PARIS, Texas") names: the town in its qualifier, else the qualifier
// when it names one place, else, when it names several, the one that is
// a region for a town whose name the gazetteer knows elsewhere ("ROME,
// Georgia") and nothing for another ("DALTON, Georgia"); with no
// qualifier the gazetteer knows, the town as Lookup finds it, or nothing
// when that town is ambiguous bare (ambiguousTown; a capital of
// bareCapitalMajor people or more is not). town is the dateline's town
// as written ("ROME") when a qualifier placed it, "" otherwise
// (datelineTown, place_dateline_namesake.go).
func (c *Coder) datelineLocation(dateline string) (p gazetteer.Place, town string, ok bool) {
	name, rest, comma := strings.Cut(dateline, ",")
	name = strings.TrimSpace(name)
	if comma {
		qual, _, _ := strings.Cut(rest, ",")
		if quals := c.gaz.Qualifiers(strings.TrimSpace(qual)); len(quals) > 0 {
			for _, q := range quals {
				if p, ok := c.gaz.Within(name, q); ok {
					return p, name, true
				}
			}
			if len(quals) == 1 {
				return quals[0], name, true
			}
			if _, known := c.gaz.Lookup(name); known {
				for _, q := range quals {
					if q.Kind == gazetteer.KindRegion {
						return q, name, true // "ROME, Georgia": the state, as in a sentence
					}
				}
			}
			return gazetteer.Place{}, "", false // which Georgia?
		}
	}
	p, ok = c.gaz.Lookup(name)
	if ok && c.ambiguousTown(p) != nil && !(p.Kind == gazetteer.KindCapital && p.Population >= bareCapitalMajor) {
		return gazetteer.Place{}, "", false // "VICTORIA (Reuters) -": which Victoria?
	}
	return p, "", ok
}
