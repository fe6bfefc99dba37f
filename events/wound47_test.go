package events_test

import "testing"

// TestWound47: "wound" is an attack, coded as "kill" is (190; a non-state
// armed group wounding civilians 180). "Shot and wounded" is the shooting,
// 193 (a named leader shot or wounded by a gunman 185); a participle
// after a comma or after "killing" ("killing six and wounding 120") is the
// toll of the clause's act and adds nothing; "wound
// down" is the past of "wind".
// Invented sentences.
func TestWound47(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen wounded three Nigerian soldiers on Monday.", []string{"NGAUAF 190 NGAMIL asserted"}},
		{"Gunmen wounded three Nigerian villagers on Monday.", []string{"NGAUAF 180 NGACVL asserted"}},
		{"Three Israeli soldiers were wounded by Hamas gunmen on Monday.", []string{"PSEREB 190 ISRMIL asserted"}},
		{"Gunmen attacked a police convoy in Nigeria on Monday, wounding eight officers.", []string{"NGAUAF 190 NGACOP asserted"}},
		{"Israeli troops shot and wounded a Palestinian man in Hebron on Monday.", []string{"ISRMIL 193 PSECVL asserted"}},
		{"A suicide bomber rammed a truck into a German consulate in Afghanistan, killing at least six civilians and wounding 120.", []string{"AFGUAF 1832 DEU asserted"}},
		{"Houthi rebels attacked a cargo ship in the Red Sea on Sunday, seriously wounding two sailors.", []string{"YEMREB 190 - asserted"}},
		{"A gunman shot and seriously wounded Slovakia's prime minister Robert Fico on Wednesday.", []string{"SVKUAF 185 SVKGOV asserted"}},
		{"Russian forces wound down their operations near Kyiv on Monday.", nil},
	}, false)
}
