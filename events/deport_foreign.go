package events

// Migrants and refugees a state deports, expels or sends back are not its
// own people: with no state of their own named ("Greece sent 200 migrants
// back to Turkey", "deported dozens of migrants to the Libyan border"),
// the deportation has no target, as the gold sets code it, rather than
// the deporting state's REF that coreference would give them by default.
// Refugees a state takes in, admits or resettles (075) are no more its
// own: "Poland took in two million refugees" is POL 075 with no target.

// foreignDeportees drops from a deportation (174) or an asylum given
// (075) the targets that coreference gave the acting state's own country
// although the text names them only by a refugee noun (the dictionary's
// REF: "migrants", "refugees", "asylum seekers"). A people the text names
// ("Haitian migrants"), a person ("deported former Prime Minister Nawaz
// Sharif") and people of another sector ("political prisoners") keep
// theirs. An act left with no target is marked as needing none.
func foreignDeportees(h *verbHit) {
	if h.code != "174" && h.code != "075" || len(h.source) != 1 || len(h.source[0].Country) != 3 {
		return
	}
	src := h.source[0].Country
	keep := h.target[:0:0]
	for _, t := range h.target {
		if t.Kind == "coref" && t.Country == src && len(t.Sectors) == 1 && t.Sectors[0] == "REF" {
			continue
		}
		keep = append(keep, t)
	}
	h.foreigners = len(keep) == 0 && len(h.target) > 0
	h.target = keep
}
