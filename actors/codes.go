package actors

// Actor codes as parts: the country code that leads a code, the role codes
// after it, state organs, and joining role lists.

import (
	"strings"
)

func hasRole(roles []string, r string) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

func chooseKind(cur, next string) string {
	if cur == KindAdjective || cur == KindCountry || cur == KindCapital {
		return next
	}
	return cur
}

// countryOf returns the leading country code of an actor code ("PRKGOV" →
// "PRK"), or "" for IGO/NGO/IMG and role-only codes.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED",
		"EDU", "BUS", "CRM", "CVL", "LEG", "REF", "INS", "UAF", "SEP", "ELI", "LAB", "HLH", "AGR",
		"ENV", "RAD", "MOD", "IGW", "NGM", "HRI", "REL", "DEV", "SET":
		return ""
	}
	return code[:3]
}

// rolesOf returns the role codes of an actor code after its country
// ("PRKGOV" → [GOV]; "IGOWSTNAT" → []).
func rolesOf(code string) []string {
	c := countryOf(code)
	if c == "" && (strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") || strings.HasPrefix(code, "MNC")) {
		return []string{}
	}
	return splitRoles(code[len(c):])
}

// stateOrgan reports a code of a state's own organs: a country followed
// only by GOV, MIL, LEG, JUD, COP or SPY ("USAGOV", "RUSMIL", "ISRLEG"),
// not a party, rebels or a firm of the country ("GBRPTY", "YEMREB").
func stateOrgan(code string) bool {
	c := countryOf(code)
	if c == "" || len(code) == len(c) {
		return false
	}
	roles := code[len(c):]
	for i := 0; i+3 <= len(roles); i += 3 {
		switch roles[i : i+3] {
		case "GOV", "MIL", "LEG", "JUD", "COP", "SPY":
		default:
			return false
		}
	}
	return true
}

// StateCode reports a code of a state itself or of its organs only: a
// country's code alone ("USA") or followed by GOV, MIL, LEG, JUD, COP or
// SPY ("USAGOV", "RUSGOVSPY"), whose one name is the country's
// (Dictionary.Name); not "GBRPTY", "YEMREB", "IGOUNO".
func StateCode(code string) bool {
	c := countryOf(code)
	return c != "" && (len(code) == len(c) || stateOrgan(code))
}

func splitRoles(code string) []string {
	out := []string{}
	for i := 0; i+3 <= len(code); i += 3 {
		out = append(out, code[i:i+3])
	}
	return out
}

func appendRoles(have, add []string) []string {
	if len(have) > 0 {
		return have // the first role noun decides: "army spokesman" → MIL
	}
	return add
}
