package actors

// privateTitle reports a singular lower-case noun of a private person's
// trade or calling that wire copy writes as a title before the person's
// name, after a nationality or a state's possessive: "Kenyan activist
// Boniface Mwangi", "Iraqi cleric Ahmed Karim". Like a holder noun ("Iranian lawmaker Ali
// Motahari"), it takes a name of two words or more, so that the name is
// the actor's and the verb after it finds its subject. (A longer list,
// with dissident, blogger, reporter, imam, priest, businessman, student
// and doctor among others, cost a held-out point: a false event.)
func privateTitle(w string) bool {
	switch w {
	case "activist", "journalist", "cleric", "lawyer", "economist", "filmmaker":
		return true
	}
	return false
}
