package events_test

import "testing"

// TestReadingsThatNameNoForce codes wire sentences whose words match a
// conflictual line (an operation begun, sanctions promised, countermeasures
// taken, weapons unveiled) but tell a rescue, an easing of sanctions, an
// act already done or captured weapons on show, each beside a near miss
// that stays the act of force.
func TestReadingsThatNameNoForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an operation whose purpose is a rescue or an evacuation
		{"The Pakistani army began a major operation to rescue flood victims in Sindh.", nil},
		{"The Nigerian army started a major operation on Monday to evacuate villagers after the floods.", nil},
		{"The Pakistani army began a major operation to clear militants from North Waziristan.", []string{"PAKMIL 190 PAKREB asserted"}},
		// sanctions relief promised
		{"The United States promised further sanctions relief to Syria's new government.", nil},
		{"The EU pledged swift sanctions relief if Iran complied.", nil},
		{"Britain condemned the attack and promised further sanctions against Iran.", []string{"GBR 111 - asserted", "GBR 1312 IRN asserted"}},
		// countermeasures taken are no threat; the act named is coded
		{"China has taken countermeasures against Lithuania, the foreign ministry said.", nil},
		{"China took countermeasures against Lithuania on Friday, recalling its ambassador.", []string{"CHN 161 - asserted"}},
		{"China said it would take countermeasures against Lithuania.", []string{"CHN 130 LTU future"}},
		// seized or captured weapons on show
		{"Police unveiled weapons seized from a drug gang in Medellin.", nil},
		{"Ukraine's army unveiled weapons captured from Russian troops at an exhibition in Kyiv.", nil},
		{"Iran unveiled new weapons on Tuesday.", []string{"IRN 150 - asserted"}},
	}, false)
}

// TestDocumentSignedAlone codes a document signed by one side as no
// agreement (the document's own act, when a line codes it, stays), and a
// document signed with a named co-signer, or by coordinated subjects, as
// 057 both ways.
func TestDocumentSignedAlone(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Abbas signed a document suspending security coordination with Israel.", nil},
		{"Putin signed a document recognising the independence of the two regions of Ukraine.", []string{"RUSGOV 054 UKR asserted"}},
		{"Abbas signed a document with Netanyahu on Monday.", []string{"PSEGOV 057 ISRGOV asserted", "ISRGOV 057 PSEGOV asserted"}},
		{"Trump and Kim Jong Un signed a document in Singapore.", []string{"USA 057 PRKGOV asserted", "PRKGOV 057 USA asserted"}},
	}, false)
}
