package events_test

import "testing"

// TestHomesExpelled: people driven from or out of their homes, villages or
// land in the thousands are a mass expulsion (201) and civilians, whoever
// drives them; a few hundred driven by a state, or thousands deported,
// stay 174.
func TestHomesExpelled(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sudan forced more than 5,000 villagers out of their villages last month.", []string{"SDN 201 SDNCVL asserted"}},
		{"Ethiopia had forced 4,000 ethnic Anuak villagers out of their homes near the border, aid workers said.", []string{"ETH 201 ETHCVL asserted"}},
		{"Myanmar deported 2,000 Bangladeshi migrants on Friday.", []string{"MMR 174 BGDREF asserted"}},
	}, false)
}
