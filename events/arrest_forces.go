package events

import "strings"

// arrestingForces makes the bare "forces" (or "the forces": no state, no
// service named in the phrase) that arrest or apprehend people (173…)
// police, COP: "forces continue to apprehend those responsible" after a
// night of riots are the police forces, not the army the dictionary reads
// in a bare "forces". A named force keeps its role: "Israeli forces
// arrested 20 Palestinians" stays MIL, "police forces" are COP already.
func arrestingForces(h *verbHit) {
	if !strings.HasPrefix(h.code, "173") || len(h.source) != 1 {
		return
	}
	s := &h.source[0]
	if w := strings.ToLower(s.Text); w != "forces" && w != "the forces" || s.Country == "" || len(s.Sectors) != 1 || s.Sectors[0] != "MIL" || s.Code != s.Country+"MIL" {
		return
	}
	s.Code, s.Sectors = s.Country+"COP", []string{"COP"}
}
