package actors

// privateTitle reports a singular lower-case noun of a private person's
// trade or calling that wire copy writes as a title before the person's
// name, after a nationality or a state's possessive: "Kenyan activist
// Boniface Mwangi", "Iraqi cleric Ahmed Karim", "Egypt's dissident blogger
// Alaa Abd el-Fattah". Like a holder noun ("Iranian lawmaker Ali
// Motahari"), it takes a name of two words or more, so that the name is
// the actor's and the verb after it finds its subject.
func privateTitle(w string) bool {
	switch w {
	case "activist", "campaigner", "dissident", "blogger", "journalist", "reporter", "cleric", "imam", "preacher",
		"priest", "bishop", "monk", "missionary", "lawyer", "businessman", "businesswoman", "tycoon", "magnate",
		"banker", "professor", "lecturer", "student", "doctor", "economist", "filmmaker":
		return true
	}
	return false
}
