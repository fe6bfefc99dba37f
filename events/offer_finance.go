package events

// financeVerb reports the verbs of paying for something that an offer
// names with "to" ("an offer to finance a canal repair project", "to fund
// the reconstruction"): economic aid offered (0331, offeredCode in
// combine.go).
func financeVerb(w string) bool {
	switch w {
	case "finance", "fund", "bankroll", "lend", "underwrite", "co-finance", "cofinance":
		return true
	}
	return false
}
