package events

// A leader killed in a military operation. The coder reads a named
// person killed as assassinated (186, killCode); the gold sets code a
// leader killed "in an air strike" as the strike (195) and one killed
// "in a raid" as the attack (190), keeping 186 for killings done by
// other means (gunmen, a bomb, soldiers at the leader's home): dev8-wire
// B0073 and dev3-actors d3a072 (killed … in an airstrike, in a strike:
// 195), dev9-wire W90129 and W90135 (killed … in a raid: 190), against
// dev9-wire W90909 (a raid, 186) alone; dev-set Kirillov "with a bomb",
// dev10-wire W10045 "in his home": 186.

import "github.com/dyad-events/dyad"

// operationKill returns the code of a killing h whose words after its
// one target name the military operation it was done in, "in" or "by"
// and at most four modifiers before an [air operation nouns] noun (195:
// "in an air strike", "in a drone strike") or a [ground operation nouns]
// one (190: "in a raid", "in a firefight"); "" when none is named.
func (v *vocab) operationKill(toks []dyad.Token, h *verbHit) string {
	if len(h.target) != 1 {
		return ""
	}
	from := h.target[0].End
	for k := from; k < len(toks) && k < from+6; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return ""
		}
		if toks[k].Lower != "in" && toks[k].Lower != "by" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			w := toks[j].Lower
			switch {
			case v.airOpNouns[w]:
				return "195"
			case v.groundOpNouns[w]:
				return "190"
			}
			switch toks[j].Tag {
			case "DT", "JJ", "NN", "NNP", "CD", "PRP$":
				continue
			}
			return ""
		}
		return ""
	}
	return ""
}
