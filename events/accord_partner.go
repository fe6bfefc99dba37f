package events

// Accords named with their partner through a participle: "suspended a
// peace declaration signed with Cambodia", "pulled out of a deal
// reached with Tuareg rebels", "scrapped the truce agreed with the ELN".
// The tagger often reads the participle as a past verb, and the object
// scan (roles.go object) stops at a finite verb after the pattern, so
// the partner after "with", the party the accord binds and the target
// of suspending or leaving it (as "suspended its agreement with the ELN"
// already is), was lost. The participle is read as part of the object
// only between an accord noun and "with"; "by" (the broker: "a truce
// brokered by Qatar") is left alone.

import "github.com/dyad-events/dyad"

// accordParticiple reports whether token k is the participle of a
// reduced relative clause on an accord noun that names its partner:
// an accord noun (agreement, deal, pact, treaty, truce …) right before it, one of
// signed/agreed/reached/struck/concluded/sealed/negotiated, and "with"
// right after it.
func accordParticiple(toks []dyad.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k+1].Lower != "with" {
		return false
	}
	switch toks[k].Lower {
	case "signed", "agreed", "reached", "struck", "concluded", "sealed", "negotiated":
	default:
		return false
	}
	switch toks[k-1].Lower {
	case "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "treaties",
		"declaration", "truce", "ceasefire", "memorandum", "arrangement", "understanding", "protocol", "roadmap":
		return true
	}
	return false
}

// accordPartnerGerund returns the finite verb whose subject does the act
// of a participle (VBG) that follows an accord's partner, j being the
// partner mention's last token: "Gbagbo broke an 18-month ceasefire with
// rebels bombing their positions" (Gbagbo bombs, the rebels are the
// partner the truce bound, no bombers), or -1. The partner must follow
// "with" after an accord noun ("ceasefire with", "truce with", "deal
// with"), and a past or present finite verb must stand before the noun
// in the same clause.
func accordPartnerGerund(st *sentence, j int) int {
	toks := st.toks
	if j < 0 || st.at[j] < 0 {
		return -1
	}
	s := st.ments[st.at[j]].Start
	if s < 3 || toks[s-1].Lower != "with" {
		return -1
	}
	switch toks[s-2].Lower {
	case "ceasefire", "truce", "armistice", "deal", "agreement", "accord", "pact", "treaty":
	default:
		return -1
	}
	for v := s - 3; v >= 0 && v >= s-10; v-- {
		if subjectStop(toks[v]) || toks[v].Text == ";" || toks[v].Text == "," {
			return -1
		}
		if st.at[v] < 0 && (toks[v].Tag == "VBD" || toks[v].Tag == "VBZ" || toks[v].Tag == "VBP") {
			return v
		}
	}
	return -1
}
