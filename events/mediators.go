package events

// Mediation is a third party's diplomatic act: police or soldiers who
// "intervened in a dispute between rival clans" stepped in to stop a
// fight, and do not mediate (045). A pattern flagged "unarmed" is no
// event when its verb is finite and its clause's subject is an armed or
// security force (police, the military, rebels); as the infinitive of an
// appeal ("urged the army to intervene in the dispute") it stays, the
// appeal naming what is asked.

// armedSubject reports that the verb at token i is finite (not after
// "to") and its subject, the mention right before it past adverbs,
// auxiliaries and dates, is a force: its sectors hold MIL, COP, REB or
// UAF, GOV not.
func armedSubject(st *sentence, i int) bool {
	if i > 0 && st.toks[i-1].Lower == "to" {
		return false
	}
	m, ok := subjectBefore(st, i, nil)
	return ok && hasSector(*m, "MIL", "COP", "REB", "UAF") && !hasSector(*m, "GOV")
}
