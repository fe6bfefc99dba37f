package events_test

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// prec8Cases exercise prec8.go with the team's own sentences: the exact
// events each must give ("SOURCE CAMEO TARGET status"; nil: none), with
// true events of the same shapes beside the false ones.
var prec8Cases = []familyCase{
	// a yes/no question asserts nothing; a wh-question takes its act as given
	{"question", "Will Washington send more warships to the Gulf?", nil},
	{"question", "Is Moscow preparing a new offensive in eastern Ukraine?", nil},
	{"question", "Did China help Russia evade Western sanctions?", nil},
	{"question", "Could Iran close the Strait of Hormuz?", nil},
	{"question", "Washington will send more warships to the Gulf, the Pentagon said on Monday.", []string{"USA 154 - future"}},
	{"question", "Why did Turkey expel the Swedish ambassador?", []string{"TUR 161 SWEGOV asserted"}},
	// a state's organ meeting by itself is no consultation
	{"inner-meeting", "Japan's cabinet will meet on Tuesday to approve the defence budget.", nil},
	{"inner-meeting", "The Kenyan parliament met on Monday to elect a new speaker.", nil},
	{"inner-meeting", "South Korea's president convened an emergency meeting of the National Security Council after the launch.", nil},
	{"inner-meeting", "The French president held a crisis meeting with his ministers at the Elysee on Sunday.", nil},
	{"inner-meeting", "The Polish prime minister returned to Warsaw for emergency talks at the defence ministry.", nil},
	{"inner-meeting", "Germany's foreign minister met with his advisers on Sunday to discuss the crisis.", nil},
	{"inner-meeting", "Hamas leaders met in Doha on Monday to choose a new political chief.", nil},
	{"inner-meeting", "Syrian opposition leaders are meeting in Riyadh to choose a new negotiating team.", nil},
	// meetings with others stay
	{"inner-meeting", "Iranian and Saudi officials met in Baghdad to choose a date for new talks.", []string{"IRNGOV 044 SAUGOV asserted", "SAUGOV 044 IRNGOV asserted"}},
	{"inner-meeting", "EU leaders will meet in Brussels to choose the next Commission president.", []string{"IGOEUREEC 036 - future"}},
	{"inner-meeting", "Japan's prime minister will meet Chinese President Xi Jinping in Lima on Friday.", []string{"JPNGOV 036 CHNGOV future"}},
	{"inner-meeting", "The UN Security Council will meet on Monday to discuss the missile launch.", []string{"IGOUNO 036 - future"}},
	{"inner-meeting", "The foreign ministers of Russia, Iran and Turkey met in Moscow on Saturday to discuss Syria.", []string{"RUSGOV 040 - asserted", "IRNGOV 040 - asserted", "TURGOV 040 - asserted"}},
	{"inner-meeting", "The Sudanese government met with envoys of the Rapid Support Forces in Jeddah on Monday.", []string{"SDNGOV 044 SDNREB asserted", "SDNREB 044 SDNGOV asserted"}},
	// a past participle before its noun modifies it
	{"prenominal", "The UN's painstakingly negotiated ceasefire resolution is limited in scope.", nil},
	{"prenominal", "Israel's widely condemned offensive in Rafah continued on Monday.", nil},
	{"prenominal", "Iran's recently expelled inspectors returned to Vienna.", nil},
	{"prenominal", "Russian forces shelled the occupied city of Kherson on Monday.", []string{"RUSMIL 194 - asserted"}},
	{"prenominal", "China and Vietnam held hastily arranged talks on Monday.", []string{"CHN 046 VNM asserted", "VNM 046 CHN asserted"}},
	// "ask" someone a question is no appeal; asking leave is
	{"asked", "Macron asked Putin why Russian troops were massing on the Ukrainian border.", nil},
	{"asked", "The British foreign secretary was asked by journalists about his view of the Russian strikes.", nil},
	{"asked", "Japan asked China how many warships it planned to send.", nil},
	{"asked", "Washington asked Russia whether it could operate in Idlib against Islamic State.", []string{"USA 020 RUS asserted"}},
	{"asked", "Zelensky asked Biden for more air defence systems on Monday.", []string{"UKRGOV 0232 USAGOV asserted"}},
	// the noun before a passive past form suffered the act
	{"patient", "The Houthi rebels were now almost totally besieged in the port, a Saudi official said.", nil},
	{"patient", "The protests ended with dozens of Iranian students jailed.", nil},
	{"patient", "With several Turkish journalists detained, the newspaper closed.", nil},
	{"patient", "The talks collapsed with two Russian diplomats expelled and others recalled.", nil},
	{"patient", "Hundreds of Syrians detained during the war remain missing.", nil},
	{"patient", "Dozens of Iranian protesters arrested in Tehran last week remain in custody.", nil},
	{"patient", "Two Iranian journalists were arrested and jailed last week.", nil},
	{"patient", "Dozens of Syrian refugees were detained and deported on Monday.", nil},
	{"patient", "Russian troops were ambushed and killed near Bakhmut.", nil},
	// the same acts told with their doers stay
	{"patient", "Israeli forces were heavily shelled by Hezbollah overnight.", []string{"LBNREB 194 ISRMIL asserted"}},
	{"patient", "Russia expelled two Estonian diplomats on Monday, with Estonia promising a response.", []string{"RUS 161 ESTGOV asserted"}},
	{"patient", "Iranian police arrested dozens of protesters in Tehran last week.", []string{"IRNCOP 173 IRNCVL asserted"}},
	{"patient", "Two Iranian journalists were arrested and jailed by Iranian police last week.", []string{"IRNCOP 173 IRNMED asserted"}},
	{"patient", "Russian troops were ambushed and killed by Ukrainian forces near Bakhmut.", []string{"UKRMIL 190 RUSMIL asserted"}},
	{"patient", "Turkey rejected on Thursday a European Union demand to withdraw its survey ship.", []string{"TUR 120 IGOEUREEC asserted"}},
}

func TestPrec8Families(t *testing.T) {
	checkFamilies(t, "", prec8Cases, false)
}

// Example_prec8 shows a cabinet meeting by itself giving no event beside a
// meeting of two states.
func Example_prec8() {
	c, err := events.New(events.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{
		"Japan's cabinet will meet on Tuesday to approve the defence budget.",
		"Japan's prime minister will meet Chinese President Xi Jinping in Lima on Friday.",
	} {
		a := &dyad.Article{ID: "x", Published: "2024-03-14", Body: []string{text}}
		fmt.Println(len(c.Code(a)), "events:", text)
	}
	// Output:
	// 0 events: Japan's cabinet will meet on Tuesday to approve the defence budget.
	// 1 events: Japan's prime minister will meet Chinese President Xi Jinping in Lima on Friday.
}

// TestPrec8AbstractObject: a participle before the object noun ("remaining
// goodwill") does not end the object the idiom checks read (objectIn).
func TestPrec8AbstractObject(t *testing.T) {
	first := "Iran expelled two IAEA inspectors on Monday."
	cases := []familyCase{
		{"abstract", "It will destroy remaining mutual goodwill with Europe.", []string{"IRN 1662 IGOUNOIAE asserted"}},
		{"abstract", "It destroyed remaining rebel positions near Aleppo on Tuesday.", []string{"IRN 1662 IGOUNOIAE asserted", "IRN 1712 SYRREB asserted"}},
	}
	checkFamilies(t, first, cases, false)
}
