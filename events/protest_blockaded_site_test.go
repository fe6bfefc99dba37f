package events_test

import "testing"

// TestBlockadedSite: a blockade of the road to a mine or plantation with
// no grievance against the state has no target; one whose demand names the
// government, or a road with no business site, keeps the protesters'
// government (protest_blockaded_site.go; gold W44037, W48001, W14237).
func TestBlockadedSite(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gold miners in northern Burkina Faso blocked the road to the Essakane mine on Tuesday over plans to close their small diggings, police said.", []string{"BFALAB 144 - asserted"}},
		{"Villagers in Ghana blocked the main road to a gold mine on Monday.", []string{"GHACVL 144 - asserted"}},
		// near misses: the government named after the verb; no site
		{"Villagers in Ghana blocked the main road to a gold mine on Monday to demand compensation from the government.", []string{"GHACVL 144 GHAGOV asserted"}},
		{"Farmers blocked motorways around Paris with tractors on Monday.", []string{"FRAAGR 144 FRAGOV asserted"}},
	}, false)
}
