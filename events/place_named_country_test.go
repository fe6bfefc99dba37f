package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestPlaceNamedCountry: a city name several countries share is the
// namesake in the country the sentence names as a place (by name, by a
// region, or by an adjective before a place noun), a name is read whole
// ("San Cristobal de las Casas", gold W56014), and a place struck is the
// namesake in its target's country; a sentence naming no country, or
// naming the gazetteer's first one's country, keeps the gazetteer's order.
func TestPlaceNamedCountry(t *testing.T) {
	c := newCoder(t)
	tests := []struct {
		text, event, place string // event "SRC CAMEO TGT status"; place "NAME ISO3"
	}{
		{"Zapatista rebels seized San Cristobal de las Casas and three other towns in the southern Mexican state of Chiapas on Saturday.",
			"MEXREB 192 MEX asserted", "San Cristóbal de las Casas MEX"},
		{"Gunmen stormed a bank in Cordoba, in the Mexican state of Veracruz, on Friday.",
			"MEXUAF 180 MEXCVL asserted", "Córdoba MEX"},
		{"Protesters attacked a police station in San Jose, in California, on Monday.",
			"USACVL 145 USACOP asserted", "San Jose USA"},
		{"Rebels attacked an army post near Santiago in the Philippines on Sunday.",
			"PHLREB 190 PHLMIL asserted", "Santiago PHL"},
		{"Militants attacked a hotel in Tripoli, in northern Lebanon, on Monday.",
			"LBNREB 190 LBN asserted", "Tripoli LBN"},
		// a place struck is the namesake in its target's country (targetNamesake)
		{"Venezuelan rebels attacked Valencia in Spain on Monday.",
			"VENREB 190 ESP asserted", "Valencia ESP"},
		{"Militants attacked a checkpoint near Hyderabad in Sindh province on Monday.",
			"PAKREB 190 PAK asserted", "Hyderabad PAK"},
		// the gazetteer's first namesake's country is named: it stays
		{"Militants attacked a checkpoint near Hyderabad in the Indian state of Telangana.",
			"INDREB 190 IND asserted", "Hyderabad IND"},
		{"Indian police arrested 12 protesters in Hyderabad, near the border with Pakistan.",
			"INDCOP 173 INDCVL asserted", "Hyderabad IND"},
		{"Libyan militiamen attacked a hotel in Tripoli after talks in Tunisia, officials said.",
			"LBYUAF 190 LBY asserted", "Tripoli LBY"},
		// no country named: the gazetteer's order
		{"Rebels attacked Valencia on Monday.",
			"VENREB 190 VEN asserted", "Valencia VEN"},
	}
	for _, tt := range tests {
		evs := c.Code(&dyad.Article{ID: "t", Published: "2010-01-05", Body: []string{tt.text}})
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1: %v", tt.text, len(evs), evs)
			continue
		}
		ev := evs[0]
		got := eventLine(ev, false)
		place := placeCountry(ev)
		if got != tt.event || place != tt.place {
			t.Errorf("%s\n got %s at %q\nwant %s at %q", tt.text, got, place, tt.event, tt.place)
		}
	}
}
