package events_test

import "testing"

// TestSubjectQualifiedPlace checks "NOUN in CITY, REGION VERB" without a
// comma after the region: the place and its qualifier belong to the
// subject, whose verb follows; near misses: a fronted place phrase, whose
// qualifier-like country is the subject.
func TestSubjectQualifiedPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Police in Atlanta, Georgia arrested three protesters on Monday.", "USACOP 173 USACVL asserted @ Atlanta USA 2024-07-08"},
		{"Police in Lakewood, Colorado arrested two men on Monday.", "USACOP 173 USACVL asserted @ Lakewood USA 2024-07-08"},
		{"Police in Hyderabad, Pakistan detained two journalists on Monday.", "PAKCOP 173 PAKMED asserted @ Hyderabad PAK 2024-07-08"},
		{"Police in Atlanta, Georgia, arrested three protesters on Monday.", "USACOP 173 USACVL asserted @ Atlanta USA 2024-07-08"},
		{"MPs in Tripoli, Lebanon condemned Israel on Monday.", "LBNLEG 111 ISR asserted @ Tripoli LBN 2024-07-08"},
		// near misses
		{"In Kyiv, Russia accused Ukraine of shelling on Monday.", "RUS 112 UKR asserted @ Kyiv UKR 2024-07-10; UKR 194 RUS alleged @ Kyiv UKR 2024-07-08"},
		{"After talks in Tripoli, Lebanon accused Israel of spying on Monday.", "LBN 112 ISR asserted @ Tripoli LBN 2024-07-08"},
	}
	checkPlaced(t, tests)
}

// TestCountryNamedTowns checks a country's name qualified by a region of
// another country: a town there, whose police are that country's; near
// misses: the country alone, and lists of countries and regions.
func TestCountryNamedTowns(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Protesters clashed with police in Lebanon, Pennsylvania on Monday.", "USACVL 145 USACOP asserted @ Pennsylvania USA 2024-07-08"},
		{"Police in Mexico, Missouri arrested two men on Monday.", "USACOP 173 USACVL asserted @ Missouri USA 2024-07-08"},
		// near misses
		{"Protesters clashed with police in Lebanon on Monday.", "LBNCVL 145 LBNCOP asserted @ Lebanon LBN 2024-07-08"},
		{"Russia accused Turkey, Georgia and Armenia of smuggling on Monday.", "RUS 112 TUR asserted @ - 2024-07-08; RUS 112 GEO asserted @ - 2024-07-08; RUS 112 ARM asserted @ - 2024-07-08"},
	}
	checkPlaced(t, tests)
}

// TestVisitedQualifiedCity checks a visit's host named with its region:
// the namesake there, with a date or a comma after it; near miss: the
// bare name is the gazetteer's preferred place.
func TestVisitedQualifiedCity(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Kenya's President William Ruto visited Birmingham, Alabama last week.", "KENGOV 042 USA asserted @ Birmingham USA 2024-07; USA 043 KENGOV asserted @ Birmingham USA 2024-07"},
		{"Kenya's President William Ruto visited Birmingham, Alabama, on Monday.", "KENGOV 042 USA asserted @ Birmingham USA 2024-07-08; USA 043 KENGOV asserted @ Birmingham USA 2024-07-08"},
		// near miss
		{"Kenya's President William Ruto visited Birmingham on Monday.", "KENGOV 042 GBR asserted @ Birmingham GBR 2024-07-08; GBR 043 KENGOV asserted @ Birmingham GBR 2024-07-08"},
	}
	checkPlaced(t, tests)
}

// TestListedCountryPlaces checks the actors of a list of countries after
// "in": each acts in its own country; near miss: a target of the list is
// acted on from the source's place.
func TestListedCountryPlaces(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Courts in France, Germany and Sweden are investigating the bank.", "FRAJUD 091 - asserted @ France FRA 2024-07-10; DEUJUD 091 - asserted @ Germany DEU 2024-07-10; SWEJUD 091 - asserted @ Sweden SWE 2024-07-10"},
		// near miss
		{"French courts are investigating firms in France and Germany.", "FRAJUD 091 FRABUS asserted @ France FRA 2024-07-10; FRAJUD 091 DEUBUS asserted @ France FRA 2024-07-10"},
	}
	checkPlaced(t, tests)
}
