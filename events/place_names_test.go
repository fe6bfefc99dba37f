package events_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// checkPlaced codes each case's text with placedEvents and compares the
// result with its want exactly.
func checkPlaced(t *testing.T, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if got := placedEvents(t, tt.text); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// placedEvents codes text as a one-sentence article published on
// 2024-07-10 (a Wednesday) and writes each event as "SOURCE CAMEO TARGET
// status @ place COUNTRY date" ("-" for no target or place).
func placedEvents(t *testing.T, text string) string {
	t.Helper()
	c := newCoder(t)
	a := &dyad.Article{ID: "t", Published: "2024-07-10", Body: []string{text}}
	var out []string
	for _, ev := range c.Code(a) {
		out = append(out, placedEvent(ev))
	}
	return strings.Join(out, "; ")
}

// placedEvent writes an event as "SRC CAMEO TGT status @ place country date".
func placedEvent(ev dyad.Event) string {
	src, tgt, place := "-", "-", "-"
	if ev.Source != nil {
		src = ev.Source.Code
	}
	if ev.Target != nil {
		tgt = ev.Target.Code
	}
	if ev.Location != nil {
		place = ev.Location.Name + " " + ev.Location.Country
	}
	return fmt.Sprintf("%s %s %s %s @ %s %s", src, ev.CAMEO, tgt, ev.Status, place, ev.Date)
}

// TestQualifiedPlaceNames checks a place name followed by its country or
// region after a comma: the namesake in that country, whose people the
// unnamed actors are, and the qualifier no actor of its own; a region
// qualifier whose country has no place of the name is the place itself.
func TestQualifiedPlaceNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Gunmen killed three soldiers in Tripoli, Lebanon, on Monday.", "LBNUAF 190 LBNMIL asserted @ Tripoli LBN 2024-07-08"},
		{"Police in Hyderabad, Pakistan, detained two journalists on Monday.", "PAKCOP 173 PAKMED asserted @ Hyderabad PAK 2024-07-08"},
		{"Police in Hyderabad, India, detained two journalists on Monday.", "INDCOP 173 INDMED asserted @ Hyderabad IND 2024-07-08"},
		{"Police arrested ten protesters in Athens, Georgia, on Monday.", "USACOP 173 USACVL asserted @ Athens USA 2024-07-08"},
		{"Police detained two journalists in Valencia, Venezuela, on Friday.", "VENCOP 173 VENMED asserted @ Valencia VEN 2024-07-05"},
		{"Police arrested a Saudi diplomat in Alexandria, Virginia, on Tuesday.", "USACOP 173 SAUGOV asserted @ Alexandria USA 2024-07-09"},
		{"Police arrested five protesters in Victoria, British Columbia, on Sunday.", "CANCOP 173 CANCVL asserted @ Victoria CAN 2024-07-07"},
		{"Police arrested two men in Birmingham, Alabama, on Monday.", "USACOP 173 USACVL asserted @ Birmingham USA 2024-07-08"},
		// the gazetteer has no Paris in Texas: the region
		{"Police arrested three activists in Paris, Texas, on Monday.", "USACOP 173 USACVL asserted @ Texas USA 2024-07-08"},
		// near misses: the qualifier of the preferred place, a list, a
		// subject after a fronted place
		{"Police arrested three activists in Paris, France, on Monday.", "FRACOP 173 FRACVL asserted @ Paris FRA 2024-07-08"},
		{"Police arrested protesters in Paris, Berlin and Rome on Saturday.", "FRACOP 173 FRACVL asserted @ Paris FRA 2024-07-06"},
		{"After talks in Paris, Germany accused Russia of spying on Monday.", "DEU 112 RUS asserted @ Paris FRA 2024-07-08"},
	}
	checkPlaced(t, tests)
}

// TestNamesakeOfHomeActors checks a place name several countries share
// with no qualifier: the namesake in the country of the police, soldiers
// or courts acting there, or of the adjective before its kind noun; a
// leader travels, and keeps the preferred place.
func TestNamesakeOfHomeActors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Pakistani police arrested two journalists in Hyderabad on Monday.", "PAKCOP 173 PAKMED asserted @ Hyderabad PAK 2024-07-08"},
		{"Lebanese soldiers clashed with gunmen in Tripoli on Monday.", "LBNMIL 190 LBNUAF asserted @ Tripoli LBN 2024-07-08; LBNUAF 190 LBNMIL asserted @ Tripoli LBN 2024-07-08"},
		{"Venezuelan soldiers arrested ten protesters in Valencia on Monday.", "VENMIL 173 VENCVL asserted @ Valencia VEN 2024-07-08"},
		{"Gunmen attacked an army post in the northern Lebanese city of Tripoli on Monday.", "LBNUAF 190 LBNMIL asserted @ Tripoli LBN 2024-07-08"},
		{"Gunmen attacked an army post in the Venezuelan city of Valencia on Monday.", "VENUAF 190 VENMIL asserted @ Valencia VEN 2024-07-08"},
		// near misses: the preferred place's own police; a visitor
		{"Spanish police arrested ten protesters in Valencia on Monday.", "ESPCOP 173 ESPCVL asserted @ Valencia ESP 2024-07-08"},
		{"Police in Hyderabad detained two journalists on Monday.", "INDCOP 173 INDMED asserted @ Hyderabad IND 2024-07-08"},
		{"Canadian Prime Minister Mark Carney arrived in London on Monday.", "CAN 042 GBR asserted @ London GBR 2024-07-08; GBR 043 CAN asserted @ London GBR 2024-07-08"},
		// no home actor: the one country the sentence names that has a
		// namesake (act48); near misses: the preferred place's country
		// named, a capital
		{"Spain's prime minister toured flood-hit villages near Valencia on Tuesday and was pelted with mud by angry residents.", "ESPCVL 145 ESPGOV asserted @ Valencia ESP 2024-07-09"},
		{"The Spanish king was pelted with mud by angry residents in Valencia on Tuesday.", "ESPCVL 145 ESPGOV asserted @ Valencia ESP 2024-07-09"},
		{"Venezuela's president toured flood-hit villages near Valencia on Tuesday and was pelted with mud by angry residents.", "VENCVL 145 VENGOV asserted @ Valencia VEN 2024-07-09"},
		{"The Canadian prime minister was pelted with eggs by angry residents in London on Tuesday.", "GBRCVL 145 CANGOV asserted @ London GBR 2024-07-09"},
	}
	checkPlaced(t, tests)
}

// TestWholePlaceNames checks that a multiword name is read whole before
// its parts, and that a sea, an ocean, a gulf or a strait named after a
// country is no country: no target, no location.
func TestWholePlaceNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Australian troops attacked a camp in Papua New Guinea on Monday.", "AUSMIL 190 PNG asserted @ Papua New Guinea PNG 2024-07-08"},
		{"Australian troops attacked a camp in New South Wales on Monday.", "AUSMIL 190 AUSCVL asserted @ New South Wales AUS 2024-07-08"},
		{"Australian troops attacked a camp in the South China Sea on Monday.", ""},
		{"Australian troops attacked a camp in the Indian Ocean on Monday.", ""},
		{"Indian warships fired on pirates in the Arabian Sea on Monday.", "INDMIL 190 INDCRM asserted @ - 2024-07-08"},
		{"Yemen's Houthis fired missiles at two US destroyers in the Gulf of Aden on Wednesday.", "YEMREB 195 USAMIL asserted @ - 2024-07-10"},
		{"Chinese and Russian warships held joint patrols in the Sea of Japan this week.", "CHNMIL 062 RUSMIL asserted @ - 2024-07-10; RUSMIL 062 CHNMIL asserted @ - 2024-07-10"},
		// near misses: the country alone, a country inside a region's name
		// the gazetteer knows, a show of force in a strait aimed at its state
		{"Australian troops attacked a camp in Guinea on Monday.", "AUSMIL 190 GIN asserted @ Guinea GIN 2024-07-08"},
		{"Australian troops attacked a camp in New Mexico on Monday.", "AUSMIL 190 USA asserted @ New Mexico USA 2024-07-08"},
		{"China fired live rounds in drills in the Taiwan Strait on Wednesday.", "CHN 150 TWN asserted @ - 2024-07-10"},
	}
	checkPlaced(t, tests)
}

// TestRiverNamesAfterCountry checks that a river, its basin, delta or
// valley named after a country, in lower case as wire copy often writes
// it ("the Niger river"), is no country: no target, no location, and no
// home for the armed group fought there; near misses: the country alone,
// and "Lake Chad" in a group's home.
func TestRiverNamesAfterCountry(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Nigeria deployed troops along the Niger river on Monday to fight bandits.", "NGA 154 - asserted @ - 2024-07-08"},
		{"Cameroon sent soldiers into the Chad basin on Monday to fight Boko Haram.", "CMR 154 NGAREB asserted @ - 2024-07-08"},
		{"Nigerian troops killed 20 militants in the Niger delta on Monday.", "NGAMIL 190 NGAREB asserted @ - 2024-07-08"},
		{"Mali deployed troops along the Niger River near Gao on Monday.", "MLI 154 - asserted @ Gao MLI 2024-07-08"},
		// near misses
		{"Nigeria sent troops to Niger on Monday to restore order.", "NGA 074 NER asserted @ - 2024-07-08"},
		{"Chad accused Sudan on Monday of backing rebels in the Lake Chad basin.", "TCD 112 SDN asserted @ - 2024-07-08; SDN 072 TCDREB alleged @ - 2024-07-10"},
	}
	checkPlaced(t, tests)
}

// TestIntoPlace checks a force or aid sent or pushed "into" a named
// place (also "the town of X", "the Syrian border enclave of X"): the
// event happened there. A verbal act's "into" names no place ("looked
// into the raid in Jenin" keeps its own "in").
func TestIntoPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Turkey sent troops into the Syrian border enclave of Afrin on Monday.", "TUR 154 SYR asserted @ Afrin SYR 2024-07-08"},
		{"Turkey sent soldiers into the town of Afrin on Monday.", "TUR 154 - asserted @ Afrin SYR 2024-07-08"},
		{"Israeli troops pushed into Jenin on Wednesday.", "ISRMIL 190 PSE asserted @ Jenin PSE 2024-07-10"},
		{"Jordan sent aid trucks into Gaza on Thursday.", "JOR 073 PSE asserted @ Gaza PSE 2024-07-04"},
	}
	checkPlaced(t, tests)
}
