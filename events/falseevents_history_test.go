package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// opinionCases exercise falseevents_opinion.go: clauses that tell a belief, a
// forecast, a standing stance or an earlier act, each with the exact
// events the sentence must give ("SOURCE CAMEO TARGET status"; nil: none),
// and true events in the same constructions beside them.
var opinionCases = []familyCase{
	{"forecast", "Analysts say Beijing is unlikely to launch an invasion of Taiwan this decade.", nil},
	{"forecast", "China launched large-scale drills around Taiwan on Monday.", []string{"CHN 150 TWN asserted"}},
	{"forecast", "The Kurdish fighters are hardly likely to attack Turkish troops.", nil},
	{"forecast", "Russia is not likely to attack NATO, the general said.", nil},

	{"belief", "Israeli officials said they believed Hezbollah would fire rockets at Haifa.", nil},
	{"belief", "The minister repeated his claim that the refugees would welcome a Jordanian force.", nil},
	{"belief", "Japan fears that North Korea could fire another missile over Hokkaido.", nil},
	{"belief", "Tony Blair has predicted the British Government will give millions of pounds in aid to Indonesia.", []string{"GBRGOV 0331 IDN future"}},
	{"belief", "Israel's defence minister said Israel would strike Iran's nuclear sites.", []string{"ISR 138 IRN future"}},

	{"pundits", "Experts said Pyongyang was trying to push Washington back to the negotiating table.", nil},
	{"pundits", "Some critics argue that Ankara is arming the rebels in Idlib.", nil},

	{"generic", "The envoy promised consequences for any faction that breaks the ceasefire.", nil},
	{"generic", "Syrian rebels who broke the ceasefire near Idlib on Sunday were condemned by the United Nations.", []string{"SYRREB 196 SYR asserted", "IGOUNO 111 - asserted"}},

	{"stance", "The pipeline project is opposed by Poland and the Baltic states.", nil},
	{"stance", "Poland opposed the pipeline project at the summit on Friday.", []string{"POL 120 - asserted"}},

	{"met", "The conditions set by the United Nations have not been met by Moscow.", nil},
	{"met", "The French president met the Japanese prime minister in Paris on Tuesday.", []string{"FRAGOV 040 JPNGOV asserted", "JPNGOV 040 FRAGOV asserted"}},

	{"relative", "Iraqi troops, which Baghdad deployed to the border three months ago, fired on smugglers on Monday.", []string{"IRQMIL 190 IRQCRM asserted"}},
	{"stance", "Fishing in the strait is banned by the UN, diplomats said.", nil},
	{"met", "Few of the preconditions for attendance set by the UN envoy, including a ceasefire, have been met by the Syrian government.", nil},

	{"since", "Syrian rebels shelled Aleppo on Monday, the first attack since Russian jets bombed the area in March.", []string{"SYRREB 194 SYR asserted"}},
	{"since", "It is more than three years since Russia annexed Crimea.", nil},
	{"since", "Ever since North Korea fired a missile over Hokkaido on Tuesday, farmers have been on edge.", []string{"PRK 150 - asserted"}},
	{"habit", "Whenever the police crack down on the protests, the organisers move online.", nil},

	{"relative", "The army shelled villages near Ghazni on Monday, where the Taliban surrendered to government forces in January.", []string{"AFGMIL 194 - asserted"}},
	{"pluperfect", "The European Union extended sanctions on Russia on Monday, a decision Hungary had threatened to block.", []string{"IGOEUREEC 163 RUS asserted"}},
	{"where", "Pakistani troops killed 12 militants in North Waziristan on Monday, where Islamabad accuses Kabul of sheltering fighters.", []string{"PAKMIL 190 PAKREB asserted"}},
	{"summary", "Israel has carried out hundreds of air strikes in Syria in recent years.", nil},
	{"summary", "Kim Jong Un has overseen dozens of missile tests since taking power in 2011.", nil},
	{"summary", "Germany and France have called for an end to the embargo many times.", nil},
	{"summary", "Boris Johnson, who visited Kyiv several times during the war, criticised the plan.", []string{"GBRGOV 111 - asserted"}},
	{"summary", "Turkey's president has threatened a new incursion into Syria several times in recent days.", []string{"TURGOV 130 SYR asserted"}},
	{"summary", "North Korea has not conducted a nuclear test since 2017.", []string{"PRK 150 - negated"}},
	{"summary", "Azerbaijan has rejected calls to release Armenian leaders held in Baku since 2016.", []string{"AZE 120 ARMGOV asserted"}},
	{"inverted", "Should Iran close the Strait of Hormuz, oil prices could soar.", nil},
	{"contact", "Taiwan's president left for a tour of Pacific allies on Saturday, a trip China has warned against.", nil},
	{"called", "Colombia recalled its ambassador to Israel on Thursday, citing what President Gustavo Petro called genocide in Gaza.", []string{"COL 161 ISR asserted"}},
	{"cause", "The new sanctions were prompted by North Korea's sixth nuclear test in September.", nil},
	{"cause", "North Korea conducted its sixth nuclear test on Sunday.", []string{"PRK 150 - asserted"}},
	{"era", "Christopher Hill, who led nuclear negotiations with North Korea during the last Bush administration, spoke at the forum.", nil},
	{"accident", "A small plane crash on Sunday in northern Peru killed 12 people, including eight Chilean tourists.", nil},
	{"accident", "Eight Chilean tourists were killed in a bus crash in Peru on Sunday.", nil},
	{"accident", "Israeli troops killed two Palestinians in a raid on Jenin on Friday.", []string{"ISRMIL 190 PSECVL asserted"}},
	{"relative", "Nigeria's president, who vowed to crush Boko Haram when he took office last year, welcomed the release of 21 girls on Friday.", []string{"NGAGOV 013 - asserted"}},
	{"advice", "If Washington wants to contain Iran, it should talk to Tehran rather than threaten it.", nil},
	{"plan", "Under the plan, Israel would withdraw from Gaza in stages and Hamas would release all hostages.", nil},
	{"summary", "For decades, Pakistan has accused India of funding separatists in Balochistan.", nil},
	{"relative", "The town of Afrin, which Turkish troops captured last March, was quiet on Monday.", nil},
}

// TestOpinionClauses codes each case as a one-sentence article published
// on 2018-04-12 and compares its events exactly.
func TestOpinionClauses(t *testing.T) {
	checkFamiliesOn(t, "2018-04-12", "", opinionCases, false)
}

// Example_belief shows a belief about another's act giving no event,
// beside the reported act it would otherwise be mistaken for.
func Example_belief() {
	c, err := events.New(events.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{
		"Israeli officials said they believed Hezbollah would fire rockets at Haifa.",
		"Hezbollah fired rockets at Haifa on Sunday.",
	} {
		a := &dyad.Article{ID: "x", Published: "2024-10-09", Body: []string{text}}
		fmt.Println(len(c.Code(a)), "events:", text)
	}
	// Output:
	// 0 events: Israeli officials said they believed Hezbollah would fire rockets at Haifa.
	// 1 events: Hezbollah fired rockets at Haifa on Sunday.
}

// approxAgoCases: an approximate count of years ago ("more than five
// years ago", "nearly two decades ago") dates its clause as the bare
// count does, history; weeks ago stay news. The exact events each
// sentence gives ("SOURCE CAMEO TARGET status"; nil: none).
var approxAgoCases = []familyCase{
	// an approximate count of years ago dates its clause as the bare count does: history
	{"approx-ago", "More than five years ago, Hezbollah fighters attacked an Israeli patrol near the border.", nil},
	{"approx-ago", "About three years ago, Turkey expelled the Dutch ambassador.", nil},
	{"approx-ago", "Nearly two decades ago, Russian troops invaded Georgia.", nil},
	{"approx-ago", "At least four years ago, Iran seized a British tanker in the Gulf.", nil},
	{"approx-ago", "Nearly two weeks ago, Turkey expelled the Dutch ambassador.", []string{"TUR 161 NLDGOV asserted"}},
	{"approx-ago", "Turkey expelled the Dutch ambassador about two weeks ago.", []string{"TUR 161 NLDGOV asserted"}},
}

// TestApproxYearsAgo codes each case as a one-sentence article published
// on 2024-03-14 and compares its events exactly.
func TestApproxYearsAgo(t *testing.T) { checkFamilies(t, "", approxAgoCases, false) }
