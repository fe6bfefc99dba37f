package events_test

import "testing"

// TestStrikeForms codes classes boycotted, shops shut for a strike or in
// protest and people staying home for a strike as a strike (143) aimed at
// the government, and protesters who stone a car or the police as a riot
// (145). Shops shut for a storm, people staying home from one and a
// stoning by no protester are no protest.
func TestStrikeForms(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Students at Nairobi University boycotted classes on Tuesday in solidarity with detained classmates.", []string{"KENEDU 143 KENGOV asserted"}},
		{"Pakistani traders shut shops in Karachi on Monday in protest against a new sales tax.", []string{"PAKBUS 143 PAKGOV asserted"}},
		{"Opposition supporters stayed home across Kinshasa on Tuesday for a general strike.", []string{"CODOPP 143 CODGOV asserted"}},
		{"Dozens of Haitian protesters stoned the car of a government minister in Port-au-Prince on Tuesday.", []string{"HTICVL 145 HTIGOV asserted"}},
		// near-misses
		{"Residents stayed home in Miami on Tuesday as the hurricane approached.", nil},
		{"Pakistani traders shut shops in Karachi on Monday as the storm approached.", nil},
		{"A mob stoned a man to death in Lagos on Tuesday.", nil},
	}, false)
}
