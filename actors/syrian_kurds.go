package actors

// "Syrian Kurdish forces", "Syrian Kurdish fighters", "Syrian Kurdish YPG
// fighters": the nationality before "Kurdish" names no actor of its own.
// The armed agent after it is Syria's Kurdish force (syrianKurds:
// SYRREB, as groups.txt codes the YPG and the SDF), and a Syrian Kurdish
// group the dictionary names keeps its own code; left as a mention, the
// bare "Syrian" was taken for the target ("accused Syrian Kurdish forces
// of razing villages" NGOHRIAMN 112 SYR, not SYRREB).

import "github.com/dyad-events/dyad"

// syrianKurdishForce reports the adjective r ("Syrian") followed by
// "Kurdish" (or "Kurdish-led") and then by next: an armed agent that
// syrianKurds reads as Syria's Kurdish force on date, or a named group of
// Syria.
func syrianKurdishForce(toks []dyad.Token, r, next raw, date string) bool {
	if r.p.kind != KindAdjective || r.end != r.start+1 || toks[r.start].Lower != "syrian" || r.end+1 != next.start {
		return false
	}
	if w := toks[r.end].Lower; w != "kurdish" && w != "kurdish-led" {
		return false
	}
	if len(next.p.entries) == 0 {
		return false
	}
	switch next.p.kind {
	case KindAgent:
		return syrianKurds(toks, next.start, splitRoles(next.p.entries[0].Code), date)
	case KindOrg:
		return countryOf(pick(next.p.entries, date).Code) == "SYR"
	}
	return false
}
