package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// Example_anonymityRequest shows a source's request for anonymity giving
// no event, beside the act it reports, which is one.
func Example_anonymityRequest() {
	c, err := events.New(events.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &dyad.Article{ID: "x", Published: "2024-03-14", Body: []string{
		"A senior diplomat who asked not to be identified said Russia rejected the proposal on Monday.",
	}}
	for _, e := range c.Code(a) {
		fmt.Println(e.Source.Code, e.CAMEO, e.Status)
	}
	// Output:
	// RUS 127 asserted
}

// TestTheyPluralSubject: a "they" whose own sentence has a plural subject that
// is no actor means that subject, not the actor of the sentence before;
// with no such subject it means the plural actor subject of the sentence
// before, and a single state (Washington) is none: it sent the troops,
// which "they" means (coref_pronouns.go, TestCrossSentenceThey).
func TestTheyPluralSubject(t *testing.T) {
	first := "Washington sent more troops to Iraq on Monday."
	cases := []familyCase{
		{"they", "Dozens of trained cadres are thought to have reached Europe, where they remain driven to carry out attacks.", []string{"USA 074 IRQ asserted"}},
		{"they", "Hundreds of volunteers arrived in Erbil, where they condemned the attacks.", []string{"USA 074 IRQ asserted"}},
		{"they", "On Tuesday they also attacked a militia base near Baghdad.", []string{"USA 074 IRQ asserted"}},
	}
	checkFamilies(t, first, cases, false)
}

// statedCapabilityCases: a positive "can" in a main clause, "has the power
// to" and a present "is able to" state a power, not an act
// (falseevents_ability.go); the same acts done, a "cannot" and a "may"
// keep their rules. The exact events each sentence gives ("SOURCE CAMEO
// TARGET status"; nil: none).
var statedCapabilityCases = []familyCase{
	// a positive "can" in a main clause states a power, not an act
	{"can-ability", "Kenyan judges can already jail protesters who block the motorway.", nil},
	{"can-ability", "Kim said North Korea can strike the US mainland.", nil},
	{"can-ability", "Iraq says it can provide documents on the weapons programme to UN inspectors.", nil},
	{"can-ability", "Assad knows he can starve and bomb the Syrian opposition.", nil},
	// the same acts done, a negated "cannot" and a "may" keep their rules
	{"can-ability", "North Korea struck the US mainland.", []string{"PRK 190 USA asserted"}},
	{"can-ability", "Kenyan judges jailed two opposition leaders on Monday.", []string{"KENJUD 173 KENOPP asserted"}},
	{"can-ability", "Syrian jets bombed the opposition on Monday.", []string{"SYRMIL 195 SYROPP asserted"}},
	{"can-ability", "The Israeli army may attack the city of Rafah on Friday.", []string{"ISRMIL 190 PSE hypothetical"}},
	// "has the power to", "is able to": a standing power; "was able to" is a deed
	{"power-to", "The electoral commission has the power to suspend or bar the mayor of Lagos from office.", nil},
	{"power-to", "Britain rejected EU proposals on immigration.", []string{"GBR 127 IGOEUREEC asserted"}},
}

// TestStatedCapability codes each case of statedCapabilityCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestStatedCapability(t *testing.T) { checkFamilies(t, "", statedCapabilityCases, false) }

// anonymityRefusalCases: a refusal or wish not to be named, identified or
// photographed is no rejection (falseevents_ability.go); a refusal of an
// act stays one. The exact events each sentence gives.
var anonymityRefusalCases = []familyCase{
	{"anonymity", "A Kenyan teacher, who refused to be named, said the school had closed last week.", nil},
	{"anonymity", "A senior diplomat who asked not to be identified said Russia rejected the proposal on Monday.", []string{"RUS 127 - asserted"}},
	{"anonymity", "The villagers declined to be photographed.", nil},
	{"anonymity", "One resident, who wished to remain anonymous, described the shelling.", nil},
	{"anonymity", "Colombian rebels refused to give their names to reporters.", nil},
	{"anonymity", "Iran refused to be bound by the agreement on Monday.", []string{"IRN 120 - asserted"}},
	{"anonymity", "Kenya refused to hand over the suspects to Somalia on Monday.", []string{"KEN 121 SOM asserted"}},
}

// TestAnonymityRefusal codes each case of anonymityRefusalCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestAnonymityRefusal(t *testing.T) { checkFamilies(t, "", anonymityRefusalCases, false) }

// relativeCanCases: a relative clause telling what a court or unit "can"
// do states a power, not an act (falseevents_ability.go); an arrest done
// stays. The exact events each sentence gives.
var relativeCanCases = []familyCase{
	{"ability", "Ministers want the men tried in The Hague, at a court which can prosecute people for war crimes.", nil},
	{"ability", "The new Kenyan police unit, which can already arrest suspects without a warrant, was set up in May.", nil},
	{"ability", "Colombian police arrested two rebels near the border on Monday.", []string{"COLCOP 173 COLREB asserted"}},
}

// TestRelativeCan codes each case of relativeCanCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestRelativeCan(t *testing.T) { checkFamilies(t, "", relativeCanCases, false) }

// failedToCases: what a subject failed to do is negated
// (falseevents_ability.go); "never failed to" and "did not fail to" assert
// it. The exact events each sentence gives.
var failedToCases = []familyCase{
	{"failed", "Kenyan police have failed to arrest the suspects.", []string{"KENCOP 173 - negated"}},
	{"failed", "Russia and Ukraine failed to agree on a ceasefire on Monday.", []string{"RUS 0871 UKR negated", "UKR 0871 RUS negated"}},
	{"failed", "Kenya never failed to send troops to Somalia.", []string{"KEN 074 SOM asserted"}},
	{"failed", "Kenya did not fail to arrest the suspects.", []string{"KEN 173 - asserted"}},
	{"failed", "Kenyan police arrested the suspects on Monday.", []string{"KENCOP 173 - asserted"}},
}

// TestFailedTo codes each case of failedToCases as a one-sentence article
// published on 2024-03-14 and compares its events exactly.
func TestFailedTo(t *testing.T) { checkFamilies(t, "", failedToCases, false) }

// unaimedRefusalCases: a refusal to react with no object or to go home
// or quietly rejects no one's proposal (falseevents_ability.go): no
// event; a refusal of an act or of what a party asked stays one. The
// exact events each sentence gives.
var unaimedRefusalCases = []familyCase{
	{"unaimed", "Israeli troops at the checkpoint refused to respond on Monday.", nil},
	{"unaimed", "Kenyan police refused to retaliate in kind on Monday.", nil},
	{"unaimed", "The Kenyan army refused to retaliate.", nil},
	{"unaimed", "Poland granted asylum on Monday to a Belarusian sprinter who refused to return home from the Tokyo Olympics.", []string{"POL 075 BLRCVL asserted"}},
	{"unaimed", "Islamic State fighters are refusing to go quietly from their last redoubt in Syria.", nil},
	// an act refused, or a reply to something named, stays a rejection
	{"unaimed", "Iran refused to respond to the European demands on Monday.", []string{"IRN 120 - asserted"}},
	{"unaimed", "Iran refused to return the British tanker on Monday.", []string{"IRN 1243 GBR asserted"}}, // property not returned: refuse to release (1243)
	{"unaimed", "Serbia refused to impose sanctions on Russia.", []string{"SRB 120 RUS asserted"}},
}

// TestUnaimedRefusal codes each case of unaimedRefusalCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestUnaimedRefusal(t *testing.T) { checkFamilies(t, "", unaimedRefusalCases, false) }
